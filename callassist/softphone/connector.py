"""What every softphone connector promises, and the call events it reports.

A connector dials, hangs up and reports what happened to the call as plain events: :class:`Ringing`,
:class:`Answered` (with the moment) and :class:`Ended` (with the moment, the phone's own cause text and the fate
it classified). Events carry the app clock's moment (stored with the call) and a monotonic reading (talk time is
measured on it, so a fixed ``CALLASSIST_NOW`` or a clock step never bends a duration).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from callassist import clock
from callassist.domain import AttemptResult
from callassist.errors import UserInputError

ENV_SOFTPHONE = "CALLASSIST_SOFTPHONE"
NONE, BARESIP, HOOK = "none", "baresip", "hook"
KINDS = (NONE, BARESIP, HOOK)
FORMS = "baresip://HOST:PORT, hook, none"  # what CALLASSIST_SOFTPHONE accepts


@dataclass(frozen=True)
class Ringing:
    number: str
    at: datetime
    tick: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Answered:
    number: str
    at: datetime
    tick: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class Ended:
    """The call is over. ``fate`` is the attempt result the phone's state and cause point to (``fate.py``);
    None when it cannot tell (the operator chooses)."""

    number: str
    at: datetime
    cause: str
    fate: AttemptResult | None
    tick: float = field(default_factory=time.monotonic)


CallEvent = Ringing | Answered | Ended
Listener = Callable[[CallEvent], None]


class Connector(Protocol):
    """A softphone the app drives (baresip) or only listens to (the event hook)."""

    can_dial: bool

    async def start(self, listener: Listener) -> None:
        """Connect (or listen) and report call events to ``listener`` from now on.

        Raises:
            UserInputError: ``softphone.unreachable``: the phone cannot be reached.
        """

    async def dial(self, target: str) -> None:
        """Place a call to ``target`` (a SIP URI or a number, as the dial template made it)."""

    async def hang_up(self) -> None:
        """End the current call, ringing or talking."""

    async def check(self) -> str:
        """Reach the phone without dialling; returns what answered (for the settings' Test button)."""

    async def close(self) -> None:
        """Stop listening and release the connection."""


@dataclass(frozen=True)
class SoftphoneChoice:
    """Which connector to use: ``kind`` one of :data:`KINDS`, ``host``/``port`` for baresip's ``ctrl_tcp``."""

    kind: str = NONE
    host: str = "127.0.0.1"
    port: int = 4444


def parse_choice(text: str) -> SoftphoneChoice:
    """``baresip://HOST:PORT`` | ``hook`` | ``none`` (``CALLASSIST_SOFTPHONE``, or the setting's address).

    Raises:
        UserInputError: ``softphone.bad_choice``.
    """
    value = text.strip()
    if value.lower() in (NONE, HOOK, ""):
        return SoftphoneChoice(value.lower() or NONE)
    if value.lower().startswith("baresip://"):
        host, _, port = value[len("baresip://") :].rstrip("/").rpartition(":")
        if host and port.isdigit() and 0 < int(port) < 65536:
            return SoftphoneChoice(BARESIP, host.strip("[]"), int(port))
    raise UserInputError("softphone.bad_choice", field="softphone", value=value, forms=FORMS)


def choose(setting_kind: str, setting_address: str) -> SoftphoneChoice:
    """The environment's ``CALLASSIST_SOFTPHONE`` wins over the settings (PRODUCT.md §5)."""
    override = os.environ.get(ENV_SOFTPHONE)
    if override:
        return parse_choice(override)
    if setting_kind == BARESIP:
        return parse_choice(f"baresip://{setting_address}")
    return SoftphoneChoice(setting_kind if setting_kind in KINDS else NONE)


def dial_target(template: str, e164: str, extension: str = "") -> str:
    """The address a SIP phone dials: ``template`` with ``{e164}`` (``+7…``), ``{digits}`` (no plus) and
    ``{extension}`` filled; an empty template dials the E.164 number itself."""
    if not template:
        return e164
    return template.format(e164=e164, digits=e164.lstrip("+"), extension=extension)


Now = Callable[[], datetime]
DEFAULT_NOW: Now = clock.now
