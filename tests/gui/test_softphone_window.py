"""The operator window with a real softphone: progressive dialling works three clients in a row from the keyboard
(answered, rejected, not answered) with baresip on loopback, and a softphone's hook drives the call state through
``main.py call-event`` run as a separate process.
"""

from __future__ import annotations

import asyncio
import contextlib
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from callassist.bootstrap import open_ready
from callassist.domain import AttemptResult
from callassist.settings import load as load_settings
from callassist.settings import save as save_settings
from callassist.softphone.progressive import Countdown
from callassist.softphone.session import PhoneCall, PhoneState
from callassist.storage.engine import Database
from callassist.storage.models import Call
from tests.factories import make_client
from tests.gui.conftest import press
from tests.softphone.rig import BaresipProcess, Behaviour, ClientPhone, closed_port, write_silence
from ui.dashboard import measured_text
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ROOT = Path(__file__).resolve().parents[2]
EVENT_TIMEOUT = 8.0
NUMBERS = ("+79161230011", "+79161230012", "+79161230013")


@pytest.fixture
def seeded(tmp_path: Path) -> Iterator[Database]:
    """SQLite only here: the real-call scenarios run on both databases in tests/softphone/test_baresip_calls.py,
    and these windows add nothing database-specific to them (keeps the softphone tests' time small)."""
    database = open_ready(f"sqlite:///{tmp_path / 'softphone.db'}")
    yield database
    database.dispose()


async def wait_call(window: object, wanted: Callable[[PhoneCall], bool], timeout: float = EVENT_TIMEOUT) -> PhoneCall:
    """Inside the loop: await the softphone's next call change that ``wanted`` accepts (or the one already there)."""
    link = window.softphone  # type: ignore[attr-defined]
    if link.phone.call is not None and wanted(link.phone.call):
        return link.phone.call  # type: ignore[no-any-return]
    arrived: asyncio.Future[PhoneCall] = asyncio.get_running_loop().create_future()

    def check(call: PhoneCall) -> None:
        if wanted(call) and not arrived.done():
            arrived.set_result(call)

    link.callChanged.connect(check)
    try:
        return await asyncio.wait_for(arrived, timeout)
    finally:
        link.callChanged.disconnect(check)


@contextlib.contextmanager
def _long_call(
    loop: asyncio.AbstractEventLoop, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, number: str
) -> Iterator[ClientPhone]:
    """The operator's and the client's baresip on loopback, the app dialling through the operator's; the client
    (``number``) answers at once and would talk for half a minute. Yields the client's end; stops both after."""
    silence = write_silence(tmp_path / "silence.wav")
    operator_phone = loop.run_until_complete(BaresipProcess(tmp_path / "op", ("operator",), silence).start())
    client_phone = loop.run_until_complete(BaresipProcess(tmp_path / "cl", (number.lstrip("+"),), silence).start())
    far_end = loop.run_until_complete(ClientPhone(client_phone).connect())
    far_end.expect(Behaviour(answer_after=0.2, hang_up_after=30))
    with db.write() as session:
        template = f"sip:{{digits}}@127.0.0.1:{client_phone.sip_port}"
        save_settings(session, replace(load_settings(session), softphone_dial_template=template))
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", f"baresip://{operator_phone.address}")
    try:
        yield far_end
    finally:
        loop.run_until_complete(far_end.close())
        loop.run_until_complete(operator_phone.stop())
        loop.run_until_complete(client_phone.stop())


def ended(call: PhoneCall) -> bool:
    return call.state is PhoneState.ENDED


def idle(call: PhoneCall) -> bool:
    return call.state is PhoneState.IDLE


