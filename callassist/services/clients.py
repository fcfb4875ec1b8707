"""Opening a client: the card's plain view with phones, history, open follow-ups and lifetime value."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, exists, func, select
from sqlalchemy.orm import Session, aliased

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
    PhoneStatus,
)
from callassist.services import client_edits, promises
from callassist.storage.models import Call, ClientPhone, FollowUp, Operator, RefusalReason

# The card's three reads, built once: opening a client is the operator's hot path (claim p99 goal 2 ms), and
# building a statement costs more than SQLite takes to run it. Executed as Core: plain rows, no ORM objects.
_OTHER_HOLDER = aliased(ClientPhone)
_PHONES = (
    select(
        ClientPhone.e164,
        ClientPhone.raw,
        ClientPhone.extension,
        # Shared: another client holds the number too (rule 16); one index seek per phone.
        exists()
        .where(_OTHER_HOLDER.e164 == ClientPhone.e164, _OTHER_HOLDER.client_id != ClientPhone.client_id)
        .label("shared"),
        ClientPhone.status,
        ClientPhone.preferred,
        ClientPhone.id,
    )
    .where(ClientPhone.client_id == bindparam("client_id"))
    .order_by(ClientPhone.position, ClientPhone.id)
)
_HISTORY = (
    select(
        Call.started_at,
        Operator.name,
        Call.attempt_result,
        Call.conversation_result,
        RefusalReason.title_ru,
        RefusalReason.title_en,
        Call.refusal_text,
        Call.never_reason,
        Call.next_contact_at,
        Call.note,
        Call.amount,
        Call.talk_seconds,
        RefusalReason.code,
    )
    .join(Operator, Operator.id == Call.operator_id)
    .outerjoin(RefusalReason, RefusalReason.id == Call.refusal_reason_id)
    .where(Call.client_id == bindparam("client_id"))
    .order_by(Call.started_at.desc(), Call.id.desc())
)
_OPEN_FOLLOW_UPS = (
    select(FollowUp.id, FollowUp.kind, FollowUp.due_at, FollowUp.text, Operator.name)
    .outerjoin(Operator, Operator.id == FollowUp.operator_id)
    .where(FollowUp.client_id == bindparam("client_id"), FollowUp.done_at.is_(None))
    .order_by(FollowUp.due_at)
)


def address_form(first_name: str, patronymic: str, full_name: str) -> str:
    """How to address the client: first name and patronymic where known (Иван Петрович), else the first name."""
    if first_name and patronymic:
        return f"{first_name} {patronymic}"
    if first_name:
        return first_name
    return full_name


def display_name(client: Any) -> str:
    parts = (client.last_name, client.first_name, client.patronymic)
    return client.full_name or " ".join(p for p in parts if p)


def client_view(session: Session, client: Any, language: str = "ru") -> ClientView:
    """The card of ``client``: a ``Client`` or a row of the clients table (the claim returns one)."""
    session.flush()  # the reads below go straight to the connection, past the session's autoflush
    calls = history(session, client.id, language)
    phones = session.connection().execute(_PHONES, {"client_id": client.id})
    # Every call is in the history, so its amounts are the lifetime value: one query fewer on every claim.
    total = sum((entry.amount for entry in calls if entry.amount is not None), Decimal(0))
    return ClientView(
        id=client.id,
        full_name=display_name(client),
        first_name=client.first_name,
        patronymic=client.patronymic,
        last_name=client.last_name,
        address_form=client.address_as or address_form(client.first_name, client.patronymic, display_name(client)),
        company=client.company,
        position=client.position,
        email=client.email,
        city=client.city,
        region=client.region,
        timezone=client.timezone,
        phones=tuple(
            Phone(e164, raw, ext, bool(shared), PhoneStatus(status), bool(pref), id_)
            for e164, raw, ext, shared, status, pref, id_ in phones
        ),
        state=ClientState(client.state),
        stage=BuyingStage(client.stage) if client.stage else None,
        next_contact_at=client.next_contact_at,
        lifetime_value=total.quantize(Decimal("0.01")),
        preferences=client.preferences,
        notes=client.notes,
        never_reason=NeverReason(client.never_reason) if client.never_reason else None,
        history=calls,
        follow_ups=open_follow_ups(session, client.id),
        promises=promises.promise_views(session, client.id),
        version=client.version,
        changes=client_edits.changes_of(session, client.id),
        address_override=client.address_as,
    )


def lifetime_value(session: Session, client_id: int) -> Decimal:
    total = session.scalar(select(func.sum(Call.amount)).where(Call.client_id == client_id))
    return Decimal(total or 0).quantize(Decimal("0.01"))


def history(session: Session, client_id: int, language: str = "ru") -> tuple[HistoryEntry, ...]:
    """Every call with the client, newest first."""
    rows = session.connection().execute(_HISTORY, {"client_id": client_id})
    return tuple(_history_entry(row, language) for row in rows)


def _history_entry(row: Any, language: str) -> HistoryEntry:
    (
        when,
        operator,
        attempt,
        result,
        title_ru,
        title_en,
        refusal_text,
        never_reason,
        next_at,
        note,
        amount,
        talk,
        code,
    ) = row
    words = ""
    if title_ru is not None:
        words = title_ru if language == "ru" else title_en
        if refusal_text:
            words = f"{words}: {refusal_text}"
    elif never_reason:
        words = never_reason
    return HistoryEntry(
        when=when,
        operator=operator,
        attempt_result=AttemptResult(attempt),
        conversation_result=ConversationResult(result) if result else None,
        reason=words,
        next_contact_at=next_at,
        note=note,
        amount=amount,
        talk_seconds=talk,
        reason_code=code or never_reason,
    )


def open_follow_ups(session: Session, client_id: int) -> tuple[OpenFollowUp, ...]:
    rows = session.connection().execute(_OPEN_FOLLOW_UPS, {"client_id": client_id})
    return tuple(OpenFollowUp(row_id, FollowUpKind(kind), due, text, name) for row_id, kind, due, text, name in rows)
