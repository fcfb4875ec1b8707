"""Rules 7, 8 and 9: queue order and reasons, one operator per client (leases), mandatory wrap-up. Both databases."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from callassist.domain import ConversationResult, PromiseInput, QueueReason
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, make_client, make_clients, no_answer, outcome, refusal

LEASE = timedelta(minutes=30)


def queue_ids(desk: OperatorDesk) -> list[int]:
    return [item.client_id for item in desk.queue_page().items]


def callback(desk: OperatorDesk, client: int, now: datetime, at: datetime, personal: bool) -> None:
    desk.open_client(client)
    desk.record(
        outcome(
            client,
            desk.operator_name,
            now,
            result=ConversationResult.CALLBACK,
            next_contact_at=at,
            callback_personal=personal,
        )
    )


# Rule 7: queue order, and every row says why it is there.


def test_rule_7_queue_order_promise_callback_future_retry_new(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    start = clock()
    lead = make_client(db, start - timedelta(days=1))
    retry, future, called, promised = make_clients(db, start, 4)
    desk.record(no_answer(retry, "Anna", start))  # due start + 2 h
    desk.record(refusal(future, "Anna", start, start + timedelta(hours=3)))  # due later today
    callback(desk, called, start, start + timedelta(hours=1), personal=False)
    promise = PromiseInput("Send the price list", start + timedelta(days=1))
    clock.set(start - timedelta(days=2))  # promised two days ago: it surfaces today, the working day before it is due
    desk.record(refusal(promised, "Anna", clock(), start + timedelta(days=10), promise=promise))
    clock.set(start)

    assert queue_ids(desk) == [promised, future, lead]  # the callback and the retry are not due yet
    clock.advance(timedelta(hours=2))
    items = desk.queue_page().items

    assert [item.client_id for item in items] == [promised, called, future, retry, lead]
    reasons = [item.reason for item in items]
    assert reasons == [
        QueueReason.PROMISE,
        QueueReason.CALLBACK,
        QueueReason.FUTURE,
        QueueReason.RETRY,
        QueueReason.NEW,
    ]
    dues = [item.due for item in items]
    assert dues == [
        promise.due_at,
        start + timedelta(hours=1),
        start + timedelta(hours=3),
        start + timedelta(hours=2),
        None,
    ]
    assert [item.overdue for item in items] == [False, True, False, False, False]


def test_rule_7_promise_is_flagged_when_overdue(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    promise = PromiseInput("Call back with the contract", clock() + timedelta(days=1))
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=10), promise=promise))

    clock.set(promise.due_at + timedelta(minutes=1))

    item = desk.queue_page().items[0]
    assert (item.client_id, item.reason, item.overdue) == (client, QueueReason.PROMISE, True)


def test_rule_7_personal_callback_shows_only_to_its_operator(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    boris = desk_for("Boris")
    mine, team = make_clients(db, clock(), 2)
    callback(desk, mine, clock(), clock() + timedelta(hours=1), personal=True)
    callback(desk, team, clock(), clock() + timedelta(hours=1), personal=False)
    clock.advance(timedelta(hours=1))

    assert queue_ids(desk) == [mine, team]
    assert queue_ids(boris) == [team]
    assert boris.next_client().id == team  # type: ignore[union-attr]
    boris.record(no_answer(team, "Boris", clock()))
    assert boris.next_client() is None


def test_rule_7_only_clients_inside_calling_hours_are_queued(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    moscow = make_client(db, clock(), timezone="Europe/Moscow")  # 10:00 there
    new_york = make_client(db, clock(), timezone="America/New_York")  # 02:00 there

    assert queue_ids(desk) == [moscow]
    assert new_york not in queue_ids(desk)


def test_rule_7_overdue_personal_callback_passes_to_the_team_after_30_minutes(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    boris = desk_for("Boris")
    client = make_client(db, clock())
    due = clock() + timedelta(hours=1)
    callback(desk, client, clock(), due, personal=True)

    clock.set(due + timedelta(minutes=30))
    assert queue_ids(boris) == []
    clock.set(due + timedelta(minutes=30, seconds=1))
    assert queue_ids(boris) == [client]


def test_rule_7_queue_rows_carry_the_clients_local_time(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock(), timezone="Asia/Vladivostok")

    item = desk.queue_page().items[0]

    assert item.client_id == client
    assert item.client_local_time == clock().astimezone(ZoneInfo("Asia/Vladivostok"))
    assert item.reason is QueueReason.NEW


# Rule 8: one client, one operator at a time; an abandoned lease expires; two operators never share a client.


def test_rule_8_two_operators_never_get_the_same_client(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    first, second = make_clients(db, clock(), 2)
    boris, clara = desk_for("Boris"), desk_for("Clara")

    anna_client, boris_client = desk.next_client(), boris.next_client()

    assert anna_client is not None and boris_client is not None
    assert {anna_client.id, boris_client.id} == {first, second}
    assert clara.next_client() is None
    assert queue_ids(clara) == []
    with pytest.raises(UserInputError, match="Another operator"):
        clara.open_client(first)


def test_rule_8_abandoned_lease_expires_after_30_minutes(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    boris = desk_for("Boris")
    claimed_at = clock()
    assert desk.next_client().id == client  # type: ignore[union-attr]

    clock.set(claimed_at + LEASE)
    assert boris.next_client() is None
    clock.set(claimed_at + LEASE + timedelta(seconds=1))
    assert queue_ids(boris) == [client]
    taken = boris.next_client()

    assert taken is not None and taken.id == client
    assert desk.held_client() is None
    assert desk.heartbeat(client) is False  # Anna's lease is gone; her card must say so


def test_rule_8_heartbeat_extends_the_lease(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    boris = desk_for("Boris")
    desk.next_client()
    clock.advance(timedelta(minutes=25))

    assert desk.heartbeat(client) is True
    beat_at = clock()
    clock.set(beat_at + LEASE)
    assert boris.next_client() is None
    assert desk.held_client().id == client  # type: ignore[union-attr]
    clock.set(beat_at + LEASE + timedelta(seconds=1))
    assert boris.next_client().id == client  # type: ignore[union-attr]


def test_rule_8_lease_length_follows_the_team_setting(db: Database, desk_for: DeskFactory, clock: FixedClock) -> None:
    from callassist import settings as team_settings

    with db.write() as session:
        team_settings.save(session, team_settings.TeamSettings(lease_minutes=5))
    anna, boris = desk_for("Anna"), desk_for("Boris")
    client = make_client(db, clock())
    anna.next_client()

    clock.advance(timedelta(minutes=5, seconds=1))

    assert boris.next_client().id == client  # type: ignore[union-attr]


# Rule 9: wrap-up is mandatory; the next client opens only after the current outcome is saved.


def test_rule_9_next_client_returns_the_unfinished_client_until_its_outcome_is_saved(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    leads = make_clients(db, clock(), 3)
    current = desk.next_client()
    assert current is not None and current.id == leads[0]

    clock.advance(timedelta(minutes=10))
    assert desk.next_client().id == current.id  # type: ignore[union-attr]
    assert desk.held_client().id == current.id  # type: ignore[union-attr]

    desk.record(no_answer(current.id, "Anna", clock()))
    following = desk.next_client()
    assert following is not None and following.id == leads[1]


def test_rule_9_opening_another_client_while_one_is_held_is_refused(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    held, other = make_clients(db, clock(), 2)
    desk.open_client(held)

    with pytest.raises(UserInputError, match="Save how the call") as raised:
        desk.open_client(other)

    assert raised.value.field == "client" and raised.value.code == "wrapup.finish_first"
    assert desk.open_client(held).id == held  # reopening the same card is fine
    assert desk_for("Boris").next_client().id == other  # type: ignore[union-attr]  # the refused open took nothing


def test_rule_9_after_the_outcome_is_saved_any_client_opens(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    held, other = make_clients(db, clock(), 2)
    desk.open_client(held)
    desk.record(refusal(held, "Anna", clock(), clock() + timedelta(days=7)))

    assert desk.held_client() is None
    assert desk.open_client(other).id == other
