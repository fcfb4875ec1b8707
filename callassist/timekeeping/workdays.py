"""Working days of a client's country: weekends, public holidays, transferred days and a local override table.

The ``holidays`` package knows each country's public holidays and, for Russia and its neighbours, the
weekend days that a government decree turned into working days (``weekend_workdays``). Supervisors can still
correct a day the library gets wrong, or declare an office-wide day off, through the override table.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import holidays

from callassist.errors import UserInputError

# Far enough for any real calendar; only an override table that closes every day gets this far.
_SEARCH_LIMIT_DAYS = 3660


@dataclass(frozen=True)
class _YearDays:
    """One year of one country's calendar, looked up once and kept."""

    days_off: frozenset[date]  # public holidays and the days off they were moved to
    working_weekend_days: frozenset[date]  # transferred working days that fall on a weekend
    weekend: frozenset[int]  # weekday numbers, Monday = 0


@cache
def _supported(country: str) -> bool:
    # Asks for this one country: listing every supported one loads all ~500 calendars (0.1 s at start-up).
    try:
        holidays.country_holidays(country)
    except NotImplementedError:
        return False
    return True


def _load_year(country: str, year: int) -> _YearDays:
    calendar = holidays.country_holidays(country, years=year)
    # The library keeps transferred days from other years in the same set; keep only this year's.
    workdays = frozenset(day for day in calendar.weekend_workdays if day.year == year)
    days_off = frozenset(day for day in calendar if day.year == year)
    return _YearDays(days_off=days_off, working_weekend_days=workdays, weekend=frozenset(calendar.weekend))


class WorkCalendar:
    """Which days a client's country works, with the supervisor's override table on top.

    Args:
        country: ISO 3166 alpha-2 code of the client's country, e.g. ``"RU"``, ``"BY"``, ``"KZ"``.
        overrides: day -> True (a working day whatever the library says) or False (a day off).

    Raises:
        UserInputError: the country has no calendar in the ``holidays`` package.
    """

    def __init__(self, country: str = "RU", overrides: Mapping[date, bool] | None = None) -> None:
        code = country.strip().upper()
        if not _supported(code):
            raise UserInputError(f"No holiday calendar is known for country {country!r}", field="country")
        self.country = code
        self._overrides = dict(overrides or {})
        self._years: dict[int, _YearDays] = {}

    def _year(self, year: int) -> _YearDays:
        days = self._years.get(year)
        if days is None:
            days = self._years[year] = _load_year(self.country, year)
        return days

    def is_working_day(self, day: date) -> bool:
        """True when the client's country works on ``day``; the override table wins over the library."""
        override = self._overrides.get(day)
        if override is not None:
            return override
        year = self._year(day.year)
        if day.weekday() in year.weekend:
            return day in year.working_weekend_days
        return day not in year.days_off

    def next_working_day(self, day: date, include_today: bool = False) -> date:
        """The first working day after ``day`` (or ``day`` itself when ``include_today`` and it is working)."""
        candidate = day if include_today else day + timedelta(days=1)
        for _ in range(_SEARCH_LIMIT_DAYS):
            if self.is_working_day(candidate):
                return candidate
            candidate += timedelta(days=1)
        raise self._no_working_day(day)

    def previous_working_day(self, day: date) -> date:
        """The last working day strictly before ``day``."""
        candidate = day - timedelta(days=1)
        for _ in range(_SEARCH_LIMIT_DAYS):
            if self.is_working_day(candidate):
                return candidate
            candidate -= timedelta(days=1)
        raise self._no_working_day(day)

    def add_working_days(self, day: date, count: int) -> date:
        """Step ``count`` working days from ``day`` (backwards when negative).

        ``count == 0`` gives ``day`` when it is a working day, otherwise the next working day.
        """
        if count == 0:
            return self.next_working_day(day, include_today=True)
        step = self.next_working_day if count > 0 else self.previous_working_day
        for _ in range(abs(count)):
            day = step(day)
        return day

    def _no_working_day(self, day: date) -> UserInputError:
        return UserInputError(
            f"No working day within ten years of {day.isoformat()} in the {self.country} calendar: "
            "check the working-day override table",
            field="overrides",
        )
