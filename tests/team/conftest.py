"""Team-mode fixtures: fresh databases on the suite's PostgreSQL server, ready for work."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg import TestServer, start_server
from tests.team.attack_floor import floor  # noqa: F401  (a fixture of the attack and sign-in tests)


@pytest.fixture
def team_url(pg_server: TestServer, pg_template: str) -> Iterator[str]:
    """URL of a fresh, migrated PostgreSQL database with the default catalogues, dropped afterwards."""
    name = pg_server.create_database(template=pg_template)
    yield pg_server.database_url(name)
    pg_server.drop_database(name)


@pytest.fixture(scope="module")
def own_server() -> Iterator[TestServer]:
    """A PostgreSQL server of this module alone, so a test may stop it without harming anyone else's tests."""
    server = start_server()
    yield server
    server.stop()


def stop_postgres(server: TestServer) -> None:
    """Shut the server down (``pg_ctl stop``), as a network or server outage would."""
    server.handle.stop()


def start_postgres(server: TestServer) -> None:
    """Start the stopped server again on the same data directory and socket."""
    with server.handle._lock:  # the lock pgserver itself takes around starting a server
        server.handle.ensure_postgres_running()
