"""One operator's workstation in its own process, for the stale-queue-row test (``test_stale_rows``).

Spawned once and kept for every run: each run it receives the run's moment, waits for its colleagues at the start
line, and makes a bounded number of calls. Operators marked ``by_row`` open the first row of their queue page
by id, as a double-click in the queue does, with the marker the row carries; the others take the next client (F2).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from callassist.domain import ClientView
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import open_database
from tests.factories import FixedClock, no_answer, refusal

TRIES = 5  # a stale row is refused; the operator reads the queue again, a few times at most


def work_runs(
    url: str, operator: str, by_row: bool, calls: int, moments: Queue[Any], start: Barrier, results: Queue[Any]
) -> None:
    """For each moment from ``moments`` (None ends), a run at that moment: work ``calls`` clients at most and put
    ``(operator, ids, refused, error)`` on ``results``."""
    db = open_database(url)
    clock = FixedClock()
    try:
        desk = OperatorDesk(db, operator, now=clock, language="en")
        while (moment := moments.get()) is not None:
            clock.set(datetime.fromisoformat(moment))
            results.put(_run(desk, operator, by_row, calls, start))
    except BaseException as exc:  # the parent reports it; an exception in a child is otherwise lost
        start.abort()
        results.put((operator, [], 0, repr(exc)))
    finally:
        db.dispose()


def _run(desk: OperatorDesk, operator: str, by_row: bool, calls: int, start: Barrier) -> tuple[Any, ...]:
    called: list[int] = []
    refused = 0
    try:
        start.wait(timeout=60)
        for nth in range(calls):
            client, stale = _take(desk, by_row)
            refused += stale
            if client is None:
                break
            called.append(client.id)
            desk.record(_wrap_up(client.id, operator, desk.now(), nth))
    except BaseException as exc:
        start.abort()
        return operator, called, refused, repr(exc)
    return operator, called, refused, None


def _take(desk: OperatorDesk, by_row: bool) -> tuple[ClientView | None, int]:
    if not by_row:
        return desk.next_client(), 0
    refused = 0
    for _ in range(TRIES):
        page = desk.queue_page(offset=0, limit=20)
        if not page.items:
            return None, refused
        row = page.items[0]
        try:
            return desk.open_client(row.client_id, row.seen), refused
        except UserInputError as refusal_error:
            if not refusal_error.code.startswith("reopen."):
                raise
            refused += 1
    return None, refused


def _wrap_up(client_id: int, operator: str, now: datetime, nth: int) -> Any:
    """Not answered (retried in two hours) or refused (next week): either way not due again in this run."""
    if nth % 2:
        return no_answer(client_id, operator, now)
    return refusal(client_id, operator, now, next_contact_at=now + timedelta(days=7), refusal_reason="no_budget_now")
