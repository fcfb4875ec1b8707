"""Queue figures: opening the first page with a million clients, and the model's memory against the row count.

Also home of the seeded big-database builder the other benchmarks share (``prepared_database``): the schema comes
from the real migrations, the rows go in with plain ``executemany`` in one transaction, and the queue columns are
set with one UPDATE, the way an import leaves them for new leads.

Run: ``.venv/bin/python -m benchmarks.bench_queue [--quick]``.
"""

from __future__ import annotations

import asyncio
import gc
import os
import random
import shutil
import sqlite3
import tempfile
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.harness import Figure, median, timings_ms

# Monday 23 November 2026, 10:00 in Moscow: a working day, inside calling hours for every zone below.
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ZONES = ("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk")
OPERATOR = "bench"
FULL_CLIENTS, QUICK_CLIENTS = 1_000_000, 20_000
PAGE = 200
CACHE = Path(os.environ.get("CALLASSIST_BENCH_CACHE", Path(tempfile.gettempdir()) / "callassist-bench"))


def sqlite_moment(moment: datetime) -> str:
    """A moment the way SQLAlchemy's SQLite DateTime stores it (naive UTC text), so raw rows match ORM rows."""
    return moment.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def prepared_database(clients: int) -> Path:
    """A seeded SQLite file with ``clients`` new leads in the queue, built once and kept in the cache folder.

    Callers that write copy it first (``working_copy``) so every run starts from the same rows.
    """
    path = CACHE / f"clients-{clients}-{schema_key()}.db"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    _build(partial, clients)
    partial.rename(path)
    return path


def schema_key() -> str:
    """The head revision and a digest of every migration file: a cached database built by another version of the
    schema under the same head name (another branch, an edited migration) is never taken for this one."""
    import hashlib

    from callassist.storage import migrate

    digest = hashlib.sha256()
    for migration in sorted((migrate.MIGRATIONS / "versions").glob("*.py")):
        digest.update(migration.name.encode() + migration.read_bytes())
    return f"{migrate.head_revision()}-{digest.hexdigest()[:12]}"


def working_copy(template: Path, name: str) -> Path:
    """A fresh copy of a prepared database for a benchmark that writes."""
    target = CACHE / f"{name}-{template.name}"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _build(path: Path, count: int) -> None:
    from callassist.bootstrap import open_ready
    from callassist.domain import QUEUE_RANK, QueueReason
    from callassist.services.desk import OperatorDesk

    db = open_ready(sqlite_url(path))
    OperatorDesk(db, OPERATOR, now=lambda: NOW)  # the operator row and the team settings
    db.dispose()
    rng = random.Random(9)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        conn.executemany(
            "INSERT INTO clients (id, full_name, first_name, patronymic, last_name, company, position, email, city,"
            " region, timezone, source, state, notes, preferences, created_at, updated_at, failed_attempts)"
            " VALUES (?, ?, '', '', '', ?, '', '', '', 'RU', ?, 'bench', 'new', '', '', ?, ?, 0)",
            (
                (i, f"Lead {i:07d}", f"Company {rng.randrange(5000)}", rng.choice(ZONES), created, created)
                for i in range(1, count + 1)
                for created in (sqlite_moment(NOW - timedelta(minutes=count - i)),)
            ),
        )
        conn.executemany(
            "INSERT INTO client_phones (client_id, e164, raw, extension, position) VALUES (?, ?, ?, '', 0)",
            ((i, f"+7916{i:07d}", f"8 916 {i:07d}") for i in range(1, count + 1)),
        )
        conn.execute(
            "UPDATE clients SET queue_rank = ?, queue_reason = 'new', queue_surface_at = created_at,"
            " queue_due_at = created_at",
            (QUEUE_RANK[QueueReason.NEW],),
        )
    conn.execute("ANALYZE")
    conn.close()


