"""Users with argon2 password hashes on a single SQLite workstation: creating them, signing in, refusing bad input.
On a team server nobody's hash is stored (rule 17): people are database logins, and ``create_user`` refuses."""

from __future__ import annotations

import pytest

from callassist.errors import UserInputError
from callassist.services.operators import ensure_operator
from callassist.storage.engine import Database, open_database
from callassist.team.users import create_user, verify_password


@pytest.fixture
def backend() -> str:
    """These users live on one SQLite workstation only."""
    return "sqlite"


@pytest.mark.postgres
def test_rule_17_a_team_server_stores_no_password_hash(team_url: str) -> None:
    db = open_database(team_url)
    try:
        with pytest.raises(UserInputError) as refused, db.write() as session:
            create_user(session, "Anna", "long enough")
        assert refused.value.code == "team.hash_not_in_team_mode"
    finally:
        db.dispose()


def test_a_user_signs_in_with_their_password_only(db: Database) -> None:
    with db.write() as session:
        created = create_user(session, "  Anna   Petrova ", "correct horse", "supervisor")
        assert created.password_hash and "correct horse" not in created.password_hash
        assert created.password_hash.startswith("$argon2")
    with db.write() as session:
        anna = verify_password(session, "Anna Petrova", "correct horse")
        assert anna is not None and anna.role == "supervisor"
        assert verify_password(session, "Anna Petrova", "correct horsE") is None
        assert verify_password(session, "Nobody", "correct horse") is None


def test_an_inactive_user_cannot_sign_in(db: Database) -> None:
    with db.write() as session:
        create_user(session, "Boris", "long enough").active = False
    with db.write() as session:
        assert verify_password(session, "Boris", "long enough") is None


def test_an_operator_from_solo_mode_gets_a_password(db: Database) -> None:
    with db.write() as session:
        solo_id = ensure_operator(session, "Vera").id
    with db.write() as session:
        assert create_user(session, "Vera", "vera-password").id == solo_id
    with db.write() as session:
        assert verify_password(session, "Vera", "vera-password") is not None


@pytest.mark.parametrize(
    ("name", "password", "role", "field"),
    [
        ("  ", "long enough", "operator", "name"),
        ("Anna", "short", "operator", "password"),
        ("Anna", "long enough", "admin", "role"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    db: Database, name: str, password: str, role: str, field: str
) -> None:
    with pytest.raises(UserInputError) as refused, db.write() as session:
        create_user(session, name, password, role)
    assert refused.value.field == field
    with db.write() as session:
        assert verify_password(session, "Anna", "long enough") is None


def test_the_same_name_twice_is_refused(db: Database) -> None:
    with db.write() as session:
        create_user(session, "Anna", "first password")
    with pytest.raises(UserInputError, match="already a user called Anna"), db.write() as session:
        create_user(session, "Anna", "second password")
