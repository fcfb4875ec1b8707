"""Alembic environment: run against the connection the app hands over, or the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from callassist.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        if connection.dialect.name == "postgresql":
            _guard_new_tables(connection)


def _guard_new_tables(connection: Connection) -> None:
    """Team mode: grants and row-level security again, over every table, after whatever the upgrade changed.

    A table a migration recreated or added has no grants of its own; without this every operator's save would fail
    with "permission denied" until someone re-ran provisioning by hand (``callassist.team.guards``).
    """
    from callassist.team import guards

    if guards.installed(connection):
        guards.apply(connection)


run_migrations_online()
