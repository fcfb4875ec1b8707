"""The client card: who the client is, how to address them, their phones, state, value, open promises and history.

Moments the client will live through (the next contact, a promise's due date) are shown on both clocks: the
client's and the operator's, so a Vladivostok client's 09:00 does not read as a 02:00 call.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import ClientView, HistoryEntry, PromiseState, PromiseView
from ui import formatting, labels
from ui.client_editor import change_row
from ui.phone_list import PhoneList


class ClientCard(QWidget):
    """Signals:
    dialRequested(str): the operator asked to dial this E.164 number.
    keepRequested(int): mark this promise (follow-up id) kept.
    moveRequested(int): move this promise to a new date.
    clientShown(int): a client's card is on screen (the do-not-call note fills in from the database).
    """

    dialRequested = Signal(str)
    clientShown = Signal(int)
    keepRequested = Signal(int)
    moveRequested = Signal(int)
    editRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientCard")
        self._client: ClientView | None = None
        self._client_zone: ZoneInfo | None = None
        self._operator_zone: ZoneInfo | None = None
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
        self.read_only = False  # issue 14: a client a colleague holds is shown, not changed (rule 8)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit client (Shift+F12)"))
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

        self._build_promises(layout)

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

    def _build_promises(self, layout: QVBoxLayout) -> None:
        self.promises_box = QGroupBox(self.tr("Open promises"))
        box = QVBoxLayout(self.promises_box)
        self.promise_list = QListWidget()
        self.promise_list.setObjectName("promiseList")
        self.promise_list.setWordWrap(True)
        self.promise_list.setMaximumHeight(90)
        box.addWidget(self.promise_list)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Kept… (Ctrl+F11)"))
        self.keep_button.setObjectName("keepPromiseButton")
        self.move_button = QPushButton(self.tr("Move… (Ctrl+Shift+F11)"))
        self.move_button.setObjectName("movePromiseButton")
        self.keep_button.clicked.connect(lambda: self._request(self.keepRequested))
        self.move_button.clicked.connect(lambda: self._request(self.moveRequested))
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.move_button)
        box.addLayout(buttons)
        layout.addWidget(self.promises_box)

    def _request(self, signal: SignalInstance) -> None:
        promise = self.promise(None)
        if promise is not None:
            signal.emit(promise.id)

    def promise(self, follow_up_id: int | None) -> PromiseView | None:
        """An open promise of the client: by id, else the one selected in the list, else the soonest due."""
        open_ones = self._client.open_promises if self._client is not None else ()
        if follow_up_id is None:
            item = self.promise_list.currentItem()
            follow_up_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        chosen = [p for p in open_ones if p.id == follow_up_id]
        return chosen[0] if chosen else (open_ones[0] if open_ones else None)

    def both_clocks(self, moment: datetime) -> str:
        """The moment on the client's clock and on the operator's (one clock when they agree)."""
        theirs = formatting.short_date_time(moment, self._client_zone)
        yours = formatting.short_date_time(moment, self._operator_zone)
        if self._client_zone is None or theirs == yours:
            return yours
        yours = yours[6:] if yours[:5] == theirs[:5] else yours
        return self.tr("%1 for the client = %2 for you").replace("%1", theirs).replace("%2", yours)

    def _show_promises(self, client: ClientView) -> None:
        self.promise_list.clear()
        for promise in client.open_promises:
            text = self.tr("«%1» by %2").replace("%1", promise.text).replace("%2", self.both_clocks(promise.due_at))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, promise.id)
            item.setToolTip(text)
            self.promise_list.addItem(item)
        if self.promise_list.count():
            self.promise_list.setCurrentRow(0)
        self.promises_box.setVisible(bool(client.open_promises))

    @property
    def client(self) -> ClientView | None:
        return self._client

    def show_client(self, client: ClientView | None, now: datetime | None = None, operator_zone: str = "") -> None:
        self._client = client
        self._client_zone = ZoneInfo(client.timezone) if client is not None and client.timezone else None
        self._operator_zone = ZoneInfo(operator_zone) if operator_zone else None
        self.history.clear()
        self.promise_list.clear()
        self.promises_box.setVisible(False)
        self.show_do_not_call("")
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
        self._show_promises(client)
        rows = [(entry.when, self._history_row(entry)) for entry in client.history]
        rows += [(change.changed_at, change_row(change)) for change in client.changes]  # hand edits (issue 14)
        rows += [(p.closed_at, self._promise_row(p)) for p in client.promises if p.closed_at is not None]
        for _, row in sorted(rows, key=lambda pair: pair[0], reverse=True):  # newest first, calls and promises
            self.history.addTopLevelItem(row)
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
            details.append(self.tr("next: %1").replace("%1", self.both_clocks(entry.next_contact_at)))
        text = "; ".join(d for d in details if d)
        # Two wrapped columns fit the card's width: when and who, then what happened and why.
        item = QTreeWidgetItem([f"{formatting.date_time(entry.when)}\n{entry.operator}", f"{result}\n{text}".strip()])
        item.setToolTip(1, text)
        return item

    def _promise_row(self, promise: PromiseView) -> QTreeWidgetItem:
        """A kept or moved promise in the history, with the note or the reason the operator gave."""
        if promise.state is PromiseState.MOVED:
            result = self.tr("Promise moved: «%1»").replace("%1", promise.text)
        else:
            result = self.tr("Promise kept: «%1»").replace("%1", promise.text)
        when = formatting.date_time(promise.closed_at)
        item = QTreeWidgetItem([f"{when}\n{promise.operator or ''}".strip(), f"{result}\n{promise.note}".strip()])
        item.setToolTip(1, promise.note)
        return item
