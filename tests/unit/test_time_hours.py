"""Calling hours on the client's clock, and next-contact dates landing on working days inside them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callassist.errors import UserInputError
from callassist.timekeeping.hours import (
    CallingHours,
    DayWindow,
    is_callable,
    land_in_hours,
    next_contact_after,
    next_window_start,
    zones_callable_now,
)
from callassist.timekeeping.workdays import WorkCalendar
from callassist.timekeeping.zones import resolve_timezone

MSK = timezone(timedelta(hours=3))  # Moscow has had no summer time since 2014
NSK = timezone(timedelta(hours=7))
HOURS = CallingHours.default()
RUSSIA = WorkCalendar("RU")
TUESDAY = date(2026, 3, 10)  # an ordinary working Tuesday


def novosibirsk_landline_zone() -> str:
    choice = resolve_timezone(explicit=None, city="", region="", phones_e164=["+73832123456"], default="Europe/Moscow")
    return choice.name


def at(day: date, hour: int, minute: int, tz: timezone) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=tz).astimezone(UTC)


def test_novosibirsk_client_waits_for_its_own_nine_oclock() -> None:
    zone = novosibirsk_landline_zone()
    before = at(TUESDAY, 8, 59, NSK)  # 04:59 in Moscow
    assert not is_callable(before, zone, HOURS, RUSSIA)
    assert is_callable(at(TUESDAY, 9, 0, NSK), zone, HOURS, RUSSIA)
    assert next_window_start(before, zone, HOURS, RUSSIA) == at(TUESDAY, 9, 0, NSK)


def test_novosibirsk_client_is_closed_while_moscow_is_still_working() -> None:
    zone = novosibirsk_landline_zone()
    moscow_afternoon = at(TUESDAY, 16, 30, MSK)  # 20:30 in Novosibirsk
    assert not is_callable(moscow_afternoon, zone, HOURS, RUSSIA)
    assert is_callable(moscow_afternoon, "Europe/Moscow", HOURS, RUSSIA)
    assert next_window_start(moscow_afternoon, zone, HOURS, RUSSIA) == at(TUESDAY + timedelta(days=1), 9, 0, NSK)


def test_queue_filter_by_zone_at_moscow_half_past_eight() -> None:
    moment = at(TUESDAY, 8, 30, MSK)  # Kaliningrad 07:30, Novosibirsk 12:30, Vladivostok 15:30
    zones = ["Europe/Moscow", "Europe/Kaliningrad", "Asia/Novosibirsk", "Asia/Vladivostok", "Asia/Novosibirsk"]
    assert zones_callable_now(moment, zones, HOURS, RUSSIA) == {"Asia/Novosibirsk", "Asia/Vladivostok"}


def test_refusal_on_friday_before_a_holiday_with_one_day_delay_lands_on_tuesday() -> None:
    friday_afternoon = at(date(2026, 2, 20), 15, 0, MSK)  # Monday 23 February is Defender of the Fatherland Day
    landed = next_contact_after(friday_afternoon, 1, "Europe/Moscow", HOURS, RUSSIA)
    assert landed == at(date(2026, 2, 24), 9, 0, MSK)


def test_transferred_working_saturday_is_callable() -> None:
    assert is_callable(at(date(2025, 11, 1), 10, 0, MSK), "Europe/Moscow", HOURS, RUSSIA)
    assert not is_callable(at(date(2025, 11, 8), 10, 0, MSK), "Europe/Moscow", HOURS, RUSSIA)


def test_delay_from_friday_before_working_saturday_lands_on_saturday() -> None:
    landed = next_contact_after(at(date(2025, 10, 31), 12, 0, MSK), 1, "Europe/Moscow", HOURS, RUSSIA)
    assert landed == at(date(2025, 11, 1), 9, 0, MSK)


def test_holiday_is_not_callable_unless_the_override_table_says_so() -> None:
    holiday_noon = at(date(2026, 2, 23), 12, 0, MSK)
    assert not is_callable(holiday_noon, "Europe/Moscow", HOURS, RUSSIA)
    office = WorkCalendar("RU", {date(2026, 2, 23): True})
    assert is_callable(holiday_noon, "Europe/Moscow", HOURS, office)


def test_working_day_is_judged_on_the_clients_date() -> None:
    # The operator's Sunday evening is already the client's holiday Monday morning.
    sunday_night_moscow = at(date(2026, 2, 22), 22, 30, MSK)  # Vladivostok: Monday 05:30, a holiday
    landed = next_window_start(sunday_night_moscow, "Asia/Vladivostok", HOURS, RUSSIA)
    vladivostok = timezone(timedelta(hours=10))
    assert landed == at(date(2026, 2, 24), 9, 0, vladivostok)


def test_land_in_hours_for_a_date_starts_at_the_window() -> None:
    assert land_in_hours(date(2026, 2, 23), "Europe/Moscow", HOURS, RUSSIA) == at(date(2026, 2, 24), 9, 0, MSK)
    assert land_in_hours(TUESDAY, "Asia/Novosibirsk", HOURS, RUSSIA) == at(TUESDAY, 9, 0, NSK)


def test_land_in_hours_keeps_a_time_inside_the_window() -> None:
    assert land_in_hours(datetime(2026, 3, 10, 14, 15), "Asia/Novosibirsk", HOURS, RUSSIA) == at(TUESDAY, 14, 15, NSK)


def test_land_in_hours_moves_an_evening_time_to_the_next_morning() -> None:
    evening = datetime.combine(TUESDAY, time(20, 0), tzinfo=NSK)  # aware, client's own offset
    assert land_in_hours(evening, "Asia/Novosibirsk", HOURS, RUSSIA) == at(date(2026, 3, 11), 9, 0, NSK)


def test_zero_day_delay_never_lands_in_the_past() -> None:
    afternoon = at(TUESDAY, 15, 0, MSK)
    assert next_contact_after(afternoon, 0, "Europe/Moscow", HOURS, RUSSIA) == afternoon
    late = at(TUESDAY, 21, 0, MSK)
    assert next_contact_after(late, 0, "Europe/Moscow", HOURS, RUSSIA) == at(date(2026, 3, 11), 9, 0, MSK)


def test_negative_delay_is_refused() -> None:
    with pytest.raises(UserInputError, match="negative"):
        next_contact_after(at(TUESDAY, 15, 0, MSK), -1, "Europe/Moscow", HOURS, RUSSIA)


def test_weekday_without_a_window_is_never_callable() -> None:
    data = HOURS.to_dict()
    data["sat"] = None
    no_saturdays = CallingHours.from_dict(data)
    assert not is_callable(at(date(2025, 11, 1), 10, 0, MSK), "Europe/Moscow", no_saturdays, RUSSIA)


def test_short_friday_window() -> None:
    data = HOURS.to_dict()
    data["fri"] = ["10:00", "16:00"]
    hours = CallingHours.from_dict(data)
    friday = date(2026, 3, 13)
    assert hours.window_for(friday) == DayWindow(time(10), time(16))
    assert not is_callable(at(friday, 16, 0, MSK), "Europe/Moscow", hours, RUSSIA)
    assert is_callable(at(friday, 15, 59, MSK), "Europe/Moscow", hours, RUSSIA)


def test_hours_round_trip_through_a_dict() -> None:
    hours = CallingHours(windows=(DayWindow(time(8, 30), time(19)),) * 5 + (None, None))
    assert CallingHours.from_dict(hours.to_dict()) == hours


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"monday": ["09:00", "20:00"]}, "unknown weekday 'monday'"),
        ({"mon": ["9 am", "20:00"]}, "mon: '9 am' is not a time"),
        ({"tue": ["20:00", "09:00"]}, "tue: the window ends"),
        ({"wed": "09:00-20:00"}, r"wed: expected \[start, end\]"),
        ({"mon": None}, "no weekday with a window"),
    ],
)
def test_bad_hours_are_refused_with_the_day_named(data: dict[str, object], message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        CallingHours.from_dict(data)


def test_unknown_zone_is_refused() -> None:
    with pytest.raises(UserInputError, match="Atlantis/Capital"):
        zones_callable_now(at(TUESDAY, 12, 0, MSK), ["Atlantis/Capital"], HOURS, RUSSIA)


ZONES = ["Europe/Kaliningrad", "Europe/Moscow", "Asia/Novosibirsk", "Asia/Vladivostok", "Europe/Kyiv"]


@settings(max_examples=60, deadline=None)
@given(
    moment=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 31), timezones=st.just(UTC)),
    zone=st.sampled_from(ZONES),
)
def test_next_window_start_is_the_first_callable_minute(moment: datetime, zone: str) -> None:
    moment = moment.replace(second=0, microsecond=0)
    start = next_window_start(moment, zone, HOURS, RUSSIA)
    assert start >= moment
    assert is_callable(start, zone, HOURS, RUSSIA)
    if start > moment:
        assert not is_callable(start - timedelta(minutes=1), zone, HOURS, RUSSIA)
        assert not is_callable(moment, zone, HOURS, RUSSIA)
