"""The users screen's interface (team mode, issue 15): add an operator or a supervisor, deactivate, reset a
password, change a role.

Implemented over what ``callassist.team.users`` and ``callassist.team.roles`` offer today: the ``operators`` row
with its argon2 hash, and, on PostgreSQL, the person's own database login in the group role of their role
(``roles.add_login``). Creating or altering logins needs a connection allowed to (the database owner, or a
supervisor login with CREATEROLE); without that right the database refuses and the whole change is undone. The
team-mode security work re-points the bodies here to database logins only; the screen keeps calling these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from psycopg import sql
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import Operator
from callassist.team import roles
from callassist.team.users import MIN_PASSWORD, ROLES, _hasher, clean_name, create_user


@dataclass(frozen=True)
class UserRow:
    name: str
    role: str
    active: bool
    can_sign_in: bool  # has a password


LoginChange = Callable[[str], None]  # given the database URL, does the login part


class UsersAdmin:
    """Users of one team database. ``admin_url``: the URL that may create and alter logins (PostgreSQL); the
    database's own URL when None."""

    def __init__(self, db: Database, admin_url: str | None = None) -> None:
        self.db = db
        self.admin_url = admin_url or db.engine.url.render_as_string(hide_password=False)

    @property
    def _team(self) -> bool:
        """Team mode: a PostgreSQL database provisioned with the group roles (``roles.provision``); a server
        database nobody provisioned has no logins to manage, only rows."""
        if self.db.dialect != "postgresql":
            return False
        with self.db.read() as session:
            found = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": roles.OPERATOR_ROLE})
            return found.first() is not None

    def users(self) -> tuple[UserRow, ...]:
        with self.db.read() as session:
            rows = session.scalars(select(Operator).order_by(Operator.name))
            return tuple(UserRow(o.name, o.role, o.active, bool(o.password_hash)) for o in rows)

    def add(self, name: str, password: str, role: str) -> UserRow:
        """A new operator or supervisor who signs in with ``password``.

        Raises:
            UserInputError: an empty name, an unknown role, a short password, or a name already taken.
        """
        with self.db.write() as session:
            user = create_user(session, name, password, role)
            row = UserRow(user.name, user.role, True, True)
            if self._team:
                self._login(lambda url: roles.add_login(url, row.name, password, role))
        return row

    def deactivate(self, name: str, active: bool = False) -> None:
        """Stop (or, ``active`` True, allow again) a person's sign-in; their calls and clients stay."""
        with self.db.write() as session:
            user = self._user(session, name)
            user.active = active
            if self._team:
                option = sql.SQL("LOGIN") if active else sql.SQL("NOLOGIN")
                self._login(
                    lambda url: _alter(url, sql.SQL("ALTER ROLE {} {}").format(sql.Identifier(user.name), option))
                )

    def reset_password(self, name: str, password: str) -> None:
        """Give a person a new password.

        Raises:
            UserInputError: a password shorter than eight characters, or nobody of that name.
        """
        if len(password) < MIN_PASSWORD:
            raise UserInputError("users.password_short", field="password", least=MIN_PASSWORD)
        with self.db.write() as session:
            user = self._user(session, name)
            user.password_hash = _hasher.hash(password)
            if self._team:
                self._login(lambda url: roles.add_login(url, user.name, password, user.role))

    def change_role(self, name: str, role: str) -> None:
        """Make a person an operator or a supervisor.

        Raises:
            UserInputError: an unknown role, or nobody of that name.
        """
        if role not in ROLES:
            raise UserInputError("users.role_unknown", field="role", role=role)
        with self.db.write() as session:
            user = self._user(session, name)
            user.role = role
            if self._team:
                group = roles.SUPERVISOR_ROLE if role == "supervisor" else roles.OPERATOR_ROLE
                other = roles.OPERATOR_ROLE if role == "supervisor" else roles.SUPERVISOR_ROLE
                login = sql.Identifier(user.name)
                self._login(
                    lambda url: _alter(
                        url,
                        sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), login),
                        sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), login),
                    )
                )

    def _user(self, session: Session, name: str) -> Operator:
        found = session.scalar(select(Operator).where(Operator.name == clean_name(name)))
        if found is None:
            raise UserInputError("lists.operator_not_found", field="name", name=name)
        return found

    def _login(self, change: LoginChange) -> None:
        """The database-login half of a change, inside the row's transaction: a refusal undoes both."""
        try:
            change(self.admin_url)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise UserInputError("users.no_login_rights", field="name") from exc


def _alter(url: str, *statements: sql.Composed) -> None:
    with psycopg.connect(roles.libpq_url(url), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)
