"""A provisioned team floor on the suite's PostgreSQL, each person connected as their own login through the real
sign-in (``callassist.team.accounts.sign_in``), and helpers to run what an attacker with that login would type."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from callassist.errors import CallAssistError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database, open_database
from callassist.team.accounts import SignedIn, SignInThrottle, sign_in
from callassist.team.roles import provision
from tests.factories import FixedClock, make_clients

SUPERVISOR = "Guard Sveta"
ANNA = "Guard Anna"
BORIS = "Guard Boris"
DORA = "Guard Dora"  # deactivated by the tests that need it
PASSWORDS = {SUPERVISOR: "sveta-guard-1", ANNA: "anna-guard-1", BORIS: "boris-guard-1", DORA: "dora-guard-1"}


@dataclass
class Floor:
    """The team database as its owner, and each person's own connection, desk and clock."""

    url: str
    owner: Database
    people: dict[str, SignedIn]
    clock: FixedClock
    clients: list[int]
    tmp: Path

    def db(self, name: str) -> Database:
        database = self.people[name].db
        assert database is not None
        return database

    def desk(self, name: str, as_name: str | None = None) -> OperatorDesk:
        return OperatorDesk(self.db(name), as_name or name, now=self.clock, language="en", create_operator=False)

    def sign_in(self, name: str, password: str | None = None) -> SignedIn:
        throttle = SignInThrottle(self.tmp / f"throttle-{len(self.people)}.json")
        return sign_in(self.url, name, password or PASSWORDS[name], throttle)

    def role_after_sign_in(self, name: str, password: str | None = None) -> str:
        """Sign in (through the real path) and close that session again; returns the role found."""
        person = self.sign_in(name, password)
        if person.db is not None:
            person.db.dispose()
        return person.role

    def operator_id(self, name: str) -> int:
        with self.owner.read() as session:
            return int(session.execute(text("SELECT id FROM operators WHERE name = :n"), {"n": name}).scalar_one())


@pytest.fixture
def floor(team_url: str, tmp_path: Path) -> Iterator[Floor]:
    """Sveta supervises Anna, Boris and Dora; six new leads; the clock is the server's own now, so leases the
    server judges live are live for the desks too."""
    provision(
        team_url,
        supervisors={SUPERVISOR: PASSWORDS[SUPERVISOR]},
        operators={name: PASSWORDS[name] for name in (ANNA, BORIS, DORA)},
    )
    owner = open_database(team_url)
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    clients = make_clients(owner, clock() - timedelta(days=1), 6)
    made = Floor(team_url, owner, {}, clock, clients, tmp_path)
    made.people = {name: made.sign_in(name) for name in PASSWORDS}
    yield made
    for person in made.people.values():
        if person.db is not None:
            person.db.dispose()
    owner.dispose()
    server = open_database(team_url)
    with server.engine.begin() as conn:  # the logins are the server's: leave Dora usable for the next test
        conn.execute(text(f'ALTER ROLE "{DORA}" LOGIN'))
    server.dispose()


def run(db: Database, statement: str, **params: Any) -> int:
    """Run ``statement`` in one write unit of work as ``db``'s login; returns the rows it touched."""
    with db.write() as session:
        result = session.execute(text(statement), params)
        return int(getattr(result, "rowcount", 0) or 0)


def refused(db: Database, statement: str, **params: Any) -> str:
    """Assert the server refuses ``statement`` with an error; returns the error's text (a code or PostgreSQL's)."""
    with pytest.raises((CallAssistError, DBAPIError)) as caught:
        run(db, statement, **params)
    error = caught.value
    return error.code if isinstance(error, CallAssistError) else str(error.orig)


def scalar(db: Database, statement: str, **params: Any) -> Any:
    with db.read() as session:
        return session.execute(text(statement), params).scalar()
