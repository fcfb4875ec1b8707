"""Team mode in the window: others' saved outcomes refresh the queue (the change poll), and the supervisor's view
of leases releases a held client. On SQLite and PostgreSQL: the poll and the leases are the same code on both.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from callassist.domain import Changes
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_clients, no_answer
from ui.leases_view import ChangePoller, LeasesView
from ui.shell import Shell

OTHER = "Борис Орлов"


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _queue_ids(shell: Shell) -> list[int]:
    assert shell.window is not None
    model = shell.window.queue_model
    return [model.item(row).client_id for row in range(model.rowCount())]


def test_another_desks_outcome_refreshes_the_queue_at_the_next_poll(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    first, second = make_clients(seeded, now, 2)
    shell = shells(_url(seeded))
    assert shell.db is not None and shell.window is not None
    poller = ChangePoller(shell.db, shell.tasks, shell.hub, shell.window)
    poller.poll()  # the baseline
    loop.run_until_complete(shell.tasks.idle())
    assert _queue_ids(shell) == [first, second]

    poller.poll()  # nothing moved: no refresh is asked for
    broadcasts: list[Changes] = []
    shell.hub.changed.connect(broadcasts.append)
    loop.run_until_complete(shell.tasks.idle())
    assert broadcasts == []

    other = OperatorDesk(seeded, OTHER)  # another workstation on the same database
    taken = other.next_client()
    assert taken is not None and taken.id == first
    other.record(no_answer(first, OTHER, now))
    assert _queue_ids(shell) == [first, second]  # this window does not know yet

    poller.poll()  # what the 5-second timer does
    loop.run_until_complete(shell.tasks.idle())
    assert broadcasts == [Changes(queue=True, calls=True)]
    assert _queue_ids(shell) == [second]


def test_poll_timer_runs_only_when_started(
    loop: asyncio.AbstractEventLoop, seeded: Database, shells: Callable[..., Shell]
) -> None:
    shell = shells(_url(seeded))
    assert shell.db is not None and shell.window is not None
    poller = ChangePoller(shell.db, shell.tasks, shell.hub, shell.window)
    assert not poller.timer.isActive()
    poller.start()
    loop.run_until_complete(shell.tasks.idle())
    assert poller.timer.isActive() and poller.timer.interval() == 5_000 and poller.mark is not None
    poller.timer.stop()


def _open_leases(loop: asyncio.AbstractEventLoop, shell: Shell) -> LeasesView:
    assert shell.window is not None
    action = shell.window.findChild(QAction, "leasesAction")
    assert action is not None
    action.trigger()  # Supervisor → Leases…
    loop.run_until_complete(shell.tasks.idle())
    view = shell.window.leases_view
    assert view.objectName() == "leasesView" and view.isVisible()
    return view


def test_supervisor_sees_who_holds_a_client_and_releases_it(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    first, second = make_clients(seeded, now, 2)
    other = OperatorDesk(seeded, OTHER)
    held = other.next_client()
    assert held is not None and held.id == first
    shell = shells(_url(seeded))
    assert _queue_ids(shell) == [second]  # Boris holds the first client

    view = _open_leases(loop, shell)
    assert view.table.rowCount() == 1
    assert [view.table.item(0, column).text() for column in (0, 1)] == [held.full_name, OTHER]
    assert not view.release_button.isEnabled()  # nothing chosen yet

    view.table.selectRow(0)
    assert view.release_button.isEnabled()
    view.release_button.click()
    loop.run_until_complete(shell.tasks.idle())

    assert view.table.rowCount() == 0
    assert held.full_name in view.status.text()
    assert other.held_client() is None
    assert _queue_ids(shell) == [first, second]  # back in the queue, the window refreshed at once
    view.close()
    QApplication.processEvents()
