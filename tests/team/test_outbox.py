"""Outages: outcomes saved while the server is down wait in the local outbox and land exactly once."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from callassist.bootstrap import open_ready
from callassist.domain import BuyingStage, ConversationResult, OutcomeSaved, PromiseInput, SaleLine
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Call
from callassist.team.outbox import Outbox, Queued, ResilientDesk, outcome_from_json, outcome_to_json
from tests.factories import FixedClock, make_clients, no_answer, outcome, refusal
from tests.pg import TestServer
from tests.team.conftest import start_postgres, stop_postgres


@pytest.fixture
def own_db(own_server: TestServer) -> Iterator[Database]:
    """A fresh, ready database on the module's own server (the one these tests stop and start)."""
    database = open_ready(own_server.database_url(own_server.create_database()))
    yield database
    database.dispose()


def stored_keys(db: Database) -> Counter[str]:
    with db.read() as session:
        return Counter(session.scalars(select(Call.idempotency_key)).all())


def test_an_outcome_survives_the_trip_through_json(clock: FixedClock) -> None:
    sale = outcome(
        7,
        "Anna",
        clock(),
        result=ConversationResult.SALE,
        sale_lines=(SaleLine(3, 2, Decimal("1999.90")),),
        promise=PromiseInput("Send the contract", clock() + timedelta(days=2)),
        stage=BuyingStage.READY,
        script_path=("greet", "offer"),
        objections=("price",),
        unscripted=("Is it made in Russia?",),
        note="Говорили с директором",
    )
    assert outcome_from_json(outcome_to_json(sale)) == sale
    refused = refusal(8, "Anna", clock(), clock() + timedelta(days=7))
    assert outcome_from_json(outcome_to_json(refused)) == refused


@pytest.mark.postgres
def test_outcomes_saved_during_an_outage_land_exactly_once(
    own_server: TestServer, own_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    make_clients(own_db, clock(), 4)
    anna = ResilientDesk(OperatorDesk(own_db, "Anna", now=clock, language="en"), Outbox(tmp_path / "anna.sqlite3"))
    boris = ResilientDesk(OperatorDesk(own_db, "Boris", now=clock, language="en"), Outbox(tmp_path / "boris.sqlite3"))
    first = anna.desk.next_client()  # type: ignore[attr-defined]
    assert first is not None
    before = refusal(first.id, "Anna", clock(), clock() + timedelta(days=7))
    assert isinstance(anna.record(before), OutcomeSaved)
    held = [desk.desk.next_client() for desk in (anna, boris)]  # type: ignore[attr-defined]
    assert all(client is not None for client in held)

    stop_postgres(own_server)
    try:
        offline = [
            refusal(held[0].id, "Anna", clock(), clock() + timedelta(days=3)),  # type: ignore[union-attr]
            no_answer(held[1].id, "Boris", clock()),  # type: ignore[union-attr]
        ]
        queued = [anna.record(offline[0]), boris.record(offline[1]), anna.record(offline[0])]  # Anna pressed twice
        assert [type(result) for result in queued] == [Queued, Queued, Queued]
        assert (anna.waiting(), boris.waiting()) == (1, 1)
        assert anna.drain() == (0, 1)  # still down: nothing sent, nothing lost
    finally:
        start_postgres(own_server)

    assert anna.drain() == (1, 0)
    assert boris.drain() == (1, 0)
    keys = stored_keys(own_db)
    assert keys == Counter({before.idempotency_key: 1, offline[0].idempotency_key: 1, offline[1].idempotency_key: 1})
    assert anna.desk.next_client() is not None  # type: ignore[attr-defined]  # the loop goes on online


@pytest.mark.postgres
def test_next_client_after_an_outage_sends_the_waiting_outcome_first(
    own_server: TestServer, own_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """A client whose outcome waits in the outbox is still leased: without sending it first, Next would hand the
    same client back as unfinished and the operator would call it twice."""
    make_clients(own_db, clock(), 3)
    anna = ResilientDesk(OperatorDesk(own_db, "Anna", now=clock, language="en"), Outbox(tmp_path / "anna.sqlite3"))
    called = anna.next_client()
    assert called is not None
    stop_postgres(own_server)
    try:
        assert isinstance(anna.record(no_answer(called.id, "Anna", clock())), Queued)
    finally:
        start_postgres(own_server)

    following = anna.next_client()

    assert following is not None and following.id != called.id
    assert anna.waiting() == 0
    assert len(stored_keys(own_db)) == 1


@pytest.mark.postgres
def test_a_send_that_committed_before_a_crash_is_not_doubled(
    own_db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    make_clients(own_db, clock(), 1)
    desk = OperatorDesk(own_db, "Anna", now=clock, language="en")
    client = desk.next_client()
    assert client is not None
    saved = refusal(client.id, "Anna", clock(), clock() + timedelta(days=7))
    Outbox(tmp_path / "outbox.sqlite3").append(saved)
    desk.record(saved)  # the commit went through; the workstation died before the outbox row was deleted

    assert Outbox(tmp_path / "outbox.sqlite3").drain(desk) == (1, 0)  # after the restart
    assert stored_keys(own_db) == Counter({saved.idempotency_key: 1})


def test_an_outcome_the_rules_now_refuse_is_kept_aside_not_lost(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    make_clients(db, clock(), 1)
    desk = OperatorDesk(db, "Anna", now=clock, language="en")
    client = desk.next_client()
    assert client is not None
    late = refusal(client.id, "Anna", clock(), clock() + timedelta(hours=1))
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.append(late)
    clock.advance(timedelta(hours=2))  # the server came back after the planned next contact had passed

    assert outbox.drain(desk) == (0, 0)
    assert [kept.outcome for kept in outbox.refused()] == [late]
    assert "future" in outbox.refused()[0].reason
