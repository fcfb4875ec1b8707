"""Opening a client by id from a list (a queue row, a search result): the claim re-checks the row (rule 8).

A queue row is read, then shown, then double-clicked, maybe minutes later. Meanwhile a colleague may have taken the
same client with F2, called it and saved the outcome, which released the lease: a plain claim by id would find the
lease free and the client would be called twice. So the claim here is one compare-and-set ``UPDATE`` that takes the
lease only if, in the same transaction, the client still stands as the row saw it (``SeenClient``): not changed
since (its own change moment), no newer call, and, for a queue row, still due and offered to this operator. When it
does not, the refusal says by whom and when it was worked, or why else it is no longer there.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, exists, func, select, update
from sqlalchemy.orm import Session

from callassist.domain import SeenClient
from callassist.errors import UserInputError
from callassist.services import queue
from callassist.settings import TeamSettings
from callassist.storage.models import Call, Client, Operator


def claim_seen(
    session: Session, operator: Operator, client_id: int, seen: SeenClient, now: datetime, settings: TeamSettings
) -> Client:
    """Take the lease on ``client_id`` for ``operator`` if the client still stands as ``seen``; return the client.

    Raises:
        UserInputError: ``reopen.*``: worked by someone since (who and when), held by someone, no longer due, or
            changed; or the operator still has another client's wrap-up to save. Nothing is written.
    """
    held = queue.held_by(session, operator, now)
    if held is not None and held.id == client_id:
        return _loaded(session, client_id)  # the operator's own open call (rule 9): nothing to re-check
    if held is not None:
        raise UserInputError("reopen.finish_first", field="wrapUp", name=held.full_name or "—")
    taken = session.execute(
        update(Client)
        .where(Client.id == client_id, _still_as_seen(operator.id, seen, now, settings))
        .values(lease_operator_id=operator.id, lease_expires_at=now + timedelta(minutes=settings.lease_minutes))
        .execution_options(synchronize_session=False)
    )
    if not taken.rowcount:  # type: ignore[attr-defined]
        raise _why_not(session, operator, client_id, seen, now, settings)
    return _loaded(session, client_id)


def _still_as_seen(operator_id: int, seen: SeenClient, now: datetime, settings: TeamSettings) -> ColumnElement[bool]:
    newer_call = exists().where(Call.client_id == Client.id, Call.id > seen.last_call_id)
    unchanged = and_(Client.updated_at <= seen.updated_at, ~newer_call)
    if not seen.due:
        return and_(unchanged, _lease_free(operator_id, now))  # a search result: not worked since, and free
    handover_cut = now - timedelta(minutes=settings.callback_handover_minutes)
    return and_(unchanged, queue.visible_to(operator_id, now, handover_cut))


def _lease_free(operator_id: int, now: datetime) -> ColumnElement[bool]:
    return (
        Client.lease_operator_id.is_(None) | (Client.lease_operator_id == operator_id) | (Client.lease_expires_at < now)
    )


def _loaded(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise UserInputError("reopen.gone", field="client")
    session.refresh(client)
    return client


def _why_not(
    session: Session, operator: Operator, client_id: int, seen: SeenClient, now: datetime, settings: TeamSettings
) -> UserInputError:
    client = session.get(Client, client_id)
    if client is None:
        return UserInputError("reopen.gone", field="client")
    name = client.full_name or client.company or f"#{client.id}"
    zone = ZoneInfo(settings.office_timezone)
    worked = session.execute(
        select(Operator.name, Call.saved_at)
        .join(Operator, Operator.id == Call.operator_id)
        .where(Call.client_id == client_id, Call.id > seen.last_call_id)
        .order_by(Call.id.desc())
        .limit(1)
    ).first()
    if worked is not None:
        who, when = worked
        return UserInputError("reopen.worked", field="client", name=name, operator=who, when=_moment(when, zone))
    if client.lease_operator_id not in (None, operator.id) and (client.lease_expires_at or now) >= now:
        holder = session.get(Operator, client.lease_operator_id)
        return UserInputError("reopen.held", field="client", name=name, operator=holder.name if holder else "?")
    if client.updated_at > seen.updated_at:
        return UserInputError("reopen.changed", field="client", name=name, when=_moment(client.updated_at, zone))
    due = client.queue_surface_at
    return UserInputError("reopen.not_due", field="client", name=name, when=_moment(due, zone) if due else "—")


def _moment(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def seen_now(session: Session, client_ids: list[int], due: bool = False) -> dict[int, SeenClient]:
    """How these clients stand now, for a list other than the queue (a search result) to carry with its rows."""
    if not client_ids:
        return {}
    last_call = select(func.coalesce(func.max(Call.id), 0)).where(Call.client_id == Client.id).scalar_subquery()
    rows = session.execute(select(Client.id, Client.updated_at, last_call).where(Client.id.in_(client_ids)))
    return {client_id: SeenClient(updated_at, int(last), due) for client_id, updated_at, last in rows}
