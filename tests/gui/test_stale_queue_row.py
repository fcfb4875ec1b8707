"""Rule 8 in the window: double-clicking a queue row a colleague has worked since says who and when, opens nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import count_calls, refusal
from tests.gui.conftest import start_on
from ui.shell import Shell


def test_rule_8_a_stale_queue_row_names_who_worked_the_client(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    shell, window, (first, second) = start_on(seeded, shells, now, "Ирина Волкова", "Пётр Орлов")
    view = window.queue_panel.table
    assert window.queue_panel.model.item(0).client_id == first  # the row as Anna's window read it

    boris = OperatorDesk(seeded, "Борис Ковалёв", now=lambda: now + timedelta(minutes=1))
    taken = boris.next_client()
    assert taken is not None and taken.id == first
    boris.record(refusal(first, "Борис Ковалёв", now, next_contact_at=now + timedelta(days=7)))

    view.activated.emit(window.queue_panel.model.index(0, 0))  # Anna double-clicks her stale first row
    loop.run_until_complete(shell.tasks.idle())

    message = window.statusBar().currentMessage()
    assert "Борис Ковалёв" in message and "Ирина Волкова" in message
    assert "карточка не открыта" in message  # in the window's language (Russian here)
    assert window.call is None
    assert count_calls(seeded) == 1
    assert [window.queue_panel.model.item(r).client_id for r in range(window.queue_panel.model.rowCount())] == [
        second
    ]  # the queue was refreshed
