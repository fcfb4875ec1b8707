"""Typed ORM models. Services turn them into frozen domain values before anything leaves a unit of work."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false

from callassist.storage.types import UTCDateTime

# Explicit constraint names keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20), default="operator")  # operator | supervisor
    password_hash: Mapped[str | None] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    daily_goal: Mapped[int] = mapped_column(Integer, default=80)


_HELD = text("lease_operator_id IS NOT NULL")  # a client someone holds (see ix_clients_lease)


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(300), default="")
    first_name: Mapped[str] = mapped_column(String(120), default="")
    patronymic: Mapped[str] = mapped_column(String(120), default="")
    last_name: Mapped[str] = mapped_column(String(120), default="")
    company: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(8), default="RU")  # ISO country of the client's calendar
    timezone: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(120), default="")
    state: Mapped[str] = mapped_column(String(10), default="new")
    stage: Mapped[str | None] = mapped_column(String(20))
    never_reason: Mapped[str | None] = mapped_column(String(40))
    notes: Mapped[str] = mapped_column(Text, default="")
    preferences: Mapped[str] = mapped_column(Text, default="")
    next_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Consecutive not-reached attempts since the last conversation: the step in the retry table.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Where the client stands in the queue, derived from its open follow-ups by services.queue_position.
    # Kept on the row so the queue is one indexed query even with a million clients.
    queue_rank: Mapped[int | None] = mapped_column(Integer)
    queue_reason: Mapped[str | None] = mapped_column(String(12))
    queue_surface_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    queue_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    queue_operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    # One operator at a time (rule 8).
    lease_operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The lead list the client came in on (issue 15); NULL: on no list, offered like any other client. No database
    # foreign key (migration 0007 adds the column without rebuilding the table); lists with clients are not deleted.
    list_id: Mapped[int | None] = mapped_column(Integer)
    # Minus the list's priority, so the ascending queue index puts a higher-priority list first within a reason
    # rank (docs/architecture.md, "Lead lists"). A server default: bulk inserts that do not name it get 0.
    queue_list_rank: Mapped[int] = mapped_column(Integer, server_default="0")
    # Issue 14. Server defaults only: the import's bulk insert names every column it writes and refuses others.
    # The card editor's optimistic lock: every saved edit adds one, a save made from an older copy is checked.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    # 1 until services.client_search has indexed the client's name words (new and imported clients start at 1).
    search_stale: Mapped[int] = mapped_column(Integer, server_default="1")
    address_as: Mapped[str] = mapped_column(String(120), server_default="")  # an operator's form of address

    phones: Mapped[list[ClientPhone]] = relationship(
        back_populates="client", order_by="ClientPhone.position", cascade="all, delete-orphan"
    )

    __table_args__ = (
        Index("ix_clients_queue", "queue_rank", "queue_list_rank", "queue_due_at", "id"),
        Index("ix_clients_queue_surface", "queue_surface_at"),
        Index("ix_clients_state", "state"),
        # Only the clients being called are held: the index lists those (migration 0011), not a NULL per client.
        Index("ix_clients_lease", "lease_operator_id", sqlite_where=_HELD, postgresql_where=_HELD),
        # The queue needs the distinct (zone, country) pairs of all clients; this index answers them with a few
        # seeks instead of reading a million rows (zones._zone_pairs), and finds clients still without a zone.
        Index("ix_clients_zone", "timezone", "region"),
        Index("ix_clients_list", "list_id", "state"),  # a list's counts, pauses and moves
        Index("ix_clients_search_stale", "search_stale"),
    )


class ClientPhone(Base):
    __tablename__ = "client_phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    e164: Mapped[str] = mapped_column(String(20), index=True)
    raw: Mapped[str] = mapped_column(String(80), default="")
    extension: Mapped[str] = mapped_column(String(20), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Issue 14 (rule 14): a wrong or dead number is marked on the phone, not on the client.
    status: Mapped[str] = mapped_column(String(20), server_default="ok")  # ok | wrong_number | not_in_service
    preferred: Mapped[bool] = mapped_column(Boolean, server_default=false())  # the number F4 dials
    # The E.164 digits reversed, so "ends with these digits" is an indexed range (services.client_search).
    digits_reversed: Mapped[str | None] = mapped_column(String(20), index=True)

    client: Mapped[Client] = relationship(back_populates="phones")


class ClientChange(Base):
    """One field of a client changed by hand: who, when, old and new value (issue 14, shown on the card)."""

    __tablename__ = "client_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_client_changes_client", "client_id", "changed_at"),)


class ClientSearchWord(Base):
    """A folded word stem of a client's name or company, for the find field (services.client_search)."""

    __tablename__ = "client_search_words"
    __table_args__ = (Index("ix_client_search_words_client", "client_id"), {"sqlite_with_rowid": False})

    word: Mapped[str] = mapped_column(String(40), primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)


