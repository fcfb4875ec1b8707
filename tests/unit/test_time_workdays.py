"""Working days of the client's country: Russian holidays, transferred Saturdays and the override table."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callassist.errors import UserInputError
from callassist.timekeeping.workdays import WorkCalendar

# Facts from the Russian government's production calendars (decrees on transferred days off).
DEFENDER_DAY_2026 = date(2026, 2, 23)  # Monday, public holiday
FRIDAY_BEFORE_DEFENDER_DAY = date(2026, 2, 20)
WORKING_SATURDAY_2025 = date(2025, 11, 1)  # worked instead of Monday 3 November 2025
WORKING_SATURDAY_2027 = date(2027, 2, 20)  # worked instead of Monday 22 February 2027


@pytest.fixture(scope="module")
def russia() -> WorkCalendar:
    return WorkCalendar("RU")


def test_public_holiday_and_weekend_are_days_off(russia: WorkCalendar) -> None:
    assert not russia.is_working_day(DEFENDER_DAY_2026)
    assert not russia.is_working_day(date(2026, 2, 21))  # Saturday
    assert russia.is_working_day(date(2026, 2, 24))  # Tuesday after the holiday


def test_friday_before_a_holiday_plus_one_working_day_skips_weekend_and_holiday(russia: WorkCalendar) -> None:
    assert russia.add_working_days(FRIDAY_BEFORE_DEFENDER_DAY, 1) == date(2026, 2, 24)


def test_new_year_holidays_2026_run_to_the_eleventh(russia: WorkCalendar) -> None:
    # 31 December 2025 and 1-11 January 2026 are days off (9 January moved from Saturday 3 January).
    assert russia.next_working_day(date(2025, 12, 30)) == date(2026, 1, 12)
    assert russia.previous_working_day(date(2026, 1, 12)) == date(2025, 12, 30)


@pytest.mark.parametrize("saturday", [WORKING_SATURDAY_2025, WORKING_SATURDAY_2027])
def test_transferred_working_saturday_counts_as_working(russia: WorkCalendar, saturday: date) -> None:
    assert saturday.weekday() == 5
    assert russia.is_working_day(saturday)
    assert not russia.is_working_day(saturday + timedelta(days=7))  # an ordinary Saturday a week later


def test_a_friday_before_a_working_saturday_steps_onto_it(russia: WorkCalendar) -> None:
    assert russia.next_working_day(date(2025, 10, 31)) == WORKING_SATURDAY_2025
    assert not russia.is_working_day(date(2025, 11, 3))  # the Monday it was moved to
    assert not russia.is_working_day(date(2025, 11, 4))  # Unity Day


def test_override_table_wins_both_ways() -> None:
    overrides = {DEFENDER_DAY_2026: True, date(2026, 2, 24): False, date(2026, 2, 21): True}
    office = WorkCalendar("RU", overrides)
    assert office.is_working_day(DEFENDER_DAY_2026)
    assert not office.is_working_day(date(2026, 2, 24))
    assert office.is_working_day(date(2026, 2, 21))
    assert office.add_working_days(FRIDAY_BEFORE_DEFENDER_DAY, 1) == date(2026, 2, 21)


def test_override_can_cancel_a_transferred_working_saturday() -> None:
    office = WorkCalendar("RU", {WORKING_SATURDAY_2025: False})
    assert office.next_working_day(date(2025, 10, 31)) == date(2025, 11, 5)


def test_add_working_days_zero_and_negative(russia: WorkCalendar) -> None:
    assert russia.add_working_days(DEFENDER_DAY_2026, 0) == date(2026, 2, 24)
    assert russia.add_working_days(date(2026, 2, 24), 0) == date(2026, 2, 24)
    assert russia.add_working_days(date(2026, 2, 24), -1) == FRIDAY_BEFORE_DEFENDER_DAY


def test_include_today(russia: WorkCalendar) -> None:
    assert russia.next_working_day(date(2026, 2, 24), include_today=True) == date(2026, 2, 24)
    assert russia.next_working_day(date(2026, 2, 24)) == date(2026, 2, 25)


def test_belarus_has_its_own_transferred_saturday() -> None:
    belarus = WorkCalendar("by")
    assert belarus.is_working_day(date(2026, 4, 25))  # Saturday worked for Radunitsa week
    assert not belarus.is_working_day(date(2026, 4, 21))  # Radunitsa
    assert not belarus.is_working_day(date(2026, 7, 3))  # Independence Day


def test_unknown_country_is_refused_with_its_name() -> None:
    with pytest.raises(UserInputError, match="'XX'") as raised:
        WorkCalendar("XX")
    assert raised.value.field == "country"


def test_an_override_table_that_closes_every_day_is_reported() -> None:
    start = date(2026, 1, 1)
    closed = {start + timedelta(days=offset): False for offset in range(4000)}
    with pytest.raises(UserInputError, match="override table"):
        WorkCalendar("RU", closed).next_working_day(start)


@settings(max_examples=60, deadline=None)
@given(day=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
def test_next_working_day_is_the_first_working_day_after(day: date) -> None:
    calendar = WorkCalendar("RU")
    found = calendar.next_working_day(day)
    assert found > day
    assert calendar.is_working_day(found)
    skipped = [day + timedelta(days=offset) for offset in range(1, (found - day).days)]
    assert not any(calendar.is_working_day(between) for between in skipped)
    assert calendar.previous_working_day(found) <= day
