"""Migration 0006 (issue 14) down and up again keeps every client, phone and call: on SQLite a batch copy of
``clients`` would have dropped the table and, with foreign keys on, cascaded to the calls and phones."""

from __future__ import annotations

from sqlalchemy import func, select

from callassist.domain import AttemptResult, PhoneStatus
from callassist.storage import migrate
from callassist.storage.engine import Database
from callassist.storage.models import Call, ClientPhone
from tests.factories import DeskFactory, FixedClock, card, make_client, outcome


def _counts(db: Database) -> tuple[int, int]:
    with db.engine.connect() as conn:
        calls = conn.execute(select(func.count()).select_from(Call.__table__)).scalar()
        phones = conn.execute(select(func.count()).select_from(ClientPhone.__table__)).scalar()
    return int(calls or 0), int(phones or 0)


def test_0006_down_and_up_keeps_clients_phones_and_calls(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", phones=("+79161234567", "+74951112233"))
    desk = desk_for("Anna")
    desk.open_client(client)
    desk.record(outcome(client, "Anna", clock(), attempt=AttemptResult.WRONG_NUMBER, phone="+79161234567"))
    before = _counts(db)
    assert before == (1, 2)

    migrate.downgrade(db, "0004")
    assert _counts(db) == before
    migrate.upgrade(db)

    assert _counts(db) == before
    view = card(db, client)
    assert [p.status for p in view.phones] == [PhoneStatus.OK, PhoneStatus.OK]  # the marks were 0006's to keep
    assert view.version == 1 and view.history[0].attempt_result is AttemptResult.WRONG_NUMBER
