"""An operator's open callbacks and promises: as items for a calendar file, and as reminders due soon (issue 6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from callassist.domain import FollowUpKind
from callassist.errors import UserInputError
from callassist.messages import render
from callassist.storage.engine import Database
from callassist.storage.models import Client, FollowUp
from callassist.timekeeping.ics import CalendarItem, write_calendar

CALLBACK_MINUTES = 15
PROMISE_MINUTES = 30


def calendar_items(session: Session, operator_id: int, language: str = "en") -> tuple[CalendarItem, ...]:
    """The operator's own open callbacks and promises, soonest first, with stable ids so re-imports update them.

    Event titles are in ``language`` (rule 18: the person's language, "ru" or "en").
    """
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
    return tuple(_item(follow_up, name, company, language) for follow_up, name, company in rows)


def export_calendar(
    db: Database, operator_id: int, operator_name: str, path: Path, now: datetime, language: str
) -> int:
    """Write the operator's open callbacks and promises to an .ics file titled in ``language``; returns the count.

    Raises:
        EnvironmentFailure: the file could not be written (nothing is left half-written).
    """
    with db.read() as session:
        items = calendar_items(session, operator_id, language)
    write_calendar(path, items, operator_name, now)
    return len(items)


def _item(follow_up: FollowUp, name: str, company: str, language: str) -> CalendarItem:
    kind = FollowUpKind(follow_up.kind)
    who = f"{name} ({company})" if company else name
    if kind is FollowUpKind.PROMISE:
        summary = render("calendar.promise", language, who=who, text=follow_up.text)
        minutes = PROMISE_MINUTES
    else:
        summary, minutes = render("calendar.call_back", language, who=who), CALLBACK_MINUTES
    return CalendarItem(
        uid=f"followup-{follow_up.id}",
        summary=summary,
        description=follow_up.text,
        start_utc=follow_up.due_at,
        duration_minutes=minutes,
        kind=kind,
    )


@dataclass(frozen=True)
class Reminder:
    """A personal callback that is due soon or overdue, for the in-app banner."""

    follow_up_id: int
    client_id: int
    client_name: str
    due_at: datetime
    overdue: bool


def due_reminders(session: Session, operator_id: int, now: datetime, ahead: timedelta) -> tuple[Reminder, ...]:
    """The operator's open personal callbacks due before ``now + ahead`` (overdue ones too), not snoozed, soonest
    first: the banner reminds before, at and after the due time until the call is made or the reminder snoozed."""
    rows = session.execute(
        select(FollowUp.id, FollowUp.client_id, FollowUp.due_at, Client.full_name)
        .join(Client, Client.id == FollowUp.client_id)
        .where(
            FollowUp.operator_id == operator_id,
            FollowUp.kind == FollowUpKind.CALLBACK.value,
            FollowUp.done_at.is_(None),
            FollowUp.due_at <= now + ahead,
            or_(FollowUp.snoozed_until.is_(None), FollowUp.snoozed_until <= now),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
    ).all()
    return tuple(Reminder(fid, cid, name, due, due < now) for fid, cid, due, name in rows)


def snooze(session: Session, operator_id: int, follow_up_id: int, now: datetime, minutes: int) -> datetime:
    """Put a reminder off for ``minutes``; returns when it comes back.

    Raises:
        UserInputError: ``minutes`` is not positive, or the reminder is not this operator's open callback.
    """
    if minutes <= 0:
        raise UserInputError("reminders.snooze_too_short", field="snooze", minutes=minutes)
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None or follow_up.done_at is not None or follow_up.operator_id != operator_id:
        raise UserInputError("reminders.not_open", "snooze")
    follow_up.snoozed_until = now + timedelta(minutes=minutes)
    return follow_up.snoozed_until
