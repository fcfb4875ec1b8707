"""The client card: who the client is, how to address them, their phones, state, value and history."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import ClientView, HistoryEntry
from ui import formatting, labels


class ClientCard(QWidget):
    """Signals:
    dialRequested(str): the operator asked to dial this E.164 number.
    clientShown(int): a client's card is on screen (the do-not-call note fills in from the database).
    """

    dialRequested = Signal(str)
    clientShown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self._client: ClientView | None = None
        self._build()
        self.show_client(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.do_not_call = QLabel()  # why this client is never offered (issue 15); see show_do_not_call
        self.do_not_call.setObjectName("doNotCallNote")
        self.do_not_call.setWordWrap(True)
        self.do_not_call.setStyleSheet("color: #b00020; font-weight: bold;")
        self.do_not_call.setVisible(False)
        layout.addWidget(self.do_not_call)

        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address = QLabel()
        self.state = QLabel()
        self.local_time = QLabel()
        self.value = QLabel()
        self.preferences = QLabel()
        self.preferences.setWordWrap(True)
        facts.addRow(self.tr("Address as:"), self.address)
        facts.addRow(self.tr("State:"), self.state)
        facts.addRow(self.tr("Local time:"), self.local_time)
        facts.addRow(self.tr("Lifetime value:"), self.value)
        facts.addRow(self.tr("Preferences:"), self.preferences)
        layout.addLayout(facts)

        self.phones_box = QGroupBox(self.tr("Phones"))
        self.phones_layout = QVBoxLayout(self.phones_box)
        layout.addWidget(self.phones_box)

        history_box = QGroupBox(self.tr("History"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTreeWidget()
        self.history.setObjectName("clientHistory")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Result")])
        self.history.setAlternatingRowColors(True)
        # Details wrap inside the card's width instead of running off to the right.
        self.history.setWordWrap(True)
        self.history.setUniformRowHeights(False)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_layout.addWidget(self.history)
        layout.addWidget(history_box, stretch=1)

    @property
    def client(self) -> ClientView | None:
        return self._client

    def show_client(self, client: ClientView | None, now: datetime | None = None, operator_zone: str = "") -> None:
        self._client = client
        self._clear_phones()
        self.history.clear()
        self.show_do_not_call("")
        if client is None:
            self.title.setText(self.tr("No client open"))
            self.subtitle.setText(self.tr("Press F2 to take the next client from the queue."))
            for label in (self.address, self.state, self.local_time, self.value, self.preferences):
                label.clear()
            self.phones_box.setVisible(False)
            return
        self.title.setText(client.full_name)
        self.subtitle.setText(" · ".join(filter(None, (client.company, client.position, client.city))))
        self.address.setText(client.address_form)
        self.state.setText(f"{labels.state(client.state)} · {labels.stage(client.stage)}")
        self.local_time.setText(self._clocks(client, now, operator_zone))
        self.value.setText(formatting.money(client.lifetime_value))
        self.preferences.setText(client.preferences or self.tr("none noted"))
        self._show_phones(client)
        for entry in client.history:
            self.history.addTopLevelItem(self._history_row(entry))
        self.history.resizeColumnToContents(0)
        self.history.header().setStretchLastSection(True)
        self.clientShown.emit(client.id)

    def show_do_not_call(self, text: str) -> None:
        """Say why the client is on the do-not-call list (empty: it is not)."""
        self.do_not_call.setText(text)
        self.do_not_call.setVisible(bool(text))

    def _clocks(self, client: ClientView, now: datetime | None, operator_zone: str) -> str:
        if now is None or not client.timezone:
            return self.tr("same as yours")
        theirs = formatting.clock_time(now, ZoneInfo(client.timezone))
        yours = formatting.clock_time(now, ZoneInfo(operator_zone) if operator_zone else None)
        return self.tr("%1 for the client = %2 for you").replace("%1", theirs).replace("%2", yours)

    def _clear_phones(self) -> None:
        while self.phones_layout.count():
            item = self.phones_layout.takeAt(0)
            row = item.widget() if item else None
            if row is not None:
                row.deleteLater()

    def _show_phones(self, client: ClientView) -> None:
        self.phones_box.setVisible(True)
        for position, phone in enumerate(client.phones):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = phone.e164
            if phone.extension:
                text = self.tr("%1, ext. %2").replace("%1", phone.e164).replace("%2", phone.extension)
            line.addWidget(QLabel(text), stretch=1)
            button = QPushButton(self.tr("Dial (F4)") if position == 0 else self.tr("Dial"))
            if position == 0:
                button.setObjectName("dialButton")
            button.clicked.connect(lambda _checked=False, number=phone.e164: self.dialRequested.emit(number))
            line.addWidget(button)
            self.phones_layout.addWidget(row)

    def _history_row(self, entry: HistoryEntry) -> QTreeWidgetItem:
        result = labels.attempt(entry.attempt_result)
        if entry.conversation_result is not None:
            result = labels.conversation(entry.conversation_result)
        details = [entry.reason, entry.note]
        if entry.amount:
            details.insert(0, formatting.money(entry.amount))
        if entry.next_contact_at:
            details.append(self.tr("next: %1").replace("%1", formatting.date_time(entry.next_contact_at)))
        text = "; ".join(d for d in details if d)
        # Two wrapped columns fit the card's width: when and who, then what happened and why.
        item = QTreeWidgetItem([f"{formatting.date_time(entry.when)}\n{entry.operator}", f"{result}\n{text}".strip()])
        item.setToolTip(1, text)
        return item
