"""The queue model formats a row's cells once and shows the new rows' own texts after a reload."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_client, make_clients
from ui.queue_model import QueueModel
from ui.tasks import TaskRunner


def _texts(model: QueueModel, row: int) -> list[str]:
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_a_reload_shows_the_new_first_row_not_the_old_rows_texts(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    make_clients(seeded, now, 3)
    errors: list[BaseException] = []
    tasks = TaskRunner(errors.append)
    desk = OperatorDesk(seeded, "Анна Смирнова")

    async def load(offset: int, limit: int):  # type: ignore[no-untyped-def]
        return await tasks.db(desk.queue_page, offset, limit)

    model = QueueModel(tasks, load)
    loop.run_until_complete(model.reload())
    before = _texts(model, 0)
    assert before[0].startswith(model.item(0).name)
    assert _texts(model, 0) == before  # asked again: the same texts

    # A lead older than every other one goes to the top of the queue.
    make_client(seeded, now, "Ранний Клиент", created_at=now - timedelta(days=1))
    loop.run_until_complete(model.reload())
    after = _texts(model, 0)
    assert model.item(0).name == "Ранний Клиент"
    assert after[0].startswith("Ранний Клиент") and after != before
    assert _texts(model, 1) == before  # the old first row is now second, with its own texts
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == model.item(0).client_id
    loop.run_until_complete(tasks.idle())
    tasks.shutdown()
    assert errors == []
