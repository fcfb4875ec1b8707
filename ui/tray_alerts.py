"""Callback notifications on the desktop (issue 6), besides the banner: where the system has a tray, a tray
message ten minutes before, at and after the due time (callassist.services.alerts decides which). Clicking the
message opens the client; the tray menu snoozes it. Without a tray (offscreen, some Linux desktops) only the banner
reminds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from callassist.services.alerts import Alert, AlertMoment, Fired, alerts_due
from callassist.services.reminders import Reminder


class TrayAlerts(QWidget):
    """Not shown itself: a QWidget only so ``self.tr`` has a context and the tray is parented to the window."""

    def __init__(
        self,
        zone: str,
        open_client: Callable[[int], None],
        snooze: Callable[[int], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = ZoneInfo(zone)
        self.open_client, self.snooze = open_client, snooze  # client id → open it; follow-up id → put it off
        self.fired: Fired = {}
        self.last: Alert | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setObjectName("reminderTray")
            self.tray.setToolTip("CallAssist")
            menu = QMenu(self)
            menu.addAction(self.tr("Open client"), self._open)
            menu.addAction(self.tr("Remind me in 5 minutes"), self._snooze)
            self.tray.setContextMenu(menu)
            self.tray.messageClicked.connect(self._open)
            self.tray.show()

    def notify(self, reminders: tuple[Reminder, ...], now: datetime) -> tuple[Alert, ...]:
        """Notify what is new at ``now``; returns the alerts decided (shown only where there is a tray)."""
        alerts, self.fired = alerts_due(reminders, now, self.fired)
        if alerts:
            self.last = alerts[-1]
        if self.tray is not None:
            for alert in alerts:
                self.tray.showMessage(self.tr("Callback"), self.message(alert), QSystemTrayIcon.MessageIcon.Information)
        return alerts

    def message(self, alert: Alert) -> str:
        clock = alert.reminder.due_at.astimezone(self.zone).strftime("%H:%M")
        if alert.moment is AlertMoment.BEFORE:
            template = self.tr("In ten minutes: call back %1 at %2.")
        elif alert.moment is AlertMoment.AT:
            template = self.tr("Time to call back %1 (%2).")
        else:
            template = self.tr("Overdue callback: %1 was due at %2.")
        return template.replace("%1", alert.reminder.client_name).replace("%2", clock)

    def _open(self) -> None:
        if self.last is not None:
            self.open_client(self.last.reminder.client_id)

    def _snooze(self) -> None:
        if self.last is not None:
            self.snooze(self.last.reminder.follow_up_id)
