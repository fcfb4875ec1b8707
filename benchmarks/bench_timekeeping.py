"""Timekeeping figures: working-day lookups and the "who is callable now" filter for the queue."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import holidays

from benchmarks.harness import Figure, median, timings_ms
from callassist.timekeeping.hours import CallingHours, is_callable, zones_callable_now
from callassist.timekeeping.workdays import WorkCalendar

ZONES = (
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
    "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
)  # fmt: skip


def _working_day_figure(quick: bool) -> Figure:
    rng = random.Random(6)
    days = [date(2025, 1, 1) + timedelta(days=rng.randrange(3 * 365)) for _ in range(2_000 if quick else 100_000)]
    ours = WorkCalendar("RU")
    library = holidays.country_holidays("RU", years=range(2025, 2028))
    ours_ms = median(timings_ms(lambda: [ours.is_working_day(day) for day in days], 5))
    library_ms = median(timings_ms(lambda: [library.is_working_day(day) for day in days], 5))
    return Figure(
        name=f"is_working_day over {len(days):,} dates (RU, 2025-2027)",
        value=ours_ms,
        unit="ms",
        baseline=library_ms,
        baseline_label="holidays' own HolidayBase.is_working_day",
    )


def _queue_filter_figure(quick: bool) -> Figure:
    rng = random.Random(7)
    clients = [rng.choice(ZONES) for _ in range(2_000 if quick else 100_000)]
    hours, calendar = CallingHours.default(), WorkCalendar("RU")
    moment = datetime(2026, 3, 10, 5, 30, tzinfo=UTC)
    per_zone_ms = median(timings_ms(lambda: zones_callable_now(moment, clients, hours, calendar), 5))
    per_row_ms = median(timings_ms(lambda: [is_callable(moment, zone, hours, calendar) for zone in clients], 5))
    return Figure(
        name=f"callable-now filter for {len(clients):,} clients in {len(ZONES)} zones",
        value=per_zone_ms,
        unit="ms",
        baseline=per_row_ms,
        baseline_label="is_callable per client row",
        goal="<= 50 ms",
        met=per_zone_ms <= 50,
    )


def figures(quick: bool) -> list[Figure]:
    return [_working_day_figure(quick), _queue_filter_figure(quick)]


if __name__ == "__main__":
    import sys

    for figure in figures(quick="--quick" in sys.argv):
        print(figure.as_dict())
