"""Fill a ``StatsReport`` from the database with set-based SQL: a month of a 200-operator floor in one pass.

Days are cut at local midnight in the report's zone. The UTC bounds of every local day are computed with
zoneinfo (so a day across a daylight-saving change is 23 or 25 hours long) and SQL buckets each call by those
bounds with one CASE expression. The main query groups calls by operator, day and result; every figure is a
sum, a count, a minimum or a maximum, so per-range and team figures are combined in Python from those groups
without reading a single call row. The average gap between calls is set-based too: for calls of one day in
order, the sum of the pauses is ``(sum of starts - first start) - (sum of ends - last end)``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.orm import aliased

from callassist import clock
from callassist.domain import AttemptResult, ConversationResult, FollowUpKind, NeverReason
from callassist.errors import UserInputError
from callassist.scripts.model import Script
from callassist.services.scripts import RAISED_SEPARATOR, default_script
from callassist.stats import summary
from callassist.stats.report import (
    CallbackFigures,
    CallRow,
    HourFigures,
    NeverMove,
    NotReachedCounts,
    ObjectionCount,
    OperatorFigures,
    OutcomeCounts,
    ReasonCount,
    StatsReport,
)
from callassist.storage.engine import Database
from callassist.storage.models import Call, CallHour, CallTally, Client, FollowUp, Operator, RefusalReason

CALLBACK_GRACE = timedelta(minutes=15)  # a callback made this long after its time still counts as on time
QUARTER = 900  # seconds; hours are grouped in quarter-hours so zones with :30 and :45 offsets come out right
STREAM_BATCH = 2_000  # call-log rows fetched per round trip


@dataclass(frozen=True)
class Period:
    """The report's days and the UTC moment each one starts; ``bounds`` has one more item than ``days``."""

    zone: ZoneInfo
    days: tuple[date, ...]
    bounds: tuple[datetime, ...]

    @property
    def start(self) -> datetime:
        return self.bounds[0]

    @property
    def end(self) -> datetime:
        return self.bounds[-1]


def period(date_from: date, date_to: date, zone_name: str) -> Period:
    """The days from ``date_from`` to ``date_to`` (both included) cut at local midnight in ``zone_name``."""
    if date_to < date_from:
        raise UserInputError("stats.period_reversed", field="to", date_to=date_to, date_from=date_from)
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UserInputError(
            "stats.unknown_timezone", field="timezone", zone=zone_name, example="Europe/Moscow"
        ) from exc
    count = (date_to - date_from).days + 1
    days = tuple(date_from + timedelta(days=i) for i in range(count))
    bounds = tuple(
        datetime.combine(date_from + timedelta(days=i), time(0), zone).astimezone(UTC) for i in range(count + 1)
    )
    return Period(zone, days, bounds)


def build_report(
    db: Database,
    date_from: date,
    date_to: date,
    zone: str,
    operator: str | None = None,
    language: str = "ru",
    now: datetime | None = None,
    *,
    from_calls: bool = False,
) -> StatsReport:
    """Every figure of a supervisor report for a date range (both ends included) in time zone ``zone``.

    Args:
        db: the database.
        date_from: the first day, a calendar day in ``zone``.
        date_to: the last day, included.
        zone: an IANA zone name; days are cut at its local midnight.
        operator: only this operator's calls, callbacks and moves; None for the whole team.
        language: "ru" or "en", for refusal reason and objection titles.
        now: the moment "overdue" is judged against; the app's clock when None.
        from_calls: count every figure from the calls themselves even where the hourly summaries could answer
            (the summaries answer whenever local midnight falls on a whole UTC hour; tests compare the two).

    Raises:
        UserInputError: the range ends before it starts, an unknown zone, or an operator nobody is called.
    """
    days = period(date_from, date_to, zone)
    moment = now or clock.now()
    with db.read() as session:
        operator_id = _operator_id(session, operator)
        names: dict[int, str] = {row[0]: row[1] for row in session.execute(select(Operator.id, Operator.name))}
        query = _Queries(db.dialect, days, operator_id)
        if not from_calls and summary.on_whole_hours(days.start, days.end, days.zone):
            groups = _hour_groups(session, query, names)
            reasons = _ranked_reasons(session, _tallies(session, query, summary.REASON), language)
            objections = _ranked_objections(_tallies(session, query, summary.OBJECTION), language)
            by_hour = _hour_chart(session, query)
        else:
            groups = _figure_groups(session, query, names)
            reasons = _reasons(session, query, language)
            objections = _objections(session, query, language)
            by_hour = _by_hour(session, query)
        callbacks = _callbacks(session, query, names, moment)
        never_moves = _never_moves(session, query)
    per_day = tuple(group.figures() for group in sorted(groups.values(), key=lambda g: (g.operator, g.day)))
    per_operator = _merge_by(groups.values(), lambda g: g.operator)
    total = _merge(list(groups.values()), None, None)
    return StatsReport(
        date_from=date_from,
        date_to=date_to,
        timezone=zone,
        generated_at=moment,
        per_operator_day=per_day,
        per_operator=tuple(per_operator[name].figures() for name in sorted(per_operator)),
        total=total.figures(),
        by_hour=by_hour,
        refusal_reasons=reasons,
        objections=objections,
        callbacks=callbacks,
        never_moves=never_moves,
        calls=CallLog(db, days.start, days.end, operator_id, language),
    )


