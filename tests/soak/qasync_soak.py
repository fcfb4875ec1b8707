"""Drive the app's kind of event loop (qasync on Qt) through many Python callbacks: zero-interval timers, signals
and asyncio callbacks, as the app makes them all day. PySide6 6.12.0 on Python 3.11 aborts here (none_dealloc).

``python -m tests.soak.qasync_soak COUNT`` prints ``SOAK-OK <callbacks>`` and exits 0 when the process survives.
"""

from __future__ import annotations

import asyncio
import sys

import qasync
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication


class Pinger(QObject):
    ping = Signal(int)


async def soak(target: int) -> int:
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    count = 0
    pinger = Pinger()

    def on_ping(value: int) -> None:
        nonlocal count
        count += 1
        if count >= target and not done.done():
            done.set_result(count)

    def on_timer() -> None:
        nonlocal count
        count += 1
        pinger.ping.emit(count)
        asyncio.get_running_loop().call_soon(on_ping, count)

    pinger.ping.connect(on_ping)
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(on_timer)
    timer.start()
    while not done.done():
        await asyncio.sleep(0)  # coroutine steps between the timer events
        count += 1
    timer.stop()
    return done.result()


def main() -> int:
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication.instance() or QApplication(sys.argv)
    assert app is not None
    total = qasync.run(soak(target))
    print(f"SOAK-OK {total}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
