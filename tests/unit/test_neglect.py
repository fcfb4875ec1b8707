"""Neglected clients for the supervisor (issue 6): future clients whose date passed without a call, and clients
nobody called for N days. Fixed clock, both databases."""

from __future__ import annotations

from datetime import timedelta

import pytest

from callassist.domain import ClientState
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.services.neglect import NeglectReport, neglected
from callassist.storage.engine import Database
from tests.factories import FixedClock, make_client, no_answer, refusal


def report(db: Database, desk: OperatorDesk, clock: FixedClock, days: int = 30) -> NeglectReport:
    return neglected(db, clock(), desk.settings, untouched_days=days)


def overdue_ids(found: NeglectReport) -> list[int]:
    return [row.client_id for row in found.overdue_future]


def untouched_ids(found: NeglectReport) -> list[int]:
    return [row.client_id for row in found.untouched]


def refused_until(db: Database, desk: OperatorDesk, clock: FixedClock, days: int, name: str = "") -> int:
    """A client who refused today and asked to be called again in ``days`` days: a future client with a date."""
    client = make_client(db, clock(), name)
    desk.open_client(client)
    saved = desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=days)))
    assert saved.client_state is ClientState.FUTURE and saved.next_contact_at is not None
    return client


def test_a_future_client_whose_date_passed_without_a_call_is_overdue_until_called(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = refused_until(db, desk, clock, days=7, name="Сидоров Олег")
    assert client not in overdue_ids(report(db, desk, clock))  # the date is still ahead

    clock.advance(timedelta(days=7, hours=1))
    assert client not in overdue_ids(report(db, desk, clock)), "due today is not neglected"

    clock.advance(timedelta(days=3))
    found = report(db, desk, clock)
    assert overdue_ids(found) == [client]
    row = found.overdue_future[0]
    assert (row.name, row.state) == ("Сидоров Олег", ClientState.FUTURE)
    assert row.phone.startswith("+7") and row.last_call_at is not None
    assert row.days in (3, 4) and row.last_call_at < (row.next_contact_at or row.last_call_at)
    assert client not in untouched_ids(found), "listed once, in the overdue list"

    desk.open_client(client)
    desk.record(no_answer(client, "Anna", clock()))
    assert client not in overdue_ids(report(db, desk, clock))


def test_most_overdue_comes_first(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    later = refused_until(db, desk, clock, days=20)
    sooner = refused_until(db, desk, clock, days=10)
    clock.advance(timedelta(days=25))
    found = report(db, desk, clock)
    assert overdue_ids(found) == [sooner, later]
    assert found.overdue_future[0].days > found.overdue_future[1].days


@pytest.mark.parametrize(("days_ago", "shown"), [(31, True), (29, False)])
def test_a_client_untouched_for_more_than_n_days_shows(
    db: Database, desk: OperatorDesk, clock: FixedClock, days_ago: int, shown: bool
) -> None:
    called = make_client(db, clock(), "Called once")
    desk.open_client(called)
    desk.record(no_answer(called, "Anna", clock()))
    imported = make_client(db, clock(), "Never called")
    clock.advance(timedelta(days=days_ago))

    found = report(db, desk, clock, days=30)

    assert (called in untouched_ids(found)) is shown
    assert (imported in untouched_ids(found)) is shown
    if shown:
        row = next(r for r in found.untouched if r.client_id == called)
        assert row.days == days_ago and row.last_call_at is not None


def test_the_number_of_days_is_the_supervisors_choice(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    clock.advance(timedelta(days=10))
    assert client in untouched_ids(report(db, desk, clock, days=7))
    assert client not in untouched_ids(report(db, desk, clock, days=14))


def test_never_clients_never_show(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    never = make_client(db, clock(), "Do not bother", state=ClientState.NEVER.value)
    clock.advance(timedelta(days=400))
    found = report(db, desk, clock)
    assert never not in untouched_ids(found) and never not in overdue_ids(found)


def test_a_client_with_a_date_ahead_is_planned_not_untouched(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    planned = refused_until(db, desk, clock, days=90)
    clock.advance(timedelta(days=45))
    found = report(db, desk, clock)
    assert planned not in untouched_ids(found) and planned not in overdue_ids(found)


@pytest.mark.parametrize("days", [0, -3, 100_000])
def test_a_nonsense_number_of_days_is_refused(db: Database, desk: OperatorDesk, clock: FixedClock, days: int) -> None:
    with pytest.raises(UserInputError, match="how many days"):
        neglected(db, clock(), desk.settings, untouched_days=days)
