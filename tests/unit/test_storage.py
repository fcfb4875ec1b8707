"""Storage: migrations (with a backup before touching an older SQLite file), the UTC column type, and failures a
user can understand: a URL that makes no sense, a database that is not there. Both databases where it applies."""

from __future__ import annotations

import socket
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import StatementError

from callassist.bootstrap import open_ready
from callassist.errors import EnvironmentFailure, UserInputError
from callassist.storage import migrate
from callassist.storage.engine import Database, open_database
from callassist.storage.models import Base, Client
from tests.factories import FixedClock, make_client

FIRST_REVISION = "0001"

# --- migrations -------------------------------------------------------------------------------------------------


def test_empty_database_is_migrated_to_head(db_url: str) -> None:
    db = open_database(db_url)
    try:
        assert migrate.current_revision(db) is None

        backup = migrate.upgrade(db)

        assert backup is None  # nothing to lose in an empty database
        assert migrate.current_revision(db) == migrate.head_revision()
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
    finally:
        db.dispose()


def test_migrations_downgrade_to_base_and_upgrade_again(db: Database, clock: FixedClock) -> None:
    migrate.downgrade(db, "base")
    assert migrate.current_revision(db) is None
    assert set(inspect(db.engine).get_table_names()) & set(Base.metadata.tables) == set()

    migrate.upgrade(db)

    assert migrate.current_revision(db) == migrate.head_revision()
    make_client(db, clock())  # the schema works after the round trip


def test_upgrading_a_database_at_head_changes_nothing(db: Database, tmp_path: Path) -> None:
    files_before = sorted(tmp_path.iterdir())

    assert migrate.upgrade(db) is None

    assert sorted(tmp_path.iterdir()) == files_before


def sqlite_file(db: Database) -> Path:
    assert db.engine.url.database is not None
    return Path(db.engine.url.database)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_at_an_older_revision_is_backed_up_before_upgrading(db: Database, clock: FixedClock) -> None:
    client = make_client(db, clock(), name="Kept in the backup")  # lives in the WAL until a checkpoint
    migrate.downgrade(db, FIRST_REVISION)

    backup = migrate.upgrade(db)

    assert migrate.current_revision(db) == migrate.head_revision()
    assert backup is not None and backup.exists()
    assert backup.parent == sqlite_file(db).parent
    assert f"before-{FIRST_REVISION}" in backup.name
    with closing(sqlite3.connect(backup)) as copy:
        assert copy.execute("SELECT full_name FROM clients WHERE id = ?", (client,)).fetchall() == [
            ("Kept in the backup",)
        ]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST_REVISION,)]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_without_a_revision_is_not_backed_up(db: Database) -> None:
    migrate.downgrade(db, "base")
    folder = sqlite_file(db).parent
    before = sorted(folder.iterdir())

    assert migrate.upgrade(db) is None

    assert [p for p in sorted(folder.iterdir()) if p not in before and p.suffix == ".bak"] == []


@pytest.mark.parametrize("backend", [pytest.param("postgres", marks=pytest.mark.postgres)], indirect=True)
def test_postgres_upgrade_from_an_older_revision_makes_no_file_backup(db: Database, tmp_path: Path) -> None:
    migrate.downgrade(db, FIRST_REVISION)

    assert migrate.upgrade(db) is None
    assert migrate.current_revision(db) == migrate.head_revision()
    assert list(tmp_path.rglob("*.bak")) == []


# --- the UTC column type ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 23, 10, 15, 30, 123456, tzinfo=timezone(timedelta(hours=3))),
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
        datetime(2027, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
    ids=["moscow-offset-microseconds", "utc", "new-york-offset"],
)
def test_utc_datetime_round_trips_aware_moments_as_utc(db: Database, clock: FixedClock, moment: datetime) -> None:
    client = make_client(db, clock())
    with db.write() as session:
        row = session.get(Client, client)
        assert row is not None
        row.next_contact_at = moment

    with db.read() as session:
        stored = session.scalar(select(Client.next_contact_at).where(Client.id == client))

    assert stored == moment
    assert stored is not None and stored.tzinfo is UTC


