"""Fixtures shared by unit and GUI tests: an isolated environment, both databases, a clock tests can move.

Every test runs with its own data directory and without the user's ``CALLASSIST_DB``/``CALLASSIST_NOW``. Tests that
take ``db``, ``ready_url`` or ``db_url`` run twice: on an SQLite file and on a fresh database of a real PostgreSQL
server the suite starts itself, once per session (marker ``postgres``). Ready databases are copies of a template
migrated once per session, so a test pays for a file copy or ``CREATE DATABASE ... TEMPLATE``, not for migrations.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from callassist.bootstrap import open_ready
from callassist.storage.engine import Database
from tests.factories import FixedClock
from tests.pg import TestServer, start_server

# Before anything can create a QApplication (pytest-qt's qapp is session-scoped).
os.environ["QT_QPA_PLATFORM"] = "offscreen"

_started: list[TestServer] = []


@pytest.fixture(autouse=True)
def isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Point the app's data dir at the test's tmp dir and forget the user's database and fixed clock."""
    data = tmp_path / "data"
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("CALLASSIST_DATA_DIR", str(data))
    monkeypatch.delenv("CALLASSIST_DB", raising=False)
    monkeypatch.delenv("CALLASSIST_NOW", raising=False)
    # Never the developer's own keyring (tests that need one install a file keyring in tmp_path); inherited by
    # the main.py processes tests start.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return data


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    """The session's PostgreSQL server. Fails (never skips) every test that needs it when it cannot start."""
    server = start_server()
    _started.append(server)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: TestServer) -> str:
    """A database at the current schema with the default catalogues, copied for each test that needs one."""
    name = pg_server.create_database()
    _prepare(pg_server.database_url(name))
    pg_server.make_template(name)
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite counterpart of ``pg_template``: a ready file, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "callassist.db"
    _prepare(f"sqlite:///{path}")
    return path


def _prepare(url: str) -> None:
    database = open_ready(url)
    if database.dialect == "sqlite":
        with database.engine.connect() as conn:  # the copy must hold everything, WAL included
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Which database a test runs on; every test that uses the fixtures below runs on both."""
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of an empty database (no schema): an SQLite file in ``tmp_path``, or a new PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    server: TestServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.database_url(name)
    server.drop_database(name)


@pytest.fixture
def ready_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """URL of a fresh database of this test alone, already migrated and holding the default catalogues."""
    if backend == "sqlite":
        path = tmp_path / "callassist.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    server: TestServer = request.getfixturevalue("pg_server")
    name = server.create_database(template=request.getfixturevalue("pg_template"))
    yield server.database_url(name)
    server.drop_database(name)


@pytest.fixture
def db(ready_url: str) -> Iterator[Database]:
    """The test's database opened the way the app opens it (``open_ready``), disposed afterwards."""
    database = open_ready(ready_url)
    yield database
    database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    """A clock fixed at Monday 2026-11-23 10:00 Moscow time; ``advance``/``set`` move it."""
    return FixedClock()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for server in _started:
        terminalreporter.write_line(f"PostgreSQL test server started in {server.started_in:.2f} s")
