"""Statistics figures from a known call history recorded through the real outcome service, on both databases.

Each scenario is a list of calls written once as data. The calls are recorded through ``OperatorDesk``; the
expected figures are worked out from the same list by plain Python below (an independent, row-by-row oracle),
and every figure of the report must match it exactly, per operator and day, per operator and in total.
"""

from __future__ import annotations

import itertools
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from callassist.domain import AttemptResult, ConversationResult, NeverReason, Outcome, SaleLine
from callassist.errors import UserInputError
from callassist.stats.aggregate import build_report
from callassist.stats.report import NotReachedCounts, OperatorFigures, OutcomeCounts
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, make_client

CONNECTED = AttemptResult.CONNECTED
SALE, CALLBACK, INTERESTED, REFUSED, NEVER = (
    ConversationResult.SALE,
    ConversationResult.CALLBACK,
    ConversationResult.INTERESTED,
    ConversationResult.REFUSED,
    ConversationResult.NEVER,
)


@dataclass(frozen=True)
class Planned:
    """One call of a scenario: who, when (local wall clock), how long, and how it ended."""

    operator: str
    start: datetime  # naive, local time of the scenario's zone
    minutes: int
    attempt: AttemptResult = CONNECTED
    result: ConversationResult | None = None
    client: str = ""  # calls with the same label go to the same client
    amount: Decimal | None = None
    reason: str | None = None
    objections: tuple[str, ...] = ()
    callback_in: timedelta | None = None  # for CALLBACK: the agreed time, after the call's end
    never: NeverReason | None = None


def record_all(db: Database, desk_for: DeskFactory, clock: FixedClock, zone: ZoneInfo, plan: list[Planned]) -> None:
    desks = {name: desk_for(name) for name in sorted({p.operator for p in plan})}
    product = desks[plan[0].operator].products()[0]
    clients: dict[str, int] = {}
    for index, item in enumerate(plan):
        start = item.start.replace(tzinfo=zone).astimezone(UTC)
        end = start + timedelta(minutes=item.minutes)
        label = item.client or f"c{index}"
        if label not in clients:
            clients[label] = make_client(db, start - timedelta(days=1), name=f"Client {label}")
        clock.set(end)
        fields: dict[str, object] = {}
        if item.result in (REFUSED, INTERESTED):
            fields["next_contact_at"] = end + timedelta(days=7)
        if item.result is REFUSED:
            fields["refusal_reason"] = item.reason or "too_expensive"
        if item.result is INTERESTED:
            fields["refusal_reason"] = item.reason or "think_it_over"
        if item.result is CALLBACK:
            fields["next_contact_at"] = end + (item.callback_in or timedelta(hours=2))
        if item.result is SALE:
            fields["sale_lines"] = (SaleLine(product.id, 1, item.amount or Decimal("100.00")),)
        if item.never is not None:
            fields["never_reason"] = item.never
        outcome = Outcome(
            client_id=clients[label],
            operator=item.operator,
            attempt_result=item.attempt,
            conversation_result=item.result,
            started_at=start,
            ended_at=end,
            idempotency_key=uuid.uuid4().hex,
            objections=item.objections,
            **fields,  # type: ignore[arg-type]
        )
        desks[item.operator].record(outcome)


def expected(plan: list[Planned], zone: ZoneInfo, operator: str | None, day: date | None) -> OperatorFigures:
    """The figures of ``plan`` computed call by call: the oracle the SQL aggregation must agree with."""
    chosen = [
        p for p in plan if (operator is None or p.operator == operator) and (day is None or p.start.date() == day)
    ]
    connected = [p for p in chosen if p.attempt is CONNECTED]
    starts = [p.start.replace(tzinfo=zone) for p in chosen]
    gaps: list[float] = []
    by_key = sorted(chosen, key=lambda p: (p.operator, p.start))
    for before, after in itertools.pairwise(by_key):
        if before.operator == after.operator and before.start.date() == after.start.date():
            gaps.append((after.start - before.start - timedelta(minutes=before.minutes)).total_seconds())
    results = Counter(p.result.value for p in connected if p.result)
    missed = Counter(p.attempt.value for p in chosen if p.attempt is not CONNECTED)
    return OperatorFigures(
        operator=operator,
        day=day,
        dials=len(chosen),
        connected=len(connected),
        talk_seconds_total=sum(p.minutes * 60 for p in connected),
        first_call_at=min(starts) if starts else None,
        last_call_at=max(starts) if starts else None,
        avg_gap_seconds=sum(gaps) / len(gaps) if gaps else None,
        outcomes=OutcomeCounts(**results),
        not_reached=NotReachedCounts(**missed),
        revenue=sum((p.amount or Decimal("100.00") for p in connected if p.result is SALE), Decimal(0)),
        future_created=sum(1 for p in connected if p.result in (REFUSED, INTERESTED)),
        moved_to_never=sum(1 for p in chosen if p.never is not None),
    )


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


