"""The queue under load and in pages: operators claiming at once, paging, who never shows. Both databases."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

from callassist.domain import ConversationResult, NeverReason
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, count_calls, make_clients, no_answer, outcome

OPERATORS = 4
CLIENTS = 200


def work_the_queue(desk: OperatorDesk, clock: FixedClock, start: threading.Barrier, claimed: list[int]) -> None:
    """Claim and wrap up clients until the queue is empty, as one operator does all day."""
    start.wait()
    while (client := desk.next_client()) is not None:
        claimed.append(client.id)
        desk.record(no_answer(client.id, desk.operator_name, clock()))  # retried in 2 h: gone from today's queue


def test_operators_claiming_at_once_get_every_client_exactly_once(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    clients = make_clients(db, clock(), CLIENTS)
    desks = [desk_for(f"Operator {n}") for n in range(OPERATORS)]
    start = threading.Barrier(OPERATORS)
    claimed: list[list[int]] = [[] for _ in desks]
    failures: list[BaseException] = []

    def run(index: int) -> None:
        try:
            work_the_queue(desks[index], clock, start, claimed[index])
        except BaseException as exc:  # reported below; a thread's exception is otherwise lost
            failures.append(exc)
            start.abort()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(OPERATORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    every_claim = [client for mine in claimed for client in mine]
    repeated = [client for client, times in Counter(every_claim).items() if times > 1]
    assert repeated == []
    assert sorted(every_claim) == clients
    assert count_calls(db) == CLIENTS


def test_pages_follow_queue_order_and_count_the_whole_queue(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    clients = make_clients(db, clock(), 25)

    pages = [desk.queue_page(offset, 10) for offset in (0, 10, 20)]

    assert [page.total for page in pages] == [25, 25, 25]
    assert [item.client_id for page in pages for item in page.items] == clients
    assert [len(page.items) for page in pages] == [10, 10, 5]


def test_never_clients_leave_the_queue_and_the_count(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    gone, *rest = make_clients(db, clock(), 3)

    desk.record(
        outcome(gone, "Anna", clock(), result=ConversationResult.NEVER, never_reason=NeverReason.ORGANISATION_CLOSED)
    )

    page = desk.queue_page()
    assert ([item.client_id for item in page.items], page.total) == (rest, 2)
    clock.advance(timedelta(days=400))
    assert gone not in [item.client_id for item in desk.queue_page().items]


def test_new_leads_are_not_offered_before_they_exist(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    later = make_clients(db, clock() + timedelta(hours=1), 1)

    assert desk.queue_page().total == 0
    assert desk.next_client() is None
    clock.advance(timedelta(hours=1))
    assert [item.client_id for item in desk.queue_page().items] == later
