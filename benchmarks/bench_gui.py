"""GUI responsiveness: how late a 5 ms heartbeat timer fires while the real window saves outcomes through its task
runner and an XLSX export of the month runs, against the same heartbeat on an idle window.

Run: ``.venv/bin/python -m benchmarks.bench_gui [--quick]`` (offscreen).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from pathlib import Path

from benchmarks.bench_outcomes import _outcome
from benchmarks.bench_queue import NOW, QUICK_CLIENTS, prepared_database, sqlite_url, working_copy
from benchmarks.harness import Figure, percentile

HEARTBEAT_MS = 5
FULL_CLIENTS_GUI = 100_000  # the export and the saves, not the queue size, are what load the loop here


class Heartbeat:
    """A repeating QTimer that records how late each tick arrives, in ms."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.late: list[float] = []
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.late.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        return list(self.late)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.append(max(0.0, (now - self._last) * 1000 - HEARTBEAT_MS))
        self._last = now


async def _measure(url: str, saves: int) -> tuple[list[float], list[float], int]:
    from callassist.export.service import export_range
    from ui.shell import Shell

    shell = Shell(url, "bench", "en", Path("bench-gui.log"))
    try:
        window = await shell.start()
        await shell.tasks.idle()
        desk, tasks = window.desk, shell.tasks
        heartbeat = Heartbeat()

        heartbeat.start()  # the baseline: the same window, idle, for about as long as the loaded run
        await asyncio.sleep(1.0)
        idle = heartbeat.stop()

        async def save_outcomes() -> int:
            for turn in range(saves):
                client = await tasks.db(desk.next_client)
                assert client is not None
                await tasks.db(desk.record, _outcome(client.id, turn))
            return saves

        out = Path(tempfile.mkdtemp(prefix="callassist-bench-")) / "month.xlsx"
        heartbeat.start()
        day = NOW.date()
        await asyncio.gather(
            save_outcomes(),
            tasks.io(export_range, shell.db, day.replace(day=1), day, "xlsx", out),
        )
        loaded = heartbeat.stop()
        return loaded, idle, saves
    finally:
        shell.stop()


def figures(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CALLASSIST_NOW"] = NOW.isoformat()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    count = QUICK_CLIENTS if quick else FULL_CLIENTS_GUI
    url = sqlite_url(working_copy(prepared_database(count), "gui"))
    loaded, idle, saves = qasync.run(_measure(url, 100 if quick else 1_000))
    p99, worst = percentile(loaded, 99), max(loaded)
    what = f"{saves:,} saves + XLSX export of the month, {count:,} clients"
    return [
        Figure(
            name=f"event-loop stall p99 (5 ms heartbeat) during {what}",
            value=p99,
            unit="ms",
            baseline=percentile(idle, 99),
            baseline_label="the same heartbeat on the idle window",
            goal="<= 50 ms p99",
            met=p99 <= 50,
            note=f"{len(loaded):,} ticks",
        ),
        Figure(
            name=f"event-loop stall worst (5 ms heartbeat) during {what}",
            value=worst,
            unit="ms",
            baseline=max(idle),
            baseline_label="the same heartbeat on the idle window",
            goal="<= 200 ms worst",
            met=worst <= 200,
        ),
    ]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
