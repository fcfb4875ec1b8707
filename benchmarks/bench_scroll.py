"""Scrolling the queue: how long one frame takes in the real operator window over a million clients, against a bare
QTableView over a trivial model with the same rows and columns, driven by the same steps in the same run.

The steps mimic an operator: mostly Page Down, some mouse-wheel notches (three rows), some Page Up, and some
drags of the scrollbar's thumb to a far place (the bottom, the top, anywhere). A frame is the step plus a
synchronous repaint of the table's viewport. The queue model is lazy: a step that reaches the last loaded row
asks for the next page, which loads on the database thread (``TaskRunner.db``), so the frame never waits for I/O;
when the page arrives, inserting its rows and repainting is a second frame, timed the same way. A heartbeat timer
runs throughout to catch work Qt defers out of the frame (delayed layout, the heading's update).

Run: ``.venv/bin/python -m benchmarks.bench_scroll [--quick]`` (offscreen).
"""

from __future__ import annotations

import asyncio
import functools
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.bench_gui import FullCollections, Heartbeat
from benchmarks.bench_queue import FULL_CLIENTS, NOW, QUICK_CLIENTS, prepared_database, sqlite_url, working_copy
from benchmarks.harness import Figure, median, percentile

FULL_STEPS, QUICK_STEPS = 300, 150
WHEEL_ROWS = 3  # QApplication.wheelScrollLines(): one notch of a mouse wheel
CELLS = ("Lead 0123456 · Company 1234", "New lead", "23.11 10:00", "10:00")  # as wide as the queue's own cells


def steps(count: int, seed: int = 16) -> list[tuple[str, float]]:
    """The operator's scrolling: (kind, where) with ``where`` in 0..1 for thumb drags; the same for both views."""
    rng = random.Random(seed)
    plan = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.6:
            plan.append(("page down", 0.0))
        elif roll < 0.8:
            plan.append(("wheel", 0.0))
        elif roll < 0.9:
            plan.append(("page up", 0.0))
        else:
            plan.append(("drag", rng.choice((1.0, 1.0, 0.0, rng.random()))))
    return plan


def _step(table: Any, kind: str, where: float) -> None:
    from PySide6.QtWidgets import QAbstractSlider

    bar = table.verticalScrollBar()
    if kind == "page down":
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    elif kind == "page up":
        bar.triggerAction(QAbstractSlider.SliderAction.SliderPageStepSub)
    elif kind == "wheel":
        bar.setValue(bar.value() + WHEEL_ROWS * bar.singleStep())
    else:
        bar.setValue(round(where * bar.maximum()))


def _frame(table: Any, action: Callable[[], None]) -> float:
    """Milliseconds for ``action`` and a synchronous repaint of the table's viewport."""
    start = time.perf_counter()
    action()
    table.viewport().repaint()
    return (time.perf_counter() - start) * 1000


class _Arrivals:
    """Times the GUI-thread side of a page arriving: from rowsAboutToBeInserted to rowsInserted."""

    def __init__(self, model: Any) -> None:
        self.inserting = 0.0
        self._start = 0.0
        model.rowsAboutToBeInserted.connect(self._before)
        model.rowsInserted.connect(self._after)

    def _before(self, *_: object) -> None:
        self._start = time.perf_counter()

    def _after(self, *_: object) -> None:
        self.inserting += (time.perf_counter() - self._start) * 1000


def _extend(run: dict[str, list[float]], more: dict[str, list[float]]) -> None:
    for key, values in more.items():
        run.setdefault(key, []).extend(values)


async def _scroll(
    table: Any, plan: list[tuple[str, float]], tasks: Any = None, arrivals: _Arrivals | None = None
) -> dict[str, list[float]]:
    """Run ``plan`` on ``table``; with ``tasks`` (the app's runner), wait for each page a step asked for."""
    frames: list[float] = []
    arrival_frames: list[float] = []
    fetch_ms: list[float] = []
    heartbeat = Heartbeat()
    heartbeat.start()
    for kind, where in plan:
        frames.append(_frame(table, functools.partial(_step, table, kind, where)))
        if tasks is not None and arrivals is not None and tasks._tasks:  # the step asked for the next page
            asked = time.perf_counter()
            arrivals.inserting = 0.0
            await tasks.idle()
            fetch_ms.append((time.perf_counter() - asked) * 1000)
            arrival_frames.append(arrivals.inserting + _frame(table, lambda: None))
        await asyncio.sleep(0)  # let the loop breathe between frames, as it would between wheel events
    late = heartbeat.stop()
    return {"frames": frames, "arrivals": arrival_frames, "fetch": fetch_ms, "late": late}


