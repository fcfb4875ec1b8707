"""The product's vocabulary: client states, call results, queue reasons and the plain values services return.

Everything here is a plain, frozen value so the UI can hold it across threads without touching the ORM.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import NamedTuple


class ClientState(enum.StrEnum):
    NEW = "new"
    NOW = "now"
    FUTURE = "future"
    NEVER = "never"


class BuyingStage(enum.StrEnum):
    GATHERING = "gathering"  # gathering information
    CHOOSING = "choosing"
    READY = "ready"  # ready to buy


class AttemptResult(enum.StrEnum):
    CONNECTED = "connected"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    VOICEMAIL = "voicemail"
    WRONG_NUMBER = "wrong_number"
    NOT_IN_SERVICE = "not_in_service"


class ConversationResult(enum.StrEnum):
    SALE = "sale"
    CALLBACK = "callback"
    INTERESTED = "interested"
    REFUSED = "refused"
    NEVER = "never"


class NeverReason(enum.StrEnum):
    """The only objective grounds for *never* (PRODUCT.md rule 3): the client is gone or asked not to be called."""

    NUMBER_DOES_NOT_EXIST = "number_does_not_exist"
    ORGANISATION_CLOSED = "organisation_closed"
    PERSON_GONE = "person_gone"
    DO_NOT_CALL_REQUEST = "do_not_call_request"


class FollowUpKind(enum.StrEnum):
    CALLBACK = "callback"
    FUTURE = "future"
    RETRY = "retry"
    PROMISE = "promise"
    POST_SALE = "post_sale"


class QueueReason(enum.StrEnum):
    """Why a client is in the queue; the order of members is the queue order (PRODUCT.md rule 7)."""

    PROMISE = "promise"
    CALLBACK = "callback"
    FUTURE = "future"
    POST_SALE = "post_sale"
    RETRY = "retry"
    NEW = "new"


# Rank within the queue: overdue promises, exact-time callbacks, follow-ups due today, retries, new leads.
QUEUE_RANK: dict[QueueReason, int] = {
    QueueReason.PROMISE: 0,
    QueueReason.CALLBACK: 1,
    QueueReason.FUTURE: 2,
    QueueReason.POST_SALE: 2,
    QueueReason.RETRY: 3,
    QueueReason.NEW: 4,
}


class PhoneStatus(enum.StrEnum):
    """Whether a number can be dialled (rule 14: a wrong or dead number marks that phone only)."""

    OK = "ok"
    WRONG_NUMBER = "wrong_number"
    NOT_IN_SERVICE = "not_in_service"


class Phone(NamedTuple):
    """One number of a client. A named tuple, not a frozen dataclass: an import builds one per number, a million
    or more, and a frozen dataclass pays an ``object.__setattr__`` per field (four times the cost)."""

    e164: str
    raw: str
    extension: str = ""
    shared: bool = False  # another client holds this number too: an office line (PRODUCT.md rule 16)
    status: PhoneStatus = PhoneStatus.OK
    preferred: bool = False  # the number F4 dials
    id: int = 0  # the stored phone's id (0 for a number not stored yet)

    @property
    def works(self) -> bool:
        return self.status is PhoneStatus.OK


class PromiseState(enum.StrEnum):
    OPEN = "open"
    KEPT = "kept"
    MOVED = "moved"  # to a new date, with a reason: the promise at the new date is a new open one


@dataclass(frozen=True)
class PromiseView:
    """One promise made to a client, open or closed, for the card's list and history (rule 6)."""

    id: int
    text: str
    due_at: datetime
    state: PromiseState
    made_at: datetime
    operator: str | None
    closed_at: datetime | None = None
    note: str = ""  # how it was kept, or why it moved


@dataclass(frozen=True)
class SeenClient:
    """How a client stood when a list showed it. Opening the client by id from that list checks, in the claim's
    transaction, that it still stands so (``services.reopen``): a stale row never leads to a second call."""

    updated_at: datetime  # the client row's own change moment, read with the row
    last_call_id: int  # the newest call with the client the reader could see; 0 for none
    due: bool = True  # shown by the queue, so it must still be due; a search result need not be


@dataclass(frozen=True)
class ClientChangeView:
    """One field changed by hand, as the card's history shows it."""

    changed_at: datetime
    operator: str
    field: str
    old_value: str
    new_value: str


@dataclass(frozen=True)
class QueueItem:
    client_id: int
    name: str
    company: str
    phone: str  # E.164 of the first phone, "" when the client has none
    reason: QueueReason
    due: datetime | None
    client_local_time: datetime | None
    overdue: bool = False
    note: str = ""
    promise_text: str = ""  # what was promised, when the client is in the queue for a promise (rule 6)
    seen: SeenClient | None = None  # the row's marker for opening it by id (None: opened without a check)


