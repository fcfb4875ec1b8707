"""An asyncio client of baresip's ``ctrl_tcp`` module: netstring-framed JSON on a local TCP port.

Commands go out as ``{"command": "dial", "params": "sip:…", "token": "7"}`` and come back as
``{"response": true, "ok": true, "data": "…", "token": "7"}``; call events arrive unasked as
``{"event": true, "type": "CALL_RINGING", "class": "call", "peeruri": "sip:…", "param": "…"}``
(baresip ``modules/ctrl_tcp/ctrl_tcp.c``, ``src/event.c``). ``ctrl_tcp`` hands commands to the ``menu`` module,
so baresip must load both.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
from typing import Any

from callassist import clock
from callassist.errors import UserInputError
from callassist.softphone.connector import Answered, CallEvent, Ended, Listener, Now, Ringing

COMMAND_TIMEOUT = 3.0  # seconds: baresip answers a command at once; longer means it is stuck or gone
CONNECT_TIMEOUT = 2.0
MAX_FRAME = 1 << 20  # a netstring longer than this is not baresip talking


def frame(message: dict[str, Any]) -> bytes:
    """One netstring: ``<length>:<json>,``."""
    body = json.dumps(message, ensure_ascii=False).encode()
    return b"%d:%s," % (len(body), body)


async def read_frame(reader: asyncio.StreamReader) -> dict[str, Any]:
    """The next netstring's JSON object.

    Raises:
        asyncio.IncompleteReadError: the connection closed.
        ValueError: the bytes are not a netstring of a JSON object.
    """
    head = await reader.readuntil(b":")
    length = int(head[:-1])
    if not 0 <= length <= MAX_FRAME:
        raise ValueError(f"netstring length {length}")
    body = await reader.readexactly(length + 1)
    if body[-1:] != b",":
        raise ValueError("netstring without its comma")
    decoded = json.loads(body[:-1])
    if not isinstance(decoded, dict):
        raise ValueError("netstring is not a JSON object")
    return decoded


def peer_number(uri: str) -> str:
    """The user part of a SIP URI (``sip:+7916…@host`` → ``+7916…``); the text itself when it has none."""
    rest = uri.split(":", 1)[1] if uri.lower().startswith(("sip:", "sips:", "tel:")) else uri
    return rest.split("@", 1)[0].split(";", 1)[0]


def to_event(message: dict[str, Any], now: Now) -> CallEvent | None:
    """The call event a baresip event stands for; None for the events the app does not follow (SDP, RTCP…)."""
    if message.get("class") != "call" or message.get("direction", "outgoing") != "outgoing":
        return None
    kind = message.get("type")
    number = peer_number(str(message.get("peeruri", "")))
    if kind in ("CALL_RINGING", "CALL_PROGRESS"):
        return Ringing(number, now())
    if kind == "CALL_ESTABLISHED":
        return Answered(number, now())
    if kind == "CALL_CLOSED":
        return Ended(number, now(), str(message.get("param", "")), None)
    return None


class BaresipConnector:
    """Drives one baresip through ``ctrl_tcp`` at ``host:port``."""

    can_dial = True

    def __init__(self, host: str, port: int, now: Now = clock.now) -> None:
        self.host, self.port, self.now = host, port, now
        self._listener: Listener | None = None
        self._writer: asyncio.StreamWriter | None = None
        self._pump: asyncio.Task[None] | None = None
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._tokens = itertools.count(1)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    async def start(self, listener: Listener) -> None:
        self._listener = listener
        await self._connect()

    async def _connect(self) -> None:
        try:
            reader, self._writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), CONNECT_TIMEOUT
            )
        except (OSError, TimeoutError) as error:
            raise UserInputError(
                "softphone.unreachable", field="softphoneAddress", address=self.address, detail=str(error) or "timeout"
            ) from error
        self._pump = asyncio.ensure_future(self._read_forever(reader))

    async def _read_forever(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                self._route(await read_frame(reader))
        except (asyncio.IncompleteReadError, ConnectionError, ValueError) as error:
            self._lost(error)

    def _route(self, message: dict[str, Any]) -> None:
        if message.get("response"):
            waiting = self._pending.pop(str(message.get("token", "")), None)
            if waiting is not None and not waiting.done():
                waiting.set_result(message)
            return
        if message.get("event") and self._listener is not None:
            event = to_event(message, self.now)
            if event is not None:
                self._listener(event)

    def _lost(self, error: Exception) -> None:
        """baresip went away: every command waiting for it fails, and the next one reconnects."""
        writer, self._writer = self._writer, None
        if writer is not None:
            writer.close()
        for waiting in self._pending.values():
            if not waiting.done():
                waiting.set_exception(
                    UserInputError("softphone.unreachable", address=self.address, detail=str(error) or "closed")
                )
        self._pending.clear()

    async def command(self, command: str, params: str = "") -> str:
        """Run one baresip command and return its ``data``.

        Raises:
            UserInputError: ``softphone.unreachable`` or ``softphone.command_failed``.
        """
        if self._writer is None:
            await self._connect()
        assert self._writer is not None
        token = str(next(self._tokens))
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[token] = answer
        message: dict[str, Any] = {"command": command, "token": token}
        if params:
            message["params"] = params
        self._writer.write(frame(message))
        try:
            response = await asyncio.wait_for(answer, COMMAND_TIMEOUT)
        except TimeoutError as error:
            self._pending.pop(token, None)
            raise UserInputError("softphone.unreachable", address=self.address, detail="timeout") from error
        data = str(response.get("data", "")).strip()
        if not response.get("ok"):
            raise UserInputError("softphone.command_failed", command=command, detail=data or "-")
        return data

    async def dial(self, target: str) -> None:
        await self.command("dial", target)

    async def hang_up(self) -> None:
        await self.command("hangup")

    async def check(self) -> str:
        """Ask baresip for its registration info: proves ``ctrl_tcp`` and ``menu`` both answer; dials nothing."""
        if self._writer is None:
            await self._connect()
        await self.command("reginfo")
        return self.address

    async def close(self) -> None:
        writer, self._writer = self._writer, None
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
        if writer is not None:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()
