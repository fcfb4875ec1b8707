"""The operator's callbacks and promises as an .ics file that parses back with correct UTC times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import icalendar
import pytest

from callassist.domain import FollowUpKind
from callassist.errors import EnvironmentFailure, UserInputError
from callassist.timekeeping.ics import CalendarItem, calendar_file, write_calendar

MSK = timezone(timedelta(hours=3))
STAMP = datetime(2026, 2, 20, 12, 0, tzinfo=UTC)
CALLBACK = CalendarItem(
    uid="followup-17",
    summary="Перезвонить: Иван Петрович (ООО «Ромашка»)",
    description="Обсудить счёт; +7 383 212-34-56",
    start_utc=datetime(2026, 2, 24, 9, 0, tzinfo=MSK),  # given in Moscow time on purpose
    duration_minutes=15,
    kind=FollowUpKind.CALLBACK,
)
PROMISE = CalendarItem(
    uid="promise-3@example.org",
    summary="Send the offer",
    description="",
    start_utc=datetime(2026, 2, 27, 7, 30, tzinfo=UTC),
    duration_minutes=30,
    kind=FollowUpKind.PROMISE,
)


def read_back(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_file_parses_back_with_utc_times(tmp_path: Path) -> None:
    path = tmp_path / "calls.ics"
    write_calendar(path, [CALLBACK, PROMISE], "Анна", stamp=STAMP)
    events = read_back(path).events
    assert len(events) == 2
    by_summary = {str(event["summary"]): event for event in events}
    callback = by_summary[CALLBACK.summary]
    assert callback.decoded("dtstart") == CALLBACK.start_utc
    assert callback.decoded("dtstart").utcoffset() == timedelta(0)
    assert callback.decoded("dtend") - callback.decoded("dtstart") == timedelta(minutes=15)
    assert callback.decoded("dtstamp") == STAMP
    assert str(callback["description"]) == CALLBACK.description
    assert by_summary["Send the offer"].decoded("dtstart") == PROMISE.start_utc


def test_times_are_written_as_utc_with_z() -> None:
    text = calendar_file([CALLBACK], "Анна", stamp=STAMP).decode("utf-8")
    assert "DTSTART:20260224T060000Z" in text  # 09:00 Moscow = 06:00 UTC
    assert "DTEND:20260224T061500Z" in text
    assert "DTSTAMP:20260220T120000Z" in text


def test_calendar_headers_outlook_and_google_need() -> None:
    calendar = icalendar.Calendar.from_ical(calendar_file([CALLBACK], "Анна", stamp=STAMP))
    assert str(calendar["version"]) == "2.0"
    assert "CallAssist" in str(calendar["prodid"])
    assert str(calendar["method"]) == "PUBLISH"


def test_lines_end_with_crlf() -> None:
    data = calendar_file([CALLBACK], "Анна", stamp=STAMP)
    assert data.count(b"\r\n") == data.count(b"\n")


def test_every_event_has_a_unique_global_uid() -> None:
    calendar = icalendar.Calendar.from_ical(calendar_file([CALLBACK, PROMISE], "Анна", stamp=STAMP))
    uids = [str(event["uid"]) for event in calendar.events]
    assert uids == ["followup-17@callassist", "promise-3@example.org"]


def test_alarm_ten_minutes_before_and_kind_as_category() -> None:
    calendar = icalendar.Calendar.from_ical(calendar_file([CALLBACK], "Анна", stamp=STAMP))
    event = calendar.events[0]
    alarms = event.walk("VALARM")
    assert len(alarms) == 1
    assert alarms[0].decoded("trigger") == timedelta(minutes=-10)
    assert str(alarms[0]["action"]) == "DISPLAY"
    assert [str(category) for category in event.categories] == ["callback"]


def test_empty_export_is_still_a_calendar(tmp_path: Path) -> None:
    path = tmp_path / "empty.ics"
    write_calendar(path, [], "Анна", stamp=STAMP)
    assert read_back(path).events == []


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (CalendarItem("", "Call", "", STAMP, 15, FollowUpKind.CALLBACK), "no identifier"),
        (CalendarItem("x", "Call", "", datetime(2026, 2, 24, 9), 15, FollowUpKind.CALLBACK), "without a time zone"),
        (CalendarItem("x", "Call", "", STAMP, 0, FollowUpKind.CALLBACK), "at least a minute"),
    ],
)
def test_bad_item_is_refused_and_the_old_file_survives(tmp_path: Path, item: CalendarItem, message: str) -> None:
    path = tmp_path / "calls.ics"
    write_calendar(path, [PROMISE], "Анна", stamp=STAMP)
    before = path.read_bytes()
    with pytest.raises(UserInputError, match=message):
        write_calendar(path, [CALLBACK, item], "Анна", stamp=STAMP)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["calls.ics"]


def test_missing_folder_is_an_environment_failure(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentFailure, match=r"calls\.ics"):
        write_calendar(tmp_path / "absent" / "calls.ics", [CALLBACK], "Анна", stamp=STAMP)
