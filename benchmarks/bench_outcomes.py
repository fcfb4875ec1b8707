"""Claim-next and save-an-outcome figures on SQLite: the operator's two hot paths, per call, at the queue's size.

The operator loop is ``OperatorDesk.next_client`` then ``OperatorDesk.record``; the baseline does the least the
same work needs with raw ``sqlite3`` on an identical copy of the database: one UPDATE that takes the first row of
the queue, and one INSERT of the call plus one UPDATE of the client, each committed.

Run: ``.venv/bin/python -m benchmarks.bench_outcomes [--quick]``.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import timedelta
from pathlib import Path

from benchmarks.bench_queue import (
    FULL_CLIENTS,
    NOW,
    OPERATOR,
    PLAIN_WHERE,
    QUICK_CLIENTS,
    ZONES,
    prepared_database,
    sqlite_moment,
    sqlite_url,
    working_copy,
)
from benchmarks.harness import Figure, percentile
from callassist.domain import AttemptResult, ConversationResult, Outcome

_RESULTS = (AttemptResult.NO_ANSWER, AttemptResult.BUSY, AttemptResult.CONNECTED)


def _outcome(client_id: int, turn: int) -> Outcome:
    attempt = _RESULTS[turn % len(_RESULTS)]
    connected = attempt is AttemptResult.CONNECTED
    return Outcome(
        client_id=client_id,
        operator=OPERATOR,
        attempt_result=attempt,
        conversation_result=ConversationResult.REFUSED if connected else None,
        refusal_reason="too_expensive" if connected else None,
        next_contact_at=NOW + timedelta(days=30) if connected else None,
        started_at=NOW - timedelta(minutes=3),
        ended_at=NOW,
        idempotency_key=uuid.uuid4().hex,
    )


def desk_loop(path: Path, calls: int) -> tuple[list[float], list[float]]:
    """Claim and save ``calls`` times through the real desk; returns the claim and save durations in ms."""
    import time

    from callassist.services.desk import OperatorDesk
    from callassist.storage.engine import open_database

    db = open_database(sqlite_url(path))
    desk = OperatorDesk(db, OPERATOR, now=lambda: NOW)
    claims, saves = [], []
    try:
        for turn in range(calls):
            start = time.perf_counter()
            client = desk.next_client()
            claimed = time.perf_counter()
            assert client is not None, "the benchmark queue ran dry"
            desk.record(_outcome(client.id, turn))
            saved = time.perf_counter()
            claims.append((claimed - start) * 1000)
            saves.append((saved - claimed) * 1000)
    finally:
        db.dispose()
    return claims, saves


def plain_loop(path: Path, calls: int) -> tuple[list[float], list[float]]:
    """The same loop with raw sqlite3: take the first queued row, then insert the call and move the client."""
    import time

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    operator_id = conn.execute("SELECT id FROM operators WHERE name = ?", (OPERATOR,)).fetchone()[0]
    now, later = sqlite_moment(NOW), sqlite_moment(NOW + timedelta(days=1))
    params = {"now": now, "op": operator_id, "handover": sqlite_moment(NOW - timedelta(minutes=30))}
    where = PLAIN_WHERE.format(zones=", ".join(f"'{zone}'" for zone in ZONES))
    claim_sql = (
        "UPDATE clients SET lease_operator_id = :op, lease_expires_at = :later WHERE id = ("
        f"SELECT id FROM clients WHERE {where}"
        " ORDER BY queue_rank, queue_list_rank, queue_due_at, id LIMIT 1) RETURNING id"
    )
    claims, saves = [], []
    for _ in range(calls):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        client_id = conn.execute(claim_sql, {**params, "later": later}).fetchone()[0]
        conn.execute("COMMIT")
        claimed = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at,"
            " attempt_result, refusal_text, note, saved_at) VALUES (?, ?, ?, '', ?, ?, 'no_answer', '', '', ?)",
            (uuid.uuid4().hex, client_id, operator_id, now, now, now),
        )
        conn.execute(
            "UPDATE clients SET queue_surface_at = ?, queue_due_at = ?, queue_rank = 3, queue_reason = 'retry',"
            " lease_operator_id = NULL, lease_expires_at = NULL, failed_attempts = failed_attempts + 1,"
            " updated_at = ? WHERE id = ?",
            (later, later, now, client_id),
        )
        conn.execute("COMMIT")
        saved = time.perf_counter()
        claims.append((claimed - start) * 1000)
        saves.append((saved - claimed) * 1000)
    conn.close()
    return claims, saves


def figures(quick: bool) -> list[Figure]:
    count = QUICK_CLIENTS if quick else FULL_CLIENTS
    calls = 200 if quick else 1000  # the first claim of a process reads the zone pairs (one scan); the rest do not
    template = prepared_database(count)
    claims, saves = desk_loop(working_copy(template, "outcomes-desk"), calls)
    plain_claims, plain_saves = plain_loop(working_copy(template, "outcomes-plain"), calls)
    claim_p99, save_p99 = percentile(claims, 99), percentile(saves, 99)
    return [
        Figure(
            name=f"claim next client, SQLite, {count:,} clients ({calls:,} claims, p99)",
            value=claim_p99,
            unit="ms",
            baseline=percentile(plain_claims, 99),
            baseline_label="raw sqlite3 UPDATE ... WHERE id = (first queued) RETURNING id",
            goal="<= 2 ms p99",
            met=None if quick else claim_p99 <= 2,
            note=(
                f"median {sorted(claims)[len(claims) // 2]:.2f} ms, first {claims[0]:.1f} ms"
                f" (reads the zone pairs), worst {max(claims):.1f} ms"
            ),
        ),
        Figure(
            name=f"save an outcome, SQLite, {count:,} clients ({calls:,} saves, p99)",
            value=save_p99,
            unit="ms",
            baseline=percentile(plain_saves, 99),
            baseline_label="raw sqlite3 INSERT call + UPDATE client, committed",
            goal="<= 20 ms p99",
            met=None if quick else save_p99 <= 20,
            note=f"median {sorted(saves)[len(saves) // 2]:.2f} ms, worst {max(saves):.1f} ms",
        ),
    ]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
