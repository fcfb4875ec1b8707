"""Rule 17 at the door: an unknown name and a wrong password get the same answer in about the same time, and
repeated failures make the next attempt wait (even with the right password) until the wait has passed. Real server
with SCRAM; the throttle's clock is the test's."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest

from callassist.errors import UserInputError
from callassist.team.accounts import FREE_FAILURES, SignInThrottle, sign_in
from tests.team.attack_floor import ANNA, PASSWORDS, Floor

pytestmark = pytest.mark.postgres
ROUNDS = 9


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def refusal_code(url: str, name: str, password: str, throttle: SignInThrottle) -> str:
    with pytest.raises(UserInputError) as refused:
        sign_in(url, name, password, throttle)
    return refused.value.code


def timed_refusal(url: str, name: str, password: str, throttle: SignInThrottle) -> tuple[str, float]:
    began = time.perf_counter()
    code = refusal_code(url, name, password, throttle)
    return code, time.perf_counter() - began


def test_rule_17_an_unknown_name_and_a_wrong_password_look_the_same(floor: Floor, tmp_path: Path) -> None:
    unknown, wrong = [], []
    for attempt in range(ROUNDS):  # interleaved, so a busy moment of the machine hits both alike
        throttle = SignInThrottle(tmp_path / f"t{attempt}.json")  # fresh: this measures the server, not the wait
        code_unknown, took_unknown = timed_refusal(floor.url, f"Nobody {attempt}", "whatever-123", throttle)
        code_wrong, took_wrong = timed_refusal(floor.url, ANNA, f"not-annas-{attempt}", throttle)
        assert code_unknown == code_wrong == "team.sign_in_failed"
        unknown.append(took_unknown)
        wrong.append(took_wrong)
    fast, slow = sorted((statistics.median(unknown), statistics.median(wrong)))
    print(f"\nsign-in refusal median: unknown name {statistics.median(unknown) * 1000:.1f} ms,"
          f" wrong password {statistics.median(wrong) * 1000:.1f} ms")  # fmt: skip
    # Both run the whole SCRAM exchange (the server fakes one for an unknown name): no timing tells them apart.
    assert slow - fast < max(0.5 * slow, 0.02)


def test_rule_17_repeated_failures_make_sign_in_wait(floor: Floor, tmp_path: Path) -> None:
    clock = Clock()
    throttle = SignInThrottle(tmp_path / "throttle.json", clock)
    for _ in range(FREE_FAILURES):
        assert refusal_code(floor.url, ANNA, "guessing-123", throttle) == "team.sign_in_failed"
    assert refusal_code(floor.url, ANNA, PASSWORDS[ANNA], throttle) == "team.sign_in_wait"  # even the right one
    assert refusal_code(floor.url, " guard  ANNA ", PASSWORDS[ANNA], throttle) == "team.sign_in_wait"  # any spelling
    clock.now += throttle.wait_left(ANNA)
    assert refusal_code(floor.url, ANNA, "guessing-456", throttle) == "team.sign_in_failed"
    first_wait = 2.0
    assert throttle.wait_left(ANNA) == pytest.approx(2 * first_wait)  # each failure doubles the wait
    clock.now += throttle.wait_left(ANNA)
    signed = sign_in(floor.url, ANNA, PASSWORDS[ANNA], throttle)
    assert signed.db is not None
    signed.db.dispose()
    assert throttle.wait_left(ANNA) == 0  # a success forgets the failures


def test_rule_17_an_unknown_name_is_throttled_like_a_known_one(floor: Floor, tmp_path: Path) -> None:
    throttle = SignInThrottle(tmp_path / "throttle.json", Clock())
    for _ in range(FREE_FAILURES):
        refusal_code(floor.url, "Nobody At All", "guessing-123", throttle)
    assert refusal_code(floor.url, "Nobody At All", "guessing-123", throttle) == "team.sign_in_wait"
    reopened = SignInThrottle(tmp_path / "throttle.json", throttle.clock)  # the app started again: still waiting
    assert reopened.wait_left("Nobody At All") > 0
