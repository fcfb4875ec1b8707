"""An operator's open callbacks and promises, as items for a calendar file (issue 6: .ics export)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.domain import FollowUpKind
from callassist.storage.models import Client, FollowUp
from callassist.timekeeping.ics import CalendarItem

CALLBACK_MINUTES = 15
PROMISE_MINUTES = 30


def calendar_items(session: Session, operator_id: int) -> tuple[CalendarItem, ...]:
    """The operator's own open callbacks and promises, soonest first, with stable ids so re-imports update them."""
    rows = session.execute(
        select(FollowUp, Client.full_name, Client.company)
        .join(Client, Client.id == FollowUp.client_id)
        .where(
            FollowUp.operator_id == operator_id,
            FollowUp.done_at.is_(None),
            FollowUp.kind.in_([FollowUpKind.CALLBACK.value, FollowUpKind.PROMISE.value]),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
    ).all()
    return tuple(_item(follow_up, name, company) for follow_up, name, company in rows)


def _item(follow_up: FollowUp, name: str, company: str) -> CalendarItem:
    kind = FollowUpKind(follow_up.kind)
    who = f"{name} ({company})" if company else name
    if kind is FollowUpKind.PROMISE:
        summary, minutes = f"Promise to {who}: {follow_up.text}", PROMISE_MINUTES
    else:
        summary, minutes = f"Call back {who}", CALLBACK_MINUTES
    return CalendarItem(
        uid=f"followup-{follow_up.id}",
        summary=summary,
        description=follow_up.text,
        start_utc=follow_up.due_at,
        duration_minutes=minutes,
        kind=kind,
    )
