"""Start-up figures: process start to the first painted window, against a bare PySide6 window process; the queue
filled and ready; the app's resident memory.

The parent starts a child process (this module with ``--child``) and times until the child prints ``PAINTED``,
which it does from an application-wide event filter at the first paint event of a top-level window. The app child
then waits for the queue to load and prints ``READY`` with its resident set size.

Run: ``.venv/bin/python -m benchmarks.bench_startup [--quick]``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_queue import FULL_CLIENTS, NOW, QUICK_CLIENTS, prepared_database, sqlite_url, working_copy
from benchmarks.harness import Figure, median

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _child(kind: str, url: str) -> int:
    """The measured process: a bare window, or the real app shell on ``url``."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    class FirstPaint(QObject):
        painted = False
        main_painted = False  # the operator window itself (the app shows a start-up window first)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            paint = event.type() == QEvent.Type.Paint
            if paint and isinstance(watched, QWidget) and watched.isWindow():
                if not self.painted:
                    self.painted = True
                    print("PAINTED", flush=True)
                if not self.main_painted and isinstance(watched, QMainWindow):
                    self.main_painted = True
                    print("PAINTED_MAIN", flush=True)
            return False

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    if kind == "bare":
        window = QMainWindow()
        window.resize(1440, 860)
        window.show()
        while not watcher.painted:
            app.processEvents()
        return 0

    import qasync

    app.setStyle("Fusion")
    from ui.i18n import install_translations

    install_translations(app, "en")

    async def start() -> None:
        from ui.starting import show_starting

        # As ui.app._main does: before the shell and the database layer are imported. Kept referenced: a
        # collected start-up window would be the last window closing, and Qt would quit.
        starting = show_starting(app)
        from ui.shell import Shell

        shell = Shell(url, "bench", "en", Path("bench-startup.log"))
        try:
            window = await shell.start()
            await shell.tasks.idle()
            while not watcher.main_painted:  # the queue is in; the operator window has painted at least once
                app.processEvents()
            rows = window.queue_model.rowCount()
            assert not starting.isVisible(), "the start-up window outlived the operator window's arrival"
            print(f"READY {rows} {_rss_mb():.1f}", flush=True)
        finally:
            shell.stop()

    qasync.run(start())
    return 0


def _timed_child(kind: str, url: str) -> tuple[float, float | None, float | None, float | None]:
    """Seconds to PAINTED, to READY and to the operator window's first paint (app only), and the app's RSS in MB."""
    # The benchmark's clock: a working Monday morning, so the queue offers clients (calling hours, rule 7).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CALLASSIST_NOW=NOW.isoformat())
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-m", "benchmarks.bench_startup", "--child", kind, url],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        painted = ready = rss = main = None
        for line in child.stdout:
            if line.startswith("PAINTED_MAIN"):
                main = time.perf_counter() - start
            elif line.startswith("PAINTED"):
                painted = time.perf_counter() - start
            elif line.startswith("READY"):
                ready = time.perf_counter() - start
                rss = float(line.split()[2])
        errors = child.stderr.read() if child.stderr else ""
        if child.wait(timeout=120) != 0 or painted is None:
            raise RuntimeError(f"the {kind} start-up child failed: {errors[-2000:]}")
    return painted, ready, rss, main


def figures(quick: bool) -> list[Figure]:
    count = QUICK_CLIENTS if quick else FULL_CLIENTS
    runs = 3 if quick else 5
    db = working_copy(prepared_database(count), "startup")
    url = sqlite_url(db)
    _timed_child("app", url)  # the first run migrates nothing but warms the file cache; not counted
    bare = [_timed_child("bare", url)[0] for _ in range(runs)]
    app = [_timed_child("app", url) for _ in range(runs)]
    painted = median([run[0] for run in app]) * 1000
    ready = median([run[1] or float("nan") for run in app]) * 1000
    rss = max(run[2] or float("nan") for run in app)
    main = median([run[3] or float("nan") for run in app]) * 1000
    bare_ms = median(bare) * 1000
    return [
        Figure(
            name=f"start-up: process start to first painted window ({count:,} clients, median of {runs})",
            value=painted,
            unit="ms",
            baseline=bare_ms,
            baseline_label="bare PySide6 QMainWindow process",
            goal="<= 2.5x baseline",
            met=painted <= 2.5 * bare_ms,
            note="the first window is the start-up window (ui/starting.py); the operator window's own paint is below",
        ),
        Figure(
            name=f"start-up: process start to the operator window's first paint ({count:,} clients, median of {runs})",
            value=main,
            unit="ms",
            baseline=bare_ms,
            baseline_label="bare PySide6 QMainWindow process",
            note="for information: no goal of its own (the queue-filled figure below has one)",
        ),
        Figure(
            name=f"start-up: queue filled and interactive ({count:,} clients, median of {runs})",
            value=ready,
            unit="ms",
            baseline=bare_ms,
            baseline_label="bare PySide6 QMainWindow process",
            goal="<= 1000 ms",
            met=None if quick else ready <= 1000,
        ),
        Figure(
            name=f"RSS of the app with the queue loaded ({count:,} clients)",
            value=rss,
            unit="MB",
            goal="<= 300 MB",
            met=rss <= 300,
        ),
    ]


if __name__ == "__main__":
    if "--child" in sys.argv:
        sys.exit(_child(sys.argv[2], sys.argv[3]))
    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
