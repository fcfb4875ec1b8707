"""Supervisor statistics on a month of a 200-operator floor (about 1.8 million calls), SQLite.

A seeded generator fills a fresh database with bulk ``executemany`` inserts of plain tuples: 200 operators,
30 days, 300 calls per operator per day between 09:00 and 18:00 Moscow time, with the follow-ups outcomes
create (future dates, callbacks). Then it times, in the same run:

- the migration that sums the calls into hourly summaries (0004), which a database saved before it goes through;
- ``build_report`` for one day and for the whole month, next to two plain baselines on a bare ``sqlite3``
  connection: the aggregation written by hand over the calls (the plain way: GROUP BY over every call of the
  range), and the same queries over the hourly summaries that ``build_report`` reads, also by hand;
- ``export_range`` of one day (CSV and XLSX) and of the month (CSV), next to hand-written SQL plus a bare
  ``csv.writer`` loop over the same call log.

The month is not exported to XLSX: 1.8 million call-log rows exceed a sheet's 1,048,576 rows.
``quick`` is 20 operators x 3 days. Run: ``.venv/bin/python -m benchmarks.bench_stats [--quick]``.
"""

from __future__ import annotations

import csv
import json
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.harness import Figure, median
from callassist.bootstrap import open_ready
from callassist.export.service import export_range
from callassist.stats.aggregate import build_report
from callassist.storage import migrate
from callassist.storage.engine import Database

ZONE = "Europe/Moscow"
LAST_DAY = date(2026, 11, 30)
CALLS_PER_DAY = 300
CLIENTS = 50_000
STAMP = "%Y-%m-%d %H:%M:%S.%f"
ATTEMPTS = ("connected",) * 6 + ("no_answer",) * 2 + ("busy", "voicemail")
RESULTS = ("sale", "callback", "interested", "refused", "refused", "refused")


