"""Twenty workstations, each its own process, work one PostgreSQL queue of 2,000 clients at once (rule 8)."""

from __future__ import annotations

import multiprocessing
import statistics
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from callassist.bootstrap import open_ready
from callassist.storage.models import Call
from tests.factories import START, make_clients
from tests.team.driver import work

pytestmark = pytest.mark.postgres

OPERATORS = 20
CLIENTS = 2_000


def test_twenty_processes_work_every_client_exactly_once(team_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_ready(team_url)
    clients = make_clients(db, START, CLIENTS)
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(OPERATORS)
    results: Any = spawn.Queue()
    names = [f"Operator {n:02d}" for n in range(OPERATORS)]
    workers = [spawn.Process(target=work, args=(team_url, name, START.isoformat(), start, results)) for name in names]
    for worker in workers:
        worker.start()
    reports = [results.get(timeout=300) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)

    assert [(name, error) for name, _, _, error in reports if error] == []
    claimed = [client for _, mine, _, _ in reports for client in mine]
    assert [client for client, times in Counter(claimed).items() if times > 1] == []  # nobody shared a client
    assert sorted(claimed) == clients
    with db.read() as session:
        calls_per_client = Counter(session.scalars(select(Call.client_id)).all())
        operators_per_client = {
            client: operators
            for client, operators in session.execute(
                select(Call.client_id, func.count(func.distinct(Call.operator_id))).group_by(Call.client_id)
            )
        }
    db.dispose()
    assert set(calls_per_client.values()) == {1} and sorted(calls_per_client) == clients
    assert set(operators_per_client.values()) == {1}

    claims = sorted(seconds for _, mine, latencies, _ in reports for seconds in latencies[: len(mine)])
    median, p99 = statistics.median(claims), claims[int(len(claims) * 0.99) - 1]
    with capsys.disabled():
        print(
            f"\nclaim latency over {len(claims)} claims by {OPERATORS} processes: "
            f"median {median * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms"
        )
