"""People on a team server: each one a PostgreSQL LOGIN role named exactly like their row in ``operators``, member of
``callassist_operator`` or ``callassist_supervisor`` (the rights themselves: ``callassist.team.guards``).

The database owner (a role with CREATEROLE, docs/team-mode.md) runs ``provision`` to add people. Running it again
with people already there changes nothing for them: their password stays what they made it, a disabled login is
enabled again, a changed role moves them to the other group. Passwords reach the server as SCRAM verifiers only.
"""

from __future__ import annotations

from collections.abc import Mapping

import psycopg
from psycopg import sql

from callassist.errors import UserInputError
from callassist.team.accounts import MAX_LOGIN_BYTES, MIN_PASSWORD, clean_name, scram_verifier
from callassist.team.guards import OPERATOR_ROLE, SUPERVISOR_ROLE

ROLES = {"operator": OPERATOR_ROLE, "supervisor": SUPERVISOR_ROLE}
DAILY_GOAL = 80


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://``) as libpq takes it."""
    scheme, rest = url.split("://", 1)
    return ("postgresql" if scheme.startswith("postgres") else scheme) + "://" + rest


def _people(supervisors: Mapping[str, str] | None, operators: Mapping[str, str] | None) -> list[tuple[str, str, str]]:
    people = [(clean_name(n), p, "supervisor") for n, p in (supervisors or {}).items()]
    people += [(clean_name(n), p, "operator") for n, p in (operators or {}).items()]
    for name, password, _ in people:
        if not name:
            raise UserInputError("team.name_required", field="name")
        if len(name.encode()) > MAX_LOGIN_BYTES:
            raise UserInputError("team.name_too_long", field="name", name=name)
        if len(password) < MIN_PASSWORD:
            raise UserInputError("team.password_too_short", field="password", n=MIN_PASSWORD)
    return people


def provision(
    owner_url: str, supervisors: Mapping[str, str] | None = None, operators: Mapping[str, str] | None = None
) -> None:
    """Add people (name → initial password) as logins and users; idempotent.

    Args:
        owner_url: the team database as its owner (the role that migrated it, with CREATEROLE).
        supervisors: name → initial password of supervisors.
        operators: name → initial password of operators.

    Raises:
        UserInputError: an empty or too long name, or a password shorter than eight characters (nothing is
            written for anyone).
    """
    people = _people(supervisors, operators)
    with psycopg.connect(libpq_url(owner_url)) as conn:  # one transaction: everyone or nobody
        for name, password, role in people:
            _add_user_row(conn, name, role)
            _add_login(conn, name, password, role)


def _add_user_row(conn: psycopg.Connection, name: str, role: str) -> None:
    conn.execute(
        "INSERT INTO operators (name, role, active, daily_goal) VALUES (%s, %s, true, %s)"
        " ON CONFLICT (name) DO UPDATE SET role = excluded.role, active = true",
        (name, role, DAILY_GOAL),
    )


def _add_login(conn: psycopg.Connection, name: str, password: str, role: str) -> None:
    login = sql.Identifier(name)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
        verifier = sql.Literal(scram_verifier(conn, name, password))
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(login, verifier))
    else:
        conn.execute(sql.SQL("ALTER ROLE {} LOGIN").format(login))  # the password stays theirs
    group = ROLES[role]
    other = SUPERVISOR_ROLE if group == OPERATOR_ROLE else OPERATOR_ROLE
    conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), login))
    if conn.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (name, other)).fetchone() == (True,):
        conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), login))


def change_role(owner_url: str, name: str, role: str) -> None:
    """Move a person to the other group (their password and login stay); run as the owner."""
    login = clean_name(name)
    with psycopg.connect(libpq_url(owner_url)) as conn:
        _add_user_row(conn, login, role)
        _add_login(conn, login, "", role)  # the login exists: only its group changes
