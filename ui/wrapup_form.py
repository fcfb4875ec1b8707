"""The wrap-up form: how the call ended, and on a refusal why and when to call again (rules 1, 2, 3, 5).

The form only collects a :class:`~callassist.wrapup.WrapUpEntry`; the core says which fields a result needs
(:func:`~callassist.wrapup.fields_for`, read here to show the rows) and which values it refuses, with a
:class:`~callassist.wrapup.Field` code this form maps to its widget and focuses. It never surprises: a refusal reason
proposes its date only while the operator has not chosen one (and says so), and a moment outside the client's
calling hours is rounded here, visibly, so what is saved is what the form showed. Every edit emits ``changed`` so
the call session can keep a draft on disk (rule 10).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
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
    ClientView,
    ConversationResult,
    NeverReason,
    ProductView,
    RefusalReasonView,
    SaleLine,
)
from callassist.errors import UserInputError
from callassist.scheduling import QuickPick, quick_pick_day
from callassist.timekeeping.workdays import WorkCalendar
from callassist.wrapup import NEEDS_REASON, ClientClock, Field, WrapUpEntry, fields_for
from ui import formatting, labels
from ui.stage_picker import StagePicker

E = TypeVar("E", AttemptResult, ConversationResult, NeverReason)

PROMISE_HOUR = time(12)  # a new promise is due at noon of the next working day unless the operator says otherwise


def _enum(kind: type[E], value: Any) -> E | None:
    """Qt hands enum data back as plain strings; turn it back into the core's enum."""
    return None if value is None else kind(value)


