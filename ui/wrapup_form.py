"""The wrap-up form: how the call ended, and on a refusal why and when to call again (rules 1, 2, 3, 5).

The form only collects values; the core's rules decide what is acceptable, and a refusal comes back as a message
that names the field at fault, which the form shows and focuses. Every edit emits ``changed`` so the window can
keep a draft on disk (rule 10).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ConversationResult,
    NeverReason,
    ProductView,
    PromiseInput,
    RefusalReasonView,
    SaleLine,
)
from callassist.scheduling import QuickPick, quick_pick_day
from callassist.timekeeping.workdays import WorkCalendar
from ui import labels
from ui.stage_picker import StagePicker

E = TypeVar("E", AttemptResult, ConversationResult, NeverReason)


def _enum(kind: type[E], value: Any) -> E | None:
    """Qt hands enum data back as plain strings; turn it back into the core's enum."""
    return None if value is None else kind(value)


class _DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field, as everywhere else in the form; Left/Right still move between day, month and time."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


NEEDS_DATE = (ConversationResult.INTERESTED, ConversationResult.REFUSED, ConversationResult.CALLBACK)
NEEDS_REASON = (ConversationResult.INTERESTED, ConversationResult.REFUSED)


@dataclass(frozen=True)
class WrapUpValues:
    attempt_result: AttemptResult | None
    conversation_result: ConversationResult | None
    refusal_reason: str | None
    refusal_text: str
    never_reason: NeverReason | None
    next_contact_at: datetime | None
    callback_personal: bool
    sale_lines: tuple[SaleLine, ...]
    promise: PromiseInput | None
    note: str
    stage: BuyingStage | None = None  # issue 14: the stage this call moved the client to