def operator_names(db: Database) -> tuple[str, ...]:
    """Every operator who has made a call, by name: the dashboard's operator filter."""
    with db.read() as session:
        used = select(Call.operator_id).distinct()
        rows = session.scalars(select(Operator.name).where(Operator.id.in_(used)).order_by(Operator.name))
        return tuple(rows)


def _operator_id(session: Any, name: str | None) -> int | None:
    if name is None:
        return None
    found: int | None = session.scalar(select(Operator.id).where(Operator.name == name))
    if found is None:
        raise UserInputError("stats.unknown_operator", field="operator", name=name)
    return found


class _Queries:
    """Dialect-specific pieces of SQL shared by the queries: epoch seconds, the local day, the filters."""

    def __init__(self, dialect: str, days: Period, operator_id: int | None) -> None:
        self.dialect = dialect
        self.period = days
        self.operator_id = operator_id
        self.start_s = self.epoch(Call.started_at)
        self.end_s = self.epoch(Call.ended_at)
        self.day = self.day_of(Call.started_at)

    def day_of(self, moment: Any, bound_as: Callable[[datetime], Any] = lambda bound: bound) -> ColumnElement[Any]:
        """The index of the report day a stored moment falls on: the first inner bound it is below names it.

        ``bound_as`` turns a bound into the column's own terms (an hour number for the hourly summaries).
        """
        inner_bounds = self.period.bounds[1:-1]
        if not inner_bounds:
            return literal(0)
        return case(
            *((moment < bound_as(bound), literal(index)) for index, bound in enumerate(inner_bounds)),
            else_=literal(len(self.period.days) - 1),
        )

    def epoch(self, column: Any) -> ColumnElement[Any]:
        """Seconds since 1970 of a stored (naive UTC) moment, with fractions."""
        if self.dialect == "sqlite":
            return (func.julianday(column) - 2440587.5) * 86400.0
        return func.extract("epoch", column)

    def quarter(self) -> ColumnElement[Any]:
        """The quarter-hour a call started in, counted from 1970."""
        if self.dialect == "sqlite":
            # julianday carries float noise (10:00 reads 09:59:59.99999): round to the millisecond first;
            # truncation is floor for moments after 1970.
            return cast(func.round(self.start_s, 3) / QUARTER, Integer)
        return func.floor(self.start_s / QUARTER)

    def calls_in_range(self) -> list[ColumnElement[bool]]:
        where = [Call.started_at >= self.period.start, Call.started_at < self.period.end]
        if self.operator_id is not None:
            where.append(Call.operator_id == self.operator_id)
        return where