@dataclass(frozen=True)
class HistoryEntry:
    when: datetime
    operator: str
    attempt_result: AttemptResult
    conversation_result: ConversationResult | None
    reason: str  # refusal or never reason in words, "" when none
    next_contact_at: datetime | None
    note: str
    amount: Decimal | None = None
    talk_seconds: float | None = None  # measured by the softphone (issue 18); None when no phone timed the call
    reason_code: str | None = None  # the refusal reason's catalogue code or the never reason, for automation


@dataclass(frozen=True)
class OpenFollowUp:
    id: int
    kind: FollowUpKind
    due_at: datetime
    text: str
    personal_operator: str | None


@dataclass(frozen=True)
class ClientView:
    id: int
    full_name: str
    first_name: str
    patronymic: str
    last_name: str
    address_form: str  # how to address the client: "Иван Петрович", "Mr Smith"
    company: str
    position: str
    email: str
    city: str
    region: str
    timezone: str | None
    phones: tuple[Phone, ...]
    state: ClientState
    stage: BuyingStage | None
    next_contact_at: datetime | None
    lifetime_value: Decimal
    preferences: str
    notes: str
    never_reason: NeverReason | None
    history: tuple[HistoryEntry, ...] = ()
    follow_ups: tuple[OpenFollowUp, ...] = ()
    promises: tuple[PromiseView, ...] = ()  # every promise made to the client, newest first

    @property
    def open_promises(self) -> tuple[PromiseView, ...]:
        """The promises still to keep, soonest due first."""
        return tuple(sorted((p for p in self.promises if p.state is PromiseState.OPEN), key=lambda p: p.due_at))

    version: int = 0  # the editor's optimistic lock (services.client_edits)
    changes: tuple[ClientChangeView, ...] = ()  # hand edits, newest first
    address_override: str = ""  # the form of address typed by an operator, "" when derived from the names

    @property
    def phone_to_dial(self) -> Phone | None:
        """What F4 dials: the preferred working number, else the first working one; None when none works."""
        working = [phone for phone in self.phones if phone.works]
        return next((phone for phone in working if phone.preferred), working[0] if working else None)


@dataclass(frozen=True)
class RefusalReasonView:
    code: str
    title_ru: str
    title_en: str
    default_delay_days: int
    needs_text: bool = False  # "other" asks the operator to say what the client said

    def title(self, language: str) -> str:
        return self.title_ru if language == "ru" else self.title_en


@dataclass(frozen=True)
class ProductView:
    id: int
    name: str
    price: Decimal


@dataclass(frozen=True)
class SaleLine:
    product_id: int
    quantity: int
    amount: Decimal


@dataclass(frozen=True)
class PromiseInput:
    text: str
    due_at: datetime


@dataclass(frozen=True)
class Outcome:
    """What the operator says about one call in the wrap-up form."""

    client_id: int
    operator: str
    attempt_result: AttemptResult
    started_at: datetime
    ended_at: datetime
    idempotency_key: str
    phone: str = ""
    conversation_result: ConversationResult | None = None
    refusal_reason: str | None = None  # catalogue code
    refusal_text: str = ""
    never_reason: NeverReason | None = None
    next_contact_at: datetime | None = None  # refusal / interested re-contact, or the agreed callback time
    callback_personal: bool = True
    sale_lines: tuple[SaleLine, ...] = ()
    promise: PromiseInput | None = None
    note: str = ""
    stage: BuyingStage | None = None
    script_version_id: int | None = None
    script_path: tuple[str, ...] = ()  # step keys in the order the operator went through them
    objections: tuple[str, ...] = ()  # objection keys raised on this call, in order
    unscripted: tuple[str, ...] = ()  # what the client said that the palette had no answer for
    measured: MeasuredTalk | None = None  # issue 18: what the softphone measured; None when no phone told us


@dataclass(frozen=True)
class MeasuredTalk:
    """The softphone's timing of an answered call: when the client answered and how long the talk lasted."""

    answered_at: datetime
    talk_seconds: float


@dataclass(frozen=True)
class Changes:
    """What a unit of work changed, so one UI object can tell the views that care."""

    clients: frozenset[int] = field(default_factory=frozenset)
    queue: bool = False
    calls: bool = False
    catalogues: bool = False


@dataclass(frozen=True)
class OutcomeSaved:
    call_id: int
    client_state: ClientState
    next_contact_at: datetime | None
    changes: Changes
    duplicate: bool = False  # the idempotency key had been seen: nothing was written twice


@dataclass(frozen=True)
class PipelineFigures:
    future_clients: int
    due_today: int
    calls_today: int
    daily_goal: int
    in_queue: int