MONDAY = date(2026, 11, 23)
MOSCOW = ZoneInfo("Europe/Moscow")

A_DAY = [
    Planned("Anna", at(MONDAY, 10, 0), 5, result=SALE, amount=Decimal("1500.50")),
    Planned("Anna", at(MONDAY, 10, 10), 1, attempt=AttemptResult.NO_ANSWER),
    Planned(
        "Anna",
        at(MONDAY, 10, 20),
        10,
        result=REFUSED,
        reason="no_budget_now",
        objections=("price/value", "price/compared_to"),  # two answers to one objection: it counts once
    ),
    Planned("Anna", at(MONDAY, 10, 40), 2, result=CALLBACK, client="cb1", callback_in=timedelta(hours=4)),
    # The objection key alone: how calls were saved before rebuttals were recorded.
    Planned("Anna", at(MONDAY, 14, 44), 3, result=INTERESTED, client="cb1", objections=("price", "time")),
    Planned("Boris", at(MONDAY, 11, 0), 4, result=NEVER, never=NeverReason.ORGANISATION_CLOSED),
    Planned("Boris", at(MONDAY, 11, 10), 1, attempt=AttemptResult.BUSY),
    Planned("Boris", at(MONDAY, 11, 30), 6, result=REFUSED, reason="too_expensive"),
    Planned("Boris", at(MONDAY, 11, 45), 2, result=CALLBACK, callback_in=timedelta(minutes=30)),
    Planned("Boris", at(MONDAY, 16, 0), 8, result=SALE, amount=Decimal("99.99")),
]


@pytest.mark.parametrize("from_calls", [False, True], ids=["hourly-summaries", "calls"])
def test_one_day_every_figure_per_operator_and_in_total(
    db: Database, desk_for: DeskFactory, clock: FixedClock, from_calls: bool
) -> None:
    record_all(db, desk_for, clock, MOSCOW, A_DAY)

    report = build_report(db, MONDAY, MONDAY, "Europe/Moscow", language="en", now=clock(), from_calls=from_calls)

    assert report.per_operator_day == tuple(expected(A_DAY, MOSCOW, name, MONDAY) for name in ("Anna", "Boris"))
    assert report.per_operator == tuple(expected(A_DAY, MOSCOW, name, None) for name in ("Anna", "Boris"))
    assert report.total == expected(A_DAY, MOSCOW, None, None)
    assert report.total.talk_seconds_total == (5 + 10 + 2 + 3 + 4 + 6 + 2 + 8) * 60
    assert report.total.revenue == Decimal("1600.49")
    assert [(r.code, r.title, r.count) for r in report.refusal_reasons] == [
        ("no_budget_now", "No budget now", 1),
        ("too_expensive", "Too expensive", 1),
        ("think_it_over", "Will think it over", 1),
    ]
    # "price" twice on one call counts once; it came up on two calls.
    assert [(o.key, o.count) for o in report.objections] == [("price", 2), ("time", 1)]
    # Anna's callback (due 14:42) was kept at 14:44-14:47; Boris's (12:17) was never made and is overdue.
    assert [(c.operator, c.due, c.done_on_time, c.overdue) for c in report.callbacks] == [
        ("Anna", 1, 1, 0),
        ("Boris", 1, 0, 1),
    ]
    assert [(m.operator, m.reason, m.client_name) for m in report.never_moves] == [
        ("Boris", NeverReason.ORGANISATION_CLOSED, "Client c5")
    ]
    hours = Counter(p.start.hour for p in A_DAY)
    assert [(h.hour, h.dials) for h in report.by_hour] == sorted(hours.items())


