"""Engines and units of work.

SQLite: WAL, a busy timeout, and ``BEGIN IMMEDIATE`` for every write transaction so concurrent writers wait
for the lock instead of failing with SQLITE_BUSY half-way. PostgreSQL: psycopg 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from callassist.errors import EnvironmentFailure, UserInputError

_WRITE = "callassist_write"
SUPPORTED = "sqlite:///FILE.db, postgresql://USER@SERVER/DATABASE"


def normalise_url(url: str) -> str:
    """Accept the short ``postgresql://`` form and use psycopg 3 for it."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's begin event issue BEGIN itself; pysqlite's implicit BEGIN would be DEFERRED.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    """Create the engine for ``url``; an unusable URL is the user's input error, not a crash."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise UserInputError("cli.bad_url", field="db", url=repr(url)) from exc
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)
    raise UserInputError(
        "cli.unsupported_database", field="db", scheme=repr(parsed.get_backend_name()), supported=SUPPORTED
    )


@dataclass
class Database:
    """One database: an engine plus the two kinds of unit of work services use."""

    engine: Engine

    def __post_init__(self) -> None:
        self._reads = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with translated_failures(), self._reads() as session:
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write unit of work: one transaction, committed on success, rolled back on any error."""
        with translated_failures(), self._writes() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def translated_failures() -> Iterator[None]:
    """Driver failures the person can do something about become coded errors (texts in ``messages/cli.py``)."""
    try:
        yield
    except OperationalError as exc:
        if _READ_ONLY in _first_line(exc).lower():
            raise EnvironmentFailure("open.read_only", detail=_first_line(exc)) from exc
        raise EnvironmentFailure("open.unreachable", detail=_first_line(exc)) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise EnvironmentFailure("open.connection_lost", detail=_first_line(exc)) from exc
        refusal = _refusal(exc)
        if refusal is not None:
            raise refusal from exc
        raise


_READ_ONLY = "readonly database"  # SQLite's "attempt to write a readonly database"


_REFUSED = "CA017"  # team mode: a guard of callassist.team.guards said no; its message is a message code
_NOT_ALLOWED = "42501"  # insufficient_privilege: the login's grants or row-level security said no


def _refusal(exc: DBAPIError) -> UserInputError | None:
    """The team server's refusal as the person's input error (shown, and never retried as an outage)."""
    state = getattr(exc.orig, "sqlstate", None)
    if state == _REFUSED:
        diag = getattr(exc.orig, "diag", None)
        return UserInputError(str(getattr(diag, "message_primary", "") or "team.permission_denied"))
    if state == _NOT_ALLOWED:
        return UserInputError("team.permission_denied")
    return None


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)


def open_database(url: str) -> Database:
    return Database(make_engine(url))
