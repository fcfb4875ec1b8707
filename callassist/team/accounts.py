"""Team mode's sign-in IS the person's PostgreSQL login: the server checks the password (SCRAM), nobody's hash is
stored in a table, and the name signed in with is the login every query runs as (rule 17).

- ``sign_in`` opens the team database as ``name``/``password``. A wrong password, an unknown name and a disabled
  login fail alike: one message, and the same work on both sides of the wire (PostgreSQL answers an unknown name
  with a mock SCRAM exchange), so a name cannot be probed by timing.
- Repeated failures slow sign-in down: :class:`SignInThrottle` keeps a per-name failure count on this computer
  and refuses to contact the server until a doubling wait has passed; the server adds its own delay to every
  failed authentication when ``auth_delay`` is loaded (docs/team-mode.md).
- Passwords go to the server only as SCRAM verifiers computed here (libpq's ``PQencryptPasswordConn``): a person
  changes their own with ``ALTER ROLE``; a supervisor resets one or disables a login through the owner's
  ``SECURITY DEFINER`` functions, which check the caller is a supervisor.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from callassist import paths
from callassist.errors import EnvironmentFailure, UserInputError
from callassist.storage.engine import Database, normalise_url, open_database
from callassist.team import schema
from callassist.team.guards import OPERATOR_ROLE, SUPERVISOR_ROLE

MIN_PASSWORD = 8
MAX_LOGIN_BYTES = 63  # PostgreSQL cuts longer identifiers, and the login would no longer match the name
FREE_FAILURES = 3  # typing mistakes; from the fourth failure in a row each attempt waits
FIRST_WAIT = 2.0
LONGEST_WAIT = 300.0
# The server's own answer to a connection (wrong password, unknown name, disabled login, no pg_hba entry) is a
# FATAL message; libpq does not hand its SQLSTATE over for a failed connection, and the server may speak Russian.
_SERVER_SAID_NO = ("FATAL", "ВАЖНО")
_SERVER_BUSY = ("the database system is", "too many clients", "connection slots", "система баз данных", "слишком много")


def clean_name(name: str) -> str:
    """The name as it is stored and as the login is called: inner runs of spaces collapsed, ends trimmed."""
    return " ".join(name.split())


@dataclass(frozen=True)
class SignedIn:
    """Who signed in on this workstation, as what, and the database opened as their own login."""

    name: str
    role: str
    db: Database | None = field(default=None, compare=False, repr=False)

    @property
    def supervisor(self) -> bool:
        return self.role == "supervisor"


class SignInThrottle:
    """Failed sign-ins per name on this computer; after ``FREE_FAILURES`` each attempt waits twice as long.

    Kept in a small JSON file in the data directory, so quitting and starting the app again does not reset it.
    Unknown names count exactly like known ones (the throttle never asks the server who exists).
    """

    def __init__(self, path: Path | None = None, clock: Callable[[], float] = time.time) -> None:
        self.path = path or paths.data_dir() / "sign_in_failures.json"
        self.clock = clock

    def _load(self) -> dict[str, list[float]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, list[float]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(data), encoding="utf-8")

    @staticmethod
    def _key(name: str) -> str:
        return clean_name(name).casefold()

    def wait_left(self, name: str) -> float:
        """Seconds before ``name`` may try again (0 when it may now)."""
        failures, last = self._load().get(self._key(name), [0, 0.0])
        if failures < FREE_FAILURES:
            return 0.0
        wait = min(FIRST_WAIT * 2 ** (failures - FREE_FAILURES), LONGEST_WAIT)
        return max(0.0, last + wait - self.clock())

    def check(self, name: str) -> None:
        """Raises UserInputError ``team.sign_in_wait`` while ``name`` must wait."""
        left = self.wait_left(name)
        if left > 0:
            raise UserInputError("team.sign_in_wait", field="password", seconds=int(left) + 1)

    def failed(self, name: str) -> None:
        data = self._load()
        failures = int(data.get(self._key(name), [0, 0.0])[0])
        data[self._key(name)] = [failures + 1, self.clock()]
        self._save(data)

    def succeeded(self, name: str) -> None:
        data = self._load()
        if data.pop(self._key(name), None) is not None:
            self._save(data)


def is_team_url(url: str) -> bool:
    """Whether ``url`` names a team server (PostgreSQL), where people sign in as their own login."""
    try:
        return make_url(normalise_url(url)).get_backend_name() == "postgresql"
    except Exception:
        return False


def login_url(server_url: str, name: str, password: str) -> str:
    """The team database's URL with ``name`` and ``password`` as its login (whatever login the URL named)."""
    url = make_url(normalise_url(server_url)).set(username=clean_name(name), password=password)
    return url.render_as_string(hide_password=False)