@dataclass
class _Group:
    """Decomposable sums of one operator's calls on one day (or merged over days and operators)."""

    operator: str | None
    day: date | None
    attempts: Counter[str] = field(default_factory=Counter)
    conversations: Counter[str] = field(default_factory=Counter)
    talk: float = 0.0
    first: float | None = None
    last: float | None = None
    gap_sum: float = 0.0
    gap_pairs: int = 0
    cents: int = 0
    never: int = 0
    future: int = 0
    measured: float = 0.0  # talk seconds the softphone measured (issue 18)
    measured_calls: int = 0

    def count_pauses(self, calls: int, start_sum: float, end_sum: float, last_end: float) -> None:
        """The pauses between one day's consecutive calls, from sums alone: every start but the first minus every
        end but the last. Rounded to the millisecond: float sums of epoch seconds carry noise far below that."""
        if calls > 1 and self.first is not None:
            self.gap_sum = round((start_sum - self.first) - (end_sum - last_end), 3)
            self.gap_pairs = calls - 1

    def figures(self) -> OperatorFigures:
        dials = sum(self.attempts.values())
        return OperatorFigures(
            operator=self.operator,
            day=self.day,
            dials=dials,
            connected=self.attempts[AttemptResult.CONNECTED.value],
            talk_seconds_total=round(self.talk),
            first_call_at=_moment(self.first),
            last_call_at=_moment(self.last),
            avg_gap_seconds=self.gap_sum / self.gap_pairs if self.gap_pairs else None,
            outcomes=OutcomeCounts(**{r.value: self.conversations[r.value] for r in ConversationResult}),
            not_reached=NotReachedCounts(
                **{r.value: self.attempts[r.value] for r in AttemptResult if r is not AttemptResult.CONNECTED}
            ),
            revenue=Decimal(self.cents) / 100,
            future_created=self.future,
            moved_to_never=self.never,
            measured_talk_seconds=round(self.measured, 3),
            measured_calls=self.measured_calls,
        )


