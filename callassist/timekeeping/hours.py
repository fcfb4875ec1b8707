"""Calling hours on the client's clock, and landing next-contact dates inside them (PRODUCT.md rules 2 and 7).

A client is callable when it is a working day of the client's country *on the client's local date* and the
client's wall clock is inside that weekday's window. The calendar decides which days work (so a transferred
working Saturday is callable with Saturday's window); the hours decide when on a working day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from callassist.errors import UserInputError
from callassist.timekeeping.workdays import WorkCalendar
from callassist.timekeeping.zones import client_local_time, parse_zone

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SEARCH_LIMIT_DAYS = 3660


@dataclass(frozen=True)
class DayWindow:
    """From ``start`` (inclusive) to ``end`` (exclusive) on the client's wall clock."""

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        return self.start <= moment < self.end


@dataclass(frozen=True)
class CallingHours:
    """One window (or none) per weekday, Monday first.

    Every weekday has a window by default because the country's calendar, not the weekday, says whether a
    day works: a transferred working Saturday must be callable. ``None`` means the office never calls then.
    """

    windows: tuple[DayWindow | None, ...]

    def __post_init__(self) -> None:
        if len(self.windows) != 7:
            raise UserInputError("Calling hours need one entry per weekday, Monday to Sunday", field="calling hours")

    @classmethod
    def default(cls, start: time = time(9), end: time = time(20)) -> CallingHours:
        """09:00–20:00 client time on every working day."""
        return cls(windows=(DayWindow(start, end),) * 7)

    def window_for(self, day: date) -> DayWindow | None:
        return self.windows[day.weekday()]

    def to_dict(self) -> dict[str, list[str] | None]:
        """``{"mon": ["09:00", "20:00"], ..., "sun": None}`` for storage as JSON."""
        return {
            key: None if window is None else [window.start.strftime("%H:%M"), window.end.strftime("%H:%M")]
            for key, window in zip(WEEKDAY_KEYS, self.windows, strict=True)
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> CallingHours:
        """Read what ``to_dict`` wrote (or a supervisor edited); a missing weekday means no calls that day.

        Raises:
            UserInputError: an unknown weekday, a time that is not HH:MM, or a window that ends before it starts.
        """
        unknown = sorted(set(data) - set(WEEKDAY_KEYS))
        if unknown:
            raise UserInputError(
                f"Calling hours: unknown weekday {unknown[0]!r} (use mon, tue, wed, thu, fri, sat, sun)",
                field="calling hours",
            )
        windows = tuple(_parse_window(key, data.get(key)) for key in WEEKDAY_KEYS)
        if all(window is None for window in windows):
            raise UserInputError("Calling hours have no weekday with a window: nobody could be called", "calling hours")
        return cls(windows=windows)


def _parse_window(key: str, value: object) -> DayWindow | None:
    if value is None:
        return None
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise UserInputError(f"Calling hours for {key}: expected [start, end], got {value!r}", field="calling hours")
    start, end = (_parse_time(key, part) for part in value)
    if end <= start:
        raise UserInputError(
            f"Calling hours for {key}: the window ends ({end:%H:%M}) before it starts ({start:%H:%M})",
            field="calling hours",
        )
    return DayWindow(start, end)


def _parse_time(key: str, value: object) -> time:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return time.fromisoformat(value.strip())
    except ValueError:
        raise UserInputError(f"Calling hours for {key}: {value!r} is not a time like 09:00", "calling hours") from None


def _window_on(day: date, hours: CallingHours, calendar: WorkCalendar) -> DayWindow | None:
    return hours.window_for(day) if calendar.is_working_day(day) else None


def _local_to_utc(day: date, moment: time, zone: ZoneInfo) -> datetime:
    # A wall time inside a DST gap maps forward past the gap, which is when the window really opens.
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def is_callable(moment_utc: datetime, zone: str, hours: CallingHours, calendar: WorkCalendar) -> bool:
    """True when the client's local date is a working day and their wall clock is inside that day's window."""
    local = client_local_time(moment_utc, zone)
    window = _window_on(local.date(), hours, calendar)
    return window is not None and window.contains(local.time().replace(tzinfo=None))


def next_window_start(moment_utc: datetime, zone: str, hours: CallingHours, calendar: WorkCalendar) -> datetime:
    """The earliest moment (UTC) at or after ``moment_utc`` when the client can be called.

    That is ``moment_utc`` itself when the client is callable now.

    Raises:
        UserInputError: no callable moment within ten years (hours and overrides close every day).
    """
    local = client_local_time(moment_utc, zone)
    tz = ZoneInfo(parse_zone(zone))
    clock = local.time().replace(tzinfo=None)
    day = local.date()
    for offset in range(_SEARCH_LIMIT_DAYS):
        window = _window_on(day, hours, calendar)
        if window is not None:
            if offset > 0 or clock < window.start:
                return _local_to_utc(day, window.start, tz)
            if window.contains(clock):
                return moment_utc.astimezone(UTC)
        day += timedelta(days=1)
    raise UserInputError(
        f"No calling window within ten years in zone {zone}: check the calling hours and the working-day overrides",
        field="calling hours",
    )


def land_in_hours(target: date | datetime, zone: str, hours: CallingHours, calendar: WorkCalendar) -> datetime:
    """Move a proposed next-contact date or time to the first callable moment (UTC) at or after it.

    Args:
        target: a date (meaning: that day, from the window's start) or a datetime; a naive datetime is read
            on the client's wall clock, an aware one is converted to it.
        zone: the client's IANA zone.
        hours: the office's calling hours.
        calendar: the client's country calendar.
    """
    tz = ZoneInfo(parse_zone(zone))
    if isinstance(target, datetime):
        moment = target.replace(tzinfo=tz) if target.tzinfo is None else target
        return next_window_start(moment.astimezone(UTC), zone, hours, calendar)
    return next_window_start(_local_to_utc(target, time(0), tz), zone, hours, calendar)


def next_contact_after(
    moment_utc: datetime, delay_days: int, zone: str, hours: CallingHours, calendar: WorkCalendar
) -> datetime:
    """Where a refusal-reason delay or a "+N days" quick pick lands: N days on the client's calendar, then moved
    to a working day inside calling hours (PRODUCT.md rule 2).

    Raises:
        UserInputError: ``delay_days`` is negative.
    """
    if delay_days < 0:
        raise UserInputError(f"The re-contact delay cannot be negative ({delay_days} days)", field="delay")
    local_day = client_local_time(moment_utc, zone).date()
    day_start = _local_to_utc(local_day + timedelta(days=delay_days), time(0), ZoneInfo(parse_zone(zone)))
    # With no delay the search starts now, not at this morning's window that has already passed.
    return next_window_start(max(day_start, moment_utc.astimezone(UTC)), zone, hours, calendar)


def zones_callable_now(
    moment_utc: datetime, zones: Iterable[str], hours: CallingHours, calendar: WorkCalendar
) -> set[str]:
    """The zones among ``zones`` whose clients are callable at ``moment_utc``.

    A queue query asks once per distinct zone and filters with ``timezone IN (...)`` instead of checking rows.
    """
    return {zone for zone in set(zones) if is_callable(moment_utc, zone, hours, calendar)}
