"""The client card: who the client is, how to address them, their phones, state, value and history."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import ClientView, HistoryEntry
from ui import formatting, labels
from ui.client_editor import change_row
from ui.phone_list import PhoneList


class ClientCard(QWidget):
    """Signals:
    dialRequested(str): the operator asked to dial this E.164 number.
    """

    dialRequested = Signal(str)
    editRequested = Signal()

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
        self.read_only = False  # issue 14: a client a colleague holds is shown, not changed (rule 8)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit client (F12)"))
        self.edit_button.setObjectName("editClientButton")
        self.edit_button.clicked.connect(self.editRequested.emit)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.edit_button)

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

        self.phone_list = self.phones_box = PhoneList()
        self.phone_list.dialRequested.connect(self.dialRequested.emit)
        layout.addWidget(self.phone_list)

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
        self.history.clear()
        self.edit_button.setVisible(client is not None)
        self.edit_button.setEnabled(not self.read_only)
        self.read_only_banner.setVisible(client is not None and self.read_only)
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
        rows = [(entry.when, self._history_row(entry)) for entry in client.history]
        rows += [(change.changed_at, change_row(change)) for change in client.changes]  # hand edits (issue 14)
        for _when, row in sorted(rows, key=lambda pair: pair[0], reverse=True):
            self.history.addTopLevelItem(row)
        self.history.resizeColumnToContents(0)
        self.history.header().setStretchLastSection(True)

    def _clocks(self, client: ClientView, now: datetime | None, operator_zone: str) -> str:
        if now is None or not client.timezone:
            return self.tr("same as yours")
        theirs = formatting.clock_time(now, ZoneInfo(client.timezone))
        yours = formatting.clock_time(now, ZoneInfo(operator_zone) if operator_zone else None)
        return self.tr("%1 for the client = %2 for you").replace("%1", theirs).replace("%2", yours)

    def _show_phones(self, client: ClientView) -> None:
        self.phones_box.setVisible(True)
        self.phone_list.show_phones(client, self.read_only)

    def set_read_only(self, holder: str | None) -> None:
        """Show the next client read-only, naming the colleague who holds it (None: editable again)."""
        self.read_only = holder is not None
        self.read_only_banner.setText(
            self.tr("%1 is working with this client now: read-only.").replace("%1", holder) if holder else ""
        )

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
