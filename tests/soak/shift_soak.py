"""An operator's shift at speed on the real app: claims, wrap-ups and saves by key press while the event loop is
kept busy with a zero-interval QTimer and chains of asyncio callbacks, as a working day makes them, only faster.

The real Shell and OperatorWindow start offscreen under qasync on a copy of the benchmarks' seeded SQLite file. The
operator presses F2 (next client), F4 (dial), fills the wrap-up with a rotating outcome (not reached, callback,
refused with a reason and a date, sale) and saves with Ctrl+Enter; a save counts once the window has closed the
call. Memory is the resident set size, read after a warm-up and at the end, each after a full garbage collection.

``python -m tests.soak.shift_soak --callbacks N --saves M [--clients C] [--bare] [--trace]`` prints one line of
JSON and exits 0 when the shift survived, every confirmed save is a row of the calls table and nothing was logged
as an error. ``--bare`` runs only the same callbacks on a bare qasync loop (the baseline); ``--trace`` writes the
largest allocation growths between the warm-up and the end (tracemalloc) to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHAINS = 4  # asyncio callback chains running side by side, each rescheduling itself with call_soon
WARM_UP = 0.1  # the share of both targets after which the first memory reading is taken
TRACE_TOP = 15


def rss_mb() -> float:
    """The process's resident set size in MB, from ``/proc/self/statm`` (pages)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def settled_rss_mb() -> float:
    gc.collect()
    return rss_mb()


class Busy:
    """Keeps the loop busy: ``CHAINS`` call_soon chains and a zero-interval QTimer, every callback counted.

    They run up to a limit the caller raises as the shift goes on (``allow``), so the callbacks are spread over the
    whole shift instead of racing ahead of the operator; ``done`` resolves once ``target`` callbacks have run.
    """

    def __init__(self, target: int) -> None:
        from PySide6.QtCore import QTimer

        self.target = target
        self.soon = 0
        self.ticks = 0
        self._limit = 0
        self._loop = asyncio.get_running_loop()
        self.done: asyncio.Future[None] = self._loop.create_future()
        self._timer = QTimer()
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        self._parked = CHAINS  # chains waiting for the limit to rise: all of them until the first allow()

    @property
    def callbacks(self) -> int:
        return self.soon + self.ticks

    def allow(self, limit: int) -> None:
        """Let the callbacks run on until ``limit`` (never past ``target``)."""
        self._limit = min(self.target, max(self._limit, limit))
        if self.callbacks >= self._limit:
            return
        self._timer.start()
        for _ in range(self._parked):
            self._loop.call_soon(self._step)
        self._parked = 0

    def _step(self) -> None:
        self.soon += 1
        if self._reached():
            self._parked += 1
        else:
            self._loop.call_soon(self._step)

    def _tick(self) -> None:
        self.ticks += 1
        if self._reached():
            self._timer.stop()

    def _reached(self) -> bool:
        if self.callbacks >= self.target and not self.done.done():
            self.done.set_result(None)
        return self.callbacks >= self._limit