def sign_in(server_url: str, name: str, password: str, throttle: SignInThrottle | None = None) -> SignedIn:
    """Open the team database as ``name``'s own login.

    Raises:
        UserInputError: ``team.sign_in_failed`` (wrong name or password, or a disabled login: the same answer),
            ``team.sign_in_wait`` after repeated failures, ``team.not_a_person`` for a login that is no CallAssist
            user, or a ``team.schema_*`` code when the database is at another schema than this app.
        EnvironmentFailure: the server cannot be reached.
    """
    throttle = throttle or SignInThrottle()
    login = clean_name(name)
    if not login:
        raise UserInputError("team.name_required", field="name")
    throttle.check(login)
    db = open_database(login_url(server_url, login, password))
    try:
        role = _connect(db, login, throttle)
    except BaseException:
        db.dispose()
        raise
    throttle.succeeded(login)
    return SignedIn(login, role, db)


def _connect(db: Database, login: str, throttle: SignInThrottle) -> str:
    """Authenticate (the first connection), check the schema, and find the person's role from the login's group."""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        if refused_by_server(exc.orig):
            throttle.failed(login)
            raise UserInputError("team.sign_in_failed", field="password") from None
        raise EnvironmentFailure("general.database_unreachable", detail=str(exc.orig).strip()) from exc
    schema.check(db)  # before the roles: a database from before the guards has none
    with db.engine.connect() as conn:
        supervisor, operator, ordinary = conn.execute(_ROLE, {"sup": SUPERVISOR_ROLE, "op": OPERATOR_ROLE}).one()
    if not ordinary or not (supervisor or operator):
        raise UserInputError("team.not_a_person", field="name", name=login)
    return "supervisor" if supervisor else "operator"


_ROLE = text(
    "SELECT coalesce((SELECT pg_has_role(current_user, r.oid, 'USAGE') FROM pg_roles r WHERE r.rolname = :sup), false),"
    " coalesce((SELECT pg_has_role(current_user, r.oid, 'USAGE') FROM pg_roles r WHERE r.rolname = :op), false),"
    " (SELECT NOT rolsuper FROM pg_roles WHERE rolname = current_user)"
)


def refused_by_server(error: BaseException | None) -> bool:
    """Whether a failed connection was the server refusing the login (rather than a server out of reach, starting,
    stopping or full, which are outages)."""
    message = str(error or "")
    busy = any(words in message for words in _SERVER_BUSY)
    return not busy and any(word in message for word in _SERVER_SAID_NO)


def check_reachable(server_url: str) -> None:
    """Before asking anyone to sign in: is the server there at all? A server that answers (even to refuse a login
    without a password) is; one that cannot be reached is said at once, not after a password was typed.

    Raises:
        EnvironmentFailure: ``open.unreachable``.
    """
    url = make_url(normalise_url(server_url)).set(drivername="postgresql", password=None)
    try:
        psycopg.connect(url.render_as_string(hide_password=False), connect_timeout=10).close()
    except psycopg.OperationalError as exc:
        if not refused_by_server(exc):
            detail = next((line for line in str(exc).splitlines() if line.strip()), "")
            raise EnvironmentFailure("open.unreachable", detail=detail.strip()) from exc


def scram_verifier(conn: Any, login: str, password: str) -> str:
    """``password`` as the SCRAM-SHA-256 verifier PostgreSQL stores: the clear text never leaves this computer."""
    raw = conn.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    return bytes(raw).decode("ascii")


def _connect_as(server_url: str, login: str, password: str) -> psycopg.Connection[Any]:
    """A plain libpq connection as ``login`` (names with spaces go as a parameter, not inside the URL)."""
    url = make_url(normalise_url(server_url)).set(drivername="postgresql", username=None, password=None)
    return psycopg.connect(url.render_as_string(hide_password=False), user=login, password=password, autocommit=True)


def _checked_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserInputError("team.password_too_short", field="password", n=MIN_PASSWORD)


def change_password(server_url: str, name: str, current: str, new: str) -> None:
    """A person changes their own password: proven by signing in with the current one, stored as a verifier.

    Raises:
        UserInputError: ``team.password_wrong`` or ``team.password_too_short``.
    """
    _checked_password(new)
    login = clean_name(name)
    try:
        conn = _connect_as(server_url, login, current)
    except psycopg.OperationalError as exc:
        if refused_by_server(exc):
            raise UserInputError("team.password_wrong", field="password") from None
        raise EnvironmentFailure("general.database_unreachable", detail=str(exc).strip()) from exc
    with conn:
        verifier = scram_verifier(conn, login, new)
        conn.execute(psycopg.sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(psycopg.sql.Literal(verifier)))


def reset_password(db: Database, person: str, new: str) -> None:
    """A supervisor gives ``person`` a new password (refused by the server to anyone else)."""
    _checked_password(new)
    login = clean_name(person)
    with db.write() as session:
        raw = session.connection().connection.dbapi_connection
        session.execute(
            text("SELECT callassist_reset_password(:person, :verifier)"),
            {"person": login, "verifier": scram_verifier(raw, login, new)},
        )


def set_active(db: Database, person: str, active: bool) -> None:
    """A supervisor disables ``person``'s login (NOLOGIN, open sessions ended) or enables it again."""
    with db.write() as session:
        session.execute(
            text("SELECT callassist_set_active(:person, :active)"), {"person": clean_name(person), "active": active}
        )