def _moment(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(round(seconds, 3), UTC)


def _figure_groups(session: Any, query: _Queries, names: dict[int, str]) -> dict[tuple[int, int], _Group]:
    """One group per operator and day, from one GROUP BY over the range's calls."""
    # Grouped in an outer query: the day and epoch expressions carry bound parameters, which PostgreSQL would
    # not recognise as the same expression in SELECT and GROUP BY.
    calls = (
        select(
            Call.operator_id.label("operator"),
            query.day.label("day"),
            Call.attempt_result.label("attempt"),
            Call.conversation_result.label("result"),
            query.start_s.label("start"),
            query.end_s.label("end"),
            func.round(Call.amount * 100).label("cents"),
            case((Call.never_reason.is_not(None), 1), else_=0).label("never"),
            Call.talk_seconds.label("measured"),
        )
        .where(*query.calls_in_range())
        .subquery()
    )
    c = calls.c
    keys = (c.operator, c.day, c.attempt, c.result)
    rows = session.execute(
        select(
            *keys,
            func.count(),
            func.min(c.start),
            func.max(c.start),
            func.sum(c.start),
            func.sum(c.end),
            func.max(c.end),
            func.sum(func.coalesce(c.measured, c.end - c.start)),  # as summary.count_call counts a call's talk
            func.sum(c.cents),
            func.sum(c.never),
            func.sum(c.measured),
            func.count(c.measured),
        ).group_by(*keys)
    ).all()
    parts: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for row in rows:
        parts[(row[0], int(row[1]))].append(row)
    groups = {key: _day_group(names[key[0]], query.period.days[key[1]], rows) for key, rows in parts.items()}
    for (operator_id, index), count in _future_created(session, query):
        groups[(operator_id, index)].future += count
    return groups


def _day_group(operator: str, day: date, rows: Sequence[Any]) -> _Group:
    group = _Group(operator, day)
    calls = 0
    start_sum = end_sum = 0.0
    last_end = None
    for _op, _day, attempt, conversation, count, first, last, starts, ends, max_end, talk, cents, never, *timed in rows:
        calls += count
        group.attempts[attempt] += count
        if conversation:
            group.conversations[conversation] += count
        if attempt == AttemptResult.CONNECTED.value:
            group.talk += float(talk)
        group.first = float(first) if group.first is None else min(group.first, float(first))
        group.last = float(last) if group.last is None else max(group.last, float(last))
        start_sum += float(starts)
        end_sum += float(ends)
        last_end = float(max_end) if last_end is None else max(last_end, float(max_end))
        group.cents += int(cents or 0)
        group.never += int(never or 0)
        group.measured += float(timed[0] or 0.0)
        group.measured_calls += int(timed[1] or 0)
    if group.first is not None and last_end is not None:
        group.count_pauses(calls, start_sum, end_sum, last_end)
    return group


def _future_created(session: Any, query: _Queries) -> list[tuple[tuple[int, int], int]]:
    """Clients given a *future* date (refused, interested, unreachable) by calls of the range."""
    made = (
        select(Call.operator_id.label("operator"), query.day.label("day"))
        .join(FollowUp, FollowUp.created_by_call_id == Call.id)
        .where(FollowUp.kind == FollowUpKind.FUTURE.value, *query.calls_in_range())
        .subquery()
    )
    rows = session.execute(
        select(made.c.operator, made.c.day, func.count()).group_by(made.c.operator, made.c.day)
    ).all()
    return [((operator_id, int(index)), count) for operator_id, index, count in rows]


def _merge(groups: Sequence[_Group], operator: str | None, day: date | None) -> _Group:
    merged = _Group(operator, day)
    for group in groups:
        merged.attempts.update(group.attempts)
        merged.conversations.update(group.conversations)
        merged.talk += group.talk
        if group.first is not None:
            merged.first = group.first if merged.first is None else min(merged.first, group.first)
        if group.last is not None:
            merged.last = group.last if merged.last is None else max(merged.last, group.last)
        merged.gap_sum += group.gap_sum
        merged.gap_pairs += group.gap_pairs
        merged.cents += group.cents
        merged.never += group.never
        merged.future += group.future
        merged.measured += group.measured
        merged.measured_calls += group.measured_calls
    return merged


def _merge_by(groups: Any, key: Any) -> dict[str, _Group]:
    buckets: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        buckets[key(group)].append(group)
    return {name: _merge(items, name, None) for name, items in buckets.items()}


def _by_hour(session: Any, query: _Queries) -> tuple[HourFigures, ...]:
    """Dials and connected calls per local hour of the day, over the whole range."""
    connected = case((Call.attempt_result == AttemptResult.CONNECTED.value, 1), else_=0)
    calls = (
        select(query.quarter().label("quarter"), connected.label("connected")).where(*query.calls_in_range()).subquery()
    )
    rows = session.execute(
        select(calls.c.quarter, func.count(), func.sum(calls.c.connected)).group_by(calls.c.quarter)
    ).all()
    dials: Counter[int] = Counter()
    talks: Counter[int] = Counter()
    for bucket, count, connects in rows:
        hour = datetime.fromtimestamp(int(bucket) * QUARTER, UTC).astimezone(query.period.zone).hour
        dials[hour] += count
        talks[hour] += int(connects or 0)
    return tuple(HourFigures(hour, dials[hour], talks[hour]) for hour in sorted(dials))


def _reasons(session: Any, query: _Queries, language: str) -> tuple[ReasonCount, ...]:
    """Refusal reasons given on calls of the range, most frequent first."""
    # Count calls first (the range index), then name the few reasons: a join first makes SQLite loop reasons.
    counts = session.execute(
        select(Call.refusal_reason_id, func.count())
        .where(Call.refusal_reason_id.is_not(None), *query.calls_in_range())
        .group_by(Call.refusal_reason_id)
    ).all()
    return _ranked_reasons(session, [(reason_id, count) for reason_id, count in counts], language)


def _ranked_reasons(session: Any, counts: Sequence[tuple[Any, int]], language: str) -> tuple[ReasonCount, ...]:
    """Name the counted reason ids and rank them, most frequent first."""
    title = RefusalReason.title_en if language == "en" else RefusalReason.title_ru
    names = {row[0]: (row[1], row[2]) for row in session.execute(select(RefusalReason.id, RefusalReason.code, title))}
    rows = [(*names[int(reason_id)], int(count)) for reason_id, count in counts]
    ranked = sorted(rows, key=lambda row: (-row[2], row[1]))
    return tuple(ReasonCount(code, name, count) for code, name, count in ranked)


def _objections(session: Any, query: _Queries, language: str) -> tuple[ObjectionCount, ...]:
    """Objections opened on calls of the range, most raised first; one raised twice on a call counts once."""
    if query.dialect == "sqlite":
        keys = func.json_each(Call.objections).table_valued("value")
        # An entry is "objection/rebuttal" or, in older rows, the objection key alone: keep the part before "/".
        objection = func.substr(
            keys.c.value, 1, func.instr(keys.c.value.concat(RAISED_SEPARATOR), RAISED_SEPARATOR) - 1
        )
    else:
        # A JSON null is a scalar PostgreSQL refuses to expand; the alias names the function's column.
        lists: ColumnElement[Any] = literal_column(
            "CASE WHEN json_typeof(calls.objections) = 'array' THEN calls.objections END"
        )
        keys = func.json_array_elements_text(lists).table_valued("value").render_derived(name="raised")
        objection = func.split_part(keys.c.value, RAISED_SEPARATOR, 1)
    rows = session.execute(
        select(objection, func.count(func.distinct(Call.id)))
        .select_from(Call)
        .join(keys, literal(True))
        # A call without objections may hold JSON null, which expands to one NULL value.
        .where(keys.c.value.is_not(None), *query.calls_in_range())
        .group_by(objection)
    ).all()
    return _ranked_objections(rows, language)


def _ranked_objections(rows: Sequence[tuple[Any, int]], language: str) -> tuple[ObjectionCount, ...]:
    """Title the counted objection keys from the default script and rank them, most raised first."""
    titles = _objection_titles(default_script(language))
    ranked = sorted(((str(key), int(count)) for key, count in rows), key=lambda item: (-item[1], item[0]))
    return tuple(ObjectionCount(key, titles.get(key, key), count) for key, count in ranked)


def _objection_titles(script: Script) -> dict[str, str]:
    return {objection.key: objection.title for objection in script.objections}


def _callbacks(session: Any, query: _Queries, names: dict[int, str], now: datetime) -> tuple[CallbackFigures, ...]:
    """Callbacks due in the range by their personal operator (None: the team's)."""
    where = [
        FollowUp.kind == FollowUpKind.CALLBACK.value,
        FollowUp.due_at >= query.period.start,
        FollowUp.due_at < query.period.end,
    ]
    if query.operator_id is not None:
        where.append(FollowUp.operator_id == query.operator_id)
    # How late each callback was made, worked out once per row (None while it is not made); read from the index.
    lags = (
        select(
            FollowUp.operator_id.label("operator"),
            (query.epoch(FollowUp.done_at) - query.epoch(FollowUp.due_at)).label("lag"),
            case((FollowUp.due_at < now, 1), else_=0).label("past"),
        )
        .where(*where)
        .subquery()
    )
    grace = CALLBACK_GRACE.total_seconds()
    on_time = case((lags.c.lag <= grace, 1), else_=0)
    late = case((lags.c.lag > grace, 1), (and_(lags.c.lag.is_(None), lags.c.past == 1), 1), else_=0)
    rows = session.execute(
        select(lags.c.operator, func.count(), func.sum(on_time), func.sum(late)).group_by(lags.c.operator)
    ).all()
    figures = [
        CallbackFigures(names.get(operator_id) if operator_id else None, due, int(done or 0), int(overdue or 0))
        for operator_id, due, done, overdue in rows
    ]
    return tuple(sorted(figures, key=lambda item: (item.operator is None, item.operator or "")))


def _never_moves(session: Any, query: _Queries) -> tuple[NeverMove, ...]:
    rows = session.execute(
        select(Call.client_id, Client.full_name, Call.never_reason, Operator.name, Call.started_at)
        .join(Client, Client.id == Call.client_id)
        .join(Operator, Operator.id == Call.operator_id)
        # Each reason by name (not "IS NOT NULL"): equality on the first column of ix_calls_never_started and the
        # range on its second, so the few never calls are found without walking every call of the range.
        .where(Call.never_reason.in_([reason.value for reason in NeverReason]), *query.calls_in_range())
        .order_by(Call.started_at, Call.id)
    ).all()
    return tuple(
        NeverMove(client_id, name, NeverReason(reason), operator, at) for client_id, name, reason, operator, at in rows
    )


# --- the same figures from the hourly summaries (``stats.summary``) ----------------------------------------------


def _hours_in_range(table: Any, query: _Queries, operator_id: int | None) -> list[ColumnElement[bool]]:
    """The report's hours (its bounds are whole hours here), of one operator when ``operator_id`` is given."""
    where = [table.hour >= summary.hour_of(query.period.start), table.hour < summary.hour_of(query.period.end)]
    if operator_id is not None:
        where.append(table.operator_id == operator_id)
    return where


def _hour_groups(session: Any, query: _Queries, names: dict[int, str]) -> dict[tuple[int, int], _Group]:
    """One group per operator and day, summed from the operator's hours of that day."""
    attempts = [r.value for r in AttemptResult]
    results = [r.value for r in ConversationResult]
    hours = (
        select(CallHour, query.day_of(CallHour.hour, summary.hour_of).label("day"))
        .where(*_hours_in_range(CallHour, query, query.operator_id))
        .subquery()
    )
    h = hours.c
    rows = session.execute(
        select(
            h.operator_id,
            h.day,
            func.sum(h.calls),
            func.sum(h.talk_seconds),
            func.min(h.first_start),
            func.max(h.last_start),
            func.sum(h.start_sum),
            func.sum(h.end_sum),
            func.max(h.last_end),
            func.sum(h.cents),
            func.sum(h.moved_to_never),
            func.sum(h.future_created),
            *(func.sum(h[kind]) for kind in attempts + results),
            func.sum(h.measured_talk_seconds),
            func.sum(h.measured_calls),
        ).group_by(h.operator_id, h.day)
    ).all()
    groups = {}
    for operator_id, index, calls, talk, first, last, starts, ends, last_end, cents, never, future, *counts in rows:
        group = _Group(names[operator_id], query.period.days[int(index)])
        *counts, measured, measured_calls = counts
        tried, talked = counts[: len(attempts)], counts[len(attempts) :]
        group.attempts.update({kind: int(n) for kind, n in zip(attempts, tried, strict=True) if n})
        group.conversations.update({kind: int(n) for kind, n in zip(results, talked, strict=True) if n})
        group.talk = float(talk)
        group.first, group.last = float(first), float(last)
        group.count_pauses(int(calls), float(starts), float(ends), float(last_end))
        group.cents, group.never, group.future = int(cents), int(never), int(future)
        group.measured, group.measured_calls = float(measured or 0.0), int(measured_calls or 0)
        groups[(operator_id, int(index))] = group
    return groups


def _tallies(session: Any, query: _Queries, kind: str) -> list[tuple[str, int]]:
    """How often each refusal reason or objection came up in the range, from the tallies the login may read.

    One operator's report reads that operator's rows. The whole team's reads the team's rows (operator 0) when the
    login can see them; a login that row-level security limits to its own rows (an operator's, in team mode,
    migration 0010) sees none, and then the per-operator rows it can see are summed: exactly its own, as its calls
    would count them. So the database alone decides whose reasons a report holds, as it does for the calls and
    hours; nothing the caller passes says who is asking.
    """
    if query.operator_id is not None:
        return _tally_counts(session, query, kind, CallTally.operator_id == query.operator_id)
    team = _tally_counts(session, query, kind, CallTally.operator_id == summary.TEAM)
    if team:
        return team
    # Nothing the team's rows can say: none in the range, or none this login may read. Two statements, not one
    # with NOT EXISTS: SQLite would walk every operator's rows of the range even when the team's answered.
    return _tally_counts(session, query, kind, CallTally.operator_id != summary.TEAM)


def _tally_counts(session: Any, query: _Queries, kind: str, whose: ColumnElement[bool]) -> list[tuple[str, int]]:
    rows = session.execute(
        select(CallTally.key, func.sum(CallTally.count))
        .where(CallTally.kind == kind, whose, *_hours_in_range(CallTally, query, None))
        .group_by(CallTally.key)
    )
    return [(key, int(count)) for key, count in rows]


def _hour_chart(session: Any, query: _Queries) -> tuple[HourFigures, ...]:
    """Dials and connected calls per local hour of the day, from the hours of the range."""
    rows = session.execute(
        select(CallHour.hour, func.sum(CallHour.calls), func.sum(CallHour.connected))
        .where(*_hours_in_range(CallHour, query, query.operator_id))
        .group_by(CallHour.hour)
    ).all()
    dials: Counter[int] = Counter()
    talks: Counter[int] = Counter()
    for number, count, connects in rows:
        hour = datetime.fromtimestamp(int(number) * 3600, query.period.zone).hour
        dials[hour] += int(count)
        talks[hour] += int(connects)
    return tuple(HourFigures(hour, dials[hour], talks[hour]) for hour in sorted(dials))


class CallLog:
    """The raw call log of a range: every iteration opens a fresh read and streams rows in batches."""

    def __init__(
        self, db: Database, start: datetime, end: datetime, operator_id: int | None, language: str = "ru"
    ) -> None:
        self._db = db
        self._language = language
        self._start = start
        self._end = end
        self._operator_id = operator_id

    def __iter__(self) -> Iterator[CallRow]:
        reason = aliased(RefusalReason)
        title = reason.title_en if self._language == "en" else reason.title_ru
        where = [Call.started_at >= self._start, Call.started_at < self._end]
        if self._operator_id is not None:
            where.append(Call.operator_id == self._operator_id)
        # SQLite keeps moments as ISO text: read it as text and parse it with the C parser below, instead of the
        # dialect's per-value regular expression (a month's log is 1.8 million rows, three moments each).
        moment = _moment_text if self._db.dialect == "sqlite" else (lambda column: column)
        statement = (
            select(
                moment(Call.started_at),
                moment(Call.ended_at),
                Operator.name,
                Call.client_id,
                Client.full_name,
                Client.company,
                Call.phone_e164,
                Call.attempt_result,
                Call.conversation_result,
                title,
                Call.refusal_text,
                Call.never_reason,
                moment(Call.next_contact_at),
                Call.amount,
                Call.note,
                Call.talk_seconds,
            )
            .join(Operator, Operator.id == Call.operator_id)
            .join(Client, Client.id == Call.client_id)
            .outerjoin(reason, reason.id == Call.refusal_reason_id)
            .where(*where)
            .order_by(Call.started_at, Call.id)
            .execution_options(yield_per=STREAM_BATCH)
        )
        with self._db.read() as session:
            for row in session.connection().execute(statement):  # Core rows: no ORM work per row
                yield CallRow(
                    _utc(row[0]),
                    _utc(row[1]),
                    row[2],
                    row[3],
                    row[4],
                    row[5],
                    row[6],
                    _ATTEMPTS[row[7]],
                    _RESULTS[row[8]],
                    row[9] or "",
                    row[10],
                    _NEVER_REASONS[row[11]],
                    None if row[12] is None else _utc(row[12]),
                    row[13],
                    row[14],
                    row[15],
                )


# Looked up by the stored word; an enum's own constructor costs a microsecond a row.
_ATTEMPTS = {result.value: result for result in AttemptResult}
_RESULTS: dict[str | None, ConversationResult | None] = {result.value: result for result in ConversationResult}
_RESULTS[None] = _RESULTS[""] = None
_NEVER_REASONS: dict[str | None, NeverReason | None] = {reason.value: reason for reason in NeverReason}
_NEVER_REASONS[None] = _NEVER_REASONS[""] = None


def _moment_text(column: Any) -> ColumnElement[Any]:
    return type_coerce(column, String)


def _utc(value: datetime | str) -> datetime:
    """A stored moment as an aware UTC datetime, from SQLite's ISO text or PostgreSQL's naive UTC value."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)
