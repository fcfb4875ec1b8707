"""The operator's call loop driven through the real main window, offscreen, on SQLite and PostgreSQL.

Next client → dial → wrap-up → saved → the client leaves today's queue and comes back on its day.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from callassist.domain import ClientState, ConversationResult, QueueReason
from callassist.storage.engine import Database
from tests.factories import card, count_calls, make_client
from tests.gui.conftest import press, start_on
from ui.operator_window import OperatorWindow
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
MOSCOW = ZoneInfo("Europe/Moscow")


def _open_next(loop: asyncio.AbstractEventLoop, shell: Shell) -> None:
    assert shell.window is not None
    press(shell.window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())


def _save(loop: asyncio.AbstractEventLoop, shell: Shell) -> None:
    assert shell.window is not None
    press(shell.window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())


def _start_call(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    *names: str,
) -> tuple[Shell, OperatorWindow, list[int]]:
    """Seed clients on Monday 10:00 in Moscow, start the real app on them and take the first one (F2)."""
    shell, window, ids = start_on(seeded, shells, fixed_now("2026-11-23T10:00:00+03:00"), *names)
    _open_next(loop, shell)
    return shell, window, ids


def _queue_ids(shell: Shell) -> list[int]:
    return [item.client_id for item in shell.window.desk.queue_page().items]  # type: ignore[union-attr]


def test_refused_too_expensive_in_three_months_by_keyboard(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client_id = make_client(seeded, now, "Петров Сергей Иванович", first_name="Сергей", patronymic="Иванович")
    other = make_client(seeded, now, "Сидорова Ольга")
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None

    _open_next(loop, shell)
    assert window.card.client is not None and window.card.client.id == client_id
    assert not window.queue_panel.next_button.isEnabled()  # rule 9: wrap-up first
    press(window, Qt.Key.Key_F4)  # dial: no phone app offscreen, so the number goes to the clipboard
    assert QGuiApplication.clipboard().text() == window.card.client.phones[0].e164
    press(window, Qt.Key.Key_1, CTRL)  # connected
    press(window, Qt.Key.Key_F9)  # refused
    window.form.reason.setFocus()
    press(window, Qt.Key.Key_Down)  # the first reason: too expensive
    assert window.form.reason.currentData() == "too_expensive"
    press(window, Qt.Key.Key_0, CTRL)  # in 3 months
    _save(loop, shell)

    saved = card(seeded, client_id)
    assert saved.state is ClientState.FUTURE
    assert saved.history[0].conversation_result is ConversationResult.REFUSED
    # 23 February 2027 is a public holiday (Defender of the Fatherland Day): rule 2 lands on the 24th.
    assert saved.next_contact_at == datetime(2027, 2, 24, 9, 0, tzinfo=MOSCOW)
    assert window.card.client is None and window.queue_panel.next_button.isEnabled()
    assert client_id not in _queue_ids(shell)  # gone from today's queue
    assert _queue_ids(shell)[0] == other

    fixed_now("2027-02-24T09:30:00+03:00")
    first = window.desk.queue_page().items[0]
    assert (first.client_id, first.reason) == (client_id, QueueReason.FUTURE)


def test_callback_comes_back_first_at_its_time(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (client_id, *_others) = _start_call(loop, seeded, shells, fixed_now, "Кузнецов Павел", "Новый Лид")
    press(window, Qt.Key.Key_F7)  # callback agreed (sets connected itself)
    press(window, Qt.Key.Key_7, CTRL)  # tomorrow
    _save(loop, shell)
    assert card(seeded, client_id).state is ClientState.NOW
    assert client_id not in _queue_ids(shell)
    fixed_now("2026-11-24T09:00:00+03:00")
    first = window.desk.queue_page().items[0]
    assert (first.client_id, first.reason) == (client_id, QueueReason.CALLBACK)


def test_sale_records_amount_and_plans_check_in(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (client_id, *_others) = _start_call(loop, seeded, shells, fixed_now, "Орлова Мария")
    press(window, Qt.Key.Key_F6)  # sale
    window.form.product.setFocus()
    press(window, Qt.Key.Key_Down)  # the first product of the catalogue, its price filled in
    _save(loop, shell)
    saved = card(seeded, client_id)
    assert saved.state is ClientState.NOW
    assert saved.lifetime_value == Decimal("12000.00")
    assert [f.kind.value for f in saved.follow_ups] == ["post_sale"]
    assert saved.follow_ups[0].due_at.date().isoformat() == "2026-12-07"


def test_no_answer_is_retried_two_hours_later(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (client_id, *_others) = _start_call(loop, seeded, shells, fixed_now, "Белов Антон")
    press(window, Qt.Key.Key_2, CTRL)  # no answer
    _save(loop, shell)
    assert client_id not in _queue_ids(shell)
    fixed_now("2026-11-23T12:00:00+03:00")
    first = window.desk.queue_page().items[0]
    assert (first.client_id, first.reason) == (client_id, QueueReason.RETRY)


def test_never_needs_an_objective_reason(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (client_id, *_others) = _start_call(loop, seeded, shells, fixed_now, "Зайцев Олег")
    press(window, Qt.Key.Key_F10)  # never, without a reason
    _save(loop, shell)
    assert "объективной причине" in window.form.error.text()  # the core's code, in the window's language
    assert count_calls(seeded) == 0 and window.card.client is not None  # refused: nothing written, still open
    window.form.never_reason.setFocus()
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Down)  # the organisation has closed
    _save(loop, shell)
    saved = card(seeded, client_id)
    assert saved.state is ClientState.NEVER and saved.never_reason is not None
    assert count_calls(seeded) == 1
    fixed_now("2027-11-23T10:00:00+03:00")
    assert client_id not in _queue_ids(shell)


def test_next_client_waits_for_the_wrap_up(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    first = make_client(seeded, now, "Первый Клиент")
    make_client(seeded, now, "Второй Клиент")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    _open_next(loop, shell)
    _open_next(loop, shell)  # rule 9: F2 again does not skip the unsaved call
    assert window.card.client is not None and window.card.client.id == first
    assert count_calls(seeded) == 0
