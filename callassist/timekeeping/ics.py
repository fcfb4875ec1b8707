"""An operator's callbacks and promises as an iCalendar (.ics) file for Outlook and Google Calendar.

Times are written in UTC (``...Z``), which both accept without time-zone blocks and show on the reader's
own clock. Each event carries a stable UID so that importing the file again updates instead of duplicating.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from callassist import clock
from callassist.domain import FollowUpKind
from callassist.errors import EnvironmentFailure, UserInputError

if TYPE_CHECKING:
    import icalendar

PRODUCT_ID = "-//CallAssist//CallAssist calendar export//EN"
UID_DOMAIN = "callassist"
ALARM_BEFORE = timedelta(minutes=10)


@dataclass(frozen=True)
class CalendarItem:
    """One callback or promise to put in the operator's calendar."""

    uid: str  # stable per follow-up, e.g. "followup-42"
    summary: str
    description: str
    start_utc: datetime
    duration_minutes: int
    kind: FollowUpKind


def _check(item: CalendarItem) -> None:
    if not item.uid.strip():
        raise UserInputError("calendar.no_uid", field="uid", summary=item.summary)
    if item.start_utc.tzinfo is None or item.start_utc.utcoffset() is None:
        raise UserInputError("calendar.naive_start", "start", summary=item.summary)
    if item.duration_minutes <= 0:
        raise UserInputError("calendar.too_short", "duration", summary=item.summary, minutes=item.duration_minutes)


def _event(item: CalendarItem, stamp: datetime) -> icalendar.Event:
    import icalendar  # imported when a calendar is exported, not at start-up (issue 9: heavy libraries lazily)

    start = item.start_utc.astimezone(UTC)
    event = icalendar.Event()
    event.add("uid", item.uid if "@" in item.uid else f"{item.uid}@{UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    # DTEND rather than DURATION: older Outlook versions ignore DURATION on import.
    event.add("dtend", start + timedelta(minutes=item.duration_minutes))
    event.add("summary", item.summary)
    if item.description:
        event.add("description", item.description)
    event.add("categories", [item.kind.value])
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", item.summary)
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def calendar_file(items: Iterable[CalendarItem], operator: str, stamp: datetime | None = None) -> bytes:
    """The .ics bytes (CRLF lines, UTF-8) holding one event per item.

    Args:
        items: the callbacks and promises to export.
        operator: whose calendar this is; names the calendar.
        stamp: the export moment written as DTSTAMP; the app clock when omitted.

    Raises:
        UserInputError: an item without an identifier, without a time zone, or with no duration.
    """
    import icalendar

    moment = (stamp or clock.now()).astimezone(UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"CallAssist: {operator}")
    for item in items:
        _check(item)
        calendar.add_component(_event(item, moment))
    return bytes(calendar.to_ical())


def write_calendar(path: Path, items: Iterable[CalendarItem], operator: str, stamp: datetime | None = None) -> None:
    """Write ``calendar_file(...)`` to ``path`` atomically: readers see the old file or the whole new one.

    Raises:
        UserInputError: as ``calendar_file`` (nothing is written).
        EnvironmentFailure: the file could not be written.
    """
    data = calendar_file(items, operator, stamp)
    target = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, target)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise EnvironmentFailure("calendar.write_failed", target=target, detail=exc.strerror or exc) from exc
