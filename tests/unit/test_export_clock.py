"""LocalClock, the per-minute cache behind every exported moment, against zoneinfo worked out per value."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callassist.export.tables import LocalClock, local_naive

# Whole-hour, half-hour and 45-minute offsets, 30-minute daylight saving (Lord Howe), southern summers, and
# Monrovia, whose offset until 1972 was -0:44:30: not whole minutes, so the clock must fall back.
ZONES = (
    "Europe/Moscow",
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kathmandu",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Africa/Monrovia",
)
EXCEL_EPOCH = datetime(1899, 12, 30)

moments = st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC))


def expected_text(moment: datetime, zone: ZoneInfo) -> str:
    return local_naive(moment, zone).isoformat(" ", "seconds")


def expected_serial(moment: datetime, zone: ZoneInfo) -> float:
    return (local_naive(moment, zone) - EXCEL_EPOCH) / timedelta(days=1)


@given(moment=moments, name=st.sampled_from(ZONES))
def test_text_and_serial_match_zoneinfo(moment: datetime, name: str) -> None:
    zone = ZoneInfo(name)
    clock = LocalClock(zone)
    assert clock.text(moment) == expected_text(moment, zone)
    assert clock.serial(moment) == pytest.approx(expected_serial(moment, zone), abs=1e-9)


def offset_changes(zone: ZoneInfo, year: int) -> list[datetime]:
    """The hours of ``year`` (UTC) after which the zone's offset is different."""
    start = datetime(year, 1, 1, tzinfo=UTC)
    hours = [start + timedelta(hours=h) for h in range(366 * 24)]
    return [a for a, b in pairwise(hours) if a.astimezone(zone).utcoffset() != b.astimezone(zone).utcoffset()]


@pytest.mark.parametrize("name", ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe"])
def test_every_few_seconds_around_the_2026_changes_read_as_zoneinfo_says(name: str) -> None:
    zone = ZoneInfo(name)
    clock = LocalClock(zone)  # one clock for the whole walk, so cached minutes are reused across the change
    changes = offset_changes(zone, 2026)
    assert len(changes) == 2
    for change in changes:
        for second in range(-1200, 3600 + 1200, 7):
            moment = change + timedelta(seconds=second, microseconds=999_999 if second % 2 else 0)
            assert clock.text(moment) == expected_text(moment, zone), moment
            assert clock.serial(moment) == pytest.approx(expected_serial(moment, zone), abs=1e-9), moment


def test_whole_second_serials_are_exact() -> None:
    zone = ZoneInfo("Europe/Moscow")
    clock = LocalClock(zone)
    for seconds in range(0, 86_400 * 3, 3_601):
        moment = datetime(2026, 11, 23, tzinfo=UTC) + timedelta(seconds=seconds)
        assert clock.serial(moment) == expected_serial(moment, zone)


def test_a_naive_moment_is_refused() -> None:
    clock = LocalClock(ZoneInfo("Europe/Moscow"))
    with pytest.raises(ValueError, match="naive"):
        clock.text(datetime(2026, 11, 23, 9, 0))
    with pytest.raises(ValueError, match="naive"):
        clock.serial(datetime(2026, 11, 23, 9, 0))
