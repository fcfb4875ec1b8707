"""Lead lists (campaigns): every import lands on a named list; a supervisor pauses, prioritises and assigns lists,
chooses a list's script, and hands one operator's clients and callbacks to another (issue 15).

How a list shapes the queue (docs/architecture.md, "Lead lists"):

- a **paused** list's clients are offered to nobody; they come back, in their old places, on resume;
- a list **assigned** to operators is offered only to them; a list assigned to nobody is the whole team's;
- **priority** orders clients *within* a reason rank of rule 7, never across ranks: an overdue promise of a
  low-priority list still comes before a callback of a high-priority one, and among new leads (or among
  callbacks…) a higher-priority list comes first, then the due moment. It is kept on the client row as
  ``queue_list_rank`` (minus the priority) so the queue stays one walk of ``ix_clients_queue``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, delete, func, or_, select, true, update
from sqlalchemy.orm import Session

from callassist.domain import Changes, ClientState
from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import (
    Client,
    FollowUp,
    LeadList,
    LeadListOperator,
    Operator,
    Script,
    ScriptVersion,
)

_CHUNK = 900  # ids per UPDATE … WHERE id IN (…): under SQLite's 999 bound parameters on old builds
MAX_PRIORITY = 100


@dataclass(frozen=True)
class ListCounts:
    new: int = 0
    future: int = 0
    now: int = 0
    never: int = 0


@dataclass(frozen=True)
class LeadListView:
    list_id: int
    name: str
    paused: bool
    priority: int
    assigned: tuple[str, ...]  # operator names; empty: the whole team
    script_key: str | None
    counts: ListCounts

    @property
    def status(self) -> str:
        return "paused" if self.paused else "active"


@dataclass(frozen=True)
class Moved:
    """What ``move_clients`` handed over."""

    clients: int
    callbacks: int
    changes: Changes


# --- lists on import --------------------------------------------------------------------------------------------


def ensure_list(session: Session, name: str, now: datetime) -> LeadList:
    """The list called ``name`` (spaces collapsed), created active with priority 0 when there is none.

    Raises:
        UserInputError: an empty name.
    """
    clean = " ".join(name.split())[:200]
    if not clean:
        raise UserInputError("lists.name_required", field="listName")
    found = session.scalar(select(LeadList).where(LeadList.name == clean))
    if found is None:
        found = LeadList(name=clean, paused=False, priority=0, created_at=now)
        session.add(found)
        session.flush()
    return found


def put_on_list(session: Session, lead_list: LeadList, client_ids: Iterable[int]) -> int:
    """Put clients on ``lead_list`` (taking them off any other), with the list's place in the queue order."""
    ids = sorted(set(client_ids))
    for start in range(0, len(ids), _CHUNK):
        session.execute(
            update(Client)
            .where(Client.id.in_(ids[start : start + _CHUNK]))
            .values(list_id=lead_list.id, queue_list_rank=-lead_list.priority)
            .execution_options(synchronize_session=False)
        )
    return len(ids)


# --- what the queue honours -------------------------------------------------------------------------------------

_RESTRICTED = (
    select(LeadList.id, LeadList.paused, LeadListOperator.operator_id)
    .outerjoin(LeadListOperator, LeadListOperator.list_id == LeadList.id)
    .where(or_(LeadList.paused, LeadListOperator.operator_id.is_not(None)))
)  # built once: every claim runs it (a handful of rows at most)


def excluded_lists(session: Session, operator_id: int) -> frozenset[int]:
    """The lists whose clients ``operator_id`` is not offered: paused ones, and ones assigned only to others."""
    paused: set[int] = set()
    assigned: dict[int, set[int]] = {}
    for list_id, is_paused, assignee in session.connection().execute(_RESTRICTED):
        if is_paused:
            paused.add(list_id)
        if assignee is not None:
            assigned.setdefault(list_id, set()).add(assignee)
    others = {list_id for list_id, people in assigned.items() if operator_id not in people}
    return frozenset(paused | others)


def offered_lists(excluded: frozenset[int]) -> ColumnElement[bool]:
    """A WHERE condition: the client is on no list or on one not in ``excluded`` (nothing at all when none is)."""
    if not excluded:
        return true()
    return or_(Client.list_id.is_(None), Client.list_id.not_in(sorted(excluded)))


# --- the supervisor's screen ------------------------------------------------------------------------------------


def all_lists(db: Database) -> tuple[LeadListView, ...]:
    """Every list, highest priority first, with who it is assigned to and its clients by state."""
    with db.read() as session:
        return lists_in(session)


def lists_in(session: Session) -> tuple[LeadListView, ...]:
    counts: dict[int, dict[str, int]] = {}
    rows = session.execute(
        select(Client.list_id, Client.state, func.count())
        .where(Client.list_id.is_not(None))
        .group_by(Client.list_id, Client.state)
    )
    for list_id, state, count in rows:
        counts.setdefault(list_id or 0, {})[state] = count
    names: dict[int, list[str]] = {}
    for list_id, name in session.execute(
        select(LeadListOperator.list_id, Operator.name)
        .join(Operator, Operator.id == LeadListOperator.operator_id)
        .order_by(Operator.name)
    ):
        names.setdefault(list_id, []).append(name)
    scripts = dict(session.execute(select(Script.id, Script.key)).all())
    lists = session.scalars(select(LeadList).order_by(LeadList.priority.desc(), LeadList.name))
    return tuple(
        LeadListView(
            row.id,
            row.name,
            row.paused,
            row.priority,
            tuple(names.get(row.id, ())),
            scripts.get(row.script_id) if row.script_id is not None else None,
            _counts(counts.get(row.id, {})),
        )
        for row in lists
    )