class SearchVocabulary(Base):
    """Every distinct word of ``client_search_words``: the short list a mistyped word is compared with."""

    __tablename__ = "search_vocabulary"
    __table_args__ = ({"sqlite_with_rowid": False},)

    word: Mapped[str] = mapped_column(String(40), primary_key=True)


class DoNotCall(Base):
    """Numbers that asked never to be called again (rule 3): no client with such a number is ever queued."""

    __tablename__ = "do_not_call"

    e164: Mapped[str] = mapped_column(String(20), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")


class RefusalReason(Base):
    __tablename__ = "refusal_reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title_ru: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))
    default_delay_days: Mapped[int] = mapped_column(Integer)
    needs_text: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RetryRule(Base):
    """Supervisor-editable retry table (rule 4): the delay for the n-th consecutive not-reached attempt."""

    __tablename__ = "retry_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    attempt_result: Mapped[str] = mapped_column(String(20))
    step: Mapped[int] = mapped_column(Integer)  # 1 for the first failed attempt in a row
    delay_minutes: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("attempt_result", "step", name="uq_retry_rules_result_step"),)


class Product(Base):
    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    currency: Mapped[str] = mapped_column(String(3), default="RUB", server_default="RUB")  # ISO 4217


class Call(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    phone_e164: Mapped[str] = mapped_column(String(20), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempt_result: Mapped[str] = mapped_column(String(20))
    conversation_result: Mapped[str | None] = mapped_column(String(20))
    refusal_reason_id: Mapped[int | None] = mapped_column(ForeignKey("refusal_reasons.id"))
    refusal_text: Mapped[str] = mapped_column(Text, default="")
    never_reason: Mapped[str | None] = mapped_column(String(40))
    next_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    note: Mapped[str] = mapped_column(Text, default="")
    script_version_id: Mapped[int | None] = mapped_column(ForeignKey("script_versions.id"))
    script_path: Mapped[list[str] | None] = mapped_column(JSON)  # step keys in the order they were shown
    objections: Mapped[list[str] | None] = mapped_column(JSON)  # objection keys raised, in order
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Measured by the softphone (issue 18): when the client answered and how long they talked; None when no phone
    # told the app (dialled by hand or by a tel: link).
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    talk_seconds: Mapped[float | None] = mapped_column(Double)

    __table_args__ = (
        Index("ix_calls_operator_started", "operator_id", "started_at"),
        Index("ix_calls_started", "started_at"),
        # Statistics list the calls that moved a client to *never*: few rows, found without scanning the range.
        # (A plain two-column index rather than a partial one: dialect options would import PostgreSQL's dialect
        # at every start-up.)
        Index("ix_calls_never_started", "never_reason", "started_at"),
    )


class CallHour(Base):
    """One operator's calls in one UTC hour, summed as they are saved (``stats.summary``).

    Statistics read these instead of the calls: a month of a 200-operator floor is about 50,000 rows instead of
    1.8 million. Every figure is a count, a sum, a minimum or a maximum, so hours add up to any local day whose
    midnight falls on a whole UTC hour. Attempt and conversation results have a column each, named by value.
    Hours and moments are counted from 1970 (hours and seconds): integer hours compare and bucket cheaply, and
    sums of seconds give the pauses between calls.
    """

    __tablename__ = "call_hours"
    __table_args__ = ({"sqlite_with_rowid": False},)  # the rows live in key order: a range is one sequential read

    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # UTC hours since 1970
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"), primary_key=True)
    calls: Mapped[int] = mapped_column(Integer, default=0)
    connected: Mapped[int] = mapped_column(Integer, default=0)
    no_answer: Mapped[int] = mapped_column(Integer, default=0)
    busy: Mapped[int] = mapped_column(Integer, default=0)
    voicemail: Mapped[int] = mapped_column(Integer, default=0)
    wrong_number: Mapped[int] = mapped_column(Integer, default=0)
    not_in_service: Mapped[int] = mapped_column(Integer, default=0)
    sale: Mapped[int] = mapped_column(Integer, default=0)
    callback: Mapped[int] = mapped_column(Integer, default=0)
    interested: Mapped[int] = mapped_column(Integer, default=0)
    refused: Mapped[int] = mapped_column(Integer, default=0)
    never: Mapped[int] = mapped_column(Integer, default=0)
    talk_seconds: Mapped[float] = mapped_column(Double, default=0.0)  # connected calls only
    start_sum: Mapped[float] = mapped_column(Double, default=0.0)
    end_sum: Mapped[float] = mapped_column(Double, default=0.0)
    first_start: Mapped[float] = mapped_column(Double)
    last_start: Mapped[float] = mapped_column(Double)
    last_end: Mapped[float] = mapped_column(Double)
    cents: Mapped[int] = mapped_column(BigInteger, default=0)
    moved_to_never: Mapped[int] = mapped_column(Integer, default=0)  # calls that gave a never reason
    future_created: Mapped[int] = mapped_column(Integer, default=0)  # calls that gave the client a future date
    measured_talk_seconds: Mapped[float] = mapped_column(Double, default=0.0)  # the softphone's timing (issue 18)
    measured_calls: Mapped[int] = mapped_column(Integer, default=0)  # calls whose talk time the softphone measured


class CallTally(Base):
    """How often a refusal reason (``kind`` "reason", ``key`` its id) or an objection (``kind`` "objection")
    came up in one operator's calls of one UTC hour; an objection raised twice on a call counts once.

    Each count is kept twice: for the operator and for the whole team (``operator_id`` 0, no operator has it), so
    a team's month reads about 7,000 rows instead of one per operator, hour and reason.
    """

    __tablename__ = "call_tallies"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(12), primary_key=True)  # first: a report reads one kind at a time
    operator_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: the whole team
    hour: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SaleItem(Base):
    __tablename__ = "sale_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class FollowUp(Base):
    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(12))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    surface_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it enters the queue
    exact: Mapped[bool] = mapped_column(Boolean, default=False)  # an exact-time callback
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))  # personal when set
    text: Mapped[str] = mapped_column(Text, default="")
    created_by_call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_note: Mapped[str] = mapped_column(Text, default="")
    closed_as: Mapped[str | None] = mapped_column(String(8))  # a promise: "kept" or "moved" (rule 6)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)  # a reminder put off by the operator

    __table_args__ = (
        Index("ix_follow_ups_client_open", "client_id", "done_at"),
        Index("ix_follow_ups_created_by_call", "created_by_call_id"),  # statistics: what a day's calls planned
        # Statistics: callbacks due in a range, by operator, done or not, read from the index alone.
        Index("ix_follow_ups_kind_due", "kind", "due_at", "operator_id", "done_at"),
    )


