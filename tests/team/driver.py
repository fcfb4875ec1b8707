"""One operator's workstation in its own process, for the team-mode concurrency test.

Spawned (never forked) by ``test_concurrency``: the child opens its own engine and ``OperatorDesk`` on the shared
PostgreSQL database, waits for every colleague at the start line, then claims and wraps up clients until the queue
is empty, timing each claim.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import open_database
from tests.factories import FixedClock, no_answer, refusal


def work(url: str, operator: str, now_iso: str, start: Barrier, results: Queue[Any]) -> None:
    """Work the queue as ``operator``; put ``(operator, claimed ids, claim seconds, error)`` on ``results``."""
    claimed: list[int] = []
    latencies: list[float] = []
    db = open_database(url)
    try:
        clock = FixedClock(datetime.fromisoformat(now_iso))
        desk = OperatorDesk(db, operator, now=clock, language="en")
        start.wait(timeout=120)
        while True:
            began = time.perf_counter()
            client = desk.next_client()
            latencies.append(time.perf_counter() - began)
            if client is None:
                break
            claimed.append(client.id)
            desk.record(_wrap_up(client.id, operator, clock(), len(claimed)))
        results.put((operator, claimed, latencies, None))
    except BaseException as exc:  # the parent reports it; an exception in a child is otherwise lost
        start.abort()
        results.put((operator, claimed, latencies, repr(exc)))
    finally:
        db.dispose()


def _wrap_up(client_id: int, operator: str, now: datetime, nth: int) -> Any:
    """Every other call is not answered (retried later today); the rest are refused with a reason and a date."""
    if nth % 2:
        return no_answer(client_id, operator, now)
    return refusal(client_id, operator, now, next_contact_at=now + timedelta(days=7), refusal_reason="no_budget_now")