def test_progressive_dialling_works_three_clients_from_the_keyboard(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    ids = [
        make_client(seeded, now, f"Клиент {i}", phones=(number,), created_at=now - timedelta(minutes=10 - i))
        for i, number in enumerate(NUMBERS)
    ]
    silence = write_silence(tmp_path / "silence.wav")
    operator_phone = loop.run_until_complete(BaresipProcess(tmp_path / "op", ("operator",), silence).start())
    client_phone = loop.run_until_complete(
        BaresipProcess(tmp_path / "cl", tuple(n.lstrip("+") for n in NUMBERS), silence).start()
    )
    far_end = loop.run_until_complete(ClientPhone(client_phone).connect())
    far_end.plan = {
        NUMBERS[0].lstrip("+"): Behaviour(answer_after=0.3, hang_up_after=1.0),
        NUMBERS[1].lstrip("+"): Behaviour(reject_after=0.2),
        NUMBERS[2].lstrip("+"): Behaviour(),  # rings until the app's ring timeout hangs up
    }
    with seeded.write() as session:
        settings = load_settings(session)
        template = f"sip:{{digits}}@127.0.0.1:{client_phone.sip_port}"
        save_settings(session, replace(settings, softphone_dial_template=template, ring_timeout_seconds=1,
                                       progressive_countdown_seconds=1))  # fmt: skip
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", f"baresip://{operator_phone.address}")
    try:
        shell = shells(seeded.engine.url.render_as_string(hide_password=False))
        window = shell.window
        assert window is not None
        link = window.softphone
        call = loop.run_until_complete(_work_three_clients(shell, ids))
    finally:
        loop.run_until_complete(far_end.close())
        loop.run_until_complete(operator_phone.stop())
        loop.run_until_complete(client_phone.stop())
    assert link.progressive.state is Countdown.OFF and not link.countdown.isVisible()

    with seeded.read() as session:
        rows = session.execute(select(Call.client_id, Call.attempt_result, Call.talk_seconds)).all()
    saved = {client: (attempt, talk) for client, attempt, talk in rows}
    assert [saved[i][0] for i in ids] == ["connected", "busy", "no_answer"]
    assert saved[ids[0]][1] == pytest.approx(call.talk_seconds)
    assert saved[ids[0]][1] == pytest.approx(1.0, abs=0.5)
    assert saved[ids[1]][1] is None and saved[ids[2]][1] is None


async def _work_three_clients(shell: Shell, ids: list[int]) -> PhoneCall:
    """The keyboard session, inside the loop (keys pressed while it runs, so every task step runs in it)."""
    window = shell.window
    assert window is not None
    link = window.softphone
    await shell.tasks.idle()
    press(window, Qt.Key.Key_F2, CTRL | SHIFT)  # progressive dialling on: counts, then takes and dials client 1
    call = await wait_call(window, ended)
    assert window.call is not None and window.call.client.id == ids[0]
    assert window.form.entry().attempt_result is AttemptResult.CONNECTED  # pre-filled by the phone
    assert link.state.text() == "Phone: ended, talked 00:01"
    press(window, Qt.Key.Key_F9)
    press(window, Qt.Key.Key_Tab)
    press(window, Qt.Key.Key_Tab)
    press(window, Qt.Key.Key_Down)  # a refusal reason
    press(window, Qt.Key.Key_0, CTRL)
    press(window, Qt.Key.Key_Return, CTRL)
    await wait_call(window, idle)  # saved: the indicator is idle and the countdown starts
    assert window.call is None

    # Paused before the count ran out: nobody is claimed, however long the operator is away (rule 8).
    assert link.progressive.state is Countdown.COUNTING
    press(window, Qt.Key.Key_F2, CTRL)
    assert link.progressive.state is Countdown.PAUSED and link.countdown.isVisible()
    with pytest.raises(TimeoutError):
        await wait_call(window, lambda _call: True, timeout=1.5)  # nothing happens while paused
    assert window.call is None and window.desk.held_client() is None

    press(window, Qt.Key.Key_F2, SHIFT)  # skip the wait: client 2 at once; it rejects
    await wait_call(window, ended)
    assert window.call is not None and window.call.client.id == ids[1]
    assert window.form.entry().attempt_result is AttemptResult.BUSY
    press(window, Qt.Key.Key_Return, CTRL)
    await wait_call(window, idle)

    await wait_call(window, ended)  # the count ran out by itself: client 3 rings until the ring timeout
    assert window.call is not None and window.call.client.id == ids[2]
    assert window.form.entry().attempt_result is AttemptResult.NO_ANSWER
    press(window, Qt.Key.Key_Return, CTRL)
    await wait_call(window, idle)

    press(window, Qt.Key.Key_F2, CTRL | SHIFT)  # a break: progressive dialling stops

    # The statistics show the talk the phone measured: one timed call, its seconds as the phone counted them.
    window.open_dashboard()
    await shell.tasks.idle()
    model = window.dashboard.model
    total = model.rowCount() - 1
    last = model.columnCount() - 1
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Measured by phone"
    assert model.data(model.index(total, last)) == measured_text(call.talk_seconds or 0.0, 1)
    window.dashboard.close()
    return call


def test_call_event_command_drives_the_window_state(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", "hook")
    client_id = make_client(seeded, now, "Орлова Мария", phones=("+79161230021",))
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    link = window.softphone
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None and window.call.client.id == client_id
    press(window, Qt.Key.Key_F4)  # the hook: the tel: link, and the hook follows the softphone's call
    assert link.state.state() is PhoneState.DIALLING

    def hook(*args: str) -> int:
        """Run the command the way MicroSIP's cmdCallStart would: its own process, off the GUI thread."""
        command = [sys.executable, str(ROOT / "main.py"), "call-event", *args]
        return subprocess.run(command, cwd=ROOT, capture_output=True, timeout=30, check=False).returncode

    assert loop.run_until_complete(shell.tasks.io(hook, "ringing", "--number", "79161230021")) == 0
    assert link.state.state() is PhoneState.RINGING and link.state.text() == "Phone: ringing"
    assert loop.run_until_complete(shell.tasks.io(hook, "answered", "--number", "+79161230021")) == 0
    assert link.state.state() is PhoneState.TALKING and link.state.text().startswith("Phone: talking 00:0")
    code = loop.run_until_complete(shell.tasks.io(hook, "ended", "--number", "+79161230021", "--cause", "bye"))
    assert code == 0
    assert link.state.state() is PhoneState.ENDED
    assert window.form.entry().attempt_result is AttemptResult.CONNECTED
    assert link.measured() is not None


def test_settings_test_button_reaches_baresip_without_dialling(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    fixed_now("2026-11-23T10:00:00+03:00")
    phone = loop.run_until_complete(
        BaresipProcess(tmp_path / "op", ("operator",), write_silence(tmp_path / "silence.wav")).start()
    )
    try:
        shell = shells(seeded.engine.url.render_as_string(hide_password=False))
        window = shell.window
        assert window is not None
        window.open_settings()
        box = window.settings_dialog.softphone
        box.kind.setCurrentIndex(box.kind.findData("baresip"))
        box.address.setText(phone.address)
        box.test.click()
        loop.run_until_complete(shell.tasks.idle())
        assert box.result.text() == f"baresip answers at {phone.address}."
        box.address.setText(f"127.0.0.1:{closed_port()}")
        box.test.click()
        loop.run_until_complete(shell.tasks.idle())
        assert box.result.text().startswith("Софтфон по адресу 127.0.0.1:")  # the desk's language: Russian
        # The supervisor edits the fate map: a broken one is refused, a sound one is stored and used.
        box.address.setText(phone.address)
        box.fate_map.setPlainText('{"486": "busy",')
        window.settings_dialog.save()
        loop.run_until_complete(shell.tasks.idle())
        assert window.settings_dialog.error.isVisible()
        box.fate_map.setPlainText('{"answered": "connected", "486": "no_answer", "*": "busy"}')
        window.settings_dialog.save()
        loop.run_until_complete(shell.tasks.idle())
    finally:
        loop.run_until_complete(phone.stop())
    with seeded.read() as session:
        stored = load_settings(session)
    assert stored.softphone == "baresip" and stored.softphone_address == phone.address
    assert stored.softphone_fate_map == {"answered": "connected", "486": "no_answer", "*": "busy"}
    assert window.desk.settings.softphone_fate_map == stored.softphone_fate_map
    window.softphone.dial("+79161230061")  # the next call reads the saved settings
    assert window.softphone.phone.fate_map == stored.softphone_fate_map


def test_f12_hangs_up_a_talking_call_and_the_talk_is_timed_to_the_hang_up(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    number = "+79161230031"
    make_client(seeded, now, "Зайцев Пётр", phones=(number,))
    with _long_call(loop, seeded, monkeypatch, tmp_path, number) as far_end:  # would talk for half a minute
        shell = shells(seeded.engine.url.render_as_string(hide_password=False))
        window = shell.window
        assert window is not None

        async def scenario() -> PhoneCall:
            await shell.tasks.idle()
            press(window, Qt.Key.Key_F2)
            await shell.tasks.idle()
            press(window, Qt.Key.Key_F4)
            talking = await wait_call(window, lambda call: call.state is PhoneState.TALKING)
            assert talking.answered_at is not None
            press(window, Qt.Key.Key_F4, CTRL)
            call = await wait_call(window, ended)
            await asyncio.wait_for(far_end.closed.wait(), EVENT_TIMEOUT)
            return call

        call = loop.run_until_complete(scenario())
    assert call.fate is AttemptResult.CONNECTED and window.form.entry().attempt_result is AttemptResult.CONNECTED
    far_talk = far_end.moment("CALL_CLOSED") - far_end.moment("CALL_ESTABLISHED")
    assert call.talk_seconds == pytest.approx(far_talk, abs=0.5)
    assert call.talk_seconds is not None and call.talk_seconds < 5  # ended by Ctrl+F4, not by the client's 30 s


def test_rule_7_progressive_dialling_takes_no_client_outside_calling_hours(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T14:00:00+03:00")  # 21:00 in Vladivostok: past the client's calling hours
    make_client(seeded, now, "Ким Алексей", phones=("+74232123456",), timezone="Asia/Vladivostok")
    with seeded.write() as session:
        save_settings(session, replace(load_settings(session), progressive_countdown_seconds=0))
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    link = window.softphone
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_F2, CTRL | SHIFT)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is None and window.desk.held_client() is None
    assert link.state.state() is PhoneState.IDLE and link.progressive.state is Countdown.IDLE


def test_saving_while_talking_stores_the_talk_so_far_and_hangs_up(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    number = "+79161230041"
    client_id = make_client(seeded, now, "Белова Анна", phones=(number,))
    with _long_call(loop, seeded, monkeypatch, tmp_path, number) as far_end:  # would talk for half a minute
        shell = shells(seeded.engine.url.render_as_string(hide_password=False))
        window = shell.window
        assert window is not None

        async def scenario() -> None:
            await shell.tasks.idle()
            press(window, Qt.Key.Key_F2)
            await shell.tasks.idle()
            press(window, Qt.Key.Key_F4)
            await wait_call(window, lambda call: call.state is PhoneState.TALKING)
            press(window, Qt.Key.Key_F9)  # refused, while the client is still on the line
            press(window, Qt.Key.Key_Tab)
            press(window, Qt.Key.Key_Tab)
            press(window, Qt.Key.Key_Down)
            press(window, Qt.Key.Key_0, CTRL)
            press(window, Qt.Key.Key_Return, CTRL)
            await wait_call(window, idle)
            await asyncio.wait_for(far_end.closed.wait(), EVENT_TIMEOUT)  # the app hung up
            await shell.tasks.idle()
            assert window.softphone.state.state() is PhoneState.IDLE  # the hung-up call's tail changes nothing

        loop.run_until_complete(scenario())
    with seeded.read() as session:
        attempt, talk = session.execute(
            select(Call.attempt_result, Call.talk_seconds).where(Call.client_id == client_id)
        ).one()
    far_talk = far_end.moment("CALL_CLOSED") - far_end.moment("CALL_ESTABLISHED")
    assert attempt == "connected" and talk is not None
    assert 0 < talk <= far_talk + 0.5


def test_a_softphone_that_is_away_is_said_once_and_f4_still_dials_the_old_way(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    make_client(seeded, now, "Исаев Олег", phones=("+79161230051",))
    opened: list[str] = []
    monkeypatch.setattr("ui.softphone_link.QDesktopServices.openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setenv("CALLASSIST_SOFTPHONE", f"baresip://127.0.0.1:{closed_port()}")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    loop.run_until_complete(shell.tasks.idle())
    assert window.statusBar().currentMessage().startswith("Софтфон по адресу 127.0.0.1:")  # said at start
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_F4)
    loop.run_until_complete(shell.tasks.idle())
    assert opened == ["tel:+79161230051"]
    assert window.softphone.state.state() is PhoneState.IDLE
