"""The do-not-call list a supervisor keeps (rule 3): view and search it, add a number with a reason, take one off
with a reason, import a file of numbers. Every change is written to the audit trail (``do_not_call_log``) and
moves the clients holding the number out of the queue (or back into it) in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session

from callassist.domain import Changes
from callassist.errors import UserInputError
from callassist.services import queue
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone, DoNotCall, DoNotCallLog

ADDED, REMOVED = "added", "removed"
PAGE = 500


@dataclass(frozen=True)
class BlockedNumber:
    e164: str
    added_at: datetime
    reason: str
    client_id: int | None


@dataclass(frozen=True)
class LogEntry:
    e164: str
    action: str  # added | removed
    reason: str
    by_name: str
    at: datetime


@dataclass(frozen=True)
class DoNotCallReason:
    """Why a client is never offered: its number on the list, since when and why (the card shows it)."""

    e164: str
    added_at: datetime
    reason: str


@dataclass(frozen=True)
class ImportedNumbers:
    added: int  # new on the list
    already: int  # were on it already
    rejected: tuple[str, ...]  # lines that held no valid number, as written
    changes: Changes


def clean_number(text: str, region: str) -> str:
    """One number in E.164, cleaned the way an import cleans phones.

    Raises:
        UserInputError: ``text`` holds no valid number, or more than one.
    """
    from callassist.importing.phones import parse_phone_cell  # the import package loads its readers: only here

    cell = parse_phone_cell(text, region)
    if len(cell.phones) != 1:
        raise UserInputError("dnc.bad_number", field="phone", text=text.strip())
    return cell.phones[0].e164


def entries(db: Database, search: str = "", limit: int = PAGE) -> tuple[BlockedNumber, ...]:
    """The listed numbers, newest first; ``search`` keeps those whose number or reason contains it."""
    with db.read() as session:
        statement = select(DoNotCall).order_by(DoNotCall.added_at.desc(), DoNotCall.e164).limit(limit)
        text = search.strip()
        if text:
            digits = "".join(char for char in text if char.isdigit())
            match: ColumnElement[bool] = DoNotCall.note.ilike(f"%{text}%")
            if digits:
                match = match | DoNotCall.e164.contains(digits)
            statement = statement.where(match)
        return tuple(BlockedNumber(r.e164, r.added_at, r.note, r.client_id) for r in session.scalars(statement))


def history(db: Database, limit: int = PAGE) -> tuple[LogEntry, ...]:
    """The audit trail, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(DoNotCallLog).order_by(DoNotCallLog.at.desc(), DoNotCallLog.id.desc()).limit(limit)
        )
        return tuple(LogEntry(r.e164, r.action, r.reason, r.by_name, r.at) for r in rows)


def add(db: Database, number: str, reason: str, by_name: str, now: datetime, region: str = "RU") -> Changes:
    """Put a number on the list: its clients leave the queue at once and are never offered again.

    Raises:
        UserInputError: no valid number, or no reason given.
    """
    e164 = clean_number(number, region)
    why = _reason(reason)
    with db.write() as session:
        if session.get(DoNotCall, e164) is not None:
            raise UserInputError("dnc.already_listed", field="phone", phone=e164)
        _add(session, e164, why, by_name, now)
        return Changes(clients=_reposition_holders(session, [e164]), queue=True)


def remove(db: Database, number: str, reason: str, by_name: str, now: datetime, region: str = "RU") -> Changes:
    """Take a number off the list (with the reason, kept in the audit trail); its clients may be queued again.

    Raises:
        UserInputError: no valid number, a number not on the list, or no reason given.
    """
    e164 = clean_number(number, region)
    why = _reason(reason)
    with db.write() as session:
        if session.get(DoNotCall, e164) is None:
            raise UserInputError("dnc.not_listed", field="phone", phone=e164)
        session.execute(delete(DoNotCall).where(DoNotCall.e164 == e164))
        session.add(DoNotCallLog(e164=e164, action=REMOVED, reason=why, by_name=by_name, at=now))
        return Changes(clients=_reposition_holders(session, [e164]), queue=True)


