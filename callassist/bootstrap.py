"""Open a database for a purpose, the one policy every command and the app share (PRODUCT.md rule 19).

A command never creates or changes a database it was not asked to:

- ``open_existing`` (``queue``, ``export``, ``client``, ``lists``): the database must already be CallAssist's. A
  missing SQLite file, a folder, a file that is not a database, an empty database, another application's database
  and a newer CallAssist schema are refused with a ``UserInputError`` before anything is written: no table added,
  no journal mode changed, no backup made, the file's bytes as they were.
- ``open_or_create`` (the app, ``--demo``): the same refusals, except that a missing file or an empty database is
  made into a new CallAssist database.
- ``creating_on_success`` (``import``): ``open_or_create`` for the length of a block; if the block fails, a
  database file the block's opening created is removed again, so a failed import leaves no new file.

An older CallAssist schema is upgraded (an SQLite file is backed up first); the catalogues are filled if missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from callassist.errors import EnvironmentFailure, UserInputError
from callassist.services import catalogues, scripts, zones
from callassist.settings import load as load_settings
from callassist.storage import migrate
from callassist.storage.engine import Database, make_engine, normalise_url, open_database, translated_failures
from callassist.storage.inspection import Found, Kind, first_line, inspect_url, sqlite_path


class Purpose(Enum):
    """Why a database is opened: whether it may be created."""

    READ = "read"  # a command that reports: the database must exist and be CallAssist's
    WORK = "work"  # the app and --demo: a missing or empty database becomes a new CallAssist database
    IMPORT = "import"  # like WORK, but a file created for a failed import is removed (see creating_on_success)


_CREATES = (Purpose.WORK, Purpose.IMPORT)
_ALWAYS_REFUSED = {
    Kind.FOLDER: "open.folder",
    Kind.UNREADABLE: "open.unreadable",
    Kind.NOT_A_DATABASE: "open.not_a_database",
    Kind.FOREIGN: "open.foreign",
    Kind.NEWER: "open.newer",
}
_REFUSED_WHEN_READING = {Kind.MISSING: "open.missing", Kind.EMPTY: "open.empty", Kind.MEMORY: "open.empty"}


def open_for(url: str, purpose: Purpose) -> Database:
    """Open ``url`` ready for work (current schema, catalogues) if ``purpose`` allows what is there.

    Raises:
        UserInputError: the database may not be opened for ``purpose`` (``field="db"``; the code says why).
    """
    found = check(url, purpose)
    return _ready(url, found)


def open_existing(url: str) -> Database:
    """Open an existing CallAssist database for a command that reports (``Purpose.READ``)."""
    return open_for(url, Purpose.READ)


def open_or_create(url: str) -> Database:
    """Open a CallAssist database, creating it when the file is missing or the database empty (``Purpose.WORK``)."""
    return open_for(url, Purpose.WORK)


def open_ready(url: str) -> Database:
    """The app's way (kept for the tests and benchmarks that build databases): ``open_or_create``."""
    return open_or_create(url)


@contextmanager
def creating_on_success(url: str) -> Iterator[Database]:
    """``open_or_create`` for the length of a block; a database file it created is removed if the block fails.

    The import runner uses it so that an import whose file cannot be read, or that fails while storing, leaves no
    new database behind (rule 19); a database that existed before is left to the block's own transaction.
    """
    path = sqlite_path(url)
    existed = path is None or path.exists()
    db = open_for(url, Purpose.IMPORT)
    try:
        yield db
    except BaseException:
        db.dispose()
        if not existed and path is not None:
            remove_sqlite_file(path)
        raise
    db.dispose()


def remove_sqlite_file(path: Path) -> None:
    """Delete an SQLite file with its WAL and shared-memory companions."""
    for companion in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)


def check(url: str, purpose: Purpose) -> Found:
    """What ``url`` holds, or the refusal ``purpose`` calls for; nothing is written either way.

    Raises:
        UserInputError: as ``open_for``.
        EnvironmentFailure: ``open.unreachable``, a server that cannot be reached.
    """
    make_engine(url).dispose()  # a URL that names no usable database is refused in words first, without connecting
    try:
        found = inspect_url(url)
    except DBAPIError as error:  # the environment's failure (the outbox takes it for an outage), said in one line
        raise EnvironmentFailure("open.unreachable", detail=first_line(error)) from error
    where = str(found.path) if found.path is not None else _server_name(url, found)
    code = _ALWAYS_REFUSED.get(found.kind)
    if code is None and purpose not in _CREATES:
        code = _REFUSED_WHEN_READING.get(found.kind)
    if code is not None:
        raise UserInputError(
            code,
            field="db",
            where=where,
            revision=found.revision or "",
            known=migrate.SCHEMA_HEAD,
            detail=found.detail,
        )
    if found.kind is Kind.MISSING and found.path is not None and not found.path.parent.is_dir():
        raise UserInputError("open.no_folder", field="db", where=str(found.path.parent))
    return found


def _server_name(url: str, found: Found) -> str:
    if found.kind is Kind.MEMORY:
        return ":memory:"
    parsed = make_url(normalise_url(url))
    host = parsed.host or "localhost"
    return f"{parsed.database or ''} @ {host}" if parsed.database else host


def _ready(url: str, found: Found) -> Database:
    db = open_database(url)
    try:
        with translated_failures():  # a database that is not there is the environment's failure, said in one line
            if found.kind is not Kind.CURRENT:
                migrate.upgrade(db)
            with db.write() as session:
                catalogues.ensure_defaults(session)
                scripts.ensure_defaults(session)
                zones.backfill_timezones(session, load_settings(session))  # clients from before time zones were set
    except BaseException:
        db.dispose()
        raise
    return db
