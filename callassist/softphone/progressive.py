"""Progressive dialling: after a saved wrap-up, the next client is taken and dialled after a short countdown.

The countdown runs **before** the claim: while it counts (or stands paused) no client is leased, so an operator who
walks away from a paused countdown holds nobody (rule 8), and the next client is taken only when it reaches zero or
the operator skips the wait; taking it still goes through the desk, so rules 7 and 9 hold as for F2. Pausing stops
the count; resuming starts it again from the full length. A break (or switching the mode off) stops it.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

DEFAULT_COUNTDOWN = 5

Sleep = Callable[[float], Awaitable[None]]


class Countdown(enum.StrEnum):
    OFF = "off"  # the mode is off
    IDLE = "idle"  # on, waiting for the current call's wrap-up to be saved
    COUNTING = "counting"
    PAUSED = "paused"
    DIALLING = "dialling"  # the countdown ran out: taking and dialling the next client


class ProgressiveDialler:
    """The countdown's logic, without a clock of its own: ``sleep`` is injected (tests pass a fake one).

    ``on_tick(state, seconds_left)`` reports every change for the indicator; ``take_and_dial`` claims the next
    client and dials it (the window's F2 + F4).
    """

    def __init__(
        self,
        take_and_dial: Callable[[], Awaitable[None]],
        on_tick: Callable[[Countdown, int], None],
        seconds: int = DEFAULT_COUNTDOWN,
        sleep: Sleep = asyncio.sleep,
        spawn: Callable[[Coroutine[Any, Any, None]], asyncio.Future[Any]] = asyncio.ensure_future,
    ) -> None:
        """``spawn`` runs the count as a task (the window passes its task runner, whose errors reach the one
        error handler and whose ``idle()`` waits for the count)."""
        self.take_and_dial = take_and_dial
        self.on_tick = on_tick
        self.seconds = max(0, seconds)
        self.sleep = sleep
        self.spawn = spawn
        self.state = Countdown.OFF
        self.left = 0
        self._task: asyncio.Future[Any] | None = None

    @property
    def enabled(self) -> bool:
        return self.state is not Countdown.OFF

    def switch(self, on: bool, call_open: bool = False) -> None:
        """Turn the mode on (counting at once when no call is open) or off (a break: everything stops)."""
        if not on:
            self._stop(Countdown.OFF)
        elif not self.enabled:
            self._set(Countdown.IDLE, 0)
            if not call_open:
                self.start()

    def call_opened(self) -> None:
        """A client was taken by hand (F2 or a click): a running countdown has nothing left to do."""
        if self.state in (Countdown.COUNTING, Countdown.PAUSED):
            self._stop(Countdown.IDLE)

    def wrap_up_saved(self) -> None:
        """The wrap-up is committed (rule 9): start counting towards the next client."""
        if self.enabled:
            self.start()

    def start(self) -> None:
        self._cancel()
        if self.seconds:  # counting from now, so a pause pressed at once finds the count running
            self._set(Countdown.COUNTING, self.seconds)
        self._task = self.spawn(self._count())

    def pause(self) -> None:
        """Pause a running count (no client is held meanwhile); resume a paused one from the start."""
        if self.state is Countdown.COUNTING:
            self._stop(Countdown.PAUSED)
        elif self.state is Countdown.PAUSED:
            self.start()

    def skip(self) -> None:
        """Skip the wait: take and dial the next client now."""
        if self.state in (Countdown.COUNTING, Countdown.PAUSED):
            self._cancel()
            self._task = self.spawn(self._dial())

    async def _count(self) -> None:
        for left in range(self.seconds, 0, -1):
            self._set(Countdown.COUNTING, left)
            await self.sleep(1)
        await self._dial()

    async def _dial(self) -> None:
        self._set(Countdown.DIALLING, 0)
        try:
            await self.take_and_dial()
        finally:
            if self.state is Countdown.DIALLING:
                self._set(Countdown.IDLE, 0)

    def _set(self, state: Countdown, left: int) -> None:
        self.state, self.left = state, left
        self.on_tick(state, left)

    def _stop(self, state: Countdown) -> None:
        self._cancel()
        self._set(state, self.left if state is Countdown.PAUSED else 0)

    def _cancel(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done() and task is not _current():
            task.cancel()

    async def close(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


def _current() -> asyncio.Task[object] | None:
    try:
        return asyncio.current_task()
    except RuntimeError:
        return None
