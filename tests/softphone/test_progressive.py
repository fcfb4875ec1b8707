"""Progressive dialling's countdown, on a fake clock: it counts before the claim, pauses, skips and stops."""

from __future__ import annotations

import asyncio

from callassist.softphone.progressive import Countdown, ProgressiveDialler


class FakeClock:
    """A ``sleep`` that returns only when the test moves the clock by a second."""

    def __init__(self) -> None:
        self.sleepers: list[asyncio.Future[None]] = []

    async def sleep(self, _seconds: float) -> None:
        waiting: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.sleepers.append(waiting)
        await waiting

    async def tick(self) -> None:
        await self.settle()
        woken, self.sleepers = self.sleepers, []
        for sleeper in woken:
            if not sleeper.done():  # a cancelled count leaves its sleeper behind
                sleeper.set_result(None)
        await self.settle()

    @staticmethod
    async def settle() -> None:
        for _ in range(5):
            await asyncio.sleep(0)


class Floor:
    """Records what the dialler did: the ticks it showed and the clients it took (each take is a claim)."""

    def __init__(self) -> None:
        self.shown: list[tuple[Countdown, int]] = []
        self.claims = 0

    async def take_and_dial(self) -> None:
        self.claims += 1

    def tick(self, state: Countdown, left: int) -> None:
        self.shown.append((state, left))


def run(scenario):  # type: ignore[no-untyped-def]
    return asyncio.run(scenario())


def test_counts_down_then_takes_and_dials_once() -> None:
    async def scenario() -> None:
        clock, floor = FakeClock(), Floor()
        dialler = ProgressiveDialler(floor.take_and_dial, floor.tick, seconds=3, sleep=clock.sleep)
        dialler.switch(True)
        await clock.settle()
        assert (dialler.state, dialler.left, floor.claims) == (Countdown.COUNTING, 3, 0)
        for _ in range(3):
            await clock.tick()
        assert floor.claims == 1 and dialler.state is Countdown.IDLE
        assert sorted(set(left for state, left in floor.shown if state is Countdown.COUNTING)) == [1, 2, 3]

    run(scenario)


def test_rule_8_a_paused_countdown_holds_no_client() -> None:
    """The countdown runs before the claim: an operator who pauses and walks away holds nobody."""

    async def scenario() -> None:
        clock, floor = FakeClock(), Floor()
        dialler = ProgressiveDialler(floor.take_and_dial, floor.tick, seconds=2, sleep=clock.sleep)
        dialler.switch(True)
        await clock.tick()
        dialler.pause()
        for _ in range(10):
            await clock.tick()
        assert dialler.state is Countdown.PAUSED and floor.claims == 0
        dialler.pause()  # resume: counts again from the start
        await clock.settle()
        assert (dialler.state, dialler.left) == (Countdown.COUNTING, 2)
        await clock.tick()
        await clock.tick()
        assert floor.claims == 1

    run(scenario)


def test_skip_dials_at_once_and_a_break_stops_everything() -> None:
    async def scenario() -> None:
        clock, floor = FakeClock(), Floor()
        dialler = ProgressiveDialler(floor.take_and_dial, floor.tick, seconds=5, sleep=clock.sleep)
        dialler.switch(True)
        await clock.settle()
        dialler.skip()
        await clock.settle()
        assert floor.claims == 1
        dialler.wrap_up_saved()
        await clock.tick()
        dialler.switch(False)  # a break
        for _ in range(10):
            await clock.tick()
        assert floor.claims == 1 and dialler.state is Countdown.OFF
        dialler.wrap_up_saved()  # off: a saved wrap-up starts nothing
        await clock.tick()
        assert dialler.state is Countdown.OFF

    run(scenario)


def test_rule_9_a_call_opened_by_hand_cancels_the_count() -> None:
    async def scenario() -> None:
        clock, floor = FakeClock(), Floor()
        dialler = ProgressiveDialler(floor.take_and_dial, floor.tick, seconds=2, sleep=clock.sleep)
        dialler.switch(True, call_open=True)  # a call is open: wait for its wrap-up first
        await clock.tick()
        assert dialler.state is Countdown.IDLE and floor.claims == 0
        dialler.wrap_up_saved()
        await clock.settle()
        dialler.call_opened()
        for _ in range(5):
            await clock.tick()
        assert floor.claims == 0 and dialler.state is Countdown.IDLE

    run(scenario)
