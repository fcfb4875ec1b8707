"""The shape of a supervisor statistics report: plain frozen values the dashboard shows and the exporters write.

The aggregation (``callassist.stats.aggregate``) fills these from the database; the writers in
``callassist.export`` only read them. Every moment is an aware datetime; the writers show it in the
report's time zone. Counts that can be derived (average talk time, conversion) are properties, so they can
never disagree with the counts they come from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from callassist.domain import AttemptResult, ConversationResult, NeverReason
from callassist.errors import UserInputError

if TYPE_CHECKING:
    from callassist.stats.by_list import ListFigures


@dataclass(frozen=True)
class OutcomeCounts:
    """Connected calls by conversation result; ``refused`` clients became *future* (PRODUCT.md rule 2)."""

    sale: int = 0
    callback: int = 0
    interested: int = 0
    refused: int = 0
    never: int = 0

    def of(self, result: ConversationResult) -> int:
        """The count for one conversation result."""
        count: int = getattr(self, result.value)
        return count

    @property
    def total(self) -> int:
        return sum(getattr(self, item.name) for item in fields(self))


@dataclass(frozen=True)
class NotReachedCounts:
    """Calls that did not connect, by attempt result."""

    no_answer: int = 0
    busy: int = 0
    voicemail: int = 0
    wrong_number: int = 0
    not_in_service: int = 0

    def of(self, result: AttemptResult) -> int:
        """The count for one not-reached attempt result; ``CONNECTED`` is not one of them."""
        if result is AttemptResult.CONNECTED:
            raise ValueError("connected calls are counted in OperatorFigures.connected, not as not reached")
        count: int = getattr(self, result.value)
        return count

    @property
    def total(self) -> int:
        return sum(getattr(self, item.name) for item in fields(self))


@dataclass(frozen=True)
class OperatorFigures:
    """One operator's figures for one day, or for the whole range when ``day`` is None.

    ``operator`` is None for the whole team. ``avg_gap_seconds`` is the mean pause between the end of one call
    and the start of the next on the same day; None with fewer than two calls.
    """

    operator: str | None
    day: date | None
    dials: int
    connected: int
    talk_seconds_total: int
    first_call_at: datetime | None
    last_call_at: datetime | None
    avg_gap_seconds: float | None
    outcomes: OutcomeCounts
    not_reached: NotReachedCounts
    revenue: Decimal
    future_created: int
    moved_to_never: int
    # Issue 18: the part of the talk time the softphone measured (answer to hang-up) and over how many calls;
    # talk_seconds_total counts these measurements and, for calls no phone timed, dial to save.
    measured_talk_seconds: float = 0.0
    measured_calls: int = 0

    def __post_init__(self) -> None:
        # Every dial either connected or ended in one of the not-reached results; a mismatch is an aggregation bug.
        if self.dials != self.connected + self.not_reached.total:
            raise ValueError(
                f"{self.operator}/{self.day}: dials {self.dials} != connected {self.connected}"
                f" + not reached {self.not_reached.total}"
            )
        if self.outcomes.total > self.connected:
            raise ValueError(f"{self.operator}/{self.day}: more outcomes than connected calls")

    @property
    def talk_seconds_avg(self) -> float | None:
        """Mean talk time of a connected call; None when nothing connected."""
        return self.talk_seconds_total / self.connected if self.connected else None

    @property
    def conversion(self) -> float | None:
        """Sales per connected call (0..1); None when nothing connected."""
        return self.outcomes.sale / self.connected if self.connected else None


@dataclass(frozen=True)
class HourFigures:
    """Calls that started in one hour of the day (0..23, report time zone), over the whole range."""

    hour: int
    dials: int
    connected: int


@dataclass(frozen=True)
class ReasonCount:
    """How often a refusal reason was given; ``title`` is in the language the report was built for."""

    code: str
    title: str
    count: int


@dataclass(frozen=True)
class ObjectionCount:
    """How often an objection was opened from the palette."""

    key: str
    title: str
    count: int


@dataclass(frozen=True)
class CallbackFigures:
    """Callbacks that fell due in the range; ``operator`` None means team callbacks."""

    operator: str | None
    due: int
    done_on_time: int
    overdue: int


@dataclass(frozen=True)
class NeverMove:
    """A client moved to *never*, listed one by one so a misused reason shows."""

    client_id: int
    client_name: str
    reason: NeverReason
    operator: str
    at: datetime


@dataclass(frozen=True)
class CallRow:
    """One row of the raw call log."""

    started_at: datetime
    ended_at: datetime
    operator: str
    client_id: int
    client_name: str
    company: str
    phone: str
    attempt_result: AttemptResult
    conversation_result: ConversationResult | None
    refusal_reason: str  # catalogue title, "" when none
    refusal_text: str
    never_reason: NeverReason | None
    next_contact_at: datetime | None
    amount: Decimal | None
    note: str
    talk_seconds: float | None = None  # measured by the softphone from answer to hang-up; None when not timed

    @property
    def duration_seconds(self) -> int:
        return max(0, round((self.ended_at - self.started_at).total_seconds()))


@dataclass(frozen=True)
class StatsReport:
    """Everything a supervisor sees for a date range (both ends included) in one time zone.

    ``calls`` may hold hundreds of thousands of rows, so it is an iterable the writers consume row by row and
    never keep. A generator can be written once; to write the same report twice pass an iterable whose
    ``__iter__`` starts a fresh stream (e.g. a new database cursor).
    """

    date_from: date
    date_to: date
    timezone: str
    generated_at: datetime
    per_operator_day: tuple[OperatorFigures, ...]
    per_operator: tuple[OperatorFigures, ...]
    total: OperatorFigures
    by_hour: tuple[HourFigures, ...]
    refusal_reasons: tuple[ReasonCount, ...]
    objections: tuple[ObjectionCount, ...]
    callbacks: tuple[CallbackFigures, ...]
    never_moves: tuple[NeverMove, ...]
    calls: Iterable[CallRow]
    lists: tuple[ListFigures, ...] = ()  # per lead list (issue 15), filled by the export

    def __post_init__(self) -> None:
        if self.date_to < self.date_from:
            raise UserInputError("stats.period_reversed", field="to", date_to=self.date_to, date_from=self.date_from)
        self.zone  # noqa: B018 - fail at construction, not halfway through a file

    @property
    def zone(self) -> ZoneInfo:
        """The report's time zone; raises UserInputError for a name the system does not know."""
        try:
            return ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise UserInputError(
                "stats.unknown_timezone", field="timezone", zone=self.timezone, example="Europe/Moscow"
            ) from exc

    @property
    def callbacks_total(self) -> CallbackFigures:
        """All callbacks of the range, whoever they belonged to."""
        return CallbackFigures(
            operator=None,
            due=sum(item.due for item in self.callbacks),
            done_on_time=sum(item.done_on_time for item in self.callbacks),
            overdue=sum(item.overdue for item in self.callbacks),
        )
