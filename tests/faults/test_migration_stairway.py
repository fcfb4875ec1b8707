"""The migration stairway on SQLite and PostgreSQL: up one revision at a time from an empty database to head,
writing rows at every step, down one at a time to base, and up again; rows written at the first revision are
still there at head.
"""

from __future__ import annotations

from datetime import UTC, datetime

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from callassist.storage import migrate
from callassist.storage.engine import Database, open_database

MOMENT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC).replace(tzinfo=None)


def _revisions_base_to_head() -> list[str]:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions("base", "heads")))]


def _add_operator(db: Database, name: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO operators (name, role, active, daily_goal) VALUES (:name, 'operator', :yes, 80)"),
            {"name": name, "yes": True},
        )


def _add_client(db: Database, name: str) -> None:
    """A client with every column the schema of this revision requires, and its phone."""
    columns = {column["name"]: column for column in inspect(db.engine).get_columns("clients")}
    required = [n for n, c in columns.items() if not c["nullable"] and n != "id" and c.get("default") is None]
    values: dict[str, object] = {n: "" for n in required}
    values.update(full_name=name, region="RU", state="new", created_at=MOMENT, updated_at=MOMENT)
    values.update({n: 0 for n in required if n == "failed_attempts"})
    names = [n for n in values if n in columns]
    with db.engine.begin() as conn:
        conn.execute(
            text(f"INSERT INTO clients ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})"),
            {n: values[n] for n in names},
        )
        client_id = conn.execute(text("SELECT id FROM clients WHERE full_name = :n"), {"n": name}).scalar_one()
        conn.execute(
            text("INSERT INTO client_phones (client_id, e164, raw, extension, position) VALUES (:c, :p, :p, '', 0)"),
            {"c": client_id, "p": "+79160000001"},
        )


def _names(db: Database, table: str, column: str) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.execute(text(f"SELECT {column} FROM {table}")).scalars())


def test_stairway_up_down_up_keeps_first_revision_data(db_url: str) -> None:
    revisions = _revisions_base_to_head()
    assert revisions[-1] == migrate.head_revision()
    db = open_database(db_url)
    try:
        for step, revision in enumerate(revisions):
            migrate.upgrade(db, revision)
            assert migrate.current_revision(db) == revision
            _add_operator(db, f"operator at {revision}")
            if step == 0:
                _add_client(db, "Client from the first revision")
        assert {f"operator at {r}" for r in revisions} <= _names(db, "operators", "name")
        assert "Client from the first revision" in _names(db, "clients", "full_name")
        assert _names(db, "client_phones", "e164") == {"+79160000001"}

        for revision in reversed([None, *revisions[:-1]]):
            migrate.downgrade(db, revision or "base")
            assert migrate.current_revision(db) == revision
            if revision is not None:
                assert f"operator at {revision}" in _names(db, "operators", "name")
        assert not set(inspect(db.engine).get_table_names()) - {"alembic_version"}

        for revision in revisions:
            migrate.upgrade(db, revision)
            assert migrate.current_revision(db) == revision
        _add_operator(db, "operator after the second climb")
        assert _names(db, "operators", "name") == {"operator after the second climb"}
    finally:
        db.dispose()