class ErrorCount(logging.Handler):
    """Counts what the app logs as a warning or worse (environment failures, unexpected errors)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(self.format(record))


class Readings:
    """The warm-up memory reading, taken once when both the callbacks and the saves are past ``WARM_UP``."""

    def __init__(self, trace: bool) -> None:
        self.warm_mb: float | None = None
        self.trace = trace
        self.snapshot: tracemalloc.Snapshot | None = None

    def maybe_warm(self, callbacks_past: bool, saves_past: bool) -> None:
        if self.warm_mb is not None or not (callbacks_past and saves_past):
            return
        if self.trace:
            tracemalloc.start(25)
            self.snapshot = tracemalloc.take_snapshot()
        self.warm_mb = settled_rss_mb()

    def report_growth(self) -> None:
        """The biggest allocation growths since the warm-up, to stderr (``--trace`` only)."""
        if self.snapshot is None:
            return
        gc.collect()
        end = tracemalloc.take_snapshot()
        for stat in end.compare_to(self.snapshot, "traceback")[:TRACE_TOP]:
            print(f"{stat.size_diff / 1024:+.1f} KiB in {stat.count_diff:+d} blocks", file=sys.stderr)
            for line in stat.traceback.format()[-8:]:
                print(f"    {line}", file=sys.stderr)


async def watch_warm_up(busy: Busy, readings: Readings, saves: Callable[[], int], save_target: int) -> None:
    """Take the warm-up reading the moment both counts pass their share (bare runs have no saves)."""
    while readings.warm_mb is None:
        readings.maybe_warm(busy.callbacks >= busy.target * WARM_UP, saves() >= save_target * WARM_UP)
        await asyncio.sleep(0.05)


async def bare(target: int, trace: bool) -> dict[str, Any]:
    """The baseline: the same counted callbacks on a bare qasync loop, no app."""
    readings = Readings(trace)
    start = time.perf_counter()
    busy = Busy(target)
    busy.allow(target)
    watcher = asyncio.ensure_future(watch_warm_up(busy, readings, lambda: 0, 0))
    await busy.done
    await watcher
    end_mb = settled_rss_mb()
    readings.report_growth()
    assert readings.warm_mb is not None
    return {
        "mode": "bare",
        "callbacks": busy.callbacks,
        "soon_callbacks": busy.soon,
        "timer_ticks": busy.ticks,
        "seconds": round(time.perf_counter() - start, 2),
        "rss_warm_mb": round(readings.warm_mb, 1),
        "rss_end_mb": round(end_mb, 1),
        "growth_mb": round(end_mb - readings.warm_mb, 1),
    }


class Operator:
    """Works the queue through the real window's keys, one call after another, with a rotating outcome."""

    KINDS = ("not_reached", "callback", "refused", "sale")

    def __init__(self, shell: Any) -> None:
        self.shell = shell
        self.window = shell.window
        self.claims = 0
        self.saves = 0
        self.resaves = 0  # a callback outside the client's hours: the window warns, a second Ctrl+Enter keeps it
        self.outcomes: Counter[str] = Counter()

    def press(self, key: Any, modifier: Any = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)

    async def call(self, turn: int) -> None:
        from PySide6.QtCore import Qt

        ctrl = Qt.KeyboardModifier.ControlModifier
        self.press(Qt.Key.Key_F2)  # next client
        await self.shell.tasks.idle()
        if self.window.call is None:
            raise RuntimeError(f"F2 claimed no client on turn {turn}: {self.window.statusBar().currentMessage()}")
        self.claims += 1
        client_id = self.window.call.client.id
        self.press(Qt.Key.Key_F4)  # dial: offscreen the number goes to the clipboard
        kind = self.KINDS[turn % len(self.KINDS)]
        self._fill(kind)
        self.press(Qt.Key.Key_Return, ctrl)
        await self.shell.tasks.idle()
        if self.window.call is not None and kind == "callback":
            self.resaves += 1
            self.press(Qt.Key.Key_Return, ctrl)
            await self.shell.tasks.idle()
        if self.window.call is not None:
            raise RuntimeError(f"client {client_id} ({kind}) was not saved: {self.window.form.error.text()}")
        self.saves += 1
        self.outcomes[kind] += 1

    def _fill(self, kind: str) -> None:
        from PySide6.QtCore import Qt

        ctrl = Qt.KeyboardModifier.ControlModifier
        form = self.window.form
        if kind == "not_reached":
            self.press(Qt.Key.Key_2, ctrl)  # no answer
        elif kind == "callback":
            self.press(Qt.Key.Key_F7)  # callback agreed (sets connected itself)
            self.press(Qt.Key.Key_7, ctrl)  # tomorrow
        elif kind == "refused":
            self.press(Qt.Key.Key_1, ctrl)  # connected
            self.press(Qt.Key.Key_F9)  # refused
            form.reason.setFocus()
            self.press(Qt.Key.Key_Down)  # the first reason
            self.press(Qt.Key.Key_0, ctrl)  # in three months
        else:
            self.press(Qt.Key.Key_F6)  # sale
            form.product.setFocus()
            self.press(Qt.Key.Key_Down)  # the first product, its price filled in


