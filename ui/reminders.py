"""Time on the operator's side (issue 6): a banner for personal callbacks due soon, with snooze; a warning before
an exact callback outside the client's calling hours is saved; and the export of the operator's callbacks and
promises to a calendar file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QToolBar, QWidget

from callassist.domain import ConversationResult, Outcome
from callassist.errors import CallAssistError
from callassist.messages import render
from callassist.services.desk import OperatorDesk
from callassist.services.reminders import Reminder, export_calendar
from ui.errors import shown
from ui.i18n import ui_language
from ui.tasks import TaskRunner
from ui.tray_alerts import TrayAlerts
from ui.wrapup_form import WrapUpForm

CHECK_MS = 30_000  # how often the banner asks for reminders; changes from this window refresh it at once
SNOOZE_MINUTES = 5


class ReminderHost(Protocol):
    """What the banner needs from the operator window."""

    desk: OperatorDesk
    tasks: TaskRunner
    form: WrapUpForm

    def open_client(self, client_id: int) -> None: ...


class ReminderBanner(QFrame):
    """One line over the window: "Callback soon: Ivanov at 14:30.", with Open and Snooze.

    Signals:
        snoozed(): the shown reminder was put off; ask for reminders again.
    """

    snoozed = Signal()

    def __init__(self, host: ReminderHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.host = host
        self.reminder: Reminder | None = None
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.open_button = QPushButton(self.tr("Open client"))
        self.open_button.setObjectName("reminderOpenButton")
        self.snooze_button = QPushButton(self.tr("Remind me in 5 minutes"))
        self.snooze_button.setObjectName("reminderSnoozeButton")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.snooze_button)
        self.open_button.clicked.connect(self._open)
        self.snooze_button.clicked.connect(self._snooze)

    def show_reminder(self, reminder: Reminder | None) -> None:
        self.reminder = reminder
        if reminder is None:
            self.text.clear()
            return
        zone = self.host.desk.settings.office_timezone
        clock = reminder.due_at.astimezone(ZoneInfo(zone)).strftime("%H:%M")
        template = (
            self.tr("Overdue callback: %1 was due at %2.") if reminder.overdue else self.tr("Callback soon: %1 at %2.")
        )
        self.text.setText(template.replace("%1", reminder.client_name).replace("%2", clock))

    def _open(self) -> None:
        if self.reminder is not None:
            self.host.open_client(self.reminder.client_id)

    def _snooze(self) -> None:
        if self.reminder is not None:
            self.host.tasks.spawn(self._snooze_now(self.reminder.follow_up_id))

    async def _snooze_now(self, follow_up_id: int) -> None:
        await self.host.tasks.db(self.host.desk.snooze_reminder, follow_up_id, SNOOZE_MINUTES)
        self.snoozed.emit()


class Reminders:
    """The banner (in a fixed tool bar, hidden when nothing is due) and the calendar export action."""

    def __init__(self, window: QMainWindow, host: ReminderHost) -> None:
        self.window, self.host = window, host
        self.banner = ReminderBanner(host)
        self.bar = QToolBar(QCoreApplication.translate("Reminders", "Reminders"), window)
        self.bar.setObjectName("reminderBar")
        self.bar.setMovable(False)
        self.bar.setFloatable(False)
        self.bar.addWidget(self.banner)
        self.bar.setVisible(False)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.timer = QTimer(window)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.banner.snoozed.connect(self.check)
        self.tray = TrayAlerts(  # desktop notifications where the system has a tray; the banner always
            host.desk.settings.office_timezone,
            host.open_client,
            lambda follow_up_id: host.tasks.spawn(self.banner._snooze_now(follow_up_id)),
            window,
        )
        menu = window.menuBar().addMenu(QCoreApplication.translate("Reminders", "Calendar"))
        self.export_action = menu.addAction(QCoreApplication.translate("Reminders", "Export my callbacks to calendar…"))
        self.export_action.setObjectName("exportCalendarAction")
        self.export_action.triggered.connect(self.ask_export_path)
        self.dialog: QFileDialog | None = None
        self._accepted_callback: tuple[int, datetime] | None = None

    def check(self) -> None:
        self.host.tasks.spawn(self.refresh())

    async def refresh(self) -> None:
        """Show the first due reminder, or hide the bar; the window calls this whenever it refreshes the queue."""
        due = await self.host.tasks.db(self.host.desk.due_reminders)
        self.banner.show_reminder(due[0] if due else None)
        self.tray.notify(due, self.host.desk.now())
        self.bar.setVisible(bool(due))

    async def callback_time_confirmed(self, outcome: Outcome) -> bool:
        """False (with a warning in the form) the first time an exact callback falls outside the client's calling
        hours or on a day off; saving the same time again keeps it, since the client asked for it."""
        when = outcome.next_contact_at
        if outcome.conversation_result is not ConversationResult.CALLBACK or when is None:
            return True
        if self._accepted_callback == (outcome.client_id, when):
            return True
        if not await self.host.tasks.db(self.host.desk.callback_outside_hours, outcome.client_id, when):
            return True
        self._accepted_callback = (outcome.client_id, when)
        warning = QCoreApplication.translate(
            "Reminders", "Outside the client's calling hours or on a day off. Press Ctrl+Enter again to keep this time."
        )
        self.host.form.show_error(warning, "nextContactDate")
        return False

    def ask_export_path(self) -> None:
        """A save dialog opened without blocking the event loop (``open()``, never ``exec()``)."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self.window,
            QCoreApplication.translate("Reminders", "Export my callbacks to calendar"),
            str(Path(folder) / "callassist.ics"),
            QCoreApplication.translate("Reminders", "Calendar files (*.ics)"),
        )
        dialog.setObjectName("exportCalendarDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("ics")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.host.tasks.spawn(self.export(Path(path))))
        self.dialog = dialog
        dialog.open()

    async def export(self, path: Path) -> int:
        """Write the calendar file and say how it went in the status bar; returns how many events were written."""
        try:
            desk = self.host.desk
            count = await self.host.tasks.db(
                export_calendar, desk.db, desk.operator_id, desk.operator_name, path, desk.now(), ui_language()
            )
        except CallAssistError as error:
            self.window.statusBar().showMessage(shown(error), 10_000)
            return 0
        message = render("calendar.saved", ui_language(), n=count, file=str(path))
        self.window.statusBar().showMessage(message, 10_000)
        return count


def install(window: QMainWindow, host: ReminderHost) -> Reminders:
    """Add the reminder banner and the calendar menu to the operator window."""
    return Reminders(window, host)
