"""The pinned PySide6 survives the app's qasync loop through 100,000 callbacks (issue 2, DEVELOPERS.md note)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CALLBACKS = 100_000


def test_qasync_loop_survives_100k_callbacks_with_timers_and_signals() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "tests.soak.qasync_soak", str(CALLBACKS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    word, count = result.stdout.strip().splitlines()[-1].split()
    assert word == "SOAK-OK" and int(count) >= CALLBACKS
