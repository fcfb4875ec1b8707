"""The benchmark command keeps working: a smoke-size run of the fast modules in a real process (no timing asserts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_run_of_fast_modules_writes_figures_with_baselines(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALLASSIST_BENCH_CACHE=str(tmp_path / "cache"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--json",
            str(out),
            "--only",
            "timekeeping",
            "--only",
            "queue",
            "--only",
            "client_search",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["quick"] is True
    assert set(report["modules"]) == {"timekeeping", "queue", "client_search"}
    figures = [figure for module in report["modules"].values() for figure in module["figures"]]
    assert len(figures) >= 4
    for figure in figures:
        assert figure["baseline"] is not None and figure["baseline"] > 0, figure["name"]
        assert figure["ratio"] == figure["value"] / figure["baseline"]
        assert figure["name"] in result.stdout


def test_unknown_module_is_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--only", "no_such_module"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "no benchmark module named no_such_module" in result.stderr


def test_softphone_benchmark_runs_real_calls_and_prints_its_overheads(tmp_path: Path) -> None:
    """Issue 18: F4 to baresip's dial and CALL_CLOSED to the pre-filled wrap-up, next to the bare round trip."""
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALLASSIST_BENCH_CACHE=str(tmp_path / "cache"))
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(out), "--only", "softphone"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(out.read_text(encoding="utf-8"))["modules"]["softphone"]["figures"]
    assert [f["name"].split(" (")[0] for f in figures] == [
        "F4 to baresip's dial command",
        "CALL_CLOSED read to the pre-filled wrap-up",
    ]
    for figure in figures:
        assert figure["value"] > 0 and figure["baseline"] > 0
        assert figure["name"] in result.stdout