def test_utc_datetime_sorts_and_compares_as_moments(db: Database, clock: FixedClock) -> None:
    early, late = make_client(db, clock()), make_client(db, clock())
    moscow_ten = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=3)))
    with db.write() as session:
        # 10:00 in Moscow is 07:00 UTC: earlier than 08:00 UTC, though "10" sorts after "08" as text
        for client, moment in ((early, moscow_ten), (late, datetime(2026, 12, 1, 8, 0, tzinfo=UTC))):
            row = session.get(Client, client)
            assert row is not None
            row.next_contact_at = moment

    with db.read() as session:
        order = session.scalars(
            select(Client.id).where(Client.id.in_([early, late])).order_by(Client.next_contact_at)
        ).all()
        before_eight = session.scalars(
            select(Client.id).where(Client.next_contact_at < datetime(2026, 12, 1, 7, 30, tzinfo=UTC))
        ).all()

    assert list(order) == [early, late]
    assert list(before_eight) == [early]


def test_utc_datetime_refuses_naive_datetimes_and_writes_nothing(db: Database, clock: FixedClock) -> None:
    client = make_client(db, clock())

    with pytest.raises(StatementError, match="naive datetime") as raised, db.write() as session:
        row = session.get(Client, client)
        assert row is not None
        row.next_contact_at = datetime(2026, 12, 1, 10, 0)

    assert isinstance(raised.value.orig, ValueError)
    with db.read() as session:
        assert session.scalar(select(Client.next_contact_at).where(Client.id == client)) is None


# --- failures a user can understand ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["", "not a url", "sqlite//calls.db", "mysql://user@host/calls", "oracle://scott@db/calls"]
)
def test_database_url_that_makes_no_sense_is_a_user_input_error(url: str) -> None:
    with pytest.raises(UserInputError) as raised:
        open_ready(url)

    assert raised.value.field == "db"
    assert "sqlite://" in str(raised.value)  # says what a good URL looks like


def test_database_url_with_a_bad_port_is_a_user_input_error() -> None:
    with pytest.raises(UserInputError):
        open_ready("postgresql://callassist@db.example:port/calls")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def unreachable_url(kind: str, tmp_path: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'no such folder' / 'calls.db'}"
    return f"postgresql://postgres@127.0.0.1:{closed_port()}/calls"


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_unit_of_work_on_a_database_that_is_gone_is_an_environment_failure(kind: str, tmp_path: Path) -> None:
    db = open_database(unreachable_url(kind, tmp_path))
    try:
        with pytest.raises(EnvironmentFailure, match="database cannot be reached") as raised, db.write() as session:
            session.scalar(select(Client.id))
        assert "\n" not in str(raised.value)  # one clear line, not a traceback
    finally:
        db.dispose()


def test_opening_a_database_that_is_gone_is_an_environment_failure() -> None:
    with pytest.raises(EnvironmentFailure, match="database cannot be reached"):
        open_ready(unreachable_url("postgres", Path()))


def test_opening_a_file_in_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="folder for the database file does not exist") as raised:
        open_ready(unreachable_url("sqlite", tmp_path))
    assert raised.value.field == "db" and not (tmp_path / "no such folder").exists()


def test_schema_head_constant_is_alembics_head() -> None:
    """Start-up skips Alembic when the stored revision equals SCHEMA_HEAD, so the constant must follow migrations."""
    from callassist.storage.migrate import SCHEMA_HEAD, head_revision

    assert head_revision() == SCHEMA_HEAD


def test_an_up_to_date_database_is_opened_without_importing_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.db'}"
    open_ready(url).dispose()
    probe = (
        "import sys; from callassist.bootstrap import open_ready; open_ready(sys.argv[1]).dispose(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", probe, url], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
