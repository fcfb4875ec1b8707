"""A database opened so that nothing can change it: the screenshot render's view of the data.

Every unit of work, read or write, is a plain transaction rolled back at its end, and the connection itself refuses
changes (SQLite ``PRAGMA query_only``, PostgreSQL read-only transactions): a render that tried to claim a client or
add an operator fails loudly instead of leaving the database different from how it found it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from callassist.bootstrap import open_ready
from callassist.errors import UserInputError
from callassist.storage.engine import Database, make_engine
from callassist.storage.models import Operator


class ReadOnlyDatabase(Database):
    """The same tables; ``write()`` is a read whose changes the connection refuses and nothing commits."""

    @contextmanager
    def write(self) -> Iterator[Session]:
        with self.read() as session:
            yield session


def _sqlite_query_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _postgresql_read_only(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    cursor.close()
    dbapi_connection.commit()


def open_read_only(url: str) -> ReadOnlyDatabase:
    """Open ``url`` for reading only (the schema must already be current)."""
    engine = make_engine(url)
    listener = _sqlite_query_only if engine.dialect.name == "sqlite" else _postgresql_read_only
    event.listen(engine, "connect", listener)
    return ReadOnlyDatabase(engine)


def existing_operator(db: Database, wanted: str) -> str:
    """``wanted`` when such an operator exists, else the first operator of the database (the demo's first).

    A render shows the data as someone who works with it: an OS login ("root") that never took a call is not one.

    Raises:
        UserInputError: the database has no operator at all.
    """
    with db.read() as session:
        if session.scalar(select(Operator.id).where(Operator.name == wanted)) is not None:
            return wanted
        first = session.scalar(select(Operator.name).order_by(Operator.id).limit(1))
    if first is None:
        raise UserInputError("render.no_operator", field="operator", option="--demo")
    return first


def render_view(url: str, operator: str, scratch: Path) -> tuple[Database, str]:
    """The database a render reads, and the operator it is seen as; the database at ``url`` is never changed.

    Normally a read-only view of ``url`` as ``existing_operator``. A SQLite database with no operator yet (a first
    start, nothing to show but the empty screens) is copied into ``scratch`` and the render works on the copy,
    where the window may add its operator.

    Raises:
        UserInputError: a PostgreSQL database without any operator.
    """
    view = open_read_only(url)
    try:
        return view, existing_operator(view, operator)
    except UserInputError:
        if view.dialect != "sqlite" or not view.engine.url.database:
            view.dispose()
            raise
    source = view.engine.url.database
    view.dispose()
    copy = scratch / "render.db"
    with (
        closing(sqlite3.connect(source)) as original,  # not "mode=ro": that handle leaves its -wal and -shm behind
        closing(sqlite3.connect(copy)) as target,
    ):
        original.execute("PRAGMA query_only=ON")
        original.backup(target)
    return open_ready(f"sqlite:///{copy}"), operator