class Setting(Base):
    """Team-shared settings (calling hours, delays); per-user window state lives in QSettings."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Script(Base):
    """A call script; its content lives in versions so a call can record exactly what the operator saw."""

    __tablename__ = "scripts"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ScriptVersion(Base):
    __tablename__ = "script_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("scripts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # the script in the documented JSON format (docs/script-format.md)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (UniqueConstraint("script_id", "version", name="uq_script_versions_script_version"),)


class UnscriptedObjection(Base):
    """What a client said that the palette had no answer for ("no suitable answer"), for the script author."""

    __tablename__ = "unscripted_objections"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="SET NULL"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id"))
    script_version_id: Mapped[int | None] = mapped_column(ForeignKey("script_versions.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ImportMapping(Base):
    """A remembered column mapping per source (keyed by the file's header signature)."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str] = mapped_column(String(200), unique=True)
    mapping: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CalendarOverride(Base):
    """Supervisor corrections to a country's working-day calendar: True = working, False = day off."""

    __tablename__ = "calendar_overrides"

    country: Mapped[str] = mapped_column(String(8), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")


# --- issue 15: lead lists and the do-not-call audit trail -------------------------------------------------------


class LeadList(Base):
    """A named list of leads (a campaign): every import lands on one. A paused list's clients are offered to
    nobody; a list assigned to operators is offered only to them (``lead_list_operators``; none: the whole team)."""

    __tablename__ = "lead_lists"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=0)  # higher first, within a reason rank of rule 7
    script_id: Mapped[int | None] = mapped_column(ForeignKey("scripts.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LeadListOperator(Base):
    __tablename__ = "lead_list_operators"

    list_id: Mapped[int] = mapped_column(ForeignKey("lead_lists.id", ondelete="CASCADE"), primary_key=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id", ondelete="CASCADE"), primary_key=True)


class DoNotCallLog(Base):
    """Who put a number on the do-not-call list or took it off, when and why: the list's audit trail."""

    __tablename__ = "do_not_call_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    e164: Mapped[str] = mapped_column(String(20), index=True)
    action: Mapped[str] = mapped_column(String(10))  # added | removed
    reason: Mapped[str] = mapped_column(Text, default="")
    by_name: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
