"""Real baresip processes on loopback for the softphone tests and the benchmark.

:class:`BaresipProcess` writes a config into its own folder (``-f DIR``), picks free ports on 127.0.0.1 and waits for
"baresip is ready." on its output. :class:`ClientPhone` is the far end a test drives through that phone's own
``ctrl_tcp``: it answers after N seconds and hangs up after M, rejects, or never answers. Without a sound card the
phones play an 8 kHz WAV of silence (``aufile``) and play out to ``aubridge,nil``: ``ausine`` only does 48 kHz and
then turns an answer into a rejection.
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import socket
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from callassist.softphone.baresip import frame, peer_number, read_frame

BARESIP = shutil.which("baresip")
READY = b"baresip is ready"
START_TIMEOUT = 10.0
SILENCE_SECONDS = 60  # longer than any test call: aufile ends the call when its file runs out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def closed_port() -> int:
    """A loopback TCP port nobody listens on: a SIP dial over TCP to it is refused at once."""
    return free_port()


def write_silence(path: Path) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\0" * 8000 * SILENCE_SECONDS)
    return path


def write_config(folder: Path, users: tuple[str, ...], sip_port: int, ctrl_port: int, silence: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config").write_text(
        "\n".join(
            (
                "poll_method epoll",
                f"sip_listen 127.0.0.1:{sip_port}",
                "net_interface 127.0.0.1",
                "module_path /usr/lib/baresip/modules",
                "module account.so",
                "module g711.so",
                "module aufile.so",
                "module aubridge.so",
                "module menu.so",  # ctrl_tcp hands every command to menu
                "module ctrl_tcp.so",
                f"ctrl_tcp_listen 127.0.0.1:{ctrl_port}",
                "audio_player aubridge,nil",
                "audio_alert aubridge,nil",
                f"audio_source aufile,{silence}",
                "",
            )
        ),
        encoding="utf-8",
    )
    # One account per user name: baresip 1.0.0 answers only the users it has (no catch-all from its config).
    accounts = "".join(f"<sip:{user}@127.0.0.1:{sip_port}>;regint=0;answermode=manual\n" for user in users)
    (folder / "accounts").write_text(accounts)
    (folder / "contacts").write_text("")


class _ExitedEarly(RuntimeError):
    """baresip stopped before it said it was ready (most often: one of its ports was taken)."""


START_ATTEMPTS = 3


@dataclass
class BaresipProcess:
    folder: Path
    users: tuple[str, ...]  # the SIP user names it answers to (the client phone: the numbers' digits)
    silence: Path
    sip_port: int = field(default_factory=free_port)
    ctrl_port: int = field(default_factory=free_port)
    process: asyncio.subprocess.Process | None = None
    _drain: asyncio.Task[None] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.ctrl_port}"

    def uri(self, user: str) -> str:
        return f"sip:{user}@127.0.0.1:{self.sip_port}"

    async def start(self) -> BaresipProcess:
        # A port picked free may be taken before baresip binds it (another baresip's TLS listener on its SIP
        # port + 1, or its RTP ports): baresip then exits at once, and a start on fresh ports is a fair retry.
        for attempt in range(START_ATTEMPTS):
            try:
                return await self._start_once()
            except _ExitedEarly:
                if attempt == START_ATTEMPTS - 1:
                    raise
                self.sip_port, self.ctrl_port = free_port(), free_port()
        raise AssertionError("unreachable")

    async def _start_once(self) -> BaresipProcess:
        assert BARESIP is not None
        write_config(self.folder, self.users, self.sip_port, self.ctrl_port, self.silence)
        self.process = await asyncio.create_subprocess_exec(
            BARESIP, "-f", str(self.folder),
            stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        assert self.process.stdout is not None
        await asyncio.wait_for(self._until_ready(self.process.stdout), START_TIMEOUT)
        self._drain = asyncio.ensure_future(self._read_rest(self.process.stdout))
        return self

    async def _until_ready(self, out: asyncio.StreamReader) -> None:
        while READY not in await out.readline():
            if out.at_eof():
                assert self.process is not None
                await self.process.wait()
                raise _ExitedEarly(f"baresip in {self.folder} exited before it was ready")

    async def _read_rest(self, out: asyncio.StreamReader) -> None:
        while await out.read(65536):  # baresip prints call status every second: keep the pipe from filling
            pass

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            try:
                await asyncio.wait_for(self.process.wait(), 5)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()
        if self._drain is not None:
            self._drain.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._drain


@dataclass
class Behaviour:
    """What the client does with an incoming call: ``answer_after`` seconds then ``hang_up_after`` seconds of
    talk; ``reject_after`` seconds then decline; neither: it rings until the caller gives up."""

    answer_after: float | None = None
    hang_up_after: float = 1.0
    reject_after: float | None = None


class ClientPhone:
    """The far end, driven through its own ``ctrl_tcp``; records the moments its own events arrived."""

    def __init__(self, phone: BaresipProcess) -> None:
        self.phone = phone
        self.behaviour = Behaviour()
        self.plan: dict[str, Behaviour] = {}
        self.current = self.behaviour  # per called user (the number's digits); else ``behaviour``
        self.events: list[tuple[float, str, str]] = []  # (monotonic time, type, param)
        self.closed: asyncio.Event = asyncio.Event()
        self.incoming: asyncio.Event = asyncio.Event()
        self._writer: asyncio.StreamWriter | None = None
        self._pump: asyncio.Task[None] | None = None
        self._timers: list[asyncio.TimerHandle] = []

    async def connect(self) -> ClientPhone:
        self._loop = asyncio.get_running_loop()
        reader, self._writer = await asyncio.open_connection("127.0.0.1", self.phone.ctrl_port)
        self._pump = asyncio.ensure_future(self._read(reader))
        return self

    def expect(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.events.clear()
        self.closed.clear()
        self.incoming.clear()

    def moment(self, kind: str) -> float:
        return next(at for at, seen, _param in self.events if seen == kind)

    async def _read(self, reader: asyncio.StreamReader) -> None:
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            while True:
                self._on(await read_frame(reader))

    def _on(self, message: dict[str, Any]) -> None:
        if not message.get("event") or message.get("class") != "call":
            return
        kind = str(message.get("type"))
        self.events.append((time.monotonic(), kind, str(message.get("param", ""))))
        if kind == "CALL_INCOMING":
            self.incoming.set()
            aor = str(message.get("accountaor", ""))
            self.current = self.plan.get(peer_number(aor), self.behaviour)
            self._send("uafind", aor)  # menu's accept and hangup act on the current account: make it this one
            self._plan()
        elif kind == "CALL_ESTABLISHED" and self.current.answer_after is not None:
            self._later(self.current.hang_up_after, "hangup")
        elif kind == "CALL_CLOSED":
            self.closed.set()

    def _plan(self) -> None:
        if self.current.answer_after is not None:
            self._later(self.current.answer_after, "accept")
        elif self.current.reject_after is not None:
            self._later(self.current.reject_after, "hangup")  # hanging up an incoming call rejects it: 486

    def _later(self, seconds: float, command: str) -> None:
        # The loop taken at connect(): qasync may run this callback while Qt processes events outside the loop.
        self._timers.append(self._loop.call_later(seconds, self._send, command))

    def _send(self, command: str, params: str = "") -> None:
        if self._writer is not None:
            self._writer.write(frame({"command": command, "params": params, "token": command}))

    async def close(self) -> None:
        for timer in self._timers:
            timer.cancel()
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(OSError):
                await self._writer.wait_closed()
