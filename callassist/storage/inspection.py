"""What a database URL points at, found out without changing a byte of it (rule 19).

An SQLite file is looked at through Python's own ``sqlite3`` opened read-only (``mode=ro``): no engine, so none of
the connection pragmas run (``journal_mode=WAL`` would rewrite another application's file header), no journal or
table is created, and a missing file is not created either. A PostgreSQL database is looked at through one plain
connection that only reads the catalogue.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, ProgrammingError

from callassist.errors import UserInputError
from callassist.storage.engine import make_engine, normalise_url
from callassist.storage.migrate import SCHEMA_HEAD

# Tables every CallAssist schema has had since the first migration: a database with them and an Alembic revision
# this code does not know is a CallAssist database from a newer version, not another application's.
SIGNATURE_TABLES = frozenset({"operators", "clients", "client_phones", "calls", "follow_ups", "refusal_reasons"})
VERSION_TABLE = "alembic_version"
_NOT_ALLOWED = "42501"  # insufficient_privilege


class Kind(Enum):
    """What was found at the URL."""

    MISSING = "missing"  # an SQLite file that does not exist
    FOLDER = "folder"  # an SQLite "file" that is a folder
    UNREADABLE = "unreadable"  # a file this user may not read
    NOT_A_DATABASE = "not_a_database"  # a file that is not SQLite at all
    EMPTY = "empty"  # a database without a single table (a new file, a fresh PostgreSQL database)
    FOREIGN = "foreign"  # another application's tables
    OLDER = "older"  # CallAssist's, at an earlier revision: upgraded (with a backup) when opened
    CURRENT = "current"  # CallAssist's, at the revision this code expects
    NEWER = "newer"  # CallAssist's, from a newer version of CallAssist
    MEMORY = "memory"  # an in-memory SQLite database (tests): always new


@dataclass(frozen=True)
class Found:
    """The verdict on one URL: its kind, the revision it stores (if any), and the SQLite file (if one)."""

    kind: Kind
    revision: str | None = None
    path: Path | None = None
    detail: str = ""  # the driver's first line, when reading failed


def sqlite_path(url: str) -> Path | None:
    """The file an SQLite URL names; None for another database or an in-memory one."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database.startswith("file:"):  # sqlite:///file:path?mode=ro&uri=true
        database = database.removeprefix("file:").split("?", 1)[0]
    if not database or database == ":memory:" or "mode=memory" in str(parsed.query):
        return None
    return Path(database)


def inspect_url(url: str) -> Found:
    """Look at the database ``url`` names and say what it is, changing nothing.

    Raises:
        DBAPIError: a server database that cannot be reached (the caller says so in the person's language).
    """
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        return Found(Kind.MEMORY) if path is None else inspect_sqlite(path)
    return _inspect_server(parsed)


def inspect_sqlite(path: Path) -> Found:
    """The verdict on an SQLite file, read through a read-only connection that cannot create or change it."""
    if path.is_dir():
        return Found(Kind.FOLDER, path=path)
    if not path.exists():
        return Found(Kind.MISSING, path=path)
    try:
        with path.open("rb") as probe:
            probe.read(1)
    except OSError as error:
        return Found(Kind.UNREADABLE, path=path, detail=error.strerror or str(error))
    try:
        tables, revision = _sqlite_catalogue(path)
    except sqlite3.DatabaseError as error:
        return Found(Kind.NOT_A_DATABASE, path=path, detail=str(error))
    return _verdict(tables, revision, path)


def _sqlite_catalogue(path: Path) -> tuple[set[str], str | None]:
    # Without a -wal file beside it, everything is in the main file: read it as immutable, so SQLite makes no -shm
    # or -wal companion next to someone else's file. With one (a CallAssist database in use), read it as usual.
    wal = path.with_name(path.name + "-wal").exists()
    options = "mode=ro" if wal else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"file:{quote(str(path.resolve()))}?{options}", uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        tables = {name for (name,) in rows if not name.startswith("sqlite_")}
        revision = None
        if VERSION_TABLE in tables:
            found = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
            revision = found[0] if found else None
        return tables, revision
    finally:
        connection.close()


def _inspect_server(parsed: URL) -> Found:
    engine = make_engine(parsed.render_as_string(hide_password=False))
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision = None
            if VERSION_TABLE in tables:
                try:
                    revision = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
                except ProgrammingError as error:  # a person's login on a schema from before the guards (0010)
                    if getattr(error.orig, "sqlstate", None) != _NOT_ALLOWED:
                        raise
                    raise UserInputError("team.schema_unguarded", field="db", guide="docs/team-mode.md") from error
            connection.rollback()
    finally:
        engine.dispose()
    return _verdict(tables, revision, None)


def _verdict(tables: set[str], revision: str | None, path: Path | None) -> Found:
    if not tables:
        return Found(Kind.EMPTY, path=path)
    if revision is None:
        # Tables but no revision of ours: another application's database (or ours emptied of its version by hand;
        # either way it is not safe to build a schema into it).
        return Found(Kind.FOREIGN, path=path)
    if revision == SCHEMA_HEAD:
        return Found(Kind.CURRENT, revision, path)
    if revision in known_revisions():
        return Found(Kind.OLDER, revision, path)
    if tables >= SIGNATURE_TABLES:
        return Found(Kind.NEWER, revision, path)
    return Found(Kind.FOREIGN, revision, path)  # another application that also uses Alembic


@cache
def known_revisions() -> frozenset[str]:
    """Every revision this code's migrations know (Alembic is imported only when a database is not current)."""
    from alembic.script import ScriptDirectory

    from callassist.storage.migrate import alembic_config

    return frozenset(script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def first_line(error: BaseException) -> str:
    """The driver's own first line, without SQLAlchemy's wrapping (which would name the URL and the statement)."""
    original = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    lines = str(original).strip().splitlines()
    return lines[0] if lines else type(original).__name__
