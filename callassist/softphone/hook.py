"""The event hook: any softphone that can run a command on a call event reaches the running app through it.

The softphone runs ``main.py call-event ringing|answered|ended --number N [--cause C]``; that command sends one JSON
line to a local socket the app listens on and waits for ``ok``. The socket is per user and per data directory: a
Unix socket in the data directory (in the temp directory when that path is too long for a socket), or on Windows a
loopback TCP port written to a file in the data directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import os
import socket
import sys
import tempfile
from pathlib import Path

from callassist import clock, paths
from callassist.errors import UserInputError
from callassist.softphone.connector import Answered, CallEvent, Ended, Listener, Now, Ringing

STATES = ("ringing", "answered", "ended")
SOCKET_NAME = "softphone.sock"
PORT_FILE = "softphone.port"
MAX_UNIX_PATH = 100  # sockaddr_un holds 104–108 bytes depending on the system
REPLY_TIMEOUT = 3.0
USE_TCP = sys.platform == "win32" or not hasattr(socket, "AF_UNIX")


def socket_path() -> Path:
    """Where this user's running app listens (Unix sockets)."""
    data = paths.data_dir()
    path = data / SOCKET_NAME
    if len(os.fsencode(path)) <= MAX_UNIX_PATH:
        return path
    digest = hashlib.sha1(os.fsencode(data)).hexdigest()[:12]
    user = getattr(os, "getuid", lambda: 0)()  # per user: the temp directory may be shared
    return Path(tempfile.gettempdir()) / f"callassist-{user}-{digest}.sock"


def port_file() -> Path:
    return paths.data_dir() / PORT_FILE


def meeting_point() -> Path:
    """Where ``call-event`` finds the app: the socket, or on Windows the file naming its port."""
    return port_file() if USE_TCP else socket_path()


def to_event(message: dict[str, object], now: Now) -> CallEvent:
    """The call event one hook line stands for.

    Raises:
        UserInputError: ``softphone.bad_event``.
    """
    state, number, cause = message.get("state"), message.get("number"), message.get("cause") or ""
    if state not in STATES or not isinstance(number, str) or not number or not isinstance(cause, str):
        raise UserInputError("softphone.bad_event", field="state", state=str(state), states=", ".join(STATES))
    if state == "ringing":
        return Ringing(number, now())
    if state == "answered":
        return Answered(number, now())
    return Ended(number, now(), cause, None)


class HookListener:
    """The app's side: a local server that turns each hook line into a call event. It only listens: the
    operator dials and hangs up in the softphone itself."""

    can_dial = False

    def __init__(self, now: Now = clock.now) -> None:
        self.now = now
        self._server: asyncio.AbstractServer | None = None
        self._listener: Listener | None = None
        self.where = ""

    async def start(self, listener: Listener) -> None:
        self._listener = listener
        if self._server is not None:
            return
        if USE_TCP:
            self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
            port = self._server.sockets[0].getsockname()[1]
            port_file().write_text(str(port), encoding="ascii")
            self.where = f"127.0.0.1:{port}"
        else:
            path = socket_path()
            with contextlib.suppress(FileNotFoundError):
                path.unlink()  # left by an app that crashed; a live one would have answered call-event
            self._server = await asyncio.start_unix_server(self._serve, str(path))
            os.chmod(path, 0o600)  # this user's softphone only
            self.where = str(path)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line = await asyncio.wait_for(reader.readline(), REPLY_TIMEOUT)
            message = json.loads(line)
            event = to_event(message if isinstance(message, dict) else {}, self.now)
            if self._listener is not None:
                self._listener(event)
            writer.write(b"ok\n")
        except (ValueError, UserInputError, TimeoutError):
            writer.write(b"bad\n")
        finally:
            with contextlib.suppress(OSError):
                await writer.drain()
                writer.close()

    async def dial(self, target: str) -> None:
        """Nothing to do: the hook cannot dial (the app opens the ``tel:`` link instead)."""

    async def hang_up(self) -> None:
        """Nothing to do: the operator hangs up in the softphone."""

    async def check(self) -> str:
        return self.where

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()
        if USE_TCP:
            with contextlib.suppress(OSError):
                port_file().unlink()
        else:
            with contextlib.suppress(OSError):
                socket_path().unlink()


def send(state: str, number: str, cause: str = "", timeout: float = REPLY_TIMEOUT) -> bool:
    """The command's side: hand one event to the running app. False when no app is listening.

    Raises:
        UserInputError: ``softphone.bad_event``: the app refused the event.
    """
    line = json.dumps({"state": state, "number": number, "cause": cause}).encode() + b"\n"
    try:
        with _connect(timeout) as conn:
            conn.sendall(line)
            reply = conn.makefile("rb").readline()
    except (OSError, ValueError):
        return False
    if reply.strip() != b"ok":
        raise UserInputError("softphone.bad_event", field="state", state=state, states=", ".join(STATES))
    return True


def _connect(timeout: float) -> socket.socket:
    if USE_TCP:
        port = int(port_file().read_text(encoding="ascii").strip())
        return socket.create_connection(("127.0.0.1", port), timeout)
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    conn.settimeout(timeout)
    try:
        conn.connect(str(socket_path()))
    except OSError:
        conn.close()
        raise
    return conn