class _DateTimeEdit(QDateTimeEdit):
    """Tab leaves the field, as everywhere else in the form; Left/Right still move between day, month and time."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class WrapUpForm(QWidget):
    """Signals:
    changed(): any field changed (keep a draft).
    saveRequested(): the operator asked to save (button or Ctrl+Enter).
    """

    changed = Signal()
    saveRequested = Signal()

    def __init__(
        self, zone: str, calling_start: str = "09:00", currency: str = "RUB", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpForm")
        self._zone = ZoneInfo(zone)
        self._calling_start = time.fromisoformat(calling_start)
        self._currency = currency
        self._office_calendar: WorkCalendar | None = None
        self._client_clock: ClientClock | None = None
        self._reasons: dict[str, RefusalReasonView] = {}
        self._language = "ru"
        self._client_zone = self._zone
        self._prices: dict[int, Decimal] = {}
        self._today = date.today()
        self._restoring = False
        self._date_chosen = False  # the operator set the next-contact date: a reason no longer replaces it
        self._programmatic = False
        self._build()
        self._connect()

    def _calendar(self) -> WorkCalendar:
        """Proposed days skip the days off of the client's country (the office's when unknown); made at the first
        proposal: loading the holiday library takes 0.1 s off the window's start."""
        if self._client_clock is not None:
            return self._client_clock.calendar
        if self._office_calendar is None:
            self._office_calendar = WorkCalendar()
        return self._office_calendar

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
        self.next_contact = self._moment_edit("nextContactDate")
        self.date_hint = self._hint("nextContactHint")
        self.personal = QCheckBox(self.tr("Personal callback (only I call)"))
        self.personal.setObjectName("callbackPersonal")
        self.personal.setChecked(True)
        self.product = self._combo("saleProduct", [])
        self.quantity = QSpinBox()
        self.quantity.setObjectName("saleQuantity")
        self.quantity.setRange(0, 10000)
        self.amount = QDoubleSpinBox()
        self.amount.setObjectName("saleAmount")
        self.amount.setRange(0, 1e9)
        self.amount.setDecimals(2)
        self.amount.setSuffix(f" {self._currency}")
        self.promise_on = QCheckBox(self.tr("I promised something"))
        self.promise_on.setObjectName("promiseEnabled")
        self.promise_text = QLineEdit()
        self.promise_text.setObjectName("promiseText")
        self.promise_text.setPlaceholderText(self.tr("e.g. send the offer"))
        self.promise_due = self._moment_edit("promiseDue")
        self.open_promise = self._hint("openPromiseQuestion")
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
        self._build_picks()
        self._lay_out()

    def _moment_edit(self, name: str) -> _DateTimeEdit:
        edit = _DateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        return edit

    def _hint(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _build_picks(self) -> None:
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

    def _row(self, *widgets: QWidget | str, stretch: tuple[int, ...] = ()) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, widget in enumerate(widgets):
            item = QLabel(widget) if isinstance(widget, str) else widget
            layout.addWidget(item, stretch=stretch[position] if position < len(stretch) else 0)
        return row

    def _lay_out(self) -> None:
        sale_amounts = self._row(self.tr("Quantity:"), self.quantity, self.tr("Amount:"), self.amount, stretch=(0, 1))
        promise_row = self._row(self.promise_text, self.promise_due, stretch=(2, 1))
        self.form.addRow(self.tr("Attempt (Ctrl+1…6):"), self.attempt)
        self.form.addRow(self.tr("Conversation (F6…F10):"), self.conversation)
        self.form.addRow(self.tr("Why not today:"), self.reason)
        self.form.addRow(self.tr("Client's words:"), self.reason_text)
        self.form.addRow(self.tr("Objective reason:"), self.never_reason)
        self.form.addRow(self.tr("Call again:"), self.next_contact)
        self.form.addRow("", self.quick_picks)
        self.form.addRow("", self.date_hint)
        self.form.addRow("", self.personal)
        self.form.addRow(self.tr("Sold:"), self.product)
        self.form.addRow("", sale_amounts)
        self.form.addRow("", self.open_promise)
        self.form.addRow("", self.promise_on)
        self.form.addRow(self.tr("Promise:"), promise_row)
        self.form.addRow(self.tr("Note:"), self.note)
        self.stage = StagePicker()  # issue 14
        self.stage.currentIndexChanged.connect(self._on_edit)
        self.form.addRow(self.tr("Buying stage (Alt+0):"), self.stage)
        self.form.addRow(self.error)
        self.form.addRow(self.save)
        # The rows each field code shows; fields_for() says which codes a result shows.
        self._rows: dict[Field, tuple[QWidget, ...]] = {
            Field.CONVERSATION: (self.conversation,),
            Field.REFUSAL_REASON: (self.reason,),
            Field.REFUSAL_TEXT: (self.reason_text,),
            Field.NEVER_REASON: (self.never_reason,),
            Field.NEXT_CONTACT: (self.next_contact, self.quick_picks, self.date_hint),
            Field.CALLBACK_PERSONAL: (self.personal,),
            Field.SALE_PRODUCT: (self.product, sale_amounts),
            Field.PROMISE: (self.promise_on, self.open_promise),
            Field.PROMISE_TEXT: (promise_row,),
        }
        # The widget an error about each field code focuses.
        self.field_widgets: dict[Field, QWidget] = {
            Field.ATTEMPT: self.attempt,
            Field.CONVERSATION: self.conversation,
            Field.REFUSAL_REASON: self.reason,
            Field.REFUSAL_TEXT: self.reason_text,
            Field.NEVER_REASON: self.never_reason,
            Field.NEXT_CONTACT: self.next_contact,
            Field.CALLBACK_PERSONAL: self.personal,
            Field.SALE_PRODUCT: self.product,
            Field.SALE_QUANTITY: self.quantity,
            Field.SALE_AMOUNT: self.amount,
            Field.PROMISE: self.promise_on,
            Field.PROMISE_TEXT: self.promise_text,
            Field.PROMISE_DUE: self.promise_due,
            Field.NOTE: self.note,
            Field.CLIENT: self.save,
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
        self.next_contact.dateTimeChanged.connect(self._on_date_edited)
        self.next_contact.editingFinished.connect(self.round_into_hours)
        for box in (self.personal, self.promise_on):
            box.toggled.connect(self._on_edit)
        self.quantity.valueChanged.connect(self._on_edit)
        self.amount.valueChanged.connect(self._on_edit)
        self.note.textChanged.connect(self._on_edit)
        self.save.clicked.connect(self.saveRequested)

    # --- catalogues, time and the client ------------------------------------------------------------------
    def set_catalogues(
        self, reasons: tuple[RefusalReasonView, ...], products: tuple[ProductView, ...], language: str
    ) -> None:
        self._reasons = {r.code: r for r in reasons}
        self._language = language
        self._prices = {p.id: p.price for p in products}
        self.reason.blockSignals(True)
        self.product.blockSignals(True)
        for combo in (self.reason, self.product):
            while combo.count() > 1:
                combo.removeItem(1)
        for reason in reasons:
            self.reason.addItem(reason.title(language), reason.code)
        for product in products:
            self.product.addItem(product.name, product.id)
        self.reason.blockSignals(False)
        self.product.blockSignals(False)

    def set_now(self, now: datetime) -> None:
        """The app's clock: quick picks and reason delays count from this moment, in the office's zone."""
        self._today = now.astimezone(self._zone).date()
        minimum = QDateTime(QDate(self._today.year, self._today.month, self._today.day), QTime(0, 0))
        self.next_contact.setMinimumDateTime(minimum)
        self.promise_due.setMinimumDateTime(minimum)

    def set_client(self, client: ClientView | None, clock: ClientClock | None) -> None:
        """The client of the open call: its calling hours for rounding, its open promises to ask about."""
        self._client_clock = clock
        self._client_zone = ZoneInfo(clock.zone) if clock is not None else self._zone
        due = client.open_promises if client is not None else ()
        if due:
            first = due[0]
            self.open_promise.setText(
                self.tr("Open promise «%1» by %2: Ctrl+F11 kept, Ctrl+Shift+F11 moved, or it returns on its date.")
                .replace("%1", first.text)
                .replace("%2", formatting.short_date_time(first.due_at, self._zone))
            )
        else:
            self.open_promise.clear()
        self._update_visibility()

    def apply_quick_pick(self, pick: QuickPick) -> None:
        self._date_chosen = True
        self._set_next_day(quick_pick_day(pick, self._today, self._calendar()))
        self.date_hint.clear()
        self.round_into_hours()

    def _apply_reason_delay(self) -> None:
        """A reason proposes its default date only while the operator has not chosen one, and says which it did."""
        code = self.reason.currentData()
        if code not in self._reasons or self._restoring:
            return
        reason = self._reasons[code]
        day = self._calendar().next_working_day(self._today + timedelta(days=reason.default_delay_days), True)
        proposed = formatting.short_date_time(self._at_calling_start(day), self._zone)[:5]
        title = reason.title(self._language)
        if self._date_chosen:
            hint = self.tr("Your date is kept; «%1» would suggest %2.")
            self.date_hint.setText(hint.replace("%1", title).replace("%2", proposed))
            self._update_visibility()
            return
        self._set_next_day(day)
        hint = self.tr("Date proposed for «%1»: %2. Change it freely.")
        self.date_hint.setText(hint.replace("%1", title).replace("%2", proposed))
        self.round_into_hours()
        self._update_visibility()

    def _apply_product_price(self) -> None:
        product_id = self.product.currentData()
        if product_id in self._prices and not self._restoring:
            self.amount.setValue(float(self._prices[product_id] * self.quantity.value()))

    def _at_calling_start(self, day: date) -> datetime:
        """The start of calling hours on ``day`` on the client's clock (the office's when unknown)."""
        return datetime.combine(day, self._calling_start, self._client_zone)

    def _set_next_day(self, day: date) -> None:
        self._write_moment(self.next_contact, self._at_calling_start(day))

    def _on_date_edited(self) -> None:
        if not self._restoring and not self._programmatic:
            self._date_chosen = True

    def round_into_hours(self) -> bool:
        """Move a refusal's next contact into the client's calling hours, visibly; True when it moved.

        The core lands a refusal's date the same way on save, so the moment saved is the moment shown. An agreed
        callback keeps its exact time (the operator is warned instead, see ``ui/reminders.py``).
        """
        result = self.conversation.currentData() if self.attempt.currentData() == AttemptResult.CONNECTED else None
        if self._client_clock is None or result not in NEEDS_REASON:
            return False
        typed = self._read_moment(self.next_contact)
        landed = self._client_clock.land(typed)
        if landed == typed:
            return False
        self._write_moment(self.next_contact, landed)
        self.date_hint.setText(
            self.tr("Outside the client's calling hours: moved to %1.").replace("%1", self.both_clocks(landed))
        )
        self._update_visibility()
        return True

    def both_clocks(self, moment: datetime, client_zone: str | None = None) -> str:
        """``11.01 10:00 for the client = 09:00 for you``; one clock when the client shares the office's zone.

        ``client_zone``: the client's IANA zone; the open client's when not given.
        """
        zone = ZoneInfo(client_zone) if client_zone else self._client_zone
        theirs = formatting.short_date_time(moment, zone)
        yours = formatting.short_date_time(moment, self._zone)
        if theirs == yours:
            return yours
        yours = yours[6:] if yours[:5] == theirs[:5] else yours  # the same day: its time is enough
        return self.tr("%1 for the client = %2 for you").replace("%1", theirs).replace("%2", yours)

    def _read_moment(self, edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime()
        qd, qt = value.date(), value.time()
        return datetime(qd.year(), qd.month(), qd.day(), qt.hour(), qt.minute(), tzinfo=self._zone)

    def _write_moment(self, edit: QDateTimeEdit, moment: datetime) -> None:
        local = moment.astimezone(self._zone)
        self._programmatic = True
        try:
            edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)))
        finally:
            self._programmatic = False

    # --- values -------------------------------------------------------------------------------------------
    def _on_edit(self) -> None:
        self._update_visibility()
        self.error.clear()
        if not self._restoring:
            self.changed.emit()

    def _needs_text(self) -> bool:
        code = self.reason.currentData()
        return code in self._reasons and self._reasons[code].needs_text

    def shown_fields(self) -> frozenset[Field]:
        """The field codes whose widgets are on screen and usable now (tests compare them with the core's)."""
        return frozenset(
            code for code, widget in self.field_widgets.items() if widget.isVisibleTo(self) and widget.isEnabled()
        )

    def _update_visibility(self) -> None:
        attempt = _enum(AttemptResult, self.attempt.currentData())
        result = _enum(ConversationResult, self.conversation.currentData())
        needs = fields_for(attempt, result, self._needs_text())
        self.conversation.setEnabled(Field.CONVERSATION in needs.shown)
        for code, widgets in self._rows.items():
            shown = code in needs.shown
            if code is Field.PROMISE_TEXT:
                shown = shown and self.promise_on.isChecked()
            if code is Field.CONVERSATION:
                continue  # always on screen, enabled only for a connected call
            for widget in widgets:
                self.form.setRowVisible(widget, shown and (widget is not self.open_promise or bool(widget.text())))
        self.form.setRowVisible(self.date_hint, Field.NEXT_CONTACT in needs.shown and bool(self.date_hint.text()))

    def set_attempt(self, result: AttemptResult) -> None:
        self.attempt.setCurrentIndex(self.attempt.findData(result))

    def set_conversation(self, result: ConversationResult) -> None:
        if self.attempt.currentData() != AttemptResult.CONNECTED:
            self.set_attempt(AttemptResult.CONNECTED)
        self.conversation.setCurrentIndex(self.conversation.findData(result))

    def entry(self) -> WrapUpEntry:
        """What the form holds, keyed by codes; fields the result does not show are dropped when the outcome is
        built (:func:`callassist.wrapup.build_outcome`)."""
        product_id = self.product.currentData()
        sale: tuple[SaleLine, ...] = ()
        if product_id is not None:
            sale = (SaleLine(int(product_id), self.quantity.value(), Decimal(str(round(self.amount.value(), 2)))),)
        return WrapUpEntry(
            attempt_result=_enum(AttemptResult, self.attempt.currentData()),
            conversation_result=_enum(ConversationResult, self.conversation.currentData()),
            refusal_reason=self.reason.currentData(),
            refusal_text=self.reason_text.text(),
            never_reason=_enum(NeverReason, self.never_reason.currentData()),
            next_contact_at=self._read_moment(self.next_contact),
            next_contact_chosen=self._date_chosen,
            callback_personal=self.personal.isChecked(),
            sale_lines=sale,
            promise_on=self.promise_on.isChecked(),
            promise_text=self.promise_text.text(),
            promise_due=self._read_moment(self.promise_due),
            note=self.note.toPlainText(),
            stage=self.stage.chosen(),
        )

    def show_error(self, error: UserInputError | str, field: str | None = None, language: str | None = None) -> None:
        """Show a refusal in the operator's language and focus the field it names (the first wrong one)."""
        if isinstance(error, UserInputError):
            message, field = error.render(language), error.field
        else:
            message = error
        self.error.setText(message)
        target = self.field_widgets.get(Field(field)) if field in set(Field) else None
        if target is not None and target.isVisibleTo(self):
            target.setFocus()

    def focus_first(self) -> None:
        """Jump into the form: the first required field still empty, else the save button."""
        entry = self.entry()
        needs = fields_for(entry.attempt_result, entry.conversation_result, self._needs_text())
        empty = {
            Field.ATTEMPT: entry.attempt_result is None,
            Field.CONVERSATION: entry.conversation_result is None,
            Field.REFUSAL_REASON: entry.refusal_reason is None,
            Field.REFUSAL_TEXT: not entry.refusal_text.strip(),
            Field.NEVER_REASON: entry.never_reason is None,
            Field.SALE_PRODUCT: not entry.sale_lines,
        }
        for code in Field:
            if code in needs.required and empty.get(code, False):
                self.field_widgets[code].setFocus()
                return
        self.save.setFocus()

    def reset(self) -> None:
        """An empty form for a new call (no ``changed``: nothing was edited)."""
        self.restore(WrapUpEntry())
        self._restoring = True
        try:
            self._set_next_day(self._today + timedelta(days=1))
            self._write_moment(self.promise_due, self._default_promise_due())
        finally:
            self._restoring = False
        self._date_chosen = False
        self.date_hint.clear()
        self.error.clear()
        self._update_visibility()

    def _default_promise_due(self) -> datetime:
        """Noon of the next working day: a promise is never due in the past, nor on a day off."""
        day = self._calendar().next_working_day(self._today)
        return datetime.combine(day, PROMISE_HOUR, self._zone)

    def restore(self, entry: WrapUpEntry) -> None:
        """Fill the form from an entry (a draft after a crash); unknown codes (a catalogue changed) stay empty."""
        self._restoring = True
        try:
            self.attempt.setCurrentIndex(max(0, self.attempt.findData(entry.attempt_result)))
            self.conversation.setCurrentIndex(max(0, self.conversation.findData(entry.conversation_result)))
            self.reason.setCurrentIndex(max(0, self.reason.findData(entry.refusal_reason)))
            self.reason_text.setText(entry.refusal_text)
            self.never_reason.setCurrentIndex(max(0, self.never_reason.findData(entry.never_reason)))
            if entry.next_contact_at is not None:
                self._write_moment(self.next_contact, entry.next_contact_at)
            self._date_chosen = entry.next_contact_chosen
            self.personal.setChecked(entry.callback_personal)
            line = entry.sale_lines[0] if entry.sale_lines else None
            self.product.setCurrentIndex(max(0, self.product.findData(line.product_id if line else None)))
            self.quantity.setValue(line.quantity if line else 1)
            self.amount.setValue(float(line.amount) if line else 0.0)
            self.promise_on.setChecked(entry.promise_on)
            self.promise_text.setText(entry.promise_text)
            if entry.promise_due is not None:
                self._write_moment(self.promise_due, entry.promise_due)
            self.note.setPlainText(entry.note)
            self.stage.setCurrentIndex(self.stage.findData(entry.stage.value) if entry.stage else 0)
        finally:
            self._restoring = False
            self._update_visibility()