def fill(path: Path, operators: int, days: int, seed: int = 4) -> int:
    """Bulk-load a call history; returns the number of calls."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA synchronous=OFF")
    now = datetime(2026, 11, 1, tzinfo=UTC).strftime(STAMP)
    con.executemany(
        "INSERT INTO operators (name, role, active, daily_goal) VALUES (?, 'operator', 1, 300)",
        [(f"Operator {i:03d}",) for i in range(operators)],
    )
    op_ids = [row[0] for row in con.execute("SELECT id FROM operators ORDER BY id")]
    con.executemany(
        "INSERT INTO clients (full_name, first_name, patronymic, last_name, company, position, email, city, region,"
        " source, state, notes, preferences, created_at, updated_at, failed_attempts)"
        " VALUES (?, '', '', '', ?, '', '', '', 'RU', 'bench', 'now', '', '', ?, ?, 0)",
        ((f"Client {i}", f"Company {i % 997}", now, now) for i in range(CLIENTS)),
    )
    reasons = [row[0] for row in con.execute("SELECT id FROM refusal_reasons")]
    zone = ZoneInfo(ZONE)
    first_day = LAST_DAY - timedelta(days=days - 1)
    calls = 0
    follow_ups: list[tuple[object, ...]] = []
    rows: list[tuple[object, ...]] = []
    for offset in range(days):
        day_start = datetime.combine(first_day + timedelta(days=offset), dtime(9), zone).astimezone(UTC)
        for op in op_ids:
            moment = day_start
            for _ in range(CALLS_PER_DAY):
                calls += 1
                attempt = rng.choice(ATTEMPTS)
                length = rng.randint(60, 300) if attempt == "connected" else rng.randint(10, 40)
                end = moment + timedelta(seconds=length)
                result = rng.choice(RESULTS) if attempt == "connected" else None
                client = rng.randint(1, CLIENTS)
                reason = rng.choice(reasons) if result in ("refused", "interested") else None
                amount = rng.randint(100, 5000) if result == "sale" else None
                objections = '["price"]' if result == "refused" and rng.random() < 0.3 else None
                rows.append(
                    (calls, f"k{calls}", client, op, f"+7916{client:07d}", moment.strftime(STAMP), end.strftime(STAMP),
                     attempt, result, reason, amount, objections, end.strftime(STAMP))
                )  # fmt: skip
                if result in ("refused", "interested", "callback"):
                    kind = "callback" if result == "callback" else "future"
                    due = end + timedelta(hours=2 if kind == "callback" else 24 * 30)
                    done = (
                        (due + timedelta(minutes=rng.randint(-5, 60))).strftime(STAMP) if kind == "callback" else None
                    )
                    follow_ups.append(
                        (client, kind, due.strftime(STAMP), due.strftime(STAMP), op, calls, end.strftime(STAMP), done)
                    )
                moment = end + timedelta(seconds=rng.randint(20, 90))
        _flush(con, rows, follow_ups)
    con.commit()
    con.execute("ANALYZE")
    con.close()
    return calls


def _flush(con: sqlite3.Connection, rows: list[tuple[object, ...]], follow_ups: list[tuple[object, ...]]) -> None:
    con.executemany(
        "INSERT INTO calls (id, idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at,"
        " attempt_result, conversation_result, refusal_reason_id, refusal_text, amount, note, objections, saved_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', ?, ?)",
        rows,
    )
    con.executemany(
        "INSERT INTO follow_ups (client_id, kind, due_at, surface_at, exact, operator_id, text, created_by_call_id,"
        " created_at, done_at, done_note) VALUES (?, ?, ?, ?, 0, ?, '', ?, ?, ?, '')",
        follow_ups,
    )
    rows.clear()
    follow_ups.clear()


# --- the same aggregation, written by hand ----------------------------------------------------------------------

EPOCH = "((julianday({0}) - 2440587.5) * 86400.0)"
S, E = EPOCH.format("started_at"), EPOCH.format("ended_at")


def hand_report(path: Path, first: date, last: date) -> tuple[int, int]:
    """Every query of the report, as plain SQL on sqlite3, with the same merging of groups; returns dials, calls."""
    zone = ZoneInfo(ZONE)
    count = (last - first).days + 1
    bounds = [
        datetime.combine(first + timedelta(days=i), dtime(0), zone).astimezone(UTC).strftime(STAMP)
        for i in range(count + 1)
    ]
    day = (
        "CASE "
        + " ".join(f"WHEN started_at < '{b}' THEN {i}" for i, b in enumerate(bounds[1:-1]))
        + f" ELSE {count - 1} END"
    )
    day = day if count > 1 else "0"
    rng = f"started_at >= '{bounds[0]}' AND started_at < '{bounds[-1]}'"
    con = sqlite3.connect(path)
    groups = con.execute(
        f"SELECT operator_id, day, attempt_result, conversation_result, count(*), min(s), max(s), sum(s), sum(e),"
        f" max(e), sum(e - s), sum(cents), sum(never) FROM (SELECT operator_id, {day} AS day, attempt_result,"
        f" conversation_result, {S} AS s, {E} AS e, round(amount * 100) AS cents,"
        f" CASE WHEN never_reason IS NOT NULL THEN 1 ELSE 0 END AS never FROM calls WHERE {rng})"
        f" GROUP BY operator_id, day, attempt_result, conversation_result"
    ).fetchall()
    merged: dict[tuple[int, int], list[float]] = {}
    for op, d, _a, _r, n, lo, hi, ss, se, me, talk, cents, never in groups:
        acc = merged.setdefault((op, d), [0, float("inf"), 0.0, 0.0, 0.0, 0.0, 0.0, 0, 0])
        acc[0] += n
        acc[1] = min(acc[1], lo)
        acc[2] = max(acc[2], hi)
        acc[3] += ss
        acc[4] += se
        acc[5] = max(acc[5], me)
        acc[6] += talk
        acc[7] += cents or 0
        acc[8] += never
    con.execute(
        f"SELECT operator_id, day, count(*) FROM (SELECT calls.operator_id, {day} AS day FROM calls JOIN follow_ups"
        f" ON follow_ups.created_by_call_id = calls.id WHERE follow_ups.kind = 'future' AND {rng})"
        " GROUP BY operator_id, day"
    ).fetchall()
    con.execute(
        f"SELECT CAST(round({S}, 3) / 900 AS INTEGER) AS q, count(*) FROM calls WHERE {rng} GROUP BY q"
    ).fetchall()
    con.execute(
        f"SELECT refusal_reason_id, count(*) FROM calls WHERE refusal_reason_id IS NOT NULL AND {rng} GROUP BY 1"
    ).fetchall()
    con.execute(
        "SELECT j.value, count(DISTINCT calls.id) FROM calls, json_each(calls.objections) AS j"
        f" WHERE j.value IS NOT NULL AND {rng} GROUP BY j.value"
    ).fetchall()
    con.execute(
        f"SELECT operator_id, count(*) FROM follow_ups WHERE kind = 'callback' AND due_at >= '{bounds[0]}'"
        f" AND due_at < '{bounds[-1]}' GROUP BY operator_id"
    ).fetchall()
    con.close()
    return int(sum(acc[0] for acc in merged.values())), len(merged)


def hand_export(path: Path, first: date, last: date, out: Path) -> None:
    """Hand-written aggregation plus the call log through a bare csv.writer."""
    hand_report(path, first, last)
    zone = ZoneInfo(ZONE)
    lo = datetime.combine(first, dtime(0), zone).astimezone(UTC).strftime(STAMP)
    hi = datetime.combine(last + timedelta(days=1), dtime(0), zone).astimezone(UTC).strftime(STAMP)
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT c.started_at, c.ended_at, o.name, c.client_id, k.full_name, k.company, c.phone_e164, c.attempt_result,"
        " c.conversation_result, r.title_ru, c.refusal_text, c.never_reason, c.next_contact_at, c.amount, c.note"
        " FROM calls c JOIN operators o ON o.id = c.operator_id JOIN clients k ON k.id = c.client_id"
        " LEFT JOIN refusal_reasons r ON r.id = c.refusal_reason_id"
        f" WHERE c.started_at >= '{lo}' AND c.started_at < '{hi}' ORDER BY c.started_at, c.id"
    )
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    con.close()


def hand_summary_report(path: Path, first: date, last: date) -> int:
    """The report's queries over the hourly summaries, as plain SQL on sqlite3; returns the dials."""
    zone = ZoneInfo(ZONE)
    count = (last - first).days + 1
    moments = [datetime.combine(first + timedelta(days=i), dtime(0), zone).astimezone(UTC) for i in range(count + 1)]
    hours = [int(moment.timestamp()) // 3600 for moment in moments]
    day = " ".join(f"WHEN hour < {h} THEN {i}" for i, h in enumerate(hours[1:-1]))
    day = f"CASE {day} ELSE {count - 1} END" if count > 1 else "0"
    in_range = f"hour >= {hours[0]} AND hour < {hours[-1]}"
    counted = ", ".join(f"sum({name})" for name in (*ATTEMPT_NAMES, *RESULT_NAMES))
    con = sqlite3.connect(path)
    groups = con.execute(
        f"SELECT operator_id, {day} AS day, sum(calls), sum(talk_seconds), min(first_start), max(last_start),"
        f" sum(start_sum), sum(end_sum), max(last_end), sum(cents), sum(moved_to_never), sum(future_created),"
        f" {counted} FROM call_hours WHERE {in_range} GROUP BY 1, 2"
    ).fetchall()
    for kind in ("reason", "objection"):
        con.execute(
            f"SELECT key, sum(count) FROM call_tallies WHERE kind = ? AND operator_id = 0 AND {in_range} GROUP BY key",
            (kind,),
        ).fetchall()
    con.execute(f"SELECT hour, sum(calls), sum(connected) FROM call_hours WHERE {in_range} GROUP BY hour").fetchall()
    lo, hi = (moment.strftime(STAMP) for moment in (moments[0], moments[-1]))
    con.execute(
        "SELECT operator_id, count(*), sum(CASE WHEN lag <= 900 THEN 1 ELSE 0 END),"
        " sum(CASE WHEN lag > 900 OR (lag IS NULL AND past) THEN 1 ELSE 0 END)"
        f" FROM (SELECT operator_id, {EPOCH.format('done_at')} - {EPOCH.format('due_at')} AS lag,"
        f" due_at < '{hi}' AS past FROM follow_ups WHERE kind = 'callback' AND due_at >= '{lo}' AND due_at < '{hi}')"
        " GROUP BY operator_id"
    ).fetchall()
    con.execute(
        "SELECT c.client_id, k.full_name, c.never_reason, o.name, c.started_at FROM calls c"
        " JOIN clients k ON k.id = c.client_id JOIN operators o ON o.id = c.operator_id"
        f" WHERE c.never_reason IS NOT NULL AND c.started_at >= '{lo}' AND c.started_at < '{hi}'"
        " ORDER BY c.started_at, c.id"
    ).fetchall()
    con.close()
    return sum(int(row[2]) for row in groups)


ATTEMPT_NAMES = ("connected", "no_answer", "busy", "voicemail", "wrong_number", "not_in_service")
RESULT_NAMES = ("sale", "callback", "interested", "refused", "never")


def timed(action: Callable[[], object], repeat: int) -> float:
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        durations.append(time.perf_counter() - start)
    return median(durations) * 1000.0


def figures(quick: bool) -> list[Figure]:
    operators, days = (20, 3) if quick else (200, 30)
    first = LAST_DAY - timedelta(days=days - 1)
    with tempfile.TemporaryDirectory(prefix="bench-stats-") as folder:
        path = Path(folder) / "stats.db"
        # Calls are bulk-loaded into the schema before the summaries (0003), then the migration sums them, as it
        # does for a team's database saved before it.
        before = open_ready(f"sqlite:///{path}")  # with its catalogues (refusal reasons)
        migrate.downgrade(before, "0003")
        before.dispose()
        started = time.perf_counter()
        calls = fill(path, operators, days)
        fill_s = time.perf_counter() - started
        started = time.perf_counter()
        db = open_ready(f"sqlite:///{path}")
        migrate_s = time.perf_counter() - started
        for backup in Path(folder).glob("*.bak"):
            backup.unlink()  # the copy taken before upgrading: not needed here, and as large as the base
        size = f"{operators} operators, {calls:,} calls"
        results = list(_measure(db, path, first, Path(folder), size, quick))
        db.dispose()
    results.append(Figure(f"bulk load, {size}", fill_s, "s", note="executemany of plain tuples"))
    results.append(
        Figure(f"migration 0004: hourly summaries of {size}", migrate_s, "s", note="once, when a base is upgraded")
    )
    return results


def _measure(db: Database, path: Path, first: date, folder: Path, size: str, quick: bool) -> Iterator[Figure]:
    month = (first, LAST_DAY)
    day = (LAST_DAY, LAST_DAY)
    for label, (lo, hi), goal_ms, repeat in (("one day", day, 50, 5), ("one month", month, 1000, 3)):
        ours = timed(lambda lo=lo, hi=hi: build_report(db, lo, hi, ZONE), repeat)  # type: ignore[misc]
        same = timed(lambda lo=lo, hi=hi: hand_summary_report(path, lo, hi), repeat)  # type: ignore[misc]
        plain = timed(lambda lo=lo, hi=hi: hand_report(path, lo, hi), repeat)  # type: ignore[misc]
        ok = None if quick else ours <= goal_ms and ours <= 1.3 * same
        yield Figure(f"build_report {label}, {size}", ours, "ms", plain,
                     "plain SQL on sqlite3 grouping every call of the range", f"<= {goal_ms} ms", ok)  # fmt: skip
        yield Figure(f"build_report {label} against its own queries by hand, {size}", ours, "ms", same,
                     "the same summary queries as plain SQL on sqlite3", "<= 1.3x baseline",
                     None if quick else ours <= 1.3 * same)  # fmt: skip
    exports = (("one day", day, "csv"), ("one day", day, "xlsx"), ("one month", month, "csv"))
    for label, (lo, hi), fmt in exports:
        out = folder / f"out.{fmt}"
        ours = timed(lambda lo=lo, hi=hi, fmt=fmt, out=out: export_range(db, lo, hi, fmt, out, ZONE), 1)  # type: ignore[misc]
        hand = timed(lambda lo=lo, hi=hi: hand_export(path, lo, hi, folder / "hand.csv"), 1)  # type: ignore[misc]
        note = f"{out.stat().st_size / 1e6:.1f} MB"
        yield Figure(f"export {fmt.upper()} {label}, {size}", ours / 1000, "s", hand / 1000,
                     "hand-written SQL + bare csv.writer of the call log", note=note)  # fmt: skip


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv):
        print(json.dumps(figure.as_dict(), ensure_ascii=False))