def _counts(by_state: dict[str, int]) -> ListCounts:
    return ListCounts(
        new=by_state.get(ClientState.NEW.value, 0),
        future=by_state.get(ClientState.FUTURE.value, 0),
        now=by_state.get(ClientState.NOW.value, 0),
        never=by_state.get(ClientState.NEVER.value, 0),
    )


def _list(session: Session, list_id: int) -> LeadList:
    found = session.get(LeadList, list_id)
    if found is None:
        raise UserInputError("lists.not_found", field="list", list_id=list_id)
    return found


def set_paused(db: Database, list_id: int, paused: bool) -> Changes:
    """Pause a list (its clients leave every operator's queue) or resume it (they come back in their places)."""
    with db.write() as session:
        _list(session, list_id).paused = paused
    return Changes(queue=True)


def set_priority(db: Database, list_id: int, priority: int) -> Changes:
    """Give a list its priority (0–100, higher first within a reason rank) and its clients their queue rank.

    Raises:
        UserInputError: a priority outside 0–100.
    """
    if not 0 <= priority <= MAX_PRIORITY:
        raise UserInputError("lists.priority_range", field="priority", low=0, high=MAX_PRIORITY)
    with db.write() as session:
        _list(session, list_id).priority = priority
        session.execute(
            update(Client)
            .where(Client.list_id == list_id)
            .values(queue_list_rank=-priority)
            .execution_options(synchronize_session=False)
        )
    return Changes(queue=True)


def assign(db: Database, list_id: int, operator_names: Sequence[str]) -> Changes:
    """Offer the list only to these operators; none: to the whole team.

    Raises:
        UserInputError: a name that is no operator of this database.
    """
    with db.write() as session:
        _list(session, list_id)
        ids = [_operator_id(session, name) for name in operator_names]
        session.execute(delete(LeadListOperator).where(LeadListOperator.list_id == list_id))
        session.add_all(LeadListOperator(list_id=list_id, operator_id=op_id) for op_id in sorted(set(ids)))
    return Changes(queue=True)


def set_script(db: Database, list_id: int, script_key: str | None) -> Changes:
    """The script the list's calls use; None: the team's current script.

    Raises:
        UserInputError: no script has that key.
    """
    with db.write() as session:
        lead_list = _list(session, list_id)
        if script_key is None:
            lead_list.script_id = None
        else:
            script_id = session.scalar(select(Script.id).where(Script.key == script_key))
            if script_id is None:
                raise UserInputError("lists.script_not_found", field="script", key=script_key)
            lead_list.script_id = script_id
    return Changes(catalogues=True)


def list_script_version(db: Database, client_id: int) -> int | None:
    """The newest version id of the script chosen for the client's list; None: the team's current script."""
    with db.read() as session:
        return session.scalar(
            select(func.max(ScriptVersion.id))
            .join(LeadList, LeadList.script_id == ScriptVersion.script_id)
            .join(Client, Client.list_id == LeadList.id)
            .where(Client.id == client_id)
        )


def _operator_id(session: Session, name: str) -> int:
    found = session.scalar(select(Operator.id).where(Operator.name == " ".join(name.split())))
    if found is None:
        raise UserInputError("lists.operator_not_found", field="operator", name=name)
    return found


def move_clients(db: Database, from_name: str, to_name: str | None, list_id: int | None = None) -> Moved:
    """Hand everything ``from_name`` owns to ``to_name`` in one transaction: the clients they own and their open
    personal follow-ups (callbacks keep their times). ``to_name`` None: to the whole team (the callbacks become the
    team's, offered to whoever is free). ``list_id``: only the clients of that list.

    Raises:
        UserInputError: an unknown operator, or the same one twice.
    """
    with db.write() as session:
        source = _operator_id(session, from_name)
        target = None if to_name is None else _operator_id(session, to_name)
        if source == target:
            raise UserInputError("lists.move_same_operator", field="operator")
        on_list: ColumnElement[bool] = true() if list_id is None else Client.list_id == list_id
        of_list: ColumnElement[bool] = (
            true() if list_id is None else FollowUp.client_id.in_(select(Client.id).where(on_list))
        )
        follow_ups = _update(
            session,
            update(FollowUp)
            .where(FollowUp.operator_id == source, FollowUp.done_at.is_(None), of_list)
            .values(operator_id=target),
        )
        _update(
            session, update(Client).where(Client.queue_operator_id == source, on_list).values(queue_operator_id=target)
        )
        clients = _update(session, update(Client).where(Client.owner_id == source, on_list).values(owner_id=target))
    return Moved(clients, follow_ups, Changes(queue=True))


def _update(session: Session, statement: Any) -> int:
    result = session.execute(statement.execution_options(synchronize_session=False))
    return int(result.rowcount)  # type: ignore[attr-defined]
