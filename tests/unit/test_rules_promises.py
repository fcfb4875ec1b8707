"""Rule 6: a promise is kept (with a note) or moved (with a reason), both in the client's history, and a call with
the client never leaves an open promise holding the top of the queue. Both databases."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from callassist.domain import FollowUpKind, PromiseInput, PromiseState, QueueReason
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import FixedClock, card, make_clients, refusal
from tests.unit.test_time_services import at

MOSCOW = ZoneInfo("Europe/Moscow")


def promised(db: Database, desk: OperatorDesk, clock: FixedClock, text: str = "Send the contract") -> tuple[int, int]:
    """A client promised ``text`` three days ago, due tomorrow (so it surfaces today); and a new lead behind it."""
    client, lead = make_clients(db, clock(), 2)
    today = clock()
    clock.set(today - timedelta(days=3))
    promise = PromiseInput(text, today + timedelta(days=1))
    desk.record(refusal(client, "Anna", clock(), today + timedelta(days=20), promise=promise))
    clock.set(today)
    return client, lead


def first_in_queue(desk: OperatorDesk) -> tuple[int, QueueReason, str]:
    item = desk.queue_page().items[0]
    return item.client_id, item.reason, item.promise_text


def test_rule_6_queue_row_says_what_was_promised(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client, _ = promised(db, desk, clock)

    assert first_in_queue(desk) == (client, QueueReason.PROMISE, "Send the contract")
    (promise,) = card(db, client).open_promises
    assert (promise.text, promise.state) == ("Send the contract", PromiseState.OPEN)


def test_rule_6_kept_with_a_note_leaves_the_queue_and_stays_in_the_history(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client, lead = promised(db, desk, clock)
    (promise,) = card(db, client).open_promises

    with pytest.raises(UserInputError) as refused:
        desk.keep_promise(promise.id, "  ")
    assert refused.value.code == "promise.note_required"

    desk.keep_promise(promise.id, "Contract sent by e-mail")

    view = card(db, client)
    assert view.open_promises == ()
    (kept,) = view.promises
    assert (kept.state, kept.note, kept.closed_at) == (PromiseState.KEPT, "Contract sent by e-mail", clock())
    assert first_in_queue(desk)[0] == lead


def test_rule_6_moved_with_a_reason_returns_the_working_day_before_its_new_date(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client, lead = promised(db, desk, clock)
    (promise,) = card(db, client).open_promises
    new_due = at(MOSCOW, 2026, 12, 2, 12, 0)  # Wednesday: surfaces on Tuesday 1 December

    with pytest.raises(UserInputError) as refused:
        desk.move_promise(promise.id, new_due, "")
    assert refused.value.code == "promise.move_reason_required"
    with pytest.raises(UserInputError) as refused:
        desk.move_promise(promise.id, clock() - timedelta(hours=1), "Accountant is ill")
    assert refused.value.code == "promise.move_date_past"

    desk.move_promise(promise.id, new_due, "Accountant is ill; client told on the 23rd")

    view = card(db, client)
    (moved_to,) = view.open_promises
    assert (moved_to.text, moved_to.due_at) == ("Send the contract", new_due)
    (moved,) = [p for p in view.promises if p.state is PromiseState.MOVED]
    assert moved.note == "Accountant is ill; client told on the 23rd"
    assert first_in_queue(desk)[0] == lead
    clock.set(at(MOSCOW, 2026, 12, 1, 9, 0))
    assert first_in_queue(desk)[:2] == (client, QueueReason.PROMISE)


def test_rule_6_a_call_never_leaves_an_open_promise_on_top_of_the_queue(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client, lead = promised(db, desk, clock)
    (promise,) = card(db, client).open_promises

    opened = desk.next_client()
    assert opened is not None and opened.id == client
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=20)))  # the promise left untouched

    nxt = desk.next_client()
    assert nxt is not None and nxt.id == lead  # the next client, not the same one again
    (still_open,) = card(db, client).open_promises
    clock.set(promise.due_at - timedelta(minutes=1))
    assert client not in [item.client_id for item in desk.queue_page().items]
    clock.set(promise.due_at)  # back at the promise's own time
    assert client in [item.client_id for item in desk.queue_page().items]
    assert still_open.id == promise.id


def test_rule_6_an_overdue_promise_worked_comes_back_the_next_working_day_still_overdue(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client, _lead = promised(db, desk, clock)
    (promise,) = card(db, client).open_promises
    clock.set(promise.due_at + timedelta(hours=1))  # Tuesday 13:00: overdue
    assert first_in_queue(desk)[:2] == (client, QueueReason.PROMISE)

    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=20)))

    assert client not in [item.client_id for item in desk.queue_page().items]
    clock.set(at(MOSCOW, 2026, 11, 25, 9, 59))  # Wednesday, just before the time of day it was worked
    assert client not in [item.client_id for item in desk.queue_page().items]
    clock.set(at(MOSCOW, 2026, 11, 25, 11, 0))
    item = next(i for i in desk.queue_page().items if i.client_id == client)
    assert (item.reason, item.overdue) == (QueueReason.PROMISE, True)


def test_rule_6_a_promise_made_on_this_call_does_not_bring_the_client_straight_back(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client, lead = make_clients(db, clock(), 2)
    due = clock() + timedelta(days=1)  # its working day before is today
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=20), promise=PromiseInput("Call back", due)))

    assert [item.client_id for item in desk.queue_page().items] == [lead]
    kinds = [f.kind for f in card(db, client).follow_ups]
    assert FollowUpKind.PROMISE in kinds
