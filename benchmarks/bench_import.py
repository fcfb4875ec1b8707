"""A whole import, file to committed database, next to a plain loop doing the core of it into SQLite.

Ours: ``import_file`` into a fresh migrated SQLite database (detect the file's kind and encoding, delimiter, map,
clean, split names, merge duplicates in the file and against the database across every phone, countries and time
zones, queue places, rejects file, remembered mapping, one transaction), streamed a chunk at a time. The plain
baseline knows the encoding and delimiter and runs ``csv.reader`` + ``phonenumbers`` (parse, is_valid, format
E.164) on each phone cell and ``sqlite3.executemany`` of the clients and their phones into a two-table database in
one transaction: no detection, names, duplicates, zones, queue or accounting.

Each side runs in a process of its own, in turns, so each one's peak RSS is its own (``ru_maxrss`` of that
process, interpreter and imports included) and its CPU time is that process's user + system time for the work.
The figures: peak RSS of ours (goal <= 400 MB at 1,000,000 rows) and rows per CPU-second of ours against the plain
loop's (goal >= 0.9x).

Run: ``.venv/bin/python -m benchmarks.bench_import [--quick]``.
"""

from __future__ import annotations

import csv
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import phonenumbers

from benchmarks.bench_import_read import make_file
from benchmarks.harness import Figure

FULL_ROWS = 1_000_000
QUICK_ROWS = 5_000
GOAL_RSS_MB = 400
GOAL_CPU_RATIO = 0.9  # rows per CPU-second, ours over the plain loop's
REPEAT = 3  # the machines are shared: the best of three in turns, for each side alike


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


def child(side: str, path: Path, database: Path) -> None:
    """Run one side in this process and print its wall time, CPU time and peak RSS as JSON.

    Ours opens (creates and migrates) its database before the clock starts, as the plain loop's two tables are
    made before its clock starts: what is timed is the import.
    """
    if side == "ours":
        from callassist.bootstrap import open_ready
        from callassist.importing.service import import_file

        db = open_ready(f"sqlite:///{database}")
        start_system = resource.getrusage(resource.RUSAGE_SELF).ru_stime
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        result: object = import_file(db, path, rejects=database.with_suffix(".rejects.csv")).as_json()
        db.dispose()
    else:
        start_system = resource.getrusage(resource.RUSAGE_SELF).ru_stime
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        result = baseline(path, database)
    cpu, wall = time.process_time() - start_cpu, time.perf_counter() - start_wall
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak_mb = usage.ru_maxrss / 1024  # KiB on Linux
    measured = {"wall": wall, "cpu": cpu, "system": usage.ru_stime - start_system, "rss_mb": peak_mb, "result": result}
    print(json.dumps(measured, ensure_ascii=False))


def run_side(side: str, path: Path, database: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench_import", "--child", side, str(path), str(database)],
        capture_output=True,
        text=True,
        check=True,
    )
    measured: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return measured


def figures(quick: bool, rows: int | None = None) -> list[Figure]:
    rows = rows or (QUICK_ROWS if quick else FULL_ROWS)
    best: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.csv"
        make_file(path, rows)
        for attempt in range(REPEAT):  # in turns, so load from other work on the machine hits both alike
            for side in ("ours", "plain"):
                database = Path(folder) / f"{side}{attempt}.db"
                measured = run_side(side, path, database)
                for written in Path(folder).glob(f"{database.stem}*"):  # a gigabyte a run: not kept for the next
                    written.unlink()
                print(f"{side:5} run {attempt + 1}: wall {measured['wall']:.2f} s, CPU {measured['cpu']:.2f} s "
                      f"(system {measured['system']:.2f} s), peak RSS {measured['rss_mb']:.0f} MB",
                      file=sys.stderr)  # fmt: skip
                if side not in best or measured["cpu"] < best[side]["cpu"]:
                    best[side] = measured
    mine, plain = best["ours"], best["plain"]
    cpu_ratio = plain["cpu"] / mine["cpu"]
    summary = mine["result"]
    note = (
        f"ours wall {mine['wall']:.2f} s, CPU {mine['cpu']:.2f} s, peak RSS {mine['rss_mb']:.0f} MB; "
        f"plain wall {plain['wall']:.2f} s, CPU {plain['cpu']:.2f} s, peak RSS {plain['rss_mb']:.0f} MB; "
        f"best CPU of {REPEAT} in turns; {summary}"
    )
    return [
        Figure(
            f"import file to committed SQLite database, {rows:,} rows: rows per CPU-second",
            rows / mine["cpu"],
            "rows/s",
            rows / plain["cpu"],
            "csv.reader + phonenumbers parse/is_valid/format + sqlite3 executemany, one transaction",
            f">= {GOAL_CPU_RATIO:.2f} x baseline",
            None if quick else cpu_ratio >= GOAL_CPU_RATIO,
            note,
        ),
        Figure(
            f"import file to committed SQLite database, {rows:,} rows: peak RSS of the process",
            mine["rss_mb"],
            "MB",
            plain["rss_mb"],
            "the plain loop's process (it holds every row until the insert)",
            f"<= {GOAL_RSS_MB} MB",
            None if quick else mine["rss_mb"] <= GOAL_RSS_MB,
            note,
        ),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
    else:
        sized = [int(arg.split("=", 1)[1]) for arg in sys.argv if arg.startswith("--rows=")]
        for figure in figures("--quick" in sys.argv, sized[0] if sized else None):
            print(json.dumps(figure.as_dict(), ensure_ascii=False))