@pytest.mark.parametrize("from_calls", [False, True], ids=["hourly-summaries", "calls"])
def test_one_operator_filter_and_the_call_log_can_be_read_twice(
    db: Database, desk_for: DeskFactory, clock: FixedClock, from_calls: bool
) -> None:
    record_all(db, desk_for, clock, MOSCOW, A_DAY)

    report = build_report(db, MONDAY, MONDAY, "Europe/Moscow", operator="Boris", now=clock(), from_calls=from_calls)

    assert report.total == replace(expected(A_DAY, MOSCOW, "Boris", None), operator=None)
    assert [(r.code, r.count) for r in report.refusal_reasons] == [("too_expensive", 1)]
    assert [(c.operator, c.due) for c in report.callbacks] == [("Boris", 1)]
    first = [(row.operator, row.started_at, row.duration_seconds) for row in report.calls]
    second = [(row.operator, row.started_at) for row in report.calls]
    boris = [p for p in A_DAY if p.operator == "Boris"]
    assert [(op, s) for op, s, _ in first] == second
    assert first == [("Boris", p.start.replace(tzinfo=MOSCOW), p.minutes * 60) for p in boris]


BERLIN = ZoneInfo("Europe/Berlin")
SAT, SUN, MON = date(2026, 10, 24), date(2026, 10, 25), date(2026, 10, 26)  # clocks go back on Sunday 03:00

ACROSS_DST = [
    Planned("Anna", at(SAT, 0, 30), 5, attempt=AttemptResult.NO_ANSWER),  # 22:30 UTC on Friday
    Planned("Anna", at(SAT, 23, 40), 15, result=REFUSED),  # ends after midnight: the day it started counts
    Planned("Anna", at(SUN, 0, 10), 3, result=SALE, amount=Decimal("10.00")),
    Planned("Anna", at(SUN, 1, 30), 4, result=INTERESTED),  # 23:30 UTC on Saturday, before the change
    Planned("Boris", at(SUN, 4, 0), 2, attempt=AttemptResult.VOICEMAIL),  # after the change, UTC+1
    Planned("Boris", at(SUN, 23, 30), 6, result=SALE, amount=Decimal("20.00")),  # 22:30 UTC on Sunday
]
OUTSIDE = [
    Planned("Boris", at(MON, 0, 30), 5, result=SALE, amount=Decimal("999.00")),  # 23:30 UTC on Sunday
    Planned("Anna", at(date(2026, 10, 23), 23, 50), 5, attempt=AttemptResult.BUSY),  # Friday local
]


@pytest.mark.parametrize("from_calls", [False, True], ids=["hourly-summaries", "calls"])
def test_range_across_midnight_and_daylight_saving_change(
    db: Database, desk_for: DeskFactory, clock: FixedClock, from_calls: bool
) -> None:
    record_all(db, desk_for, clock, BERLIN, ACROSS_DST + OUTSIDE)

    report = build_report(db, SAT, SUN, "Europe/Berlin", language="en", now=clock(), from_calls=from_calls)

    per_day = tuple(
        expected(ACROSS_DST, BERLIN, name, day)
        for name in ("Anna", "Boris")
        for day in (SAT, SUN)
        if any(p.operator == name and p.start.date() == day for p in ACROSS_DST)
    )
    assert report.per_operator_day == per_day
    assert report.per_operator == tuple(expected(ACROSS_DST, BERLIN, name, None) for name in ("Anna", "Boris"))
    assert report.total == expected(ACROSS_DST, BERLIN, None, None)
    assert report.total.dials == 6
    hours = Counter(p.start.hour for p in ACROSS_DST)
    assert [(h.hour, h.dials) for h in report.by_hour] == sorted(hours.items())
    assert sum(1 for _ in report.calls) == 6


@pytest.mark.parametrize("from_calls", [False, True], ids=["hourly-summaries", "calls"])
def test_sunday_alone_is_a_25_hour_day(
    db: Database, desk_for: DeskFactory, clock: FixedClock, from_calls: bool
) -> None:
    record_all(db, desk_for, clock, BERLIN, ACROSS_DST + OUTSIDE)

    report = build_report(db, SUN, SUN, "Europe/Berlin", now=clock(), from_calls=from_calls)

    sunday = [p for p in ACROSS_DST if p.start.date() == SUN]
    assert report.total == expected(sunday, BERLIN, None, None)


