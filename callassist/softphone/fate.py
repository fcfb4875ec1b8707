"""A call's fate as an attempt result, from the state the call reached and the phone's cause text.

The map is the supervisor's (``TeamSettings.softphone_fate_map``, edited as JSON; ``docs/softphone.md`` explains it).
Keys are read in order and the first that fits wins:

- ``answered``: the call was answered (whatever the hang-up cause said);
- ``ring_timeout``: nobody answered before the app's own ring timeout hung up;
- a three-digit SIP status (``486``): the cause starts with it, as baresip writes a final response ("486 Busy Here");
- any other text: the cause contains it, in any case ("refused" matches "Connection refused");
- ``*``: every other call that was never answered.

A value that is not an attempt result (or a map with no fitting key) leaves the result to the operator (None).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from callassist.domain import AttemptResult

ANSWERED, RING_TIMEOUT, OTHERWISE = "answered", "ring_timeout", "*"

DEFAULT_FATE_MAP: dict[str, str] = {
    ANSWERED: AttemptResult.CONNECTED.value,
    RING_TIMEOUT: AttemptResult.NO_ANSWER.value,
    "486": AttemptResult.BUSY.value,  # Busy Here; baresip's own rejection
    "600": AttemptResult.BUSY.value,  # Busy Everywhere
    "603": AttemptResult.BUSY.value,  # Decline
    "busy": AttemptResult.BUSY.value,
    "rejected": AttemptResult.BUSY.value,
    "404": AttemptResult.NOT_IN_SERVICE.value,  # Not Found
    "410": AttemptResult.NOT_IN_SERVICE.value,  # Gone
    "480": AttemptResult.NOT_IN_SERVICE.value,  # Temporarily Unavailable
    "484": AttemptResult.NOT_IN_SERVICE.value,  # Address Incomplete
    "604": AttemptResult.NOT_IN_SERVICE.value,  # Does Not Exist Anywhere
    "refused": AttemptResult.NOT_IN_SERVICE.value,  # errno texts: the far end or the route is not there
    "unreachable": AttemptResult.NOT_IN_SERVICE.value,
    "no route": AttemptResult.NOT_IN_SERVICE.value,
    "host is down": AttemptResult.NOT_IN_SERVICE.value,
    "not found": AttemptResult.NOT_IN_SERVICE.value,
    "408": AttemptResult.NO_ANSWER.value,  # Request Timeout
    "487": AttemptResult.NO_ANSWER.value,  # Request Terminated: we hung up while it rang
    OTHERWISE: AttemptResult.NO_ANSWER.value,
}

_SIP_STATUS = re.compile(r"\s*(\d{3})\b")


def classify(
    answered: bool, ring_timed_out: bool, cause: str, fate_map: Mapping[str, str] | None = None
) -> AttemptResult | None:
    """The attempt result of a finished call; None when the map does not say (the operator chooses)."""
    rules = DEFAULT_FATE_MAP if fate_map is None else fate_map
    status = _SIP_STATUS.match(cause)
    lowered = cause.lower()
    for key, value in rules.items():
        if _fits(key, answered, ring_timed_out, status.group(1) if status else None, lowered):
            return _result(value)
    return None


def _fits(key: str, answered: bool, ring_timed_out: bool, status: str | None, cause: str) -> bool:
    if key == ANSWERED or answered:
        return key == ANSWERED and answered
    if key == RING_TIMEOUT:
        return ring_timed_out
    if key == OTHERWISE:
        return True
    if len(key) == 3 and key.isdigit():
        return status == key
    return bool(key) and key.lower() in cause


def _result(value: str) -> AttemptResult | None:
    try:
        return AttemptResult(value)
    except ValueError:
        return None


def check_map(fate_map: Mapping[str, str]) -> list[str]:
    """The values of a supervisor's map that are not attempt results (empty when the map is sound)."""
    return [value for value in fate_map.values() if _result(value) is None]
