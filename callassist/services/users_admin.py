"""The users screen's interface (issue 15): add an operator or a supervisor, deactivate, reset a password, change a
role.

On one workstation (SQLite) a user is an ``operators`` row with its argon2 hash. On a team server the sign-in *is*
the person's PostgreSQL login (issue 17, ``callassist.team.accounts``/``roles``): no hash is stored; a supervisor resets
a password or deactivates someone through the server's own functions, and adding a person or changing a role needs
the owner's connection (CREATEROLE); without that right the server refuses and nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import Operator
from callassist.team import accounts, roles
from callassist.team.guards import OPERATOR_ROLE
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
            found = session.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": OPERATOR_ROLE})
            return found.first() is not None

    def users(self) -> tuple[UserRow, ...]:
        with self.db.read() as session:
            rows = session.scalars(select(Operator).order_by(Operator.name))
            team = self._team  # a team login signs in with its own password; no hash is kept
            return tuple(UserRow(o.name, o.role, o.active, team or bool(o.password_hash)) for o in rows)

    def add(self, name: str, password: str, role: str) -> UserRow:
        """A new operator or supervisor who signs in with ``password``.

        Raises:
            UserInputError: an empty name, an unknown role, a short password, or a name already taken.
        """
        if self._team:
            people = {name: password}
            self._login(lambda url: roles.provision(url, **{f"{role}s": people}))
            return UserRow(clean_name(name), role, True, True)
        with self.db.write() as session:
            user = create_user(session, name, password, role)
            return UserRow(user.name, user.role, True, True)

    def deactivate(self, name: str, active: bool = False) -> None:
        """Stop (or, ``active`` True, allow again) a person's sign-in; their calls and clients stay."""
        if self._team:  # the login itself is disabled, not only the row
            self._require(name)
            accounts.set_active(self.db, name, active)
            return
        with self.db.write() as session:
            self._user(session, name).active = active

    def reset_password(self, name: str, password: str) -> None:
        """Give a person a new password.

        Raises:
            UserInputError: a password shorter than eight characters, or nobody of that name.
        """
        if len(password) < MIN_PASSWORD:
            raise UserInputError("users.password_short", field="password", least=MIN_PASSWORD)
        if self._team:
            self._require(name)
            accounts.reset_password(self.db, name, password)
            return
        with self.db.write() as session:
            self._user(session, name).password_hash = _hasher.hash(password)

    def change_role(self, name: str, role: str) -> None:
        """Make a person an operator or a supervisor.

        Raises:
            UserInputError: an unknown role, or nobody of that name.
        """
        if role not in ROLES:
            raise UserInputError("users.role_unknown", field="role", role=role)
        if self._team:
            self._require(name)
            self._login(lambda url: roles.change_role(url, name, role))
            return
        with self.db.write() as session:
            self._user(session, name).role = role

    def _require(self, name: str) -> None:
        """Refuse, before any login is touched, a name that is no user here."""
        with self.db.read() as session:
            self._user(session, name)

    def _user(self, session: Session, name: str) -> Operator:
        found = session.scalar(select(Operator).where(Operator.name == clean_name(name)))
        if found is None:
            raise UserInputError("lists.operator_not_found", field="name", name=name)
        return found

    def _login(self, change: LoginChange) -> None:
        """A change only the owner's connection may make (logins and groups); a refusal changes nothing."""
        try:
            change(self.admin_url)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise UserInputError("users.no_login_rights", field="name") from exc
