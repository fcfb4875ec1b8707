"""Recording how a call ended, with the rules of PRODUCT.md section 3.

``record`` is one unit of work: the call, the client's new state, its follow-ups and its place in the queue are
written together or not at all. The same idempotency key twice writes nothing the second time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from callassist import wrapup
from callassist.domain import (
    AttemptResult,
    ClientState,
    ConversationResult,
    FollowUpKind,
    NeverReason,
    Outcome,
    PhoneStatus,
)
from callassist.errors import NotFound, UserInputError
from callassist.scheduling import surface_time
from callassist.services import catalogues, client_edits, client_phones, promises, queue, zones
from callassist.settings import TeamSettings
from callassist.stats import summary
from callassist.storage.models import (
    Call,
    Client,
    DoNotCall,
    FollowUp,
    Operator,
    Product,
    RefusalReason,
    SaleItem,
    UnscriptedObjection,
)
from callassist.wrapup import Field


def validate(outcome: Outcome, now: datetime) -> None:
    """Refuse an outcome the rules do not allow (rules 1, 2, 3, 5); the rules live in :mod:`callassist.wrapup`."""
    wrapup.validate(outcome, now)


def record(
    session: Session, operator: Operator, outcome: Outcome, now: datetime, settings: TeamSettings
) -> tuple[Call, bool]:
    """Write the outcome. Returns the call and whether it was a duplicate of one already saved."""
    existing = session.scalar(select(Call).where(Call.idempotency_key == outcome.idempotency_key))
    if existing is not None:
        return existing, True
    validate(outcome, now)
    client = session.get(Client, outcome.client_id)
    if client is None:
        raise NotFound("wrapup.client_gone", field=Field.CLIENT)
    _check_lease(session, client, operator, outcome, now)
    call = _new_call(session, operator, outcome, now)
    _close_plan(session, client.id, now, call.id)
    if outcome.attempt_result is AttemptResult.CONNECTED:
        _after_conversation(session, client, operator, outcome, call, settings)
    else:
        _after_not_reached(session, client, outcome, call, now, settings)
    if outcome.promise is not None:
        _plan(
            session,
            client,
            FollowUpKind.PROMISE,
            outcome.promise.due_at,
            settings,
            call,
            operator_id=operator.id,
            text=outcome.promise.text,
        )
    promises.after_call(session, client, now, settings)
    if outcome.stage is not None and client.stage != outcome.stage.value:  # issue 14: the card's history shows it
        client_edits.record_change(
            session, client.id, operator.id, now, "stage", client.stage or "", outcome.stage.value
        )
        client.stage = outcome.stage.value
        client.version += 1  # an editor opened before this call must not overwrite the new stage silently
    client.updated_at = now
    queue.reposition(session, client)
    queue.release(session, operator, client.id)
    summary.count_call(session, call, _futures_planned(session, call))
    return call, False


def _check_lease(session: Session, client: Client, operator: Operator, outcome: Outcome, now: datetime) -> None:
    """Rule 8 on every database: an outcome is not saved over a client someone else now holds, nor after the lease
    lapsed and another operator took the client and saved a call of their own since this one started."""
    holder_id = client.lease_operator_id
    if holder_id is not None and holder_id != operator.id and (client.lease_expires_at or now) >= now:
        raise UserInputError("wrapup.lease_lost", field=Field.CLIENT, holder=_operator_name(session, holder_id))
    taken_by = session.scalar(
        select(Call.operator_id)
        .where(Call.client_id == client.id, Call.operator_id != operator.id, Call.started_at > outcome.started_at)
        .limit(1)
    )
    if taken_by is not None:
        raise UserInputError("wrapup.lease_expired", field=Field.CLIENT, holder=_operator_name(session, taken_by))


def _operator_name(session: Session, operator_id: int) -> str:
    return session.scalar(select(Operator.name).where(Operator.id == operator_id)) or "?"


_FUTURES_PLANNED = select(func.count()).where(
    FollowUp.created_by_call_id == bindparam("call_id"), FollowUp.kind == FollowUpKind.FUTURE.value
)


def _futures_planned(session: Session, call: Call) -> int:
    """How many *future* dates this call gave (statistics count clients sent to the future)."""
    session.flush()  # the plans made above are still in the session: the count goes past its autoflush
    return int(session.connection().execute(_FUTURES_PLANNED, {"call_id": call.id}).scalar() or 0)


def _new_call(session: Session, operator: Operator, outcome: Outcome, now: datetime) -> Call:
    reason_id = None
    if outcome.refusal_reason:
        reason = session.scalar(select(RefusalReason).where(RefusalReason.code == outcome.refusal_reason))
        if reason is None:
            raise UserInputError("wrapup.reason_unknown", field=Field.REFUSAL_REASON, reason=outcome.refusal_reason)
        if reason.needs_text and not outcome.refusal_text.strip():
            raise UserInputError("wrapup.reason_text_required", field=Field.REFUSAL_TEXT)
        reason_id = reason.id
    call = Call(
        idempotency_key=outcome.idempotency_key,
        client_id=outcome.client_id,
        operator_id=operator.id,
        phone_e164=outcome.phone,
        started_at=outcome.started_at,
        ended_at=outcome.ended_at,
        attempt_result=outcome.attempt_result.value,
        conversation_result=outcome.conversation_result.value if outcome.conversation_result else None,
        refusal_reason_id=reason_id,
        refusal_text=outcome.refusal_text.strip(),
        never_reason=outcome.never_reason.value if outcome.never_reason else None,
        next_contact_at=outcome.next_contact_at,
        note=outcome.note.strip(),
        saved_at=now,
        amount=sum((line.amount for line in outcome.sale_lines), Decimal(0)) if outcome.sale_lines else None,
        script_version_id=outcome.script_version_id,
        script_path=list(outcome.script_path) or None,
        objections=list(outcome.objections) or None,
        answered_at=outcome.measured.answered_at if outcome.measured else None,
        talk_seconds=outcome.measured.talk_seconds if outcome.measured else None,
    )
    session.add(call)
    session.flush()
    for text in filter(None, (t.strip() for t in outcome.unscripted)):
        session.add(
            UnscriptedObjection(
                call_id=call.id,
                client_id=outcome.client_id,
                operator_id=operator.id,
                script_version_id=outcome.script_version_id,
                text=text,
                created_at=now,
            )
        )
    for line in outcome.sale_lines:
        if session.get(Product, line.product_id) is None:
            raise UserInputError("wrapup.product_unknown", field=Field.SALE_PRODUCT)
        session.add(SaleItem(call_id=call.id, product_id=line.product_id, quantity=line.quantity, amount=line.amount))
    return call


def _close_plan(session: Session, client_id: int, now: datetime, call_id: int) -> None:
    """A new outcome replaces the old plan; promises stay open until they are kept (closed with a note)."""
    session.execute(
        update(FollowUp)
        .where(FollowUp.client_id == client_id, FollowUp.done_at.is_(None), FollowUp.kind != FollowUpKind.PROMISE)
        .values(done_at=now, done_note=f"call {call_id}")
        .execution_options(synchronize_session=False)
    )


def _after_conversation(
    session: Session, client: Client, operator: Operator, outcome: Outcome, call: Call, settings: TeamSettings
) -> None:
    client.failed_attempts = 0
    result = outcome.conversation_result
    if result is ConversationResult.NEVER:
        assert outcome.never_reason is not None
        _make_never(session, client, outcome.never_reason, call.saved_at)
    elif result is ConversationResult.SALE:
        client.state = ClientState.NOW.value
        # Rule 5: the check-in delay is the team's setting, landed on a working day inside calling hours.
        check_in = zones.after_days(session, client, call.saved_at, settings.post_sale_days, settings)
        _plan(session, client, FollowUpKind.POST_SALE, check_in, settings, call)
    elif result is ConversationResult.CALLBACK:
        assert outcome.next_contact_at is not None
        client.state = ClientState.NOW.value
        personal = operator.id if outcome.callback_personal else None
        _plan(
            session,
            client,
            FollowUpKind.CALLBACK,
            outcome.next_contact_at,
            settings,
            call,
            operator_id=personal,
            exact=True,
        )
    else:  # interested or refused: a concrete date, never empty (rule 2)
        assert outcome.next_contact_at is not None
        client.state = (ClientState.NOW if result is ConversationResult.INTERESTED else ClientState.FUTURE).value
        # Rule 2: a working day of the client's country, inside calling hours on the client's clock.
        call.next_contact_at = zones.land(session, client, outcome.next_contact_at, settings)
        _plan(session, client, FollowUpKind.FUTURE, call.next_contact_at, settings, call)


def _after_not_reached(
    session: Session, client: Client, outcome: Outcome, call: Call, now: datetime, settings: TeamSettings
) -> None:
    """Rule 4: retry by the table; past its cap the client is *future* ("unreachable"), never *never*."""
    if _marks_phone_only(session, client, outcome, now):  # try the client's next number now, not in a month
        due = zones.land(session, client, now, settings)
        _plan(session, client, FollowUpKind.RETRY, due, settings, call)
        call.next_contact_at = due
        return
    if outcome.never_reason is NeverReason.NUMBER_DOES_NOT_EXIST:
        _make_never(session, client, outcome.never_reason, now)
        return
    client.failed_attempts += 1
    delays = catalogues.retry_delays(session, outcome.attempt_result)
    if client.failed_attempts <= len(delays):
        due = zones.land(session, client, now + timedelta(minutes=delays[client.failed_attempts - 1]), settings)
        _plan(session, client, FollowUpKind.RETRY, due, settings, call)
        call.next_contact_at = due
        return
    client.failed_attempts = 0
    client.state = ClientState.FUTURE.value
    due = zones.after_days(session, client, now, settings.unreachable_days, settings)
    _plan(session, client, FollowUpKind.FUTURE, due, settings, call, text="unreachable")
    call.next_contact_at = due


# --- issue 14, rule 14: a wrong or dead number marks the phone dialled, not the client -------------------------
_PHONE_STATUS = {
    AttemptResult.WRONG_NUMBER: PhoneStatus.WRONG_NUMBER,
    AttemptResult.NOT_IN_SERVICE: PhoneStatus.NOT_IN_SERVICE,
}


def _marks_phone_only(session: Session, client: Client, outcome: Outcome, now: datetime) -> bool:
    """Mark the dialled number; True when the client still has a working one: it stays callable on it, and a
    "number does not exist" never-reason applies to that number only."""
    status = _PHONE_STATUS.get(outcome.attempt_result)
    if (
        status is None
        or not outcome.phone
        or not client_phones.mark_dialled(session, client.id, outcome.phone, status, now)
    ):
        return False
    working, _ = client_phones.working_count(session, client.id)
    return working > 0


def _make_never(session: Session, client: Client, reason: NeverReason, now: datetime) -> None:
    client.state = ClientState.NEVER.value
    client.never_reason = reason.value
    client.next_contact_at = None
    session.execute(
        update(FollowUp)
        .where(FollowUp.client_id == client.id, FollowUp.done_at.is_(None))
        .values(done_at=now, done_note="never")
        .execution_options(synchronize_session=False)
    )
    if reason is NeverReason.DO_NOT_CALL_REQUEST:
        for phone in client.phones:
            session.merge(DoNotCall(e164=phone.e164, added_at=now, client_id=client.id))


def _plan(
    session: Session,
    client: Client,
    kind: FollowUpKind,
    due: datetime,
    settings: TeamSettings,
    call: Call,
    *,
    operator_id: int | None = None,
    exact: bool = False,
    text: str = "",
) -> None:
    zone = zones.zone_of(client, settings)
    calendar = zones.client_calendar(session, client, settings)
    session.add(
        FollowUp(
            client_id=client.id,
            kind=kind.value,
            due_at=due,
            surface_at=surface_time(kind, due, zone, calendar),
            exact=exact,
            operator_id=operator_id,
            text=text,
            created_by_call_id=call.id,
            created_at=call.saved_at,
        )
    )
    if kind is not FollowUpKind.PROMISE:
        client.next_contact_at = due
