"""Keep the hourly call summaries that statistics read: one upsert per saved call, in the call's own transaction.

A call adds itself to its operator's row of the UTC hour it started in (``CallHour``) and to the tallies of its
refusal reason and objections (``CallTally``). The upsert adds to the row another workstation may be writing at
the same moment, so nothing is read first and PostgreSQL serialises the two on the row, never losing a count.
Migration 0004 fills the same tables from the calls saved before it, with the same meaning for every column.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Table, func
from sqlalchemy.orm import Session

from callassist.domain import AttemptResult, ConversationResult
from callassist.services.scripts import RAISED_SEPARATOR
from callassist.storage.models import Call, CallHour, CallTally

TEAM = 0  # the operator id of the whole team's tallies; in team mode only supervisors may read them (migration 0010)
REASON = "reason"
OBJECTION = "objection"
ADDED = ("calls", *(r.value for r in AttemptResult), *(r.value for r in ConversationResult), "talk_seconds",
         "start_sum", "end_sum", "cents", "moved_to_never", "future_created", "measured_talk_seconds",
         "measured_calls")  # fmt: skip
EARLIEST = ("first_start",)
LATEST = ("last_start", "last_end")


def hour_of(moment: datetime) -> int:
    """The UTC hour a moment falls in, counted from 1970."""
    return int(moment.timestamp() // 3600)


def count_call(session: Session, call: Call, future_created: int) -> None:
    """Add a just-saved call to its operator's hour and to the tallies of its refusal reason and objections.

    On PostgreSQL the server does it (trigger ``callassist_count_call``, migration 0010): no login may write them.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        return
    hour = hour_of(call.started_at)
    start, end = call.started_at.timestamp(), call.ended_at.timestamp()
    connected = call.attempt_result == AttemptResult.CONNECTED.value
    row: dict[str, Any] = dict.fromkeys(ADDED, 0)
    row.update(
        hour=hour,
        operator_id=call.operator_id,
        calls=1,
        talk_seconds=_talk(call, connected),
        start_sum=start,
        end_sum=end,
        first_start=start,
        last_start=start,
        last_end=end,
        cents=round(call.amount * 100) if call.amount is not None else 0,
        moved_to_never=1 if call.never_reason else 0,
        future_created=future_created,
        measured_talk_seconds=call.talk_seconds or 0.0,
        measured_calls=0 if call.talk_seconds is None else 1,
    )
    row[call.attempt_result] = 1
    if call.conversation_result:
        row[call.conversation_result] = 1
    connection.execute(_upsert(connection.dialect.name, cast(Table, CallHour.__table__)), row)
    tallies = [(REASON, str(call.refusal_reason_id))] if call.refusal_reason_id is not None else []
    raised = {entry.split(RAISED_SEPARATOR, 1)[0] for entry in call.objections or ()}
    tallies += [(OBJECTION, key) for key in sorted(raised)]
    if tallies:
        rows = [
            {"kind": kind, "operator_id": who, "hour": hour, "key": key, "count": 1}
            for kind, key in tallies
            for who in (call.operator_id, TEAM)
        ]
        connection.execute(_upsert(connection.dialect.name, cast(Table, CallTally.__table__)), rows)


def _talk(call: Call, connected: bool) -> float:
    """A connected call's talk time: the softphone's measurement when there is one, else dial to save."""
    if not connected:
        return 0.0
    if call.talk_seconds is not None:
        return call.talk_seconds
    return (call.ended_at - call.started_at).total_seconds()


@cache  # one statement per dialect and table: every save runs them, and building one costs more than running it
def _upsert(dialect: str, table: Table) -> Any:
    """``INSERT ... ON CONFLICT (primary key) DO UPDATE`` adding a bound row to ``table``'s counts and extremes."""
    from sqlalchemy.dialects import postgresql, sqlite  # here: the PostgreSQL dialect is slow to import at start-up

    postgres = dialect == "postgresql"
    statement = (postgresql.insert if postgres else sqlite.insert)(table)
    new = statement.excluded
    earliest, latest = (func.least, func.greatest) if postgres else (func.min, func.max)
    keys = [column.name for column in table.primary_key]
    changes: dict[str, ColumnElement[Any]] = {}
    for column in table.c:
        name = column.name
        if name in keys:
            continue
        if name in EARLIEST:
            changes[name] = earliest(column, new[name])
        elif name in LATEST:
            changes[name] = latest(column, new[name])
        else:
            changes[name] = column + new[name]
    return statement.on_conflict_do_update(index_elements=keys, set_=changes)


def on_whole_hours(start: datetime, end: datetime, zone: ZoneInfo) -> bool:
    """Whether every UTC hour from ``start`` to ``end`` begins on a whole local hour in ``zone``.

    Then local days and local hours are unions of UTC hours and the summaries answer exactly; zones with
    half- and quarter-hour offsets (India, Nepal, parts of Australia) are counted from the calls instead.
    """
    moment = start.astimezone(UTC)
    if moment.minute or moment.second or moment.microsecond:
        return False
    while moment < end:
        offset = moment.astimezone(zone).utcoffset()
        if offset is None or offset.total_seconds() % 3600:
            return False
        moment += timedelta(hours=1)
    return True
