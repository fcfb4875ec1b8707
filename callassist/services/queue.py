"""The queue: who to call next and why (rule 7), and claiming a client for one operator (rules 8 and 9)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Row,
    Select,
    Table,
    Update,
    and_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from callassist.domain import QUEUE_RANK, ClientState, FollowUpKind, PhoneStatus, QueueItem, QueueReason, SeenClient
from callassist.errors import UserInputError
from callassist.services import client_phones, lead_lists, zones
from callassist.settings import TeamSettings
from callassist.storage.models import Call, Client, ClientPhone, DoNotCall, FollowUp, Operator

_REASON_OF_KIND = {
    FollowUpKind.CALLBACK: QueueReason.CALLBACK,
    FollowUpKind.FUTURE: QueueReason.FUTURE,
    FollowUpKind.RETRY: QueueReason.RETRY,
    FollowUpKind.PROMISE: QueueReason.PROMISE,
    FollowUpKind.POST_SALE: QueueReason.POST_SALE,
}


COUNT_CAP = 10_000  # beyond this the queue's size is shown as "more than 10,000"

# Rule 7's order: the reason rank, then (within a rank) the lead list's priority, then the due moment
# (ix_clients_queue holds exactly these columns, so the first offered client is one index walk).
QUEUE_ORDER = (Client.queue_rank, Client.queue_list_rank, Client.queue_due_at, Client.id)


@dataclass(frozen=True)
class QueuePage:
    items: tuple[QueueItem, ...]
    total: int  # capped at COUNT_CAP + 1: see ``more_than_cap``
    offset: int

    @property
    def more_than_cap(self) -> bool:
        return self.total > COUNT_CAP


def reposition(session: Session, client: Client) -> None:
    """Derive the client's place in the queue from its state and open follow-ups.

    The follow-ups are the truth; the ``queue_*`` columns are a copy kept in the same transaction so the queue
    is one indexed query. *Never* clients have no place at all (rule 3).
    """
    session.flush()
    if client.state == ClientState.NEVER or _blocked(session, client) or _no_working_phone(session, client):
        _place(client, None, None, None, None, None)
        return
    open_ups = session.scalars(
        select(FollowUp).where(FollowUp.client_id == client.id, FollowUp.done_at.is_(None))
    ).all()
    if open_ups:
        first = min(open_ups, key=lambda f: (f.surface_at, QUEUE_RANK[_REASON_OF_KIND[FollowUpKind(f.kind)]]))
        reason = _REASON_OF_KIND[FollowUpKind(first.kind)]
        _place(client, reason, first.surface_at, first.due_at, first.operator_id, QUEUE_RANK[reason])
    elif client.state == ClientState.NEW:
        _place(client, QueueReason.NEW, client.created_at, client.created_at, None, QUEUE_RANK[QueueReason.NEW])
    else:
        _place(client, None, None, None, None, None)


def _blocked(session: Session, client: Client) -> bool:
    """A number on the do-not-call list keeps its client out of the queue, however it came back (rule 3)."""
    # One query joining the client's numbers to the list, instead of loading the phones and then asking.
    blocked = (
        select(DoNotCall.e164)
        .join(ClientPhone, ClientPhone.e164 == DoNotCall.e164)
        .where(ClientPhone.client_id == client.id)
        .limit(1)
    )
    return session.scalar(blocked) is not None


def _no_working_phone(session: Session, client: Client) -> bool:
    """Rule 14: a client whose every number is marked wrong or not in service cannot be called (issue 14)."""
    working, total = client_phones.working_count(session, client.id)
    return total > 0 and working == 0


def _place(
    client: Client,
    reason: QueueReason | None,
    surface: datetime | None,
    due: datetime | None,
    operator_id: int | None,
    rank: int | None,
) -> None:
    client.queue_reason = reason.value if reason else None
    client.queue_surface_at = surface
    client.queue_due_at = due
    client.queue_operator_id = operator_id
    client.queue_rank = rank


def visible_to(
    operator_id: int, now: datetime | BindParameter[Any], handover_cut: datetime | BindParameter[Any] | None = None
) -> ColumnElement[bool]:
    """Clients that are due, meant for this operator (or the team), and not held by someone else.

    A personal callback due before ``handover_cut`` (now minus the team's handover time) passes to the whole team.
    Both moments may be bound parameters of a statement built once.
    """
    mine = or_(Client.queue_operator_id.is_(None), Client.queue_operator_id == operator_id)
    if handover_cut is not None:
        mine = or_(mine, Client.queue_due_at < handover_cut)
    return and_(
        Client.queue_surface_at <= now,
        mine,
        or_(Client.lease_operator_id.is_(None), Client.lease_operator_id == operator_id, Client.lease_expires_at < now),
    )


def offered_to(session: Session, operator_id: int, now: datetime, settings: TeamSettings) -> ColumnElement[bool]:
    """What the queue offers an operator now: visible to them, overdue personal callbacks of colleagues included,
    only clients whose local time is inside calling hours on a working day of their country (rule 7), and none
    of a paused list or a list assigned to others."""
    handover = timedelta(minutes=settings.callback_handover_minutes)
    lists = lead_lists.offered_lists(lead_lists.excluded_lists(session, operator_id))
    return and_(visible_to(operator_id, now, now - handover), zones.callable_now(session, now, settings), lists)


def page(
    session: Session, operator: Operator, now: datetime, settings: TeamSettings, offset: int = 0, limit: int = 200
) -> QueuePage:
    """One page of the operator's queue in queue order, and how many clients the whole queue holds."""
    where = offered_to(session, operator.id, now, settings)
    total = capped_count(session, where)
    rows = session.scalars(select(Client).where(where).order_by(*QUEUE_ORDER).offset(offset).limit(limit)).all()
    ids = [c.id for c in rows]
    phones, last_calls = _first_phones(session, ids), _last_calls(session, ids)
    promised = _promise_texts(session, [c.id for c in rows if c.queue_reason == QueueReason.PROMISE])
    items = tuple(
        replace(
            _item(c, phones.get(c.id, ""), now, settings, last_calls.get(c.id, 0)), promise_text=promised.get(c.id, "")
        )
        for c in rows
    )
    return QueuePage(items, total, offset)


def _last_calls(session: Session, client_ids: list[int]) -> dict[int, int]:
    """The newest call id of each client, for the row's ``SeenClient``. Read after the rows, so it is at least as
    new as they are; the row's own ``updated_at`` and the re-check of "still due" cover a call in between."""
    if not client_ids:
        return {}
    rows = session.execute(
        select(Call.client_id, func.max(Call.id)).where(Call.client_id.in_(client_ids)).group_by(Call.client_id)
    )
    return {client_id: int(last) for client_id, last in rows}


def capped_count(session: Session, where: ColumnElement[bool]) -> int:
    """How many clients match, counted up to ``COUNT_CAP + 1``: an operator needs "10,000+", not a full scan."""
    matching = select(Client.id).where(where).limit(COUNT_CAP + 1).subquery()
    return session.scalar(select(func.count()).select_from(matching)) or 0


def _first_phones(session: Session, client_ids: list[int]) -> dict[int, str]:
    if not client_ids:
        return {}
    rows = session.execute(  # the number F4 will dial: the preferred working one, else the first working one
        select(ClientPhone.client_id, ClientPhone.e164)
        .where(ClientPhone.client_id.in_(client_ids), ClientPhone.status == PhoneStatus.OK.value)
        .order_by(ClientPhone.client_id, ClientPhone.preferred.desc(), ClientPhone.position, ClientPhone.id)
    )
    first: dict[int, str] = {}
    for client_id, e164 in rows:
        first.setdefault(client_id, e164)
    return first


def _promise_texts(session: Session, client_ids: list[int]) -> dict[int, str]:
    """What each client was promised (the soonest open promise), for the queue rows that are there for it (rule 6)."""
    if not client_ids:
        return {}
    rows = session.execute(
        select(FollowUp.client_id, FollowUp.text)
        .where(
            FollowUp.client_id.in_(client_ids),
            FollowUp.kind == FollowUpKind.PROMISE.value,
            FollowUp.done_at.is_(None),
        )
        .order_by(FollowUp.client_id, FollowUp.due_at)
    )
    texts: dict[int, str] = {}
    for client_id, text in rows:
        texts.setdefault(client_id, text)
    return texts


def _item(client: Client, phone: str, now: datetime, settings: TeamSettings, last_call: int = 0) -> QueueItem:
    reason = QueueReason(client.queue_reason or QueueReason.NEW)
    due = None if reason is QueueReason.NEW else client.queue_due_at
    zone = zones.zone_of(client, settings)
    return QueueItem(
        client_id=client.id,
        name=client.full_name,
        company=client.company,
        phone=phone,
        reason=reason,
        due=due,
        client_local_time=now.astimezone(ZoneInfo(zone)),
        overdue=due is not None and due < now,
        seen=SeenClient(client.updated_at, int(last_call or 0)),
    )


def held_by(session: Session, operator: Operator, now: datetime) -> Row[Any] | None:
    """The client this operator holds and has not wrapped up yet (rule 9), as a row of the clients table."""
    statement = _HELD[session.get_bind().dialect.name == "sqlite"]
    return session.connection().execute(statement, {"operator_id": operator.id, "now": now}).first()


def _held_statement(sqlite: bool) -> Select[Any]:
    mine: ColumnElement[bool] = Client.lease_operator_id == bindparam("operator_id")
    if sqlite:
        # After ANALYZE on a floor where nearly no row is leased, SQLite's statistics call ix_clients_lease useless
        # (one value, NULL, for every row) and it scans the whole table on every claim; a held client is rare, so
        # say so and it searches the index (likelihood wants a literal probability, not a bound parameter).
        mine = func.likelihood(mine, literal_column("0.001"))
    clients = cast(Table, Client.__table__)
    return select(*clients.c).where(mine, clients.c.lease_expires_at >= bindparam("now")).limit(1)


_HELD = {sqlite: _held_statement(sqlite) for sqlite in (False, True)}


def claim_next(session: Session, operator: Operator, now: datetime, settings: TeamSettings) -> Row[Any] | None:
    """Claim the first client of the queue, as a row of the clients table. A client still held from an unfinished
    call comes back first."""
    held = held_by(session, operator, now)
    if held is not None:
        return held
    excluded = lead_lists.excluded_lists(session, operator.id)
    take, first = _claim_statements(zones.callable_now(session, now, settings), excluded, operator.id, settings)
    params = {
        "now": now,
        "expires": now + timedelta(minutes=settings.lease_minutes),
        "handover_cut": now - timedelta(minutes=settings.callback_handover_minutes),
    }
    connection = session.connection()
    for _ in range(5):
        client = connection.execute(take, params).first()
        if client is not None:
            return client
        if connection.execute(first, params).first() is None:  # nothing offered; else another operator won: again
            return None
    return None


# Claim statements by (operator, lease minutes, handover minutes): the condition and the lists left out they were
# built on, and the statements. Building them costs more than running them, so they are rebuilt only when the
# queue's condition changes (once a minute, see zones.callable_now, or when a list is paused or assigned) and
# every claim binds the moment.
_claim_cache: dict[tuple[int, int, int], tuple[ColumnElement[bool], frozenset[int], Update, Select[Any]]] = {}


def _claim_statements(
    callable_zones: ColumnElement[bool], excluded: frozenset[int], operator_id: int, settings: TeamSettings
) -> tuple[Update, Select[Any]]:
    key = (operator_id, settings.lease_minutes, settings.callback_handover_minutes)
    cached = _claim_cache.get(key)
    if cached is not None and cached[0] is callable_zones and cached[1] == excluded:
        return cached[2], cached[3]
    now = bindparam("now", type_=Client.lease_expires_at.type)
    first = (
        select(Client.id)
        .where(
            visible_to(operator_id, now, bindparam("handover_cut")), callable_zones, lead_lists.offered_lists(excluded)
        )
        .order_by(*QUEUE_ORDER)
        .limit(1)
        .with_for_update(skip_locked=True)  # PostgreSQL: two operators never block on or get the same row
    )
    # One statement finds the first offered client and takes its lease, returning the row (SQLite >= 3.35 and
    # PostgreSQL both have UPDATE ... RETURNING): no separate SELECT, and no read-back of the lease.
    clients = cast(Table, Client.__table__)
    take = (
        update(clients)
        .where(clients.c.id == first.scalar_subquery(), _lease_free(operator_id, now))
        .values(lease_operator_id=operator_id, lease_expires_at=bindparam("expires"))
        .returning(*clients.c)
    )
    _claim_cache[key] = (callable_zones, excluded, take, first)
    return take, first


def claim(session: Session, operator: Operator, client_id: int, now: datetime, settings: TeamSettings) -> Client:
    """Claim one named client (opened from the queue table)."""
    held = held_by(session, operator, now)
    if held is not None and held.id != client_id:
        raise UserInputError("wrapup.finish_first", field="client", name=held.full_name or "?")
    if not _take_lease(session, client_id, operator, now, settings):
        raise UserInputError("wrapup.client_taken", field="client")
    client = session.get(Client, client_id)
    assert client is not None
    session.refresh(client)
    return client


def _lease_free(operator_id: int, now: datetime | BindParameter[datetime]) -> ColumnElement[bool]:
    """Nobody else holds a live lease on the row."""
    return or_(
        Client.lease_operator_id.is_(None), Client.lease_operator_id == operator_id, Client.lease_expires_at < now
    )


def _take_lease(session: Session, client_id: int, operator: Operator, now: datetime, settings: TeamSettings) -> bool:
    """Atomically take the lease unless someone else holds a live one (a compare-and-set on the row)."""
    result = session.execute(
        update(Client)
        .where(Client.id == client_id, _lease_free(operator.id, now))
        .values(lease_operator_id=operator.id, lease_expires_at=now + timedelta(minutes=settings.lease_minutes))
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def heartbeat(session: Session, operator: Operator, client_id: int, now: datetime, settings: TeamSettings) -> bool:
    """Extend the lease while the card is open. False when the lease was lost (expired and taken)."""
    result = session.execute(
        update(Client)
        .where(Client.id == client_id, Client.lease_operator_id == operator.id)
        .values(lease_expires_at=now + timedelta(minutes=settings.lease_minutes))
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def release(session: Session, operator: Operator, client_id: int) -> None:
    session.execute(
        update(Client)
        .where(Client.id == client_id, Client.lease_operator_id == operator.id)
        .values(lease_operator_id=None, lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )
