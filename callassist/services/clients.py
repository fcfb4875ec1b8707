"""Opening a client: the card's plain view with phones, history, open follow-ups and lifetime value."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ClientState,
    ClientView,
    ConversationResult,
    FollowUpKind,
    HistoryEntry,
    NeverReason,
    OpenFollowUp,
    Phone,
)
from callassist.storage.models import Call, Client, FollowUp, Operator, RefusalReason


def address_form(first_name: str, patronymic: str, full_name: str) -> str:
    """How to address the client: first name and patronymic where known (Иван Петрович), else the first name."""
    if first_name and patronymic:
        return f"{first_name} {patronymic}"
    if first_name:
        return first_name
    return full_name


def display_name(client: Client) -> str:
    parts = (client.last_name, client.first_name, client.patronymic)
    return client.full_name or " ".join(p for p in parts if p)


def client_view(session: Session, client: Client, language: str = "ru") -> ClientView:
    calls = history(session, client.id, language)
    # Every call is in the history, so its amounts are the lifetime value: one query fewer on every claim.
    total = sum((entry.amount for entry in calls if entry.amount is not None), Decimal(0))
    return ClientView(
        id=client.id,
        full_name=display_name(client),
        first_name=client.first_name,
        patronymic=client.patronymic,
        last_name=client.last_name,
        address_form=address_form(client.first_name, client.patronymic, display_name(client)),
        company=client.company,
        position=client.position,
        email=client.email,
        city=client.city,
        region=client.region,
        timezone=client.timezone,
        phones=tuple(Phone(p.e164, p.raw, p.extension) for p in client.phones),
        state=ClientState(client.state),
        stage=BuyingStage(client.stage) if client.stage else None,
        next_contact_at=client.next_contact_at,
        lifetime_value=total.quantize(Decimal("0.01")),
        preferences=client.preferences,
        notes=client.notes,
        never_reason=NeverReason(client.never_reason) if client.never_reason else None,
        history=calls,
        follow_ups=open_follow_ups(session, client.id),
    )


def lifetime_value(session: Session, client_id: int) -> Decimal:
    total = session.scalar(select(func.sum(Call.amount)).where(Call.client_id == client_id))
    return Decimal(total or 0).quantize(Decimal("0.01"))


def history(session: Session, client_id: int, language: str = "ru") -> tuple[HistoryEntry, ...]:
    """Every call with the client, newest first."""
    rows = session.execute(
        select(Call, Operator.name, RefusalReason)
        .join(Operator, Operator.id == Call.operator_id)
        .outerjoin(RefusalReason, RefusalReason.id == Call.refusal_reason_id)
        .where(Call.client_id == client_id)
        .order_by(Call.started_at.desc(), Call.id.desc())
    )
    return tuple(_history_entry(call, operator, reason, language) for call, operator, reason in rows)


def _history_entry(call: Call, operator: str, reason: RefusalReason | None, language: str) -> HistoryEntry:
    words = ""
    if reason is not None:
        words = reason.title_ru if language == "ru" else reason.title_en
        if call.refusal_text:
            words = f"{words}: {call.refusal_text}"
    elif call.never_reason:
        words = call.never_reason
    return HistoryEntry(
        when=call.started_at,
        operator=operator,
        attempt_result=AttemptResult(call.attempt_result),
        conversation_result=ConversationResult(call.conversation_result) if call.conversation_result else None,
        reason=words,
        next_contact_at=call.next_contact_at,
        note=call.note,
        amount=call.amount,
    )


def open_follow_ups(session: Session, client_id: int) -> tuple[OpenFollowUp, ...]:
    rows = session.execute(
        select(FollowUp, Operator.name)
        .outerjoin(Operator, Operator.id == FollowUp.operator_id)
        .where(FollowUp.client_id == client_id, FollowUp.done_at.is_(None))
        .order_by(FollowUp.due_at)
    )
    return tuple(OpenFollowUp(f.id, FollowUpKind(f.kind), f.due_at, f.text, name) for f, name in rows)
