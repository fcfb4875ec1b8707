"""A workstation signed in as a person meets a team database at another schema than its app: it says which and what
to do, and never tries to migrate (a person's login may not) nor shows "permission denied for schema public"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from callassist.bootstrap import open_ready
from callassist.errors import UserInputError
from callassist.storage import migrate
from callassist.storage.engine import open_database
from callassist.team.accounts import SignInThrottle, login_url, sign_in
from callassist.team.roles import provision
from tests.pg import TestServer

pytestmark = pytest.mark.postgres
PERSON, PASSWORD = "Schema Vera", "vera-schema-1"


@pytest.fixture
def at_0004(pg_server: TestServer, pg_template: str) -> Iterator[str]:
    """A team database an older app set up (no guards, no grants); the template made the server's group roles."""
    name = pg_server.create_database()
    url = pg_server.database_url(name)
    db = open_database(url)
    migrate.upgrade(db, "0004")
    db.dispose()
    yield url
    pg_server.drop_database(name)


def refusal(call: object) -> str:
    with pytest.raises(UserInputError) as refused:
        call()  # type: ignore[operator]
    return refused.value.code


def test_a_person_meets_a_schema_from_before_the_guards(at_0004: str, tmp_path: Path) -> None:
    _person(at_0004)
    throttle = SignInThrottle(tmp_path / "t.json")
    assert refusal(lambda: sign_in(at_0004, PERSON, PASSWORD, throttle)) == "team.schema_unguarded"
    assert refusal(lambda: open_ready(login_url(at_0004, PERSON, PASSWORD))) == "team.schema_unguarded"


def test_a_person_meets_an_older_schema_and_the_owner_upgrades_it(team_url: str, tmp_path: Path) -> None:
    provision(team_url, operators={PERSON: PASSWORD})
    owner = open_database(team_url)
    migrate.downgrade(owner, "0004")
    throttle = SignInThrottle(tmp_path / "t.json")
    code = refusal(lambda: sign_in(team_url, PERSON, PASSWORD, throttle))
    assert code == "team.schema_older"
    assert refusal(lambda: open_ready(login_url(team_url, PERSON, PASSWORD))) == "team.schema_older"
    migrate.upgrade(owner)  # the owner upgrades; the person signs in
    owner.dispose()
    vera = sign_in(team_url, PERSON, PASSWORD, throttle)
    assert vera.role == "operator" and vera.db is not None
    vera.db.dispose()


def _person(url: str) -> None:
    """Vera's row and login, as provisioning makes them (the login is the server's, perhaps made by another test)."""
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO operators (name, role, active, daily_goal) VALUES (:n, 'operator', true, 80)"),
            {"n": PERSON},
        )
        if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": PERSON}).scalar() is None:
            conn.execute(text(f"CREATE ROLE \"{PERSON}\" LOGIN PASSWORD '{PASSWORD}' IN ROLE callassist_operator"))
    db.dispose()