def test_rule_17_without_the_teams_tally_rows_a_report_sums_the_operators_rows_it_can_see(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    """In team mode row-level security hides the team's tallies (operator 0) from an operator's login; the report
    then sums the per-operator rows the login sees. Removing the team's rows here shows that sum is the team's."""
    from sqlalchemy import text

    record_all(db, desk_for, clock, MOSCOW, A_DAY)
    with_team = build_report(db, MONDAY, MONDAY, "Europe/Moscow", language="en", now=clock())
    with db.engine.begin() as conn:
        assert conn.execute(text("DELETE FROM call_tallies WHERE operator_id = 0")).rowcount > 0

    summed = build_report(db, MONDAY, MONDAY, "Europe/Moscow", language="en", now=clock())
    boris = build_report(db, MONDAY, MONDAY, "Europe/Moscow", operator="Boris", language="en", now=clock())

    assert (summed.refusal_reasons, summed.objections) == (with_team.refusal_reasons, with_team.objections)
    assert [(r.code, r.count) for r in summed.refusal_reasons] == [
        ("no_budget_now", 1), ("too_expensive", 1), ("think_it_over", 1)
    ]  # fmt: skip
    assert [(o.key, o.count) for o in summed.objections] == [("price", 2), ("time", 1)]
    assert [(r.code, r.count) for r in boris.refusal_reasons] == [("too_expensive", 1)]
    assert boris.objections == ()


def test_bad_input_is_refused(db: Database) -> None:
    with pytest.raises(UserInputError, match="before it starts"):
        build_report(db, MONDAY, MONDAY - timedelta(days=1), "Europe/Moscow")
    with pytest.raises(UserInputError, match="time zone"):
        build_report(db, MONDAY, MONDAY, "Mars/Olympus")
    with pytest.raises(UserInputError, match="no operator"):
        build_report(db, MONDAY, MONDAY, "Europe/Moscow", operator="Nobody")


def test_empty_range_has_zero_figures(db: Database) -> None:
    report = build_report(db, MONDAY, MONDAY, "Europe/Moscow")
    assert report.total.dials == 0 and report.per_operator == () and report.total.avg_gap_seconds is None
    assert list(report.calls) == []


KOLKATA = ZoneInfo("Asia/Kolkata")  # UTC+5:30: local midnight is 18:30 UTC, inside a UTC hour
IN_KOLKATA = [
    Planned("Anna", at(MONDAY, 0, 10), 5, result=SALE, amount=Decimal("50.00")),  # 18:40 UTC on Sunday
    Planned("Anna", at(MONDAY, 23, 50), 3, attempt=AttemptResult.NO_ANSWER),  # 18:20 UTC: the same UTC hour...
    Planned("Boris", at(MONDAY + timedelta(days=1), 0, 5), 4, result=REFUSED),  # ...as this one, the next day
]


def test_half_hour_zone_days_are_cut_at_local_midnight(db: Database, desk_for: DeskFactory, clock: FixedClock) -> None:
    record_all(db, desk_for, clock, KOLKATA, IN_KOLKATA)

    report = build_report(db, MONDAY, MONDAY, "Asia/Kolkata", now=clock())

    monday = [p for p in IN_KOLKATA if p.start.date() == MONDAY]
    assert report.total == expected(monday, KOLKATA, None, None)
    assert [(h.hour, h.dials) for h in report.by_hour] == [(0, 1), (23, 1)]
    assert [r.code for r in report.refusal_reasons] == []


def test_hourly_summaries_have_a_column_for_every_result() -> None:
    from callassist.storage.models import CallHour

    columns = set(CallHour.__table__.columns.keys())
    assert {r.value for r in AttemptResult} | {r.value for r in ConversationResult} <= columns


def test_migration_fills_the_summaries_the_outcome_service_keeps(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    """Migration 0004 sums the calls saved before it exactly as saving a call does from then on."""
    from sqlalchemy import text

    from callassist.storage import migrate

    record_all(db, desk_for, clock, BERLIN, ACROSS_DST + OUTSIDE + [replace(p, operator="Boris") for p in A_DAY])
    kept = _summary_rows(db)
    assert len(kept["call_hours"]) >= 10 and len(kept["call_tallies"]) >= 5

    migrate.downgrade(db, "0003")
    migrate.upgrade(db)

    assert _summary_rows(db) == kept
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM call_hours")).scalar() == len(kept["call_hours"])


def _summary_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import text

    rows = {}
    with db.engine.connect() as conn:
        for table, order in (("call_hours", "hour, operator_id"), ("call_tallies", "kind, operator_id, hour, key")):
            found = conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}")).all()
            # Moments summed as float seconds: equal to the millisecond, which is what reports show.
            rows[table] = [tuple(round(v, 3) if isinstance(v, float) else v for v in row) for row in found]
    return rows
