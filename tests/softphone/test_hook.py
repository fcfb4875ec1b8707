"""The event hook: ``main.py call-event`` run as a softphone would run it reaches the running app's listener."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from callassist.softphone.connector import Answered, CallEvent, Ended, Ringing
from callassist.softphone.hook import HookListener
from callassist.softphone.session import PhoneState, Softphone

ROOT = Path(__file__).resolve().parents[2]


async def call_event(*args: str) -> tuple[int, str]:
    """Run the command in its own process, as MicroSIP's cmdCallStart would."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "main.py"), "call-event", *args,
        cwd=ROOT, env=dict(os.environ), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    _out, err = await asyncio.wait_for(process.communicate(), 30)
    return int(process.returncode or 0), err.decode()


def test_no_app_running_is_exit_2_with_one_line() -> None:
    code, err = asyncio.run(call_event("ringing", "--number", "+79161234567"))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "CallAssist" in err


def test_events_from_the_command_drive_the_call_state_and_its_fate() -> None:
    async def scenario() -> None:
        listener = HookListener()
        phone = Softphone(listener)
        seen: list[CallEvent] = []
        original = phone.feed
        phone.feed = lambda event: (seen.append(event), original(event))  # type: ignore[method-assign]
        await listener.start(phone.feed)
        try:
            phone.expect("+79161234567")
            assert (await call_event("ringing", "--number", "79161234567"))[0] == 0
            assert phone.call is not None and phone.call.state is PhoneState.RINGING
            assert (await call_event("answered", "--number", "+79161234567"))[0] == 0
            assert phone.call.state is PhoneState.TALKING
            code = (await call_event("ended", "--number", "+79161234567", "--cause", "normal hang-up"))[0]
            assert code == 0
        finally:
            await listener.close()
        assert [type(event) for event in seen] == [Ringing, Answered, Ended]
        assert phone.call.state is PhoneState.ENDED and phone.call.fate == "connected"
        assert phone.call.talk_seconds is not None and phone.call.talk_seconds > 0

    asyncio.run(scenario())


def test_a_refused_call_through_the_hook_is_busy() -> None:
    async def scenario() -> None:
        listener = HookListener()
        phone = Softphone(listener)
        await listener.start(phone.feed)
        try:
            phone.expect("+79161234567")
            await call_event("ringing", "--number", "+79161234567")
            await call_event("ended", "--number", "+79161234567", "--cause", "486 Busy Here")
        finally:
            await listener.close()
        assert phone.call is not None and phone.call.fate == "busy" and phone.call.talk_seconds is None

    asyncio.run(scenario())


def test_the_console_script_path_takes_the_same_command() -> None:
    """``callassist call-event`` (the console script, through callassist.cli) behaves like ``main.py call-event``."""
    from callassist.cli import main

    assert main(["call-event", "ended", "--number", "+79161234567", "--cause", "486 Busy"]) == 2
    assert main(["call-event", "hung", "--number", "+79161234567"]) == 2


def test_windows_way_a_loopback_port_written_to_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where Unix sockets are missing (Windows) the app listens on a loopback port named in the data folder."""
    from callassist.softphone import hook

    monkeypatch.setattr(hook, "USE_TCP", True)

    async def scenario() -> None:
        listener = HookListener()
        phone = Softphone(listener)
        await listener.start(phone.feed)
        try:
            assert hook.port_file().read_text(encoding="ascii").isdigit()
            assert listener.where.startswith("127.0.0.1:")
            sent = await asyncio.to_thread(hook.send, "ringing", "+79161234567")
            assert sent and phone.call is not None and phone.call.state is PhoneState.RINGING
        finally:
            await listener.close()
        assert not hook.port_file().exists()
        assert not await asyncio.to_thread(hook.send, "ended", "+79161234567")  # nobody listens any more

    asyncio.run(scenario())
