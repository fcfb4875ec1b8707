"""Rule 10 under SIGKILL: a process saving outcomes is killed at seeded random points, again and again; every
outcome it confirmed is in the database exactly once and the file passes ``PRAGMA integrity_check``.

CI size: 15 kills. Full run: ``CALLASSIST_FAULT_KILLS=500 .venv/bin/pytest tests/faults -q``.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from callassist.bootstrap import open_ready
from tests.factories import START, make_clients

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CALLASSIST_FAULT_KILLS", "15"))
MOST_SAVES_BEFORE_KILL = 12


def _run_until_killed(url: str, saves_before_kill: int) -> list[str]:
    """Start the driver, let it confirm ``saves_before_kill`` outcomes, SIGKILL it; returns the confirmed keys."""
    confirmed: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-m", "tests.faults.save_driver", url],
        cwd=ROOT,
        env=dict(os.environ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as driver:
        assert driver.stdout is not None
        try:
            for line in driver.stdout:
                if line.startswith("SAVED "):
                    confirmed.append(line.split()[1])
                elif line.startswith("EMPTY"):
                    pytest.fail("the driver ran out of clients; make more")
                if (line.startswith("READY") and saves_before_kill == 0) or len(confirmed) >= saves_before_kill > 0:
                    break
        finally:
            driver.send_signal(signal.SIGKILL)
            driver.wait(timeout=60)
        # Lines already flushed before the kill landed are confirmations too.
        confirmed.extend(line.split()[1] for line in driver.stdout.read().splitlines() if line.startswith("SAVED "))
        errors = driver.stderr.read() if driver.stderr else ""
    assert driver.returncode == -signal.SIGKILL, errors[-2000:]
    return confirmed


def _check(path: Path, confirmed: list[str]) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts = dict(conn.execute("SELECT idempotency_key, count(*) FROM calls GROUP BY idempotency_key").fetchall())
    finally:
        conn.close()
    lost = [key for key in confirmed if counts.get(key) != 1]
    assert not lost, f"{len(lost)} confirmed outcomes missing or doubled, e.g. {lost[:3]}"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_every_confirmed_outcome_survives_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "faults.db"
    url = f"sqlite:///{path}"
    db = open_ready(url)
    make_clients(db, START, KILLS * (MOST_SAVES_BEFORE_KILL + 2) + 20)
    db.dispose()
    rng = random.Random(9)
    confirmed: list[str] = []
    for _ in range(KILLS):
        confirmed += _run_until_killed(url, rng.randint(0, MOST_SAVES_BEFORE_KILL))
        _check(path, confirmed)
    assert len(confirmed) == len(set(confirmed))
    print(f"\nFAULTS kills={KILLS} outcomes_checked={len(confirmed)} losses=0")
