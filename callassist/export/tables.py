"""The report laid out as tables, once, so the CSV and XLSX writers show the same columns in the same order.

A ``Column`` says what a cell holds (``Kind``) and how to get it from a row; each writer decides how a kind
looks in its format (a duration is "1:02:03" text in CSV and a real [h]:mm:ss number in XLSX).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import attrgetter
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

from callassist.domain import AttemptResult, ConversationResult, NeverReason
from callassist.export.labels import Labels
from callassist.export.safe import safe_text
from callassist.stats.report import (
    CallbackFigures,
    CallRow,
    HourFigures,
    NeverMove,
    ObjectionCount,
    OperatorFigures,
    ReasonCount,
    StatsReport,
)

RowT = TypeVar("RowT")


class Kind(enum.Enum):
    TEXT = "text"
    INT = "int"
    SECONDS = "seconds"  # a duration in seconds
    MOMENT = "moment"  # an aware datetime, shown in the report's time zone
    DAY = "day"  # a date
    MONEY = "money"  # a Decimal
    PERCENT = "percent"  # a ratio 0..1


@dataclass(frozen=True)
class Column(Generic[RowT]):
    label: str  # the header, already in the report's language
    kind: Kind
    get: Callable[[RowT], Any]
    width: int = 12  # characters; the XLSX writer widens it to fit the header
    inert: bool = False  # TEXT only: ``get`` gives words already passed through ``safe_text`` (our own labels)


@dataclass(frozen=True)
class Table(Generic[RowT]):
    key: str  # label key of the sheet / CSV section title
    columns: tuple[Column[RowT], ...]
    rows: Iterable[RowT]


@dataclass(frozen=True)
class SummaryLine:
    label: str
    kind: Kind
    value: object


def local_naive(moment: datetime, zone: ZoneInfo) -> datetime:
    """``moment`` as wall-clock time in ``zone``, without tzinfo (spreadsheets have no time zones)."""
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime in a report: {moment!r}; the aggregation must give aware moments")
    return moment.astimezone(zone).replace(tzinfo=None)


EXCEL_EPOCH_SECONDS = 2_209_161_600  # seconds from 1899-12-30 (Excel serial 0) to 1970-01-01
SECONDS_PER_DAY = 86_400
CACHED_MINUTES = 4_096  # rows come in time order: a few recent minutes give nearly every hit, in about 1 MB


class LocalClock:
    """Moments as wall-clock text and Excel serials in one zone, fast enough for a million-row call log.

    ``astimezone`` per cell dominated the call log's cost. A zone's offset is the same for a whole UTC minute
    (every offset in use since the 1970s is whole minutes; an odd-second one, or a moment before 1970, falls back
    to zoneinfo), so the offset and the "YYYY-MM-DD HH:MM" text are worked out once per minute and reused.
    """

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._minutes: dict[int, tuple[int, str]] = {}

    def text(self, moment: datetime) -> str:
        """Wall-clock "YYYY-MM-DD HH:MM:SS" (microseconds cut off, as ``isoformat(" ", "seconds")`` does)."""
        stamp = _timestamp(moment)
        minute, second = divmod(int(stamp), 60)
        known = self._minutes.get(minute) or self._learn(minute)
        if known is None or stamp < 0:
            return local_naive(moment, self.zone).isoformat(" ", "seconds")
        return f"{known[1]}:{second:02d}"

    def serial(self, moment: datetime) -> float:
        """An Excel serial date-time (days since 1899-12-30) of the wall-clock time."""
        stamp = _timestamp(moment)
        minute = int(stamp) // 60
        known = self._minutes.get(minute) or self._learn(minute)
        if known is None or stamp < 0:
            wall = local_naive(moment, self.zone)
            return (wall - datetime(1899, 12, 30)).total_seconds() / SECONDS_PER_DAY
        return (stamp + known[0] + EXCEL_EPOCH_SECONDS) / SECONDS_PER_DAY

    def _learn(self, minute: int) -> tuple[int, str] | None:
        wall = datetime.fromtimestamp(minute * 60, UTC).astimezone(self.zone)
        offset = wall.utcoffset()
        seconds = round(offset.total_seconds()) if offset is not None else 0
        if seconds % 60:
            return None
        if len(self._minutes) >= CACHED_MINUTES:
            self._minutes.clear()  # start afresh rather than grow with a year-long log
        known = self._minutes[minute] = (seconds, wall.replace(tzinfo=None).isoformat(" ", "minutes"))
        return known


def _timestamp(moment: datetime) -> float:
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime in a report: {moment!r}; the aggregation must give aware moments")
    return moment.timestamp()


def share(count: int, total: int) -> float | None:
    return count / total if total else None


def _outcome(result: ConversationResult) -> Callable[[OperatorFigures], int]:
    return lambda figures: figures.outcomes.of(result)


def _not_reached(result: AttemptResult) -> Callable[[OperatorFigures], int]:
    return lambda figures: figures.not_reached.of(result)


def figure_columns(labels: Labels, with_day: bool) -> tuple[Column[OperatorFigures], ...]:
    """Columns of one operator's figures (operator None is the team total); ``with_day`` adds the day."""
    who: list[Column[OperatorFigures]] = [
        Column(labels["col.operator"], Kind.TEXT, lambda f: f.operator or labels["report.total"], 18)
    ]
    if with_day:
        who.append(Column(labels["col.day"], Kind.DAY, lambda f: f.day, 12))
    outcomes = [
        Column[OperatorFigures](labels.of("conversation", result), Kind.INT, _outcome(result), 10)
        for result in ConversationResult
    ]
    not_reached = [
        Column[OperatorFigures](labels.of("attempt", result), Kind.INT, _not_reached(result), 10)
        for result in AttemptResult
        if result is not AttemptResult.CONNECTED
    ]
    return (
        *who,
        Column(labels["col.dials"], Kind.INT, lambda f: f.dials, 9),
        Column(labels["col.connected"], Kind.INT, lambda f: f.connected, 9),
        Column(labels["col.talk_total"], Kind.SECONDS, lambda f: f.talk_seconds_total, 11),
        Column(labels["col.talk_avg"], Kind.SECONDS, lambda f: f.talk_seconds_avg, 11),
        Column(labels["col.talk_measured"], Kind.SECONDS, lambda f: f.measured_talk_seconds, 11),
        Column(labels["col.calls_measured"], Kind.INT, lambda f: f.measured_calls, 10),
        Column(labels["col.first_call"], Kind.MOMENT, lambda f: f.first_call_at, 17),
        Column(labels["col.last_call"], Kind.MOMENT, lambda f: f.last_call_at, 17),
        Column(labels["col.avg_gap"], Kind.SECONDS, lambda f: f.avg_gap_seconds, 11),
        *outcomes,
        *not_reached,
        Column(labels["col.conversion"], Kind.PERCENT, lambda f: f.conversion, 10),
        Column(labels["col.revenue"], Kind.MONEY, lambda f: f.revenue, 13),
        Column(labels["col.future_created"], Kind.INT, lambda f: f.future_created, 10),
        Column(labels["col.moved_to_never"], Kind.INT, lambda f: f.moved_to_never, 10),
    )


