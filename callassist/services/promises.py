"""Keeping promises (PRODUCT.md rule 6): a promise stays open across calls until the operator marks it kept (with a
note) or moves it to a new date (with the reason the client was told); a call with the client never leaves an open
promise holding the top of the queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from callassist.domain import FollowUpKind, PromiseState, PromiseView
from callassist.errors import NotFound, UserInputError
from callassist.scheduling import surface_time
from callassist.services import queue, zones
from callassist.settings import TeamSettings
from callassist.storage.models import Client, FollowUp, Operator

PROMISE_FIELD = "promise"
NOTE_FIELD = "promiseNote"
DATE_FIELD = "promiseDate"


def _open_promise(session: Session, follow_up_id: int) -> FollowUp:
    promise = session.get(FollowUp, follow_up_id)
    if promise is None:
        raise NotFound("promise.not_found", field=PROMISE_FIELD)
    if promise.kind != FollowUpKind.PROMISE:
        raise UserInputError("promise.not_a_promise", field=PROMISE_FIELD)
    if promise.done_at is not None:
        raise UserInputError("promise.closed", field=PROMISE_FIELD)
    return promise


def _close(session: Session, promise: FollowUp, state: PromiseState, note: str, now: datetime) -> Client:
    promise.done_at = now
    promise.done_note = note
    promise.closed_as = state.value
    client = session.get(Client, promise.client_id)
    assert client is not None
    client.updated_at = now
    return client


def close_promise(session: Session, follow_up_id: int, note: str, now: datetime) -> int:
    """Mark an open promise kept, with a note saying how; returns the client's id so the caller can refresh views.

    Raises:
        UserInputError: the note is empty, or the follow-up is not an open promise.
        NotFound: no such follow-up.
    """
    text = note.strip()
    if not text:
        raise UserInputError("promise.note_required", field=NOTE_FIELD)
    client = _close(session, _open_promise(session, follow_up_id), PromiseState.KEPT, text, now)
    queue.reposition(session, client)
    return client.id


def move_promise(
    session: Session, follow_up_id: int, new_due: datetime, reason: str, now: datetime, settings: TeamSettings
) -> int:
    """Move an open promise to ``new_due``: the old one closes as moved with the reason, a new open one takes its
    text at the new date (surfacing the working day before it, as every promise). Returns the client's id.

    Raises:
        UserInputError: no reason, a date not in the future, or the follow-up is not an open promise.
    """
    why = reason.strip()
    if not why:
        raise UserInputError("promise.move_reason_required", field=NOTE_FIELD)
    if new_due <= now:
        raise UserInputError("promise.move_date_past", field=DATE_FIELD)
    old = _open_promise(session, follow_up_id)
    client = _close(session, old, PromiseState.MOVED, why, now)
    zone = zones.zone_of(client, settings)
    surface = surface_time(FollowUpKind.PROMISE, new_due, zone, zones.client_calendar(session, client, settings))
    session.add(
        FollowUp(
            client_id=client.id,
            kind=FollowUpKind.PROMISE.value,
            due_at=new_due,
            surface_at=surface if surface > now else new_due,  # its eve already passed: back when it is due
            operator_id=old.operator_id,
            text=old.text,
            created_by_call_id=old.created_by_call_id,
            created_at=now,
        )
    )
    queue.reposition(session, client)
    return client.id


def after_call(session: Session, client: Client, now: datetime, settings: TeamSettings) -> None:
    """A call with the client was just saved: an open promise that has already surfaced does not keep the client on
    top of the queue. One not yet due comes back at its own due time; an overdue one on the client's next working
    day (still flagged overdue), unless the operator keeps or moves it first."""
    session.flush()
    surfaced = session.scalars(
        select(FollowUp).where(
            FollowUp.client_id == client.id,
            FollowUp.kind == FollowUpKind.PROMISE.value,
            FollowUp.done_at.is_(None),
            FollowUp.surface_at <= now,
        )
    ).all()
    for promise in surfaced:
        overdue = promise.due_at <= now
        promise.surface_at = zones.after_days(session, client, now, 1, settings) if overdue else promise.due_at


_PROMISES = (
    select(
        FollowUp.id,
        FollowUp.text,
        FollowUp.due_at,
        FollowUp.done_at,
        FollowUp.closed_as,
        FollowUp.done_note,
        FollowUp.created_at,
        Operator.name,
    )
    .outerjoin(Operator, Operator.id == FollowUp.operator_id)
    .where(FollowUp.client_id == bindparam("client_id"), FollowUp.kind == "promise")
    .order_by(FollowUp.created_at.desc(), FollowUp.id.desc())
    .limit(50)
)


def promise_views(session: Session, client_id: int) -> tuple[PromiseView, ...]:
    """Every promise made to the client (the newest 50), newest first. One closed because the client went *never*
    was neither kept nor moved, and is left out."""
    views = []
    rows = session.execute(_PROMISES, {"client_id": client_id})
    for row_id, text, due, done, closed_as, note, made, operator in rows:
        if done is not None and closed_as is None:
            continue
        state = PromiseState(closed_as or PromiseState.OPEN)
        views.append(PromiseView(row_id, text, due, state, made, operator, done, note))
    return tuple(views)