class _Trivial:
    """A QAbstractTableModel of constant strings: the plain baseline (built lazily so Qt loads only when run)."""

    @staticmethod
    def make(rows: int, columns: int) -> Any:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Trivial(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else rows

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 0 if parent.isValid() else columns

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role != Qt.ItemDataRole.DisplayRole:
                    return None
                return CELLS[index.column() % len(CELLS)]

        return Trivial()


async def _measure(url: str, rows: int, plan: list[tuple[str, float]]) -> tuple[dict[str, Any], dict[str, Any], int]:
    from PySide6.QtWidgets import QTableView

    from ui.shell import Shell

    shell = Shell(url, "bench", "en", Path("bench-scroll.log"))
    try:
        window = await shell.start()
        await shell.tasks.idle()
        table = window.queue_panel.table
        bare = QTableView()
        model = _Trivial.make(rows, window.queue_model.columnCount())
        bare.setModel(model)
        bare.verticalHeader().setVisible(False)
        bare.resize(table.size())
        bare.show()
        await asyncio.sleep(0)  # shown: the first repaint paints
        bare_run: dict[str, list[float]] = {}
        ours: dict[str, list[float]] = {}
        half = len(plan) // 2
        arrivals = _Arrivals(window.queue_model)
        collections = FullCollections()
        for part in (plan[:half], plan[half:]):  # in turns, so load from other work on the machine hits both alike
            _extend(bare_run, await _scroll(bare, part))
            with collections:
                _extend(ours, await _scroll(table, part, shell.tasks, arrivals))
        ours["collections"] = collections.ms
        loaded = window.queue_model.rowCount()
        bare.deleteLater()
        return ours, bare_run, loaded
    finally:
        shell.stop()
        if shell.window is not None:  # its timers (reminders) would fire in the next module's loop
            shell.window.deleteLater()


def figures(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CALLASSIST_NOW"] = NOW.isoformat()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    count = QUICK_CLIENTS if quick else FULL_CLIENTS
    url = sqlite_url(working_copy(prepared_database(count), "scroll"))
    plan = steps(QUICK_STEPS if quick else FULL_STEPS)
    ours, bare, loaded = qasync.run(_measure(url, count, plan))
    frames = ours["frames"] + ours["arrivals"]
    value, p99 = median(frames), percentile(frames, 99)
    fetch = ours["fetch"]
    fetch_note = (
        f"{len(fetch)} pages fetched on the database thread (GUI thread not blocked), page ready in median"
        f" {median(fetch):.0f} ms, p99 {percentile(fetch, 99):.0f} ms; {loaded:,} rows loaded at the end"
        if fetch
        else "no page fetched"
    )
    return [
        Figure(
            name=f"queue: scrolling a frame, {count:,} clients, {len(plan)} steps (median)",
            value=value,
            unit="ms",
            baseline=median(bare["frames"]),
            baseline_label=f"bare QTableView over a constant-string model of {count:,} rows, same steps",
            goal="<= 16 ms median",
            met=value <= 16,
            note=f"{len(frames)} frames incl. {len(ours['arrivals'])} page arrivals; {fetch_note}",
        ),
        Figure(
            name=f"queue: scrolling a frame, {count:,} clients, {len(plan)} steps (p99)",
            value=p99,
            unit="ms",
            baseline=percentile(bare["frames"], 99),
            baseline_label="the same bare QTableView",
            note=(
                f"for information; heartbeat while scrolling: worst stall {max(ours['late'], default=0):.0f} ms"
                f" (bare {max(bare['late'], default=0):.0f} ms); {len(ours['collections'])} full garbage collections"
                f" while scrolling ours, the longest {max(ours['collections'], default=0):.0f} ms"
            ),
        ),
    ]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