def call_rows(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM calls").fetchone()[0])


async def shift(path: Path, target: int, save_target: int, trace: bool, log_file: Path) -> dict[str, Any]:
    """The shift: the app started on ``path``, the operator saving ``save_target`` calls while ``target`` counted
    callbacks run; both go on until each has reached its own target."""
    from benchmarks.bench_queue import OPERATOR
    from ui.shell import Shell

    rows_before = call_rows(path)
    errors = ErrorCount()
    logging.getLogger("callassist").addHandler(errors)
    readings = Readings(trace)
    start = time.perf_counter()
    shell = Shell(f"sqlite:///{path}", OPERATOR, "en", log_file)
    try:
        window = await shell.start()
        window.activateWindow()
        await shell.tasks.idle()
        operator = Operator(shell)
        busy = Busy(target)
        watcher = asyncio.ensure_future(watch_warm_up(busy, readings, lambda: operator.saves, save_target))
        for turn in range(save_target):
            busy.allow(target * (turn + 1) // save_target)  # this call's share, run while the operator works
            await operator.call(turn)
        busy.allow(target)
        await busy.done
        await watcher
        await shell.tasks.idle()
        end_mb = settled_rss_mb()
        readings.report_growth()
    finally:
        shell.stop()
    assert readings.warm_mb is not None
    rows = call_rows(path) - rows_before
    return {
        "mode": "app",
        "callbacks": busy.callbacks,
        "soon_callbacks": busy.soon,
        "timer_ticks": busy.ticks,
        "claims": operator.claims,
        "saves": operator.saves,
        "rows": rows,
        "resaves": operator.resaves,
        "outcomes": dict(operator.outcomes),
        "errors_logged": len(errors.messages),
        "first_error": errors.messages[0] if errors.messages else "",
        "seconds": round(time.perf_counter() - start, 2),
        "rss_warm_mb": round(readings.warm_mb, 1),
        "rss_end_mb": round(end_mb, 1),
        "growth_mb": round(end_mb - readings.warm_mb, 1),
    }


def prepared_copy(clients: int, folder: Path) -> Path:
    """A private copy of the benchmarks' seeded database (built once into their cache)."""
    from benchmarks.bench_queue import prepared_database

    target = folder / "shift.db"
    shutil.copyfile(prepared_database(clients), target)
    return target


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--callbacks", type=int, default=1_000_000, help="counted event-loop callbacks")
    parser.add_argument("--saves", type=int, default=2_000, help="calls claimed and saved")
    parser.add_argument("--clients", type=int, default=20_000, help="seeded clients in the queue")
    parser.add_argument("--bare", action="store_true", help="only the callbacks, no app (the baseline)")
    parser.add_argument("--trace", action="store_true", help="tracemalloc growth between warm-up and end")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="callassist-shift-") as folder:
        os.environ["CALLASSIST_DATA_DIR"] = str(Path(folder) / "data")  # drafts and settings, never the user's
        import qasync
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert app is not None
        if args.bare:
            result = qasync.run(bare(args.callbacks, args.trace))
        else:
            from benchmarks.bench_queue import NOW

            os.environ["CALLASSIST_NOW"] = NOW.isoformat()  # Monday 10:00 in Moscow, inside calling hours
            path = prepared_copy(args.clients, Path(folder))
            result = qasync.run(shift(path, args.callbacks, args.saves, args.trace, Path(folder) / "shift.log"))
    print(json.dumps(result), flush=True)
    if result["mode"] == "app" and (result["rows"] != result["saves"] or result["errors_logged"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
