"""Keep a promise (with a note saying how) or move it to a new date (with the reason the client was told): rule 6.

Non-modal for the event loop: opened with ``open()``, it emits ``answered`` and stays open until the window says the
core accepted the answer, so a refusal (an empty note, a past date) is shown here, in the operator's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, QKeyCombination, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QDateTimeEdit, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from callassist.domain import PromiseView
from ui import formatting


class PromiseDialog(QDialog):
    """Signals:
    answered(str, object): the note or reason, and the new due moment (an aware datetime) or None for "kept".
    """

    answered = Signal(str, object)

    def __init__(
        self,
        promise: PromiseView,
        moving: bool,
        both_clocks: Callable[[datetime], str],
        now: datetime,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        """``zone``: the operator's clock, which the date field shows."""
        super().__init__(parent)
        self.setObjectName("movePromiseDialog" if moving else "keepPromiseDialog")
        self._moving = moving
        self._zone = zone
        self.setWindowTitle(self.tr("Move the promise") if moving else self.tr("Promise kept"))
        layout = QFormLayout(self)
        what = QLabel(self.tr("«%1», due %2").replace("%1", promise.text).replace("%2", both_clocks(promise.due_at)))
        what.setWordWrap(True)
        layout.addRow(what)
        self.text = QLineEdit()
        self.text.setObjectName("promiseNote")
        if moving:
            self.text.setPlaceholderText(self.tr("Why it moves (tell the client first)"))
            self.when = QDateTimeEdit()
            self.when.setObjectName("promiseDate")
            self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
            self.when.setCalendarPopup(True)
            self.when.setDateTime(formatting.to_qdatetime(max(promise.due_at, now) + timedelta(days=1), zone))
            today = now.astimezone(zone)
            self.when.setMinimumDateTime(QDateTime(QDate(today.year, today.month, today.day), QTime(0, 0)))
            layout.addRow(self.tr("Reason:"), self.text)
            layout.addRow(self.tr("New date:"), self.when)
        else:
            self.text.setPlaceholderText(self.tr("How it was kept"))
            layout.addRow(self.tr("Note:"), self.text)
        self.error = QLabel()
        self.error.setObjectName("promiseError")
        self.error.setWordWrap(True)
        layout.addRow(self.error)
        self.ok = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.ok.setObjectName("promiseSaveButton")
        self.ok.setDefault(True)
        self.ok.clicked.connect(self._answer)
        layout.addRow(self.ok)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key)), self)
            shortcut.activated.connect(self._answer)
        self.text.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """Typing goes straight into the note: the operator pressed Ctrl+F11 to write it."""
        super().showEvent(event)
        self.activateWindow()
        self.text.setFocus()

    def _answer(self) -> None:
        due = None
        if self._moving:
            value = self.when.dateTime()
            qd, qt = value.date(), value.time()
            due = datetime(qd.year(), qd.month(), qd.day(), qt.hour(), qt.minute(), tzinfo=self._zone)
        self.answered.emit(self.text.text(), due)

    def show_error(self, message: str, field: str | None) -> None:
        """A refusal from the core, with focus on the field it names (``promiseNote`` or ``promiseDate``)."""
        self.error.setText(message)
        target = self.findChild(QWidget, field) if field else None
        (target or self.text).setFocus()
