"""An 8-hour shift at speed: memory growth and event-loop throughput of the real app over many callbacks and saves.

Each side runs ``tests/soak/shift_soak.py`` in its own process: the shift (the real window on 20,000 seeded clients,
an operator claiming and saving by key press while counted call_soon chains and a zero-interval QTimer keep the loop
busy) against the same number of counted callbacks on a bare qasync loop with no app. Memory growth is the
resident set size at the end minus after a warm-up (10% of the callbacks and of the saves), each after a full
garbage collection, the same way on both sides.

Run: ``.venv/bin/python -m benchmarks.bench_shift [--quick]`` (offscreen).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure

ROOT = Path(__file__).resolve().parents[1]
FULL = (1_000_000, 2_000)  # callbacks, saves: the shift
QUICK = (50_000, 50)  # a save through the window takes ~0.15-0.3 s here (its queue repaint), so few saves
CLIENTS = 20_000
GOAL_MB = 50.0


def run_soak(callbacks: int, saves: int, bare: bool = False, clients: int = CLIENTS) -> dict[str, Any]:
    """Run the shift soak (or its bare baseline) in a fresh process and return its JSON line."""
    command = [sys.executable, "-m", "tests.soak.shift_soak", "--callbacks", str(callbacks)]
    command += ["--bare"] if bare else ["--saves", str(saves), "--clients", str(clients)]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600, check=False)
    lines = result.stdout.strip().splitlines()
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"shift soak failed ({result.returncode}): {lines[-1:] or result.stderr[-2000:]}")
    parsed: dict[str, Any] = json.loads(lines[-1])
    return parsed


def figures(quick: bool) -> list[Figure]:
    callbacks, saves = QUICK if quick else FULL
    shift = run_soak(callbacks, saves)
    bare = run_soak(callbacks, 0, bare=True)
    what = f"{shift['callbacks']:,} callbacks, {shift['saves']:,} saves, {CLIENTS:,} clients"
    return [
        Figure(
            name=f"memory growth over a simulated shift ({what})",
            value=shift["growth_mb"],
            unit="MB",
            baseline=bare["growth_mb"],
            baseline_label="the same callbacks on a bare qasync loop, no app",
            goal=f"<= {GOAL_MB:.0f} MB",
            met=shift["growth_mb"] <= GOAL_MB,
            note=(
                f"RSS {shift['rss_warm_mb']} → {shift['rss_end_mb']} MB; {shift['claims']:,} claims;"
                f" calls rows {shift['rows']:,} = saves; {shift['seconds']} s"
            ),
        ),
        Figure(
            name=f"event-loop callbacks per second during the shift ({what})",
            value=shift["callbacks"] / shift["seconds"],
            unit="callbacks/s",
            baseline=bare["callbacks"] / bare["seconds"],
            baseline_label="the same callbacks on a bare qasync loop, no app",
            note="the callbacks are paced to the operator's saves, so the save cycle sets this rate",
        ),
    ]


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
