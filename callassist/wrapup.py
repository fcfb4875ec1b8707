"""The wrap-up contract, said once: which fields a call's result needs, what the form holds, and the rules 1–5 that
decide whether an outcome may be saved.

The form (``ui/wrapup_form.py``) reads :func:`fields_for` to show and enable its fields and maps each :class:`Field`
code to its widget; the core raises :class:`~callassist.errors.UserInputError` with a ``wrapup.*`` message code and
a :class:`Field`, never a widget name or a sentence. :class:`WrapUpEntry` is what the operator has filled in so far,
keyed by codes (a product id, a reason code), never by combo-box positions, so a draft restored after the catalogue
changed still means the same thing. :func:`build_outcome` turns an entry into the one :class:`Outcome` every path
saves (the window, the demo, the outbox).
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ConversationResult,
    MeasuredTalk,
    NeverReason,
    Outcome,
    PromiseInput,
    SaleLine,
)
from callassist.errors import UserInputError
from callassist.timekeeping.hours import CallingHours, is_callable, land_in_hours
from callassist.timekeeping.workdays import WorkCalendar

MAX_AHEAD = timedelta(days=3 * 366)
MAX_AHEAD_YEARS = 3


class Field(enum.StrEnum):
    """A field of the wrap-up, as errors and :func:`fields_for` name it (the form maps each to its widget)."""

    ATTEMPT = "attemptResult"
    CONVERSATION = "conversationResult"
    REFUSAL_REASON = "refusalReason"
    REFUSAL_TEXT = "refusalText"
    NEVER_REASON = "neverReason"
    NEXT_CONTACT = "nextContactDate"
    CALLBACK_PERSONAL = "callbackPersonal"
    SALE_PRODUCT = "saleProduct"
    SALE_QUANTITY = "saleQuantity"
    SALE_AMOUNT = "saleAmount"
    PROMISE = "promiseEnabled"
    PROMISE_TEXT = "promiseText"
    PROMISE_DUE = "promiseDue"
    NOTE = "wrapUpNote"
    CLIENT = "client"  # the call as a whole: the client is gone or held by someone else


NEEDS_REASON = frozenset({ConversationResult.INTERESTED, ConversationResult.REFUSED})  # rule 1
NEEDS_DATE = NEEDS_REASON | {ConversationResult.CALLBACK}


@dataclass(frozen=True)
class FieldNeeds:
    """Which fields a result shows, and which of them must be filled for the outcome to be saved."""

    shown: frozenset[Field]
    required: frozenset[Field]


def fields_for(
    attempt: AttemptResult | None, conversation: ConversationResult | None, reason_needs_text: bool = False
) -> FieldNeeds:
    """The fields an attempt × conversation result shows and requires (rules 1, 2, 3, 5).

    ``reason_needs_text``: the chosen refusal reason asks for the client's words ("other").
    """
    shown = {Field.ATTEMPT, Field.NOTE}
    required = {Field.ATTEMPT}
    if attempt is AttemptResult.NOT_IN_SERVICE:
        shown.add(Field.NEVER_REASON)  # optional: only "the number does not exist" is allowed here
    if attempt is not AttemptResult.CONNECTED:
        return FieldNeeds(frozenset(shown), frozenset(required))
    shown |= {Field.CONVERSATION, Field.PROMISE, Field.PROMISE_TEXT, Field.PROMISE_DUE}
    required.add(Field.CONVERSATION)
    if conversation in NEEDS_REASON:
        required |= {Field.REFUSAL_REASON, Field.NEXT_CONTACT}
        if reason_needs_text:
            required.add(Field.REFUSAL_TEXT)
    elif conversation is ConversationResult.CALLBACK:
        required.add(Field.NEXT_CONTACT)
        shown.add(Field.CALLBACK_PERSONAL)
    elif conversation is ConversationResult.NEVER:
        required.add(Field.NEVER_REASON)
    elif conversation is ConversationResult.SALE:
        required |= {Field.SALE_PRODUCT, Field.SALE_QUANTITY, Field.SALE_AMOUNT}
    return FieldNeeds(frozenset(shown | required), frozenset(required))


@dataclass(frozen=True)
class WrapUpEntry:
    """What the operator has filled in so far; the draft kept on disk (rule 10) and the form's value.

    Keyed by codes, not positions: the refusal reason by its catalogue code, the product by its id. Fields the result
    does not show are ignored when the outcome is built.
    """

    attempt_result: AttemptResult | None = None
    conversation_result: ConversationResult | None = None
    refusal_reason: str | None = None
    refusal_text: str = ""
    never_reason: NeverReason | None = None
    next_contact_at: datetime | None = None
    next_contact_chosen: bool = False  # the operator picked the date (a reason's default no longer replaces it)
    callback_personal: bool = True
    sale_lines: tuple[SaleLine, ...] = ()  # by product id; the form sells one product per call
    promise_on: bool = False
    promise_text: str = ""
    promise_due: datetime | None = None
    note: str = ""
    stage: BuyingStage | None = None

    def needs(self, reason_needs_text: bool = False) -> FieldNeeds:
        return fields_for(self.attempt_result, self.conversation_result, reason_needs_text)

    def to_json(self) -> dict[str, Any]:
        return {key: _plain(value) for key, value in asdict(self).items()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrapUpEntry:
        """The inverse of :meth:`to_json`; unknown keys (an older draft) are ignored, missing ones take defaults."""
        known = {f for f in cls.__dataclass_fields__}
        values = {key: value for key, value in data.items() if key in known}
        enums: dict[str, Any] = {
            "attempt_result": AttemptResult,
            "conversation_result": ConversationResult,
            "never_reason": NeverReason,
            "stage": BuyingStage,
            "next_contact_at": datetime.fromisoformat,
            "promise_due": datetime.fromisoformat,
        }
        for key, convert in enums.items():
            if values.get(key) is not None:
                values[key] = convert(values[key])
        lines = values.get("sale_lines") or ()
        values["sale_lines"] = tuple(_sale_line(line) for line in lines)
        return cls(**values)


def _sale_line(data: dict[str, Any]) -> SaleLine:
    return SaleLine(int(data["product_id"]), int(data["quantity"]), Decimal(data["amount"]))


@dataclass(frozen=True)
class ClientClock:
    """The client's calling hours, so the form can round a moment into them before save, visibly (rule 2): the
    moment saved is the one the form showed."""

    zone: str
    hours: CallingHours
    calendar: WorkCalendar

    def outside(self, moment: datetime) -> bool:
        return not is_callable(moment, self.zone, self.hours, self.calendar)

    def land(self, moment: datetime) -> datetime:
        """The first callable moment at or after ``moment`` (the same moment when it is callable)."""
        return land_in_hours(moment, self.zone, self.hours, self.calendar)


@dataclass(frozen=True)
class CallFacts:
    """What the call session knows about the call itself, beside the form: who, when, which number, which script."""

    client_id: int
    operator: str
    started_at: datetime
    ended_at: datetime
    idempotency_key: str
    phone: str = ""
    script_version_id: int | None = None
    script_path: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    unscripted: tuple[str, ...] = ()
    measured: MeasuredTalk | None = None  # the talk the softphone timed (issue 18)


def build_outcome(entry: WrapUpEntry, facts: CallFacts) -> Outcome:
    """The outcome the entry says, keeping only the fields its result shows.

    Raises:
        UserInputError: ``wrapup.attempt_required`` when the attempt is not chosen yet.
    """
    if entry.attempt_result is None:
        raise UserInputError("wrapup.attempt_required", field=Field.ATTEMPT)
    shown = entry.needs().shown
    result = entry.conversation_result if Field.CONVERSATION in shown else None
    sale: tuple[SaleLine, ...] = ()
    if Field.SALE_PRODUCT in shown:
        sale = tuple(replace(line, amount=line.amount.quantize(Decimal("0.01"))) for line in entry.sale_lines)
    promise = None
    if entry.promise_on and Field.PROMISE in shown:
        promise = PromiseInput(entry.promise_text.strip(), entry.promise_due) if entry.promise_due else None
        if promise is None:
            raise UserInputError("wrapup.promise_due_required", field=Field.PROMISE_DUE)
    return Outcome(
        client_id=facts.client_id,
        operator=facts.operator,
        attempt_result=entry.attempt_result,
        started_at=facts.started_at,
        ended_at=max(facts.ended_at, facts.started_at),
        idempotency_key=facts.idempotency_key,
        phone=facts.phone,
        conversation_result=result,
        refusal_reason=entry.refusal_reason if Field.REFUSAL_REASON in shown else None,
        refusal_text=entry.refusal_text.strip() if Field.REFUSAL_REASON in shown else "",
        never_reason=entry.never_reason if Field.NEVER_REASON in shown else None,
        next_contact_at=entry.next_contact_at if Field.NEXT_CONTACT in shown else None,
        callback_personal=entry.callback_personal,
        sale_lines=sale,
        promise=promise,
        note=entry.note.strip(),
        stage=entry.stage,
        script_version_id=facts.script_version_id,
        script_path=facts.script_path,
        objections=facts.objections,
        unscripted=facts.unscripted,
        measured=facts.measured,
    )


# --- the rules ---------------------------------------------------------------------------------------------------


def validate(outcome: Outcome, now: datetime, reasons_needing_text: frozenset[str] | None = None) -> None:
    """Refuse an outcome the rules do not allow, naming the field at fault (rules 1, 2, 3, 5).

    ``reasons_needing_text``: the catalogue's reason codes that need the client's words, when known (the database
    checks them again on save).
    """
    if outcome.ended_at < outcome.started_at:
        raise UserInputError("wrapup.ended_before_start", field=Field.ATTEMPT)
    if outcome.attempt_result is AttemptResult.CONNECTED:
        _validate_conversation(outcome, now, reasons_needing_text or frozenset())
    else:
        _validate_not_reached(outcome)
    if outcome.promise is not None:
        if not outcome.promise.text.strip():
            raise UserInputError("wrapup.promise_text_required", field=Field.PROMISE_TEXT)
        if outcome.promise.due_at <= now:
            raise UserInputError("wrapup.promise_due_past", field=Field.PROMISE_DUE)


def _validate_not_reached(outcome: Outcome) -> None:
    if outcome.conversation_result is not None:
        raise UserInputError("wrapup.conversation_needs_connection", field=Field.CONVERSATION)
    if outcome.never_reason is not None and not (
        outcome.attempt_result is AttemptResult.NOT_IN_SERVICE
        and outcome.never_reason is NeverReason.NUMBER_DOES_NOT_EXIST
    ):
        raise UserInputError("wrapup.never_needs_conversation", field=Field.NEVER_REASON)


def _validate_conversation(outcome: Outcome, now: datetime, reasons_needing_text: frozenset[str]) -> None:
    result = outcome.conversation_result
    if result is None:
        raise UserInputError("wrapup.conversation_required", field=Field.CONVERSATION)
    if result in NEEDS_REASON:
        if not outcome.refusal_reason:
            raise UserInputError("wrapup.reason_required", field=Field.REFUSAL_REASON)
        if outcome.refusal_reason in reasons_needing_text and not outcome.refusal_text.strip():
            raise UserInputError("wrapup.reason_text_required", field=Field.REFUSAL_TEXT)
        _validate_next_contact(outcome.next_contact_at, now, "wrapup.next_contact_required")
    if result is ConversationResult.CALLBACK:
        _validate_next_contact(outcome.next_contact_at, now, "wrapup.callback_time_required")
    if result is ConversationResult.NEVER and outcome.never_reason is None:
        raise UserInputError("wrapup.never_reason_required", field=Field.NEVER_REASON)
    if result is ConversationResult.SALE:
        _validate_sale(outcome)


def _validate_next_contact(when: datetime | None, now: datetime, missing: str) -> None:
    if when is None:
        raise UserInputError(missing, field=Field.NEXT_CONTACT)
    if when <= now:
        raise UserInputError("wrapup.next_contact_past", field=Field.NEXT_CONTACT)
    if when - now > MAX_AHEAD:
        raise UserInputError("wrapup.next_contact_too_far", field=Field.NEXT_CONTACT, years=MAX_AHEAD_YEARS)


def _validate_sale(outcome: Outcome) -> None:
    if not outcome.sale_lines:
        raise UserInputError("wrapup.sale_product_required", field=Field.SALE_PRODUCT)
    for line in outcome.sale_lines:
        if line.quantity <= 0:
            raise UserInputError("wrapup.sale_quantity_invalid", field=Field.SALE_QUANTITY)
        if line.amount <= 0:
            raise UserInputError("wrapup.sale_amount_invalid", field=Field.SALE_AMOUNT)


# --- the outcome as JSON (the outbox keeps outcomes this way) ----------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def outcome_to_json(outcome: Outcome) -> dict[str, Any]:
    """The outcome as plain JSON values: datetimes in ISO 8601 with their offset, amounts as decimal strings."""
    return {key: _plain(value) for key, value in asdict(outcome).items()}


def outcome_from_json(data: dict[str, Any]) -> Outcome:
    """The inverse of :func:`outcome_to_json`."""
    values = dict(data)
    moment = datetime.fromisoformat
    optional: dict[str, Any] = {
        "conversation_result": ConversationResult,
        "never_reason": NeverReason,
        "stage": BuyingStage,
        "next_contact_at": moment,
    }
    for name, convert in optional.items():
        if values.get(name) is not None:
            values[name] = convert(values[name])
    values["attempt_result"] = AttemptResult(values["attempt_result"])
    values["started_at"], values["ended_at"] = moment(values["started_at"]), moment(values["ended_at"])
    values["sale_lines"] = tuple(_sale_line(line) for line in values["sale_lines"])
    if values.get("promise") is not None:
        values["promise"] = PromiseInput(values["promise"]["text"], moment(values["promise"]["due_at"]))
    if values.get("measured") is not None:  # the softphone's timing (issue 18)
        values["measured"] = MeasuredTalk(moment(values["measured"]["answered_at"]), values["measured"]["talk_seconds"])
    for name in ("script_path", "objections", "unscripted"):
        values[name] = tuple(values.get(name) or ())
    known = set(Outcome.__dataclass_fields__)
    return Outcome(**{key: value for key, value in values.items() if key in known})