def import_numbers(
    db: Database, path: Path, reason: str, by_name: str, now: datetime, region: str = "RU"
) -> ImportedNumbers:
    """Put every number of a text or CSV file on the list (the first cell of each line; a header line without a
    number is skipped silently when it is the first). Lines without a valid number are returned, not guessed.

    Raises:
        UserInputError: the file cannot be read, or no reason given; nothing is written.
    """
    why = _reason(reason)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserInputError("dnc.file_unreadable", field="file", path=str(path), detail=exc.strerror or "") from exc
    from callassist.importing.encoding import detect

    encoding = detect(path)  # as the import reads a text file: BOMs, UTF-16, code pages
    text = data.decode(encoding.codec, errors="replace").lstrip("\ufeff")
    numbers, rejected = _numbers_in(text, region)
    with db.write() as session:
        listed = set(session.scalars(select(DoNotCall.e164).where(DoNotCall.e164.in_(numbers))))
        fresh = [e164 for e164 in numbers if e164 not in listed]
        for e164 in fresh:
            _add(session, e164, why, by_name, now)
        clients = _reposition_holders(session, fresh)
    return ImportedNumbers(len(fresh), len(numbers) - len(fresh), rejected, Changes(clients=clients, queue=True))


def _numbers_in(text: str, region: str) -> tuple[list[str], tuple[str, ...]]:
    from callassist.importing.phones import parse_phone_cell

    numbers: dict[str, None] = {}  # kept in file order, once each
    rejected: list[str] = []
    for index, line in enumerate(text.splitlines()):
        cell = line.replace(";", ",").split(",")[0].strip().strip('"')
        if not cell:
            continue
        phones = parse_phone_cell(cell, region).phones
        if phones:
            numbers.update(dict.fromkeys(phone.e164 for phone in phones))
        elif not (index == 0 and not any(char.isdigit() for char in cell)):  # a header line
            rejected.append(line.strip())
    return list(numbers), tuple(rejected)


def do_not_call_reason(db: Database, client_id: int) -> DoNotCallReason | None:
    """Why the client is never offered, when one of its numbers is on the list; None otherwise."""
    with db.read() as session:
        return reason_for(session, client_id)


def reason_for(session: Session, client_id: int) -> DoNotCallReason | None:
    row = session.execute(
        select(DoNotCall.e164, DoNotCall.added_at, DoNotCall.note)
        .join(ClientPhone, ClientPhone.e164 == DoNotCall.e164)
        .where(ClientPhone.client_id == client_id)
        .order_by(DoNotCall.added_at)
        .limit(1)
    ).first()
    return None if row is None else DoNotCallReason(row.e164, row.added_at, row.note)


def _reason(reason: str) -> str:
    why = " ".join(reason.split())
    if not why:
        raise UserInputError("dnc.reason_required", field="reason")
    return why


def _add(session: Session, e164: str, reason: str, by_name: str, now: datetime) -> None:
    session.add(DoNotCall(e164=e164, added_at=now, note=reason))
    session.add(DoNotCallLog(e164=e164, action=ADDED, reason=reason, by_name=by_name, at=now))


def _reposition_holders(session: Session, numbers: Iterable[str]) -> frozenset[int]:
    """Give the clients holding these numbers their new place: none while a number is listed (rule 3)."""
    wanted = sorted(set(numbers))
    session.flush()
    ids: set[int] = set()
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        ids.update(session.scalars(select(ClientPhone.client_id).where(ClientPhone.e164.in_(chunk))))
    for client in session.scalars(select(Client).where(Client.id.in_(sorted(ids)))) if ids else ():
        queue.reposition(session, client)
    return frozenset(ids)
