"""Neglected clients, for the supervisor (issue 6): future clients whose next-contact date passed without a call,
and clients nobody has called for a number of days.

Each list is one set-based query: the calls and follow-ups are consulted with correlated ``EXISTS``/``MAX`` probes
on ``calls.client_id`` and ``follow_ups(client_id, done_at)``, so only the returned rows pay for the phone lookup.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Row, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from callassist.domain import ClientState
from callassist.errors import UserInputError
from callassist.settings import TeamSettings
from callassist.storage.engine import Database
from callassist.storage.models import Call, Client, ClientPhone, FollowUp

GRACE = timedelta(days=1)  # a date passed by less than this is simply due today, not neglected
MAX_UNTOUCHED_DAYS = 3650


@dataclass(frozen=True)
class NeglectedClient:
    """One neglected client; ``days`` is how many days the date is overdue, or how long nobody called."""

    client_id: int
    name: str
    company: str
    phone: str
    state: ClientState
    next_contact_at: datetime | None
    last_call_at: datetime | None
    days: int


@dataclass(frozen=True)
class NeglectReport:
    overdue_future: tuple[NeglectedClient, ...]
    untouched: tuple[NeglectedClient, ...]


def neglected(
    db: Database, now: datetime, settings: TeamSettings, untouched_days: int = 30, limit: int = 500
) -> NeglectReport:
    """Both supervisor lists in one read unit of work, the most neglected first, at most ``limit`` rows each.

    Args:
        db: The database.
        now: The current moment (aware).
        settings: Team settings; days are counted on the office calendar.
        untouched_days: A client with no call for this many days (and none planned within them) is untouched.
        limit: The most rows per list.

    Raises:
        UserInputError: ``untouched_days`` is not between 1 and 3650.
    """
    if not 1 <= untouched_days <= MAX_UNTOUCHED_DAYS:
        raise UserInputError(
            "neglect.days_out_of_range", field="untouchedDays", max=MAX_UNTOUCHED_DAYS, days=untouched_days
        )
    zone = ZoneInfo(settings.office_timezone)
    with db.read() as session:
        overdue = _overdue_future(session, now, limit)
        untouched = _untouched(session, now, timedelta(days=untouched_days), limit)
    return NeglectReport(
        overdue_future=tuple(_row(row, now, zone, row.next_contact_at) for row in overdue),
        untouched=tuple(_row(row, now, zone, row.last_call_at or row.created_at) for row in untouched),
    )


def _last_call() -> ColumnElement[datetime]:
    return select(func.max(Call.started_at)).where(Call.client_id == Client.id).scalar_subquery()


def _first_phone() -> ColumnElement[str]:
    return (
        select(ClientPhone.e164)
        .where(ClientPhone.client_id == Client.id)
        .order_by(ClientPhone.position, ClientPhone.id)
        .limit(1)
        .scalar_subquery()
    )


def _columns() -> tuple[Any, ...]:
    return (
        Client.id,
        Client.full_name,
        Client.company,
        Client.state,
        Client.next_contact_at,
        Client.created_at,
        _first_phone().label("phone"),
        _last_call().label("last_call_at"),
    )


def _overdue_future(session: Session, now: datetime, limit: int) -> list[Row[Any]]:
    """Future clients whose date passed more than a day ago with no call on or after that date."""
    called_since = exists().where(Call.client_id == Client.id, Call.started_at >= Client.next_contact_at)
    query = (
        select(*_columns())
        .where(
            Client.state == ClientState.FUTURE.value,
            Client.next_contact_at < now - GRACE,
            ~called_since,
        )
        .order_by(Client.next_contact_at, Client.id)
        .limit(limit)
    )
    return list(session.execute(query).all())


def _untouched(session: Session, now: datetime, span: timedelta, limit: int) -> list[Row[Any]]:
    """Clients (not never) neither called nor created within ``span``, with no date or follow-up planned in it.

    A client with a next-contact date still ahead is planned, not neglected; future clients with a passed date are
    left to the overdue list, so no client is listed twice.
    """
    cutoff = now - span
    last_touch = func.coalesce(_last_call(), Client.created_at)
    planned = exists().where(
        FollowUp.client_id == Client.id,
        FollowUp.done_at.is_(None),
        FollowUp.due_at > now,
        FollowUp.due_at <= now + span,
    )
    query = (
        select(*_columns())
        .where(
            or_(
                Client.state.in_([ClientState.NEW.value, ClientState.NOW.value]),
                and_(Client.state == ClientState.FUTURE.value, Client.next_contact_at.is_(None)),
            ),
            or_(Client.next_contact_at.is_(None), Client.next_contact_at <= now),
            Client.created_at <= cutoff,
            ~exists().where(Call.client_id == Client.id, Call.started_at > cutoff),
            ~planned,
        )
        .order_by(last_touch, Client.id)
        .limit(limit)
    )
    return list(session.execute(query).all())


def _row(row: Row[Any], now: datetime, zone: ZoneInfo, since: datetime) -> NeglectedClient:
    """Days are whole office-calendar days between ``since`` and ``now``."""
    days = (now.astimezone(zone).date() - since.astimezone(zone).date()).days
    return NeglectedClient(
        client_id=row.id,
        name=row.full_name,
        company=row.company,
        phone=row.phone or "",
        state=ClientState(row.state),
        next_contact_at=row.next_contact_at,
        last_call_at=row.last_call_at,
        days=days,
    )
