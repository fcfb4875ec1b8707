"""The supervisor's view of leases: who holds what, releasing a client, and the change mark. Both databases."""

from __future__ import annotations

from datetime import timedelta

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.team.leases import change_mark, leases, release
from tests.factories import FixedClock, make_clients, no_answer


def test_a_supervisor_sees_who_holds_what_and_releases_it(db: Database, clock: FixedClock) -> None:
    first, _ = make_clients(db, clock(), 2)
    anna = OperatorDesk(db, "Anna", now=clock, language="en")
    boris = OperatorDesk(db, "Boris", now=clock, language="en")
    held = anna.next_client()
    assert held is not None and held.id == first

    [lease] = leases(db, clock())
    assert (lease.client_id, lease.operator, lease.expired) == (first, "Anna", False)
    assert lease.expires_at == clock() + timedelta(minutes=anna.settings.lease_minutes)
    assert [lease.expired for lease in leases(db, lease.expires_at + timedelta(seconds=1))] == [True]

    assert release(db, first) is True
    assert release(db, first) is False  # nobody holds it any more
    assert leases(db, clock()) == ()
    taken = boris.next_client()
    assert taken is not None and taken.id == first


def test_the_change_mark_moves_when_a_colleague_claims_or_saves(db: Database, clock: FixedClock) -> None:
    make_clients(db, clock(), 2)
    anna = OperatorDesk(db, "Anna", now=clock, language="en")
    quiet = change_mark(db)
    assert change_mark(db) == quiet

    client = anna.next_client()
    assert client is not None
    claimed = change_mark(db)
    assert claimed != quiet
    clock.advance(timedelta(minutes=3))
    anna.record(no_answer(client.id, "Anna", clock()))
    assert change_mark(db) not in (quiet, claimed)
