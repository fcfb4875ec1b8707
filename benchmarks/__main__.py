"""Run every benchmark module and print its figures: ``python -m benchmarks [--quick] [--json FILE] [--only NAME]``.

Every ``benchmarks/bench_*.py`` is discovered and its ``figures(quick)`` run. A module that raises is reported as
failed and the run goes on with the others; the exit status is 1 at the end if any failed.
"""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure

HERE = Path(__file__).resolve().parent


def module_names() -> list[str]:
    """The short names of every benchmark module (``bench_queue.py`` → ``queue``), sorted."""
    return sorted(path.stem.removeprefix("bench_") for path in HERE.glob("bench_*.py"))


def run_module(name: str, quick: bool) -> tuple[list[Figure], str | None, float]:
    """Run one module; returns its figures, the error text if it raised, and the seconds it took."""
    start = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        figures = list(module.figures(quick))
    except Exception:
        return [], traceback.format_exc(), time.perf_counter() - start
    return figures, None, time.perf_counter() - start


def _number(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.3g}" if abs(value) < 10 else f"{value:.1f}"


def _verdict(figure: Figure) -> str:
    met = {True: "met", False: "NOT MET", None: ""}[figure.met]
    return " — ".join(part for part in (met, figure.note) if part)


def print_table(module: str, figures: list[Figure], seconds: float) -> None:
    print(f"\n== {module} ({seconds:.1f} s)")
    for figure in figures:
        ratio = figure.ratio
        print(f"  {figure.name}")
        print(
            f"      {_number(figure.value)} {figure.unit}"
            f" | baseline {_number(figure.baseline)} {figure.unit if figure.baseline is not None else ''}"
            f"{f' ({figure.baseline_label})' if figure.baseline_label else ''}"
            f" | ratio {'-' if ratio is None else f'{ratio:.2f}x'}"
            f" | goal {figure.goal or '-'} | {_verdict(figure) or '-'}"
        )


def machine() -> dict[str, Any]:
    import os

    import PySide6

    return {
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smoke sizes (what CI runs)")
    parser.add_argument("--json", type=Path, help="write every figure to this JSON file")
    parser.add_argument("--only", action="append", default=[], help="run only this module (repeatable), e.g. queue")
    args = parser.parse_args(argv)
    names = module_names()
    unknown = [name for name in args.only if name not in names]
    if unknown:
        parser.error(f"no benchmark module named {', '.join(unknown)}; there are: {', '.join(names)}")
    selected = args.only or names
    report: dict[str, Any] = {"quick": args.quick, "machine": machine(), "modules": {}}
    failed = []
    total_start = time.perf_counter()
    for name in selected:
        figures, error, seconds = run_module(name, args.quick)
        if error is not None:
            failed.append(name)
            print(f"\n== {name}: FAILED after {seconds:.1f} s\n{error}", file=sys.stderr)
        else:
            print_table(name, figures, seconds)
        report["modules"][name] = {
            "seconds": seconds,
            "error": error,
            "figures": [figure.as_dict() for figure in figures],
        }
        sys.stdout.flush()
        if args.json:  # written after every module so a long run that is stopped still leaves its figures
            args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    report["seconds"] = time.perf_counter() - total_start
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    print(f"\n{len(selected) - len(failed)} of {len(selected)} modules ran in {report['seconds']:.1f} s", end="")
    print(f"; failed: {', '.join(failed)}" if failed else "")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
