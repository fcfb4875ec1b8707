"""One dialled call followed from the dial to its end: its state for the indicator, its fate, its talk time.

:class:`Softphone` glues a connector to the open call: it dials the target, arms the app's own ring timeout (baresip
1.0.0 never gives up ringing by itself) and hangs up when it runs out, then classifies the ended call with the
supervisor's fate map. Whoever shows the call (the window, a test) subscribes with ``on_change``.
"""

from __future__ import annotations

import asyncio
import enum
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from callassist import clock
from callassist.domain import AttemptResult, MeasuredTalk
from callassist.softphone import fate
from callassist.softphone.connector import Answered, CallEvent, Connector, Ended, Now, Ringing

DEFAULT_RING_TIMEOUT = 30.0
MATCH_DIGITS = 7  # a hook's number may lose the plus or the country code; the last digits still name the call


class PhoneState(enum.StrEnum):
    IDLE = "idle"
    DIALLING = "dialling"
    RINGING = "ringing"
    TALKING = "talking"
    ENDED = "ended"


@dataclass(frozen=True)
class PhoneCall:
    """What the phone knows about the call so far; ``talk_seconds`` is measured on the monotonic clock."""

    number: str
    state: PhoneState = PhoneState.DIALLING
    dialled_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    answered_tick: float | None = None
    talk_seconds: float | None = None
    cause: str = ""
    fate: AttemptResult | None = None
    ring_timed_out: bool = False

    def measured(self) -> MeasuredTalk | None:
        """What the wrap-up stores: the answer moment and the talk seconds, once an answered call has ended."""
        if self.answered_at is None or self.talk_seconds is None:
            return None
        return MeasuredTalk(self.answered_at, self.talk_seconds)

    def talking_for(self, tick: float | None = None) -> float:
        """Seconds of talk so far (the indicator's 00:42), or the measured total once ended."""
        if self.talk_seconds is not None:
            return self.talk_seconds
        if self.answered_tick is None:
            return 0.0
        return max(0.0, (time.monotonic() if tick is None else tick) - self.answered_tick)


def same_number(a: str, b: str) -> bool:
    digits_a, digits_b = "".join(c for c in a if c.isdigit()), "".join(c for c in b if c.isdigit())
    if not digits_a or not digits_b:
        return a == b
    tail = min(len(digits_a), len(digits_b), max(MATCH_DIGITS, 1))
    return digits_a[-tail:] == digits_b[-tail:]


def advance(call: PhoneCall, event: CallEvent, fate_map: Mapping[str, str] | None) -> PhoneCall:
    """The call after ``event``; an ended call no longer changes."""
    if call.state is PhoneState.ENDED:
        return call
    if isinstance(event, Ringing):
        return replace(call, state=PhoneState.RINGING) if call.state is PhoneState.DIALLING else call
    if isinstance(event, Answered):
        return replace(call, state=PhoneState.TALKING, answered_at=event.at, answered_tick=event.tick)
    answered = call.answered_tick is not None
    talk = round(event.tick - call.answered_tick, 3) if call.answered_tick is not None else None
    result = fate.classify(answered, call.ring_timed_out, event.cause, fate_map)
    return replace(call, state=PhoneState.ENDED, ended_at=event.at, talk_seconds=talk, cause=event.cause, fate=result)


class Softphone:
    """The app's softphone: one call at a time through one connector."""

    def __init__(
        self,
        connector: Connector,
        ring_timeout: float = DEFAULT_RING_TIMEOUT,
        fate_map: Mapping[str, str] | None = None,
        now: Now = clock.now,
    ) -> None:
        self.connector = connector
        self.ring_timeout = ring_timeout
        self.fate_map = fate_map
        self.now = now
        self.call: PhoneCall | None = None
        self._listeners: list[Callable[[PhoneCall], None]] = []
        self._ring_timer: asyncio.TimerHandle | None = None
        self._hanging_up: asyncio.Future[None] | None = None

    def on_change(self, listener: Callable[[PhoneCall], None]) -> None:
        self._listeners.append(listener)

    async def start(self) -> None:
        await self.connector.start(self.feed_own)

    def feed_own(self, event: CallEvent) -> None:
        """An event from the phone that dialled: it is about our call whatever the SIP URI's user part says."""
        self.feed(event, ours=self.connector.can_dial)

    async def dial(self, number: str, target: str) -> None:
        """Call ``number`` (E.164, for matching events) at ``target`` (what the connector dials).

        Raises:
            UserInputError: the phone cannot be reached or refused the dial.
        """
        self.expect(number)
        if self.connector.can_dial:
            self._arm_ring_timer()
            try:
                await self.connector.dial(target)
            except Exception:
                self._disarm()
                self.call = None
                self._tell()
                raise

    def expect(self, number: str) -> None:
        """A call to ``number`` is being placed (by us or by the operator's own softphone)."""
        self._disarm()
        self.call = PhoneCall(number, dialled_at=self.now())
        self._tell()

    async def hang_up(self) -> None:
        if self.call is not None and self.call.state is not PhoneState.ENDED and self.connector.can_dial:
            await self.connector.hang_up()

    def forget(self) -> None:
        """The call is wrapped up: the indicator goes back to idle."""
        self._disarm()
        self.call = None
        self._tell()

    def feed(self, event: CallEvent, ours: bool = False) -> None:
        """An event for the open call (``ours``: from the phone that dialled it, else matched by number);
        events about other calls are ignored."""
        if self.call is None:
            if ours:  # the tail of a call already wrapped up and forgotten (hung up on saving)
                return
            self.call = PhoneCall(event.number, dialled_at=event.at)  # the operator dialled from the phone itself
        elif self.call.state is PhoneState.ENDED or not (ours or same_number(self.call.number, event.number)):
            return
        if not isinstance(event, Ringing):
            self._disarm()
        updated = advance(self.call, event, self.fate_map)
        if updated != self.call:
            self.call = updated
            self._tell()

    def _tell(self) -> None:
        for listener in list(self._listeners):
            listener(self.call if self.call is not None else PhoneCall("", state=PhoneState.IDLE))

    def _arm_ring_timer(self) -> None:
        self._ring_timer = asyncio.get_running_loop().call_later(self.ring_timeout, self._ring_ran_out)

    def _disarm(self) -> None:
        if self._ring_timer is not None:
            self._ring_timer.cancel()
            self._ring_timer = None

    def _ring_ran_out(self) -> None:
        self._ring_timer = None
        if self.call is not None and self.call.state in (PhoneState.DIALLING, PhoneState.RINGING):
            self.call = replace(self.call, ring_timed_out=True)
            self._hanging_up = asyncio.ensure_future(self._hang_up_quietly())

    async def _hang_up_quietly(self) -> None:
        try:
            await self.connector.hang_up()
        except Exception:  # the phone is gone: the call will never end by itself, so end it here
            self.feed(Ended(self.call.number if self.call else "", self.now(), "", None))

    async def close(self) -> None:
        self._disarm()
        await self.connector.close()