def summary_lines(report: StatsReport, labels: Labels) -> list[SummaryLine]:
    """The team's figures for the whole range as (figure, value) lines, the same columns as a table row."""
    return [
        SummaryLine(column.label, column.kind, column.get(report.total))
        for column in figure_columns(labels, with_day=False)[1:]
    ]


def call_columns(labels: Labels) -> tuple[Column[CallRow], ...]:
    """Columns of the raw call log.

    Getters are ``attrgetter`` and enum words plain dict look-ups: a month's log is 1.8 million rows x 16 cells.
    """
    attempts = {member: safe_text(labels.of("attempt", member)) for member in AttemptResult}
    results: dict[ConversationResult | None, str] = {None: ""}
    results.update((member, safe_text(labels.of("conversation", member))) for member in ConversationResult)
    nevers: dict[NeverReason | None, str] = {None: ""}
    nevers.update((member, safe_text(labels.of("never", member))) for member in NeverReason)
    return (
        Column(labels["col.started"], Kind.MOMENT, attrgetter("started_at"), 17),
        Column(labels["col.ended"], Kind.MOMENT, attrgetter("ended_at"), 17),
        Column(labels["col.duration"], Kind.SECONDS, attrgetter("duration_seconds"), 10),
        Column(labels["col.operator"], Kind.TEXT, attrgetter("operator"), 16),
        Column(labels["col.client_id"], Kind.INT, attrgetter("client_id"), 9),
        Column(labels["col.client"], Kind.TEXT, attrgetter("client_name"), 24),
        Column(labels["col.company"], Kind.TEXT, attrgetter("company"), 20),
        Column(labels["col.phone"], Kind.TEXT, attrgetter("phone"), 15),
        Column(labels["col.attempt"], Kind.TEXT, lambda c: attempts[c.attempt_result], 14, inert=True),
        Column(labels["col.conversation"], Kind.TEXT, lambda c: results[c.conversation_result], 14, inert=True),
        Column(labels["col.refusal_reason"], Kind.TEXT, attrgetter("refusal_reason"), 18),
        Column(labels["col.refusal_text"], Kind.TEXT, attrgetter("refusal_text"), 24),
        Column(labels["col.never_reason"], Kind.TEXT, lambda c: nevers[c.never_reason], 18, inert=True),
        Column(labels["col.next_contact"], Kind.MOMENT, attrgetter("next_contact_at"), 17),
        Column(labels["col.amount"], Kind.MONEY, attrgetter("amount"), 12),
        Column(labels["col.note"], Kind.TEXT, attrgetter("note"), 30),
        Column(labels["col.talk_measured_call"], Kind.SECONDS, attrgetter("talk_seconds"), 10),  # issue 18
    )


