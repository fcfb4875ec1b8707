"""The softphone's overhead in the real operator window, with two real baresip processes on loopback.

Two figures, each next to the bare ``ctrl_tcp`` round trip (one netstring command and its answer on a plain asyncio
socket to the same baresip): from F4 to the moment the window hands baresip its ``dial`` command, and from the
moment baresip's ``CALL_CLOSED`` event is read off the socket to the wrap-up form holding the pre-filled attempt
result. Each call is rejected by the far end after 50 ms and saved with the pre-filled result, so the window goes
through its whole loop (take, dial, ring, reject, pre-fill, save) every time.

Run: ``.venv/bin/python -m benchmarks.bench_softphone [--quick]`` (offscreen; needs ``baresip-core``).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.bench_queue import NOW, QUICK_CLIENTS, prepared_database, sqlite_url, working_copy
from benchmarks.harness import Figure, median, percentile

CALLS_QUICK, CALLS_FULL = 5, 40
ROUND_TRIPS = 200
GOAL_MS = 50.0
EVENT_TIMEOUT = 10.0


class Marks:
    """Moments (``perf_counter``) the instrumented window passes, one call at a time."""

    def __init__(self) -> None:
        self.dial = self.closed = self.filled = 0.0


def _instrument(window: Any, marks: Marks) -> None:
    """Note when the ``dial`` command leaves, when ``CALL_CLOSED`` is read and when the form is pre-filled."""
    connector = window.softphone.phone.connector
    command, route, set_attempt = connector.command, connector._route, window.form.set_attempt

    async def timed_command(name: str, params: str = "") -> str:
        if name == "dial":
            marks.dial = time.perf_counter()
        return await command(name, params)  # type: ignore[no-any-return]

    def timed_route(message: dict[str, Any]) -> None:
        if message.get("type") == "CALL_CLOSED":
            marks.closed = time.perf_counter()
        route(message)

    def timed_set_attempt(result: Any) -> None:
        set_attempt(result)
        marks.filled = time.perf_counter()

    connector.command, connector._route, window.form.set_attempt = timed_command, timed_route, timed_set_attempt


async def _round_trips(port: int, count: int) -> list[float]:
    from callassist.softphone.baresip import frame, read_frame

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    times = []
    try:
        for turn in range(count):
            start = time.perf_counter()
            writer.write(frame({"command": "reginfo", "token": str(turn)}))
            while not (await read_frame(reader)).get("response"):
                pass
            times.append((time.perf_counter() - start) * 1000)
    finally:
        writer.close()
        await writer.wait_closed()
    return times


async def _measure(url: str, calls: int, folder: Path) -> tuple[list[float], list[float], list[float]]:
    from callassist.bootstrap import open_ready
    from callassist.settings import load, save
    from callassist.softphone.session import PhoneCall, PhoneState
    from tests.softphone.rig import BaresipProcess, Behaviour, ClientPhone, write_silence
    from ui.shell import Shell

    silence = write_silence(folder / "silence.wav")
    operator_phone = await BaresipProcess(folder / "op", ("operator",), silence).start()
    client_phone = await BaresipProcess(folder / "cl", ("client",), silence).start()
    far_end = await ClientPhone(client_phone).connect()
    far_end.expect(Behaviour(reject_after=0.05))
    db = open_ready(url)
    with db.write() as session:  # the number rides in a URI parameter: the far end answers one account
        template = f"sip:client@127.0.0.1:{client_phone.sip_port};n={{digits}}"
        save(session, replace(load(session), softphone_dial_template=template))
    db.dispose()
    os.environ["CALLASSIST_SOFTPHONE"] = f"baresip://{operator_phone.address}"
    shell = Shell(url, "bench", "en", folder / "bench-softphone.log")
    f4_to_dial, closed_to_filled = [], []
    try:
        window = await shell.start()
        await shell.tasks.idle()
        marks = Marks()
        _instrument(window, marks)
        for _ in range(calls):
            await window._take_next()
            ended: asyncio.Future[PhoneCall] = asyncio.get_running_loop().create_future()

            def check(call: PhoneCall, ended: asyncio.Future[PhoneCall] = ended) -> None:
                if call.state is PhoneState.ENDED and not ended.done():
                    ended.set_result(call)

            window.softphone.callChanged.connect(check)
            start = time.perf_counter()
            window._dial_first()  # what F4 runs
            await asyncio.wait_for(ended, EVENT_TIMEOUT)
            window.softphone.callChanged.disconnect(check)
            f4_to_dial.append((marks.dial - start) * 1000)
            closed_to_filled.append((marks.filled - marks.closed) * 1000)
            await window._save_outcome()  # what Ctrl+Enter runs, with the pre-filled result
        rtt = await _round_trips(operator_phone.ctrl_port, ROUND_TRIPS)
        await window.softphone.close()
        return f4_to_dial, closed_to_filled, rtt
    finally:
        os.environ.pop("CALLASSIST_SOFTPHONE", None)
        await far_end.close()
        await operator_phone.stop()
        await client_phone.stop()
        shell.stop()  # last: it ends the loop's work
        if shell.window is not None:
            shell.window.deleteLater()


def figures(quick: bool) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["CALLASSIST_NOW"] = NOW.isoformat()
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert app is not None
    calls = CALLS_QUICK if quick else CALLS_FULL
    url = sqlite_url(working_copy(prepared_database(QUICK_CLIENTS), "softphone"))
    folder = Path(tempfile.mkdtemp(prefix="callassist-bench-softphone-"))
    f4, filled, rtt = qasync.run(_measure(url, calls, folder))
    bare = median(rtt)
    results = []
    for name, values in (
        (f"F4 to baresip's dial command ({calls} calls, median)", f4),
        (f"CALL_CLOSED read to the pre-filled wrap-up ({calls} calls, median)", filled),
    ):
        value, worst = median(values), percentile(values, 99)
        results.append(
            Figure(
                name=name,
                value=value,
                unit="ms",
                baseline=bare,
                baseline_label=f"bare ctrl_tcp round trip (reginfo, {ROUND_TRIPS} times, median)",
                goal=f"<= {GOAL_MS:.0f} ms",
                met=worst <= GOAL_MS,
                note=f"p99 {worst:.2f} ms (the goal is judged on it)",
            )
        )
    return results


if __name__ == "__main__":
    import sys

    for figure in figures("--quick" in sys.argv):
        print(figure)
