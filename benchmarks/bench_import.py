"""A whole import, file to committed database, next to a plain loop doing the core of it into SQLite.

Ours: ``import_file`` into a fresh migrated SQLite database (detect encoding and delimiter, map, clean, split
names, merge duplicates in the file and against the database across every phone, time zones, queue places,
rejects file, remembered mapping, one transaction). The plain baseline knows the encoding and delimiter and
runs ``csv.reader`` + ``phonenumbers`` (parse, is_valid, format E.164) on each phone cell and
``sqlite3.executemany`` of the clients and their phones into a two-table database in one transaction: no
detection, names, duplicates, zones, queue or accounting.

Run: ``.venv/bin/python -m benchmarks.bench_import [--quick]``.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

from benchmarks.bench_import_read import FULL_ROWS, QUICK_ROWS, make_file
from benchmarks.harness import Figure
from callassist.bootstrap import open_ready
from callassist.importing.service import import_file

GOAL_RATIO = 0.75  # at least three quarters of the plain loop's rows per second
REPEAT = 2


def baseline(path: Path, database: Path) -> int:
    """csv.reader + phonenumbers + executemany into sqlite3, one transaction; returns the clients written."""
    connection = sqlite3.connect(database)
    connection.executescript(
        "CREATE TABLE clients (id INTEGER PRIMARY KEY, full_name TEXT, company TEXT, email TEXT, city TEXT);"
        "CREATE TABLE client_phones (id INTEGER PRIMARY KEY, client_id INTEGER, e164 TEXT);"
        "CREATE INDEX ix_phone ON client_phones (e164);"
    )
    clients: list[tuple[int, str, str, str, str]] = []
    phones: list[tuple[int, str]] = []
    with path.open(encoding="cp1251", newline="") as stream:
        reader = csv.reader(stream, delimiter=";")
        next(reader)
        for number, row in enumerate(reader, start=1):
            clients.append((number, row[0], row[3], row[4], row[5]))
            for cell in (row[1], row[2]):
                if not cell:
                    continue
                try:
                    parsed = phonenumbers.parse(cell, "RU")
                except phonenumbers.NumberParseException:
                    continue
                if phonenumbers.is_valid_number(parsed):
                    phones.append((number, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)))
    with connection:
        connection.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?)", clients)
        connection.executemany("INSERT INTO client_phones (client_id, e164) VALUES (?, ?)", phones)
    connection.close()
    return len(clients)


def figures(quick: bool) -> list[Figure]:
    rows = QUICK_ROWS if quick else FULL_ROWS
    best_ours = best_plain = float("inf")
    summary: dict[str, int | str | None] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.csv"
        make_file(path, rows)
        for attempt in range(REPEAT):  # in turns, so load from other work on the machine hits both alike
            db = open_ready(f"sqlite:///{Path(folder) / f'ours{attempt}.db'}")
            try:
                start = time.perf_counter()
                result = import_file(db, path, rejects=Path(folder) / "rejects.csv")
                best_ours = min(best_ours, time.perf_counter() - start)
            finally:
                db.dispose()
            summary = result.as_json()
            assert result.read == rows == result.imported + result.merged + result.rejected
            start = time.perf_counter()
            baseline(path, Path(folder) / f"plain{attempt}.db")
            best_plain = min(best_plain, time.perf_counter() - start)
    ratio = best_plain / best_ours
    return [
        Figure(
            f"import file to committed SQLite database, {rows:,} rows",
            rows / best_ours,
            "rows/s",
            rows / best_plain,
            "csv.reader + phonenumbers parse/is_valid/format + sqlite3 executemany, one transaction",
            f">= {GOAL_RATIO:.2f} x baseline",
            None if quick else ratio >= GOAL_RATIO,
            f"{best_ours:.2f} s vs {best_plain:.2f} s ({ratio:.2f} x), best of {REPEAT} in turns; {summary}",
        )
    ]


if __name__ == "__main__":
    for figure in figures("--quick" in sys.argv):
        print(json.dumps(figure.as_dict(), ensure_ascii=False))
