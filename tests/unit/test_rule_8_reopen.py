"""Rule 8: opening a client by id from a stale row (a queue row, a search result) never leads to a second call.

The row carries how the client stood when it was read (``SeenClient``); the claim re-checks it in its own
transaction and refuses, naming who worked the client and when. Both databases.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from callassist.domain import QueueItem, SeenClient
from callassist.errors import UserInputError
from callassist.services import reopen
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, count_calls, make_client, no_answer, refusal


def first_row(desk: OperatorDesk) -> QueueItem:
    items = desk.queue_page().items
    assert items, "the queue is empty"
    return items[0]


def test_rule_8_a_queue_row_carries_how_the_client_stood(
    desk_for: DeskFactory, db: Database, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Ирина Волкова")
    row = first_row(desk_for("Anna"))
    assert row.client_id == client and row.seen is not None
    assert row.seen.last_call_id == 0 and row.seen.due
    assert row.seen.updated_at == clock()


def test_rule_8_an_unchanged_row_opens(desk_for: DeskFactory, db: Database, clock: FixedClock) -> None:
    client = make_client(db, clock(), "Ирина Волкова")
    anna = desk_for("Anna")
    row = first_row(anna)
    clock.advance(timedelta(minutes=2))
    assert anna.open_client(row.client_id, row.seen).id == client
    assert anna.open_client(row.client_id, row.seen).id == client  # opening one's own open call again is fine


@pytest.mark.parametrize("clock_moves", [True, False], ids=["clock_moves", "clock_stands_still"])
def test_rule_8_a_row_worked_since_it_was_read_is_refused_naming_who_and_when(
    desk_for: DeskFactory, db: Database, clock: FixedClock, clock_moves: bool
) -> None:
    client = make_client(db, clock(), "Ирина Волкова")
    anna, boris = desk_for("Anna"), desk_for("Boris")
    row = first_row(anna)  # Anna reads her queue ...
    if clock_moves:
        clock.advance(timedelta(minutes=1))
    taken = boris.next_client()  # ... Boris takes the same client with F2, calls and saves ...
    assert taken is not None and taken.id == client
    boris.record(refusal(client, "Boris", clock(), next_contact_at=clock() + timedelta(days=7)))
    if clock_moves:
        clock.advance(timedelta(minutes=1))
    with pytest.raises(UserInputError) as refusal_error:  # ... and Anna double-clicks her stale row
        anna.open_client(row.client_id, row.seen)
    assert refusal_error.value.code == "reopen.worked"
    assert refusal_error.value.params["operator"] == "Boris"
    assert refusal_error.value.params["name"] == "Ирина Волкова"
    assert "Boris" in refusal_error.value.render("en") and "Boris" in refusal_error.value.render("ru")
    assert count_calls(db) == 1
    assert anna.held_client() is None  # nothing was claimed


def test_rule_8_a_row_held_by_someone_is_refused_naming_the_holder(
    desk_for: DeskFactory, db: Database, clock: FixedClock
) -> None:
    make_client(db, clock(), "Ирина Волкова")
    anna, boris = desk_for("Anna"), desk_for("Boris")
    row = first_row(anna)
    assert boris.next_client() is not None
    with pytest.raises(UserInputError) as held:
        anna.open_client(row.client_id, row.seen)
    assert held.value.code == "reopen.held" and held.value.params["operator"] == "Boris"


def test_rule_8_a_row_no_longer_due_is_refused(desk_for: DeskFactory, db: Database, clock: FixedClock) -> None:
    client = make_client(db, clock(), "Ирина Волкова")
    anna = desk_for("Anna")
    row = first_row(anna)
    assert row.seen is not None
    # The client was worked and moved to next week by a path that leaves the row's markers behind (an older
    # workstation, say): the row still matches, but the client is no longer due.
    anna.open_client(client)
    anna.record(refusal(client, "Anna", clock(), next_contact_at=clock() + timedelta(days=7)))
    stale = replace(row.seen, last_call_id=10**9, updated_at=clock() + timedelta(hours=1))
    with pytest.raises(UserInputError) as late:
        desk_for("Boris").open_client(client, stale)
    assert late.value.code == "reopen.not_due"


def test_rule_8_a_search_result_need_not_be_due_but_must_not_be_worked_since(
    desk_for: DeskFactory, db: Database, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Ирина Волкова")
    anna, boris = desk_for("Anna"), desk_for("Boris")
    anna.open_client(client)
    anna.record(no_answer(client, "Anna", clock()))  # a retry later today: not due now
    clock.advance(timedelta(minutes=1))
    found = first_row_of_search(anna, client)
    assert boris.open_client(client, found).id == client  # a search result opens a client not due yet
    boris.record(no_answer(client, "Boris", clock()))
    clock.advance(timedelta(minutes=1))
    with pytest.raises(UserInputError) as worked:
        anna.open_client(client, found)
    assert worked.value.code == "reopen.worked" and worked.value.params["operator"] == "Boris"


def first_row_of_search(desk: OperatorDesk, client_id: int) -> SeenClient:
    """How a search result carries the client: its marker, not required to be due."""
    with desk.db.read() as session:
        return reopen.seen_now(session, [client_id])[client_id]
