"""The wrap-up never surprises: a reason proposes its date only while the operator has not chosen one and says
what it did; a moment outside the client's calling hours is rounded on screen before save, and the saved moment is
the one shown; the confirmation states it on both clocks; F12 jumps into the form from anywhere."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from callassist.storage.engine import Database
from callassist.storage.models import Client
from tests.factories import card
from tests.gui.conftest import press, start_on
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
MOSCOW = ZoneInfo("Europe/Moscow")
NOW = "2026-11-23T10:00:00+03:00"  # Monday


def _take(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    timezone: str = "Europe/Moscow",
) -> tuple[Shell, int]:
    shell, window, (client, *_) = start_on(seeded, shells, fixed_now(NOW), "Калинина Ольга", timezone=timezone)
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    return shell, client


def test_a_reason_proposes_its_date_only_until_the_operator_chose_one(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, _ = _take(loop, seeded, shells, fixed_now)
    window = shell.window
    assert window is not None
    form = window.form
    press(window, Qt.Key.Key_F9)  # refused
    form.reason.setCurrentIndex(form.reason.findData("no_time"))  # not chosen yet: the reason's default date
    proposed = form.next_contact.dateTime()
    assert proposed.date() > QDate(2026, 11, 24)
    said = form.tr("Date proposed for «%1»: %2. Change it freely.")
    assert form.date_hint.isVisible() and form.date_hint.text().startswith(said.split("%1")[0])

    press(window, Qt.Key.Key_7, CTRL)  # the operator chooses tomorrow
    chosen = form.next_contact.dateTime()
    assert chosen.date() == QDate(2026, 11, 24)
    form.reason.setCurrentIndex(form.reason.findData("too_expensive"))  # a reason with a far default

    assert form.next_contact.dateTime() == chosen  # the chosen date stays
    kept = form.tr("Your date is kept; «%1» would suggest %2.")
    assert form.date_hint.isVisible() and form.date_hint.text().startswith(kept.split("%1")[0])


def test_a_moment_outside_calling_hours_is_rounded_on_screen_and_saved_as_shown(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    # Kaliningrad is an hour behind Moscow: 08:30 Moscow is 07:30 there, before calling hours open at 09:00.
    shell, client = _take(loop, seeded, shells, fixed_now, timezone="Europe/Kaliningrad")
    window = shell.window
    assert window is not None
    form = window.form
    press(window, Qt.Key.Key_F9)
    form.reason.setCurrentIndex(form.reason.findData("no_time"))
    form.next_contact.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(8, 30)))
    form.next_contact.setFocus()

    press(window, Qt.Key.Key_Return, CTRL)  # first Ctrl+Enter: rounded and shown, not saved
    loop.run_until_complete(shell.tasks.idle())
    shown = form.next_contact.dateTime()
    assert shown == QDateTime(QDate(2026, 11, 25), QTime(10, 0))  # 09:00 in Kaliningrad
    assert "%1" not in form.date_hint.text() and form.date_hint.isVisible()
    assert window.call is not None

    press(window, Qt.Key.Key_Return, CTRL)  # second: saved as shown
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is None
    saved = card(seeded, client).next_contact_at
    assert saved == datetime(2026, 11, 25, 10, 0, tzinfo=MOSCOW)
    both = window.form.tr("%1 for the client = %2 for you").replace("%1", "25.11 09:00").replace("%2", "10:00")
    assert both in window.statusBar().currentMessage()  # the confirmation on both clocks


def test_f12_jumps_into_the_wrap_up_from_anywhere(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, _ = _take(loop, seeded, shells, fixed_now)
    window = shell.window
    assert window is not None
    window.queue_panel.setFocus()
    window.card.history.setFocus()
    assert not window.form.isAncestorOf(QApplication.focusWidget())

    press(window, Qt.Key.Key_F12)
    assert QApplication.focusWidget() is window.form.attempt  # the first required field still empty

    press(window, Qt.Key.Key_F9)
    window.card.history.setFocus()
    press(window, Qt.Key.Key_F12)
    assert QApplication.focusWidget() is window.form.reason


def test_a_new_promise_is_due_on_a_future_working_day(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, _ = _take(loop, seeded, shells, fixed_now)
    window = shell.window
    assert window is not None
    due = window.form.entry().promise_due
    assert due is not None and due > datetime.fromisoformat(NOW) + timedelta(hours=12)
    assert due.astimezone(MOSCOW).weekday() < 5


def test_a_read_only_preview_of_the_call_takes_no_lease(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    _shell, window, (first, *_) = start_on(seeded, shells, fixed_now(NOW), "Калинина Ольга", "Орлов Иван")

    loop.run_until_complete(window.preview_next())

    assert window.card.client is not None and window.card.client.id == first
    assert window.call is None  # nothing to save from a preview
    with seeded.read() as session:
        assert session.scalar(select(func.count()).where(Client.lease_operator_id.is_not(None))) == 0
