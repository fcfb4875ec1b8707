"""Team-mode users: operators and supervisors with passwords hashed by argon2 in the ``operators`` table."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import Operator

ROLES = ("operator", "supervisor")
MIN_PASSWORD = 8
_hasher = PasswordHasher()


def clean_name(name: str) -> str:
    """The name as it is stored: inner runs of spaces collapsed, ends trimmed (the way ``ensure_operator`` does)."""
    return " ".join(name.split())


def create_user(session: Session, name: str, password: str, role: str = "operator") -> Operator:
    """Add a user who signs in with ``password``, or give a password to an operator who had none yet.

    Raises:
        UserInputError: empty name, unknown role, a password shorter than eight characters, or a user of that
            name who already has a password.
    """
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


@dataclass(frozen=True)
class SignedIn:
    """Who signed in on this workstation, and as what."""

    name: str
    role: str

    @property
    def supervisor(self) -> bool:
        return self.role == "supervisor"


def sign_in(db: Database, name: str, password: str) -> SignedIn | None:
    """Check ``password`` for user ``name``: who they are, or None for a wrong name or password.

    A read unit of work: an operator's login may not update ``operators``, so a due rehash waits for a supervisor's
    sign-in (``verify_password`` on a write session).
    """
    with db.read() as session:
        user = verify_password(session, name, password)
        return None if user is None else SignedIn(user.name, user.role)
