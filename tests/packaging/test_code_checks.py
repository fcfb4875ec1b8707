"""The README's checks, run as written: ruff's lint and format, and the type check."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy", "callassist", "ui"],
    ],
    ids=["ruff-check", "ruff-format", "mypy"],
)
def test_the_documented_code_check_passes(command: list[str]) -> None:
    done = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=300)

    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