class WrapUpForm(QWidget):
    """Signals:
    changed(): any field changed (keep a draft).
    saveRequested(): the operator asked to save (button or Ctrl+Enter).
    """

    changed = Signal()
    saveRequested = Signal()

    def __init__(self, zone: str, calling_start: str = "09:00", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpForm")
        self._zone = ZoneInfo(zone)
        self._calling_start = QTime.fromString(calling_start, "HH:mm")
        self._office_calendar: WorkCalendar | None = None
        self._reasons: dict[str, RefusalReasonView] = {}
        self._today = date.today()
        self._restoring = False
        self._build()
        self._connect()

    def _calendar(self) -> WorkCalendar:
        """Proposed days skip the office country's days off; saving lands them on the client's own calendar
        (rule 2). Made at the first proposal: loading the holiday library takes 0.1 s off the window's start."""
        if self._office_calendar is None:
            self._office_calendar = WorkCalendar()
        return self._office_calendar
        self._update_visibility()

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.attempt = self._combo("attemptResult", [(labels.attempt(r), r) for r in AttemptResult])
        self.conversation = self._combo("conversationResult", [(labels.conversation(r), r) for r in ConversationResult])
        self.reason = self._combo("refusalReason", [])
        self.reason_text = QLineEdit()
        self.reason_text.setObjectName("refusalText")
        self.reason_text.setPlaceholderText(self.tr("What exactly did the client say?"))
        self.never_reason = self._combo("neverReason", [(labels.never(r), r) for r in NeverReason])
        self.next_contact = _DateTimeEdit()
        self.next_contact.setObjectName("nextContactDate")
        self.next_contact.setCalendarPopup(True)
        self.next_contact.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.personal = QCheckBox(self.tr("Personal callback (only I call)"))
        self.personal.setObjectName("callbackPersonal")
        self.personal.setChecked(True)
        self.product = self._combo("saleProduct", [])
        self.quantity = QSpinBox()
        self.quantity.setObjectName("saleQuantity")
        self.quantity.setRange(1, 10000)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("saleAmount")
        self.amount.setRange(0, 1e9)
        self.amount.setDecimals(2)
        self.promise_on = QCheckBox(self.tr("I promised something"))
        self.promise_on.setObjectName("promiseEnabled")
        self.promise_text = QLineEdit()
        self.promise_text.setObjectName("promiseText")
        self.promise_text.setPlaceholderText(self.tr("e.g. send the offer"))
        self.promise_due = _DateTimeEdit()
        self.promise_due.setObjectName("promiseDue")
        self.promise_due.setCalendarPopup(True)
        self.promise_due.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.note = QPlainTextEdit()
        self.note.setObjectName("wrapUpNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Note for the next call"))
        self.note.setMaximumHeight(70)
        self.error = QLabel()
        self.error.setObjectName("wrapUpError")
        self.error.setWordWrap(True)
        self.error.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.save = QPushButton(self.tr("Save outcome (Ctrl+Enter)"))
        self.save.setObjectName("saveOutcomeButton")
        self.save.setDefault(True)

        self.quick_picks = QWidget()
        picks = QHBoxLayout(self.quick_picks)
        picks.setContentsMargins(0, 0, 0, 0)
        self._pick_buttons: dict[QuickPick, QPushButton] = {}
        for pick, text in (
            (QuickPick.TOMORROW, self.tr("Tomorrow")),
            (QuickPick.WEEK, self.tr("In a week")),
            (QuickPick.MONTH, self.tr("In a month")),
            (QuickPick.THREE_MONTHS, self.tr("In 3 months")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"quickPick_{pick.value}")
            button.clicked.connect(lambda _c=False, p=pick: self.apply_quick_pick(p))
            picks.addWidget(button)
            self._pick_buttons[pick] = button
        sale_row = QWidget()
        sale_layout = QHBoxLayout(sale_row)
        sale_layout.setContentsMargins(0, 0, 0, 0)
        sale_layout.addWidget(self.product, stretch=2)
        sale_layout.addWidget(self.quantity)
        sale_layout.addWidget(self.amount, stretch=1)
        promise_row = QWidget()
        promise_layout = QHBoxLayout(promise_row)
        promise_layout.setContentsMargins(0, 0, 0, 0)
        promise_layout.addWidget(self.promise_text, stretch=2)
        promise_layout.addWidget(self.promise_due, stretch=1)

        self.form.addRow(self.tr("Attempt (Ctrl+1…6):"), self.attempt)
        self.form.addRow(self.tr("Conversation (F6…F10):"), self.conversation)
        self.form.addRow(self.tr("Why not today:"), self.reason)
        self.form.addRow(self.tr("Client's words:"), self.reason_text)
        self.form.addRow(self.tr("Objective reason:"), self.never_reason)
        self.form.addRow(self.tr("Call again:"), self.next_contact)
        self.form.addRow("", self.quick_picks)
        self.form.addRow("", self.personal)
        self.form.addRow(self.tr("Sold:"), sale_row)
        self.form.addRow("", self.promise_on)
        self.form.addRow(self.tr("Promise:"), promise_row)
        self.form.addRow(self.tr("Note:"), self.note)
        self.stage = StagePicker()  # issue 14
        self.stage.currentIndexChanged.connect(self._on_edit)
        self.form.addRow(self.tr("Buying stage (Alt+0):"), self.stage)
        self.form.addRow(self.error)
        self.form.addRow(self.save)
        self._rows = {
            "reason": self.reason,
            "text": self.reason_text,
            "never": self.never_reason,
            "date": self.next_contact,
            "picks": self.quick_picks,
            "personal": self.personal,
            "sale": sale_row,
            "promise_on": self.promise_on,
            "promise": promise_row,
        }
        order = [
            self.attempt,
            self.conversation,
            self.reason,
            self.reason_text,
            self.never_reason,
            self.next_contact,
            *self._pick_buttons.values(),
            self.personal,
            self.product,
            self.quantity,
            self.amount,
            self.promise_on,
            self.promise_text,
            self.promise_due,
            self.note,
            self.stage,
            self.save,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(self.tr("— choose —"), None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _connect(self) -> None:
        for combo in (self.attempt, self.conversation, self.reason, self.never_reason, self.product):
            combo.currentIndexChanged.connect(self._on_edit)
        self.reason.currentIndexChanged.connect(self._apply_reason_delay)
        self.product.currentIndexChanged.connect(self._apply_product_price)
        self.quantity.valueChanged.connect(self._apply_product_price)
        for line in (self.reason_text, self.promise_text):
            line.textChanged.connect(self._on_edit)
        for edit in (self.next_contact, self.promise_due):
            edit.dateTimeChanged.connect(self._on_edit)
        for box in (self.personal, self.promise_on):
            box.toggled.connect(self._on_edit)
        self.amount.valueChanged.connect(self._on_edit)
        self.note.textChanged.connect(self._on_edit)
        self.save.clicked.connect(self.saveRequested)

    # --- catalogues and time ------------------------------------------------------------------------------
    def set_catalogues(
        self, reasons: tuple[RefusalReasonView, ...], products: tuple[ProductView, ...], language: str
    ) -> None:
        self._reasons = {r.code: r for r in reasons}
        self.reason.blockSignals(True)
        self.product.blockSignals(True)
        for combo in (self.reason, self.product):
            while combo.count() > 1:
                combo.removeItem(1)
        for reason in reasons:
            self.reason.addItem(reason.title(language), reason.code)
        for product in products:
            self.product.addItem(product.name, (product.id, str(product.price)))
        self.reason.blockSignals(False)
        self.product.blockSignals(False)

    def set_now(self, now: datetime) -> None:
        """The app's clock: quick picks and reason delays count from this moment, in the office's zone."""
        self._today = now.astimezone(self._zone).date()
        minimum = QDateTime(QDate(self._today.year, self._today.month, self._today.day), QTime(0, 0))
        self.next_contact.setMinimumDateTime(minimum)
        self.promise_due.setMinimumDateTime(minimum)

    def apply_quick_pick(self, pick: QuickPick) -> None:
        self._set_next_day(quick_pick_day(pick, self._today, self._calendar()))

    def _apply_reason_delay(self) -> None:
        code = self.reason.currentData()
        if code in self._reasons and not self._restoring:
            day = self._today + timedelta(days=self._reasons[code].default_delay_days)
            self._set_next_day(self._calendar().next_working_day(day, include_today=True))

    def _apply_product_price(self) -> None:
        data = self.product.currentData()
        if data is not None and not self._restoring:
            self.amount.setValue(float(Decimal(data[1]) * self.quantity.value()))

    def _set_next_day(self, day: date) -> None:
        self.next_contact.setDateTime(QDateTime(QDate(day.year, day.month, day.day), self._calling_start))

    def _read_moment(self, edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime()
        qd, qt = value.date(), value.time()
        local = datetime(qd.year(), qd.month(), qd.day(), qt.hour(), qt.minute(), tzinfo=self._zone)
        return local

    def _write_moment(self, edit: QDateTimeEdit, moment: datetime) -> None:
        local = moment.astimezone(self._zone)
        edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))

    # --- values -------------------------------------------------------------------------------------------
    def _on_edit(self) -> None:
        self._update_visibility()
        self.error.clear()
        if not self._restoring:
            self.changed.emit()

    def _update_visibility(self) -> None:
        connected = self.attempt.currentData() == AttemptResult.CONNECTED
        result = self.conversation.currentData() if connected else None
        self.conversation.setEnabled(connected)
        code = self.reason.currentData()
        shown = {
            "reason": result in NEEDS_REASON,
            "text": result in NEEDS_REASON and code in self._reasons and self._reasons[code].needs_text,
            "never": result == ConversationResult.NEVER or self.attempt.currentData() == AttemptResult.NOT_IN_SERVICE,
            "date": result in NEEDS_DATE,
            "picks": result in NEEDS_DATE,
            "personal": result == ConversationResult.CALLBACK,
            "sale": result == ConversationResult.SALE,
            "promise_on": connected,
            "promise": connected and self.promise_on.isChecked(),
        }
        for key, widget in self._rows.items():
            self.form.setRowVisible(widget, shown[key])

    def set_attempt(self, result: AttemptResult) -> None:
        self.attempt.setCurrentIndex(self.attempt.findData(result))

    def set_conversation(self, result: ConversationResult) -> None:
        if self.attempt.currentData() != AttemptResult.CONNECTED:
            self.set_attempt(AttemptResult.CONNECTED)
        self.conversation.setCurrentIndex(self.conversation.findData(result))

    def values(self) -> WrapUpValues:
        attempt = _enum(AttemptResult, self.attempt.currentData())
        connected = attempt is AttemptResult.CONNECTED
        result = _enum(ConversationResult, self.conversation.currentData()) if connected else None
        product = self.product.currentData()
        sale: tuple[SaleLine, ...] = ()
        if result == ConversationResult.SALE and product is not None:
            sale = (SaleLine(product[0], self.quantity.value(), Decimal(str(round(self.amount.value(), 2)))),)
        promise = None
        if connected and self.promise_on.isChecked():
            promise = PromiseInput(self.promise_text.text().strip(), self._read_moment(self.promise_due))
        return WrapUpValues(
            attempt_result=attempt,
            conversation_result=result,
            refusal_reason=self.reason.currentData() if result in NEEDS_REASON else None,
            refusal_text=self.reason_text.text().strip(),
            never_reason=_enum(NeverReason, self.never_reason.currentData()) if self._never_shown() else None,
            next_contact_at=self._read_moment(self.next_contact) if result in NEEDS_DATE else None,
            callback_personal=self.personal.isChecked(),
            sale_lines=sale,
            promise=promise,
            note=self.note.toPlainText().strip(),
            stage=self.stage.chosen(),
        )

    def _never_shown(self) -> bool:
        return self.form.isRowVisible(self.never_reason)

    def show_error(self, message: str, field: str | None) -> None:
        self.error.setText(message)
        target = self.findChild(QWidget, field) if field else None
        if target is not None and target.isVisible():
            target.setFocus()

    def reset(self) -> None:
        self._restoring = True
        for combo in (self.attempt, self.conversation, self.reason, self.never_reason, self.product):
            combo.setCurrentIndex(0)
        for line in (self.reason_text, self.promise_text):
            line.clear()
        self.note.clear()
        self.stage.reset()
        self.personal.setChecked(True)
        self.promise_on.setChecked(False)
        self.quantity.setValue(1)
        self.amount.setValue(0)
        self._set_next_day(self._today + timedelta(days=1))
        self.error.clear()
        self._restoring = False
        self._update_visibility()

    # --- drafts -------------------------------------------------------------------------------------------
    def to_draft(self) -> dict[str, Any]:
        return {
            "attempt": self.attempt.currentIndex(),
            "conversation": self.conversation.currentIndex(),
            "reason": self.reason.currentData(),
            "reason_text": self.reason_text.text(),
            "never": self.never_reason.currentIndex(),
            "next_contact": self._read_moment(self.next_contact).isoformat(),
            "personal": self.personal.isChecked(),
            "product": self.product.currentIndex(),
            "quantity": self.quantity.value(),
            "amount": self.amount.value(),
            "promise_on": self.promise_on.isChecked(),
            "promise_text": self.promise_text.text(),
            "promise_due": self._read_moment(self.promise_due).isoformat(),
            "note": self.note.toPlainText(),
            "stage": self.stage.currentIndex(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        self._restoring = True
        try:
            self.attempt.setCurrentIndex(int(draft.get("attempt", 0)))
            self.conversation.setCurrentIndex(int(draft.get("conversation", 0)))
            self.reason.setCurrentIndex(max(0, self.reason.findData(draft.get("reason"))))
            self.reason_text.setText(str(draft.get("reason_text", "")))
            self.never_reason.setCurrentIndex(int(draft.get("never", 0)))
            self._write_moment(self.next_contact, datetime.fromisoformat(draft["next_contact"]))
            self.personal.setChecked(bool(draft.get("personal", True)))
            self.product.setCurrentIndex(int(draft.get("product", 0)))
            self.quantity.setValue(int(draft.get("quantity", 1)))
            self.amount.setValue(float(draft.get("amount", 0)))
            self.promise_on.setChecked(bool(draft.get("promise_on", False)))
            self.promise_text.setText(str(draft.get("promise_text", "")))
            self._write_moment(self.promise_due, datetime.fromisoformat(draft["promise_due"]))
            self.note.setPlainText(str(draft.get("note", "")))
            self.stage.setCurrentIndex(int(draft.get("stage", 0)))
        finally:
            self._restoring = False
            self._update_visibility()
