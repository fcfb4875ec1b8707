"""The fate map: the state the call reached plus the phone's cause text give the attempt result."""

from __future__ import annotations

import pytest

from callassist.domain import AttemptResult
from callassist.softphone.fate import DEFAULT_FATE_MAP, check_map, classify

A = AttemptResult


@pytest.mark.parametrize(
    ("answered", "timed_out", "cause", "expected"),
    [
        (True, False, "Connection reset by peer", A.CONNECTED),
        (True, False, "486 Busy Here", A.CONNECTED),  # answered wins over any cause
        (False, False, "486 Rejected", A.BUSY),
        (False, False, "603 Decline", A.BUSY),
        (False, True, "Connection reset by user", A.NO_ANSWER),
        (False, False, "404 Not Found", A.NOT_IN_SERVICE),
        (False, False, "480 Temporarily Unavailable", A.NOT_IN_SERVICE),
        (False, False, "Connection refused", A.NOT_IN_SERVICE),
        (False, False, "Network is unreachable", A.NOT_IN_SERVICE),
        (False, False, "408 Request Timeout", A.NO_ANSWER),
        (False, False, "", A.NO_ANSWER),
    ],
)
def test_default_map(answered: bool, timed_out: bool, cause: str, expected: AttemptResult) -> None:
    assert classify(answered, timed_out, cause) is expected


def test_a_status_code_matches_only_the_leading_sip_status() -> None:
    assert classify(False, False, "500 Server error 404") is A.NO_ANSWER


def test_the_supervisor_edits_the_map_and_order_decides() -> None:
    edited = {"480": "no_answer", **{key: value for key, value in DEFAULT_FATE_MAP.items() if key != "480"}}
    assert classify(False, False, "480 Temporarily Unavailable", edited) is A.NO_ANSWER
    assert classify(False, False, "whatever", {"answered": "connected"}) is None  # the operator chooses
    assert classify(False, False, "Connection refused", {"*": "no_answer", "refused": "busy"}) is A.NO_ANSWER
    assert check_map({"486": "busy", "404": "gone"}) == ["gone"]
    assert classify(False, False, "404 Not Found", {"404": "gone"}) is None