# The same query the queue service issues, written by hand: count, one page in queue order, first phones.
PLAIN_WHERE = (
    "queue_surface_at <= :now AND (queue_operator_id IS NULL OR queue_operator_id = :op OR queue_due_at < :handover)"
    " AND (lease_operator_id IS NULL OR lease_operator_id = :op OR lease_expires_at < :now)"
    " AND region = 'RU' AND timezone IN ({zones})"
)


def plain_page(conn: sqlite3.Connection, operator_id: int) -> list[tuple[object, ...]]:
    """The first queue page with raw sqlite3: the baseline for opening the queue."""
    params = {
        "now": sqlite_moment(NOW),
        "op": operator_id,
        "handover": sqlite_moment(NOW - timedelta(minutes=30)),
    }
    zones = ", ".join(f"'{zone}'" for zone in ZONES)
    where = PLAIN_WHERE.format(zones=zones)
    conn.execute("SELECT DISTINCT timezone, region FROM clients WHERE queue_rank IS NOT NULL").fetchall()
    conn.execute(f"SELECT count(*) FROM clients WHERE {where}", params).fetchone()
    rows = conn.execute(
        f"SELECT * FROM clients WHERE {where} ORDER BY queue_rank, queue_list_rank, queue_due_at, id LIMIT {PAGE}",
        params,
    ).fetchall()
    ids = [row[0] for row in rows]
    marks = ", ".join("?" * len(ids))
    conn.execute(
        f"SELECT client_id, e164 FROM client_phones WHERE client_id IN ({marks}) ORDER BY client_id, position", ids
    ).fetchall()
    return rows


def _open_desk(path: Path):  # type: ignore[no-untyped-def]
    from callassist.services.desk import OperatorDesk
    from callassist.storage.engine import open_database

    db = open_database(sqlite_url(path))
    return db, OperatorDesk(db, OPERATOR, now=lambda: NOW)


def _opening_figure(count: int, quick: bool) -> Figure:
    path = prepared_database(count)
    db, desk = _open_desk(path)
    try:
        ours = timings_ms(lambda: desk.queue_page(0, PAGE), 3 if quick else 7)
        conn = sqlite3.connect(path)
        plain = timings_ms(lambda: plain_page(conn, desk.operator_id), 3 if quick else 7)
        conn.close()
    finally:
        db.dispose()
    value = median(ours)
    return Figure(
        name=f"queue opening: first page of {PAGE} with {count:,} clients (median)",
        value=value,
        unit="ms",
        baseline=median(plain),
        baseline_label="raw sqlite3: zones, count, page, phones",
        goal="<= 300 ms",
        met=None if quick else value <= 300,
        note=f"worst {max(ours):.0f} ms",
    )


def _model_memory(path: Path) -> tuple[float, int]:
    """Bytes held by a QueueModel after one reload on this database (tracemalloc), and the total it reports."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.queue_model import QueueModel
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    assert app is not None
    db, desk = _open_desk(path)
    try:

        async def load(offset: int, limit: int):  # type: ignore[no-untyped-def]
            return desk.queue_page(offset, limit)

        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        model = QueueModel(TaskRunner(lambda exc: None), load)
        asyncio.run(model.reload())
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        return held / 1024, model.total
    finally:
        db.dispose()


def _memory_figure(small: int, big: int, quick: bool) -> Figure:
    small_kb, _ = _model_memory(prepared_database(small))
    big_kb, total = _model_memory(prepared_database(big))
    return Figure(
        name=f"queue model memory after reload, {total:,} rows in the queue",
        value=big_kb,
        unit="KB",
        baseline=small_kb,
        baseline_label=f"the same model with {small:,} clients",
        goal="independent of row count (ratio <= 1.2)",
        met=None if quick else big_kb <= 1.2 * small_kb,
    )


def figures(quick: bool) -> list[Figure]:
    count = QUICK_CLIENTS if quick else FULL_CLIENTS
    return [_opening_figure(count, quick), _memory_figure(2_000 if quick else 10_000, count, quick)]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
