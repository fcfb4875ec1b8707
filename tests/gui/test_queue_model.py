"""The queue model passes pytest-qt's model tester, and loads lazily: the first page at once, more as it scrolls."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from pytestqt.modeltest import ModelTester

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_clients
from ui.queue_model import PAGE, QueueModel
from ui.tasks import TaskRunner


def _model(db: Database, errors: list[BaseException]) -> tuple[QueueModel, TaskRunner]:
    tasks = TaskRunner(errors.append)
    desk = OperatorDesk(db, "Анна Смирнова")

    async def load(offset: int, limit: int):  # type: ignore[no-untyped-def]
        return await tasks.db(desk.queue_page, offset, limit)

    return QueueModel(tasks, load), tasks


def test_queue_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    fixed_now: Callable[[str], datetime],
) -> None:
    make_clients(seeded, fixed_now("2026-11-23T10:00:00+03:00"), 30)
    errors: list[BaseException] = []
    model, tasks = _model(seeded, errors)
    loop.run_until_complete(model.reload())
    assert model.rowCount() == 30
    qtmodeltester.check(model, force_py=True)
    loop.run_until_complete(tasks.idle())
    tasks.shutdown()
    assert errors == []


def test_queue_model_fetches_pages_lazily(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    fixed_now: Callable[[str], datetime],
) -> None:
    make_clients(seeded, fixed_now("2026-11-23T10:00:00+03:00"), PAGE + 50)
    errors: list[BaseException] = []
    model, tasks = _model(seeded, errors)
    loop.run_until_complete(model.reload())
    assert (model.rowCount(), model.total) == (PAGE, PAGE + 50)
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page in flight at a time
    loop.run_until_complete(tasks.idle())
    assert model.rowCount() == PAGE + 50 and not model.canFetchMore()
    ids = [model.item(row).client_id for row in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    tasks.shutdown()
    assert errors == []