def hour_table(report: StatsReport, labels: Labels) -> Table[HourFigures]:
    columns: tuple[Column[HourFigures], ...] = (
        Column(labels["col.hour"], Kind.INT, lambda h: h.hour, 6),
        Column(labels["col.dials"], Kind.INT, lambda h: h.dials, 9),
        Column(labels["col.connected"], Kind.INT, lambda h: h.connected, 9),
    )
    return Table("sheet.by_hour", columns, report.by_hour)


def reason_table(report: StatsReport, labels: Labels) -> Table[ReasonCount]:
    total = sum(item.count for item in report.refusal_reasons)
    columns: tuple[Column[ReasonCount], ...] = (
        Column(labels["col.reason"], Kind.TEXT, lambda r: r.title, 30),
        Column(labels["col.code"], Kind.TEXT, lambda r: r.code, 14),
        Column(labels["col.count"], Kind.INT, lambda r: r.count, 10),
        Column(labels["col.share"], Kind.PERCENT, lambda r: share(r.count, total), 8),
    )
    ranked = sorted(report.refusal_reasons, key=lambda r: (-r.count, r.title))
    return Table("sheet.refusals", columns, ranked)


def objection_table(report: StatsReport, labels: Labels) -> Table[ObjectionCount]:
    total = sum(item.count for item in report.objections)
    columns: tuple[Column[ObjectionCount], ...] = (
        Column(labels["col.objection"], Kind.TEXT, lambda o: o.title, 30),
        Column(labels["col.code"], Kind.TEXT, lambda o: o.key, 14),
        Column(labels["col.count"], Kind.INT, lambda o: o.count, 10),
        Column(labels["col.share"], Kind.PERCENT, lambda o: share(o.count, total), 8),
    )
    ranked = sorted(report.objections, key=lambda o: (-o.count, o.title))
    return Table("sheet.objections", columns, ranked)


def callback_table(report: StatsReport, labels: Labels) -> Table[CallbackFigures]:
    columns: tuple[Column[CallbackFigures], ...] = (
        Column(labels["col.operator"], Kind.TEXT, lambda c: c.operator or labels["report.team"], 18),
        Column(labels["col.due"], Kind.INT, lambda c: c.due, 10),
        Column(labels["col.done_on_time"], Kind.INT, lambda c: c.done_on_time, 10),
        Column(labels["col.overdue"], Kind.INT, lambda c: c.overdue, 10),
    )
    total = report.callbacks_total
    total_row = CallbackFigures(labels["report.total"], total.due, total.done_on_time, total.overdue)
    return Table("sheet.callbacks", columns, (*report.callbacks, total_row))


def never_table(report: StatsReport, labels: Labels) -> Table[NeverMove]:
    columns: tuple[Column[NeverMove], ...] = (
        Column(labels["col.when"], Kind.MOMENT, lambda n: n.at, 17),
        Column(labels["col.operator"], Kind.TEXT, lambda n: n.operator, 16),
        Column(labels["col.client_id"], Kind.INT, lambda n: n.client_id, 9),
        Column(labels["col.client"], Kind.TEXT, lambda n: n.client_name, 24),
        Column(labels["col.never_reason"], Kind.TEXT, lambda n: labels.of("never", n.reason), 22),
    )
    return Table("sheet.never", columns, report.never_moves)


def report_tables(report: StatsReport, labels: Labels) -> list[Table[Any]]:
    """Every table after the summary, in the order both writers use; the call log comes last."""
    from callassist.export.list_tables import list_tables  # it builds on this module's Column and Table

    return [
        Table("sheet.by_operator", figure_columns(labels, with_day=False), (*report.per_operator, report.total)),
        Table("sheet.by_day", figure_columns(labels, with_day=True), report.per_operator_day),
        hour_table(report, labels),
        reason_table(report, labels),
        objection_table(report, labels),
        callback_table(report, labels),
        never_table(report, labels),
        *list_tables(report.lists, labels),
        Table("sheet.calls", call_columns(labels), report.calls),
    ]
