"""The callback reminder banner with snooze, and the calendar export from the menu, on the real window (issue 6)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QFileDialog

from callassist.domain import ConversationResult
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import card, count_calls, make_client, outcome
from tests.gui.conftest import OPERATOR, press
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier


def _personal_callback(db: Database, now: datetime, name: str, due: datetime) -> int:
    client = make_client(db, now, name)
    desk = OperatorDesk(db, OPERATOR, now=lambda: now)
    desk.open_client(client)
    desk.record(outcome(client, OPERATOR, now, result=ConversationResult.CALLBACK, next_contact_at=due))
    return client


def test_banner_reminds_of_a_callback_snoozes_and_opens_the_client(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client = _personal_callback(seeded, now, "Иванов Пётр", now + timedelta(minutes=5))
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None
    loop.run_until_complete(shell.tasks.idle())
    banner = window.reminders.banner

    assert window.reminders.bar.isVisible()
    assert "Иванов Пётр" in banner.text.text()

    banner.snooze_button.click()
    loop.run_until_complete(shell.tasks.idle())
    assert not window.reminders.bar.isVisible()

    fixed_now("2026-11-23T10:06:00+03:00")  # the snooze is over and the callback is overdue
    press(window, Qt.Key.Key_F5)
    loop.run_until_complete(shell.tasks.idle())
    assert window.reminders.bar.isVisible()
    assert banner.reminder is not None and banner.reminder.overdue

    banner.open_button.click()
    loop.run_until_complete(shell.tasks.idle())
    assert window.card.client is not None and window.card.client.id == client


def test_calendar_export_from_the_menu_writes_an_ics_file(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    due = now + timedelta(days=1)
    _personal_callback(seeded, now, "Петрова Анна", due)
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None
    loop.run_until_complete(shell.tasks.idle())
    target = tmp_path / "anna.ics"

    window.reminders.export_action.trigger()
    dialog = window.findChild(QFileDialog, "exportCalendarDialog")
    assert dialog is not None and dialog.isVisible()  # opened without blocking the event loop
    dialog.fileSelected.emit(str(target))  # what the dialog emits when the operator accepts a file name
    dialog.close()
    loop.run_until_complete(shell.tasks.idle())

    events = list(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT"))
    assert [event.decoded("dtstart") for event in events] == [due]
    assert "Петрова Анна" in str(events[0].get("summary"))


def test_callback_outside_the_clients_hours_is_warned_once_then_kept(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")  # 17:00 in Vladivostok
    client = make_client(seeded, now, "Ким Олег", timezone="Asia/Vladivostok")
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_F7)  # callback agreed
    window.form.next_contact.setDateTime(QDateTime(QDate(2026, 11, 24), QTime(19, 0)))  # 02:00 in Vladivostok

    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert count_calls(seeded) == 0
    assert "Ctrl+Enter" in window.form.error.text()

    press(window, Qt.Key.Key_Return, CTRL)  # the client asked for this time: keep it
    loop.run_until_complete(shell.tasks.idle())
    assert count_calls(seeded) == 1
    assert card(seeded, client).next_contact_at == datetime(2026, 11, 24, 19, 0, tzinfo=ZoneInfo("Europe/Moscow"))
