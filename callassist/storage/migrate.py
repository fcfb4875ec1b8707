"""Bring any database to the current schema, backing up an older SQLite file first."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from callassist.storage.engine import Database

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Kept here so that opening an up-to-date database costs one query and no Alembic import
# (Alembic takes a noticeable part of start-up); tests/unit/test_storage.py checks it against Alembic's own head.
SCHEMA_HEAD = "0011"

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this app's migrations know."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def stored_revision(db: Database) -> str | None:
    """The revision recorded in the database, read with plain SQL (None for an empty database)."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, revision: str = "head") -> Path | None:
    """Upgrade to ``revision``. Returns the backup file made before touching an older SQLite database."""
    if db.dialect == "postgresql" and revision == "head":
        from callassist.team import schema

        if not schema.refuse_unless_owner(db):
            return None  # a person's team login at this app's schema: nothing to do, and nothing it may do
    if revision == "head" and stored_revision(db) == SCHEMA_HEAD:
        return None  # the common case at start-up: nothing to do, and Alembic is never imported
    current = current_revision(db)
    if current == head_revision() and revision == "head":
        return None
    backup = _backup_sqlite(db, current) if current is not None else None
    _run(db, "upgrade", revision)
    return backup


def downgrade(db: Database, revision: str) -> None:
    _run(db, "downgrade", revision)


def _run(db: Database, action: str, revision: str) -> None:
    from alembic import command

    config = alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, revision)


def _backup_sqlite(db: Database, current: str) -> Path | None:
    url = make_url(str(db.engine.url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    source = Path(url.database)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.before-{current}-{stamp}.bak")
    with db.engine.connect() as conn:  # checkpoint so the copy holds everything the WAL holds
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy2(source, target)
    return target
