"""Users with a password on a single SQLite workstation, hashed by argon2 in the ``operators`` table.

On a team server (PostgreSQL) nobody's hash is stored: a person is a database login (``callassist.team.roles``) and
signs in as that login (``callassist.team.accounts``); the ``operators`` table refuses a hash there.
"""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import Operator
from callassist.team.accounts import SignedIn, clean_name

__all__ = ["MIN_PASSWORD", "ROLES", "SignedIn", "clean_name", "create_user", "sign_in", "verify_password"]

ROLES = ("operator", "supervisor")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


def create_user(session: Session, name: str, password: str, role: str = "operator") -> Operator:
    """Add a user who signs in with ``password``, or give a password to an operator who had none yet.

    Raises:
        UserInputError: empty name, unknown role, a password shorter than eight characters, or a user of that
            name who already has a password.
    """
    if session.get_bind().dialect.name == "postgresql":
        raise UserInputError("team.hash_not_in_team_mode", field="name", guide="docs/team-mode.md")
    clean = clean_name(name)
    if not clean:
        raise UserInputError("The user needs a name.", field="name")
    if role not in ROLES:
        raise UserInputError(f"A user is an operator or a supervisor, not {role!r}.", field="role")
    if len(password) < MIN_PASSWORD:
        raise UserInputError(f"The password needs at least {MIN_PASSWORD} characters.", field="password")
    user = session.scalar(select(Operator).where(Operator.name == clean))
    if user is not None and user.password_hash:
        raise UserInputError(f"There is already a user called {clean}.", field="name")
    if user is None:
        user = Operator(name=clean)
        session.add(user)
    user.role = role
    user.active = True
    user.password_hash = _hasher.hash(password)
    session.flush()
    return user


def verify_password(session: Session, name: str, password: str) -> Operator | None:
    """The active user ``name`` if ``password`` is theirs, else None (same answer for a wrong name or password).

    A hash made with weaker parameters than today's is replaced on a successful sign-in.
    """
    user = session.scalar(select(Operator).where(Operator.name == clean_name(name)))
    if user is None or not user.active or not user.password_hash:
        return None
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return user


def sign_in(db: Database, name: str, password: str) -> SignedIn | None:
    """Check ``password`` for user ``name``: who they are, or None for a wrong name or password.

    A read unit of work: an operator's login may not update ``operators``, so a due rehash waits for a supervisor's
    sign-in (``verify_password`` on a write session).
    """
    with db.read() as session:
        user = verify_password(session, name, password)
        return None if user is None else SignedIn(user.name, user.role)
