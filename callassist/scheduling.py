"""When things happen: quick picks, reason delays, retries and when a follow-up enters the queue.

All moments are aware UTC datetimes; local days are computed in the zone that matters (the client's when known,
else the office's).
"""

from __future__ import annotations

import calendar
import enum
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from callassist.domain import FollowUpKind
from callassist.timekeeping.workdays import WorkCalendar


class QuickPick(enum.StrEnum):
    TOMORROW = "tomorrow"
    WEEK = "week"
    MONTH = "month"
    THREE_MONTHS = "three_months"


def local_midnight(moment: datetime, zone: str) -> datetime:
    """The UTC moment at which ``moment``'s local day begins in ``zone``."""
    local = moment.astimezone(ZoneInfo(zone))
    return datetime.combine(local.date(), time(0), ZoneInfo(zone)).astimezone(UTC)


def at_local(day: date, clock: time, zone: str) -> datetime:
    return datetime.combine(day, clock, ZoneInfo(zone)).astimezone(UTC)


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's last day (31 January + 1 month = 28/29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def quick_pick_day(pick: QuickPick, today: date, calendar: WorkCalendar | None = None) -> date:
    """The day a quick pick proposes; with a calendar, moved to the first working day at or after it (rule 2)."""
    if pick is QuickPick.TOMORROW:
        day = today + timedelta(days=1)
    elif pick is QuickPick.WEEK:
        day = today + timedelta(days=7)
    elif pick is QuickPick.MONTH:
        day = add_months(today, 1)
    else:
        day = add_months(today, 3)
    return day if calendar is None else calendar.next_working_day(day, include_today=True)


def previous_weekday(day: date) -> date:
    day -= timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def surface_time(kind: FollowUpKind, due_at: datetime, zone: str, calendar: WorkCalendar | None = None) -> datetime:
    """When a follow-up enters the queue (rules 6 and 7).

    Exact callbacks and retries surface when due; day-level follow-ups at the start of their local day, so they are
    "due today" all day; a promise the working day before it is due (by the client's country calendar when given,
    else Monday to Friday), so it is kept, not broken.
    """
    if kind in (FollowUpKind.CALLBACK, FollowUpKind.RETRY):
        return due_at
    if kind is FollowUpKind.PROMISE:
        local_day = due_at.astimezone(ZoneInfo(zone)).date()
        before = previous_weekday(local_day) if calendar is None else calendar.previous_working_day(local_day)
        return at_local(before, time(0), zone)
    return local_midnight(due_at, zone)
