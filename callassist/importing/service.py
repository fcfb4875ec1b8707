"""A lead file into the database in one transaction: new clients queued, known ones merged, none revived.

An import is two steps. ``prepare`` (pipeline.py, re-exported here) reads, maps, cleans and merges the file's
own duplicates without touching the database, so the wizard runs it off the database thread; ``store`` does
what needs the database, in one write transaction:

- the file's leads are matched against stored clients in bulk, one query per chunk, across all phone numbers
  (a lead without a phone by e-mail, else by name and company);
- a known client is merged: empty fields filled, new phones added, nothing overwritten, its state, date and
  place in the queue kept (a *future* client keeps its date);
- a lead that is a client in *never*, or that has a number on the do-not-call list, is left exactly as it
  stands (PRODUCT.md rule 3) and counted as merged, "left untouched", so read = imported + merged + rejected
  (rule 13) still holds and the summary says how many were left untouched and why;
- new clients are inserted in bulk as *new* leads at the end of the queue, each with a time zone.

Everything ``store`` writes happens in one write unit of work: a cancelled or failed import leaves the database
as it was, and the rejects file appears only with a committed import. ``import_file`` runs both steps.
"""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

from sqlalchemy import Table as SqlTable
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from callassist import clock
from callassist import settings as team_settings
from callassist.domain import QUEUE_RANK, ClientState, QueueReason
from callassist.importing.cleaning import Lead
from callassist.importing.gc_pause import collector_paused
from callassist.importing.header_names import normalise_header
from callassist.importing.mapping import ColumnMapping
from callassist.importing.phone_zones import zone_of_number
from callassist.importing.pipeline import CHUNK, ImportCancelled, PreparedImport, Progress, Ticks, identity, prepare
from callassist.importing.rejects import write_rejects
from callassist.importing.summary import ImportSummary
from callassist.services import lead_lists
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone, DoNotCall, ImportMapping
from callassist.timekeeping.zones import resolve_timezone

_MERGE_FIELDS = ("full_name", "first_name", "patronymic", "last_name", "company", "position", "email", "city")


@dataclass(frozen=True)
class ImportReport(ImportSummary):
    """The summary with the part of ``merged`` that was left untouched (never or do-not-call, rule 3)."""

    untouched: int = 0

    def describe(self, language: str = "en") -> str:
        """The summary in plain words, saying how many known clients were left as they are and why."""
        text = super().describe(language)
        if not self.untouched:
            return text
        if language == "ru":
            return (
                f"{text} Из объединённых не изменено: {self.untouched} — это клиенты со статусом «никогда» "
                "или с номером в списке «не звонить»; они остались как были и в очередь не вернулись."
            )
        return (
            f"{text} Of the merged, {self.untouched} were left untouched: clients marked never or with a number "
            "on the do-not-call list stay as they are and do not return to the queue."
        )


def import_file(
    db: Database,
    path: Path,
    *,
    region: str = "RU",
    rejects: Path | None = None,
    mapping: ColumnMapping | None = None,
    source: str = "",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str = "en",
    now: datetime | None = None,
    list_name: str | None = None,
) -> ImportReport:
    """Import the leads of ``path`` into ``db``: ``prepare`` then ``store`` in one call (the CLI's way).

    Args:
        db: the database.
        path: a CSV/TXT or spreadsheet file of leads.
        region: the default phone region (and the country of new clients' calendars).
        rejects: where to write the rejected rows; ``<name>.rejects.csv`` next to the file when ``None``.
            Written only when some row was rejected.
        mapping: the operator's column mapping; when ``None``, the mapping remembered for files with the same
            headers, else the one recognised from the headers. The mapping used is remembered.
        source: what new clients' "source" says when the row names none; the file's name when empty.
        progress: told ``(done, total)`` work units as chunks finish; ``done == total`` at the end.
        cancel: when set, the import stops at the next chunk and rolls back.
        language: the language of the rejects file's reasons ("ru" or "en").
        now: the moment new clients are created and queued; the app's clock when ``None``.
        list_name: the lead list every imported or merged client goes on (created when new); the file's name
            without its extension when ``None``.

    Returns:
        The counts, with ``read == imported + merged + rejected``.

    Raises:
        UserInputError: the file cannot be read, the region is unknown, the mapping does not fit, or the
            rejects file cannot be written; nothing is written.
        ImportCancelled: ``cancel`` was set; nothing is written.
    """
    with collector_paused():  # one pause across both steps, as one import
        prepared = prepare(
            path,
            region=region,
            mapping=mapping,
            progress=progress,
            cancel=cancel,
            remembered=functools.partial(remembered_mapping, db),
        )
        return store(
            db,
            prepared,
            rejects=rejects,
            source=source,
            progress=progress,
            cancel=cancel,
            language=language,
            now=now,
            list_name=list_name,
        )


def store(
    db: Database,
    prepared: PreparedImport,
    *,
    rejects: Path | None = None,
    source: str = "",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    language: str = "en",
    now: datetime | None = None,
    list_name: str | None = None,
) -> ImportReport:
    """Write a prepared file's leads into ``db`` in one transaction and remember its mapping.

    The leads are taken out of ``prepared`` and written a chunk at a time (``CHUNK`` leads per statement), so
    no single driver call holds the interpreter long and the objects are freed as they go; ``prepared``
    cannot be stored again.

    Args:
        db: the database.
        prepared: what ``prepare`` made of the file.
        rejects: where to write the rejected rows; ``<name>.rejects.csv`` next to the file when ``None``.
            Written only when some row was rejected, last in the transaction, and removed if the commit fails.
        source: what new clients' "source" says when the row names none; the file's name when empty.
        progress: told ``(done, 2 * read)`` from where ``prepare`` stopped; ``done == total`` at the end.
        cancel: when set, storing stops at the next chunk and rolls back.
        language: the language of the rejects file's reasons ("ru" or "en").
        now: the moment new clients are created and queued; the app's clock when ``None``.
        list_name: the lead list every imported or merged client goes on; the file's stem when ``None``.

    Returns:
        The counts, with ``read == imported + merged + rejected``.

    Raises:
        UserInputError: the rejects file cannot be written; nothing is written.
        ImportCancelled: ``cancel`` was set; nothing is written.
        ValueError: ``prepared`` was already stored.
    """
    with collector_paused():
        return _store_prepared(db, prepared, rejects, source, progress, cancel, language, now, list_name)


def _store_prepared(
    db: Database,
    prepared: PreparedImport,
    rejects: Path | None,
    source: str,
    progress: Progress | None,
    cancel: threading.Event | None,
    language: str,
    now: datetime | None,
    list_name: str | None = None,
) -> ImportReport:
    ticks = Ticks(progress, cancel, 2 * prepared.read, done=prepared.read)
    leads = prepared.take_leads()
    label = (source or prepared.path.name)[:120]
    rejections = prepared.rejections
    path = prepared.path
    rejects_path = None if not rejections else (rejects or path.with_name(f"{path.stem}.rejects.csv"))
    written = False
    try:
        with db.write() as session:
            moment = now or clock.now()
            outcome = _store(session, leads, prepared.region, label, ticks, moment)
            # Issue 15: every imported or merged client goes on the import's lead list.
            lead_lists.put_on_list(
                session, lead_lists.ensure_list(session, list_name or path.stem, moment), outcome.client_ids
            )
            _remember(session, header_signature(prepared.table.headers), prepared.mapping, moment)
            ticks.finish()
            if rejects_path is not None:  # last, so only a failed commit can follow it
                write_rejects(rejects_path, prepared.table.headers, rejections, language=language)
                written = True
    except BaseException:
        if written and rejects_path is not None:
            rejects_path.unlink(missing_ok=True)  # the rows it lists were never imported around it
        raise
    return ImportReport(
        read=prepared.read,
        imported=outcome.imported,
        merged=len(prepared.merged) + outcome.merged,
        rejected=len(rejections),
        rejects_file=rejects_path,
        untouched=outcome.untouched,
    )


def header_signature(headers: Sequence[str]) -> str:
    """The key a mapping is remembered under: the file's normalised headers, in order, hashed."""
    joined = "\x1f".join(normalise_header(header) for header in headers)
    return "headers:" + hashlib.sha256(joined.encode("utf-8")).hexdigest()


def remembered_mapping(db: Database, headers: Sequence[str]) -> ColumnMapping | None:
    """The mapping last used for a file with these headers, fitted to them; ``None`` when there is none."""
    with db.read() as session:
        stored = session.scalar(
            select(ImportMapping.mapping).where(ImportMapping.source_key == header_signature(headers))
        )
    if stored is None:
        return None
    return ColumnMapping.from_dict(json.loads(stored), headers)


# --- the database part ---------------------------------------------------------------------------------------------


@dataclass
class _Stored:
    imported: int = 0
    merged: int = 0
    untouched: int = 0
    client_ids: list[int] = field(default_factory=list)  # imported and merged clients, for the lead list


@dataclass(frozen=True)
class _Match:
    """What the database already knows about one chunk's leads."""

    owners: dict[str, int]  # E.164 -> client id holding it
    blocked: frozenset[str]  # numbers on the do-not-call list
    by_identity: dict[tuple[str, str], int]  # phone-less identity -> client id


def _store(session: Session, leads: list[Lead], region: str, source: str, ticks: Ticks, now: datetime) -> _Stored:
    settings = team_settings.load(session)
    stored = _Stored()
    for chunk in _taken_in_chunks(leads, CHUNK):
        match = _match(session, chunk)
        new: list[Lead] = []
        into: dict[int, list[Lead]] = {}
        for lead in chunk:
            if any(phone.e164 in match.blocked for phone in lead.phones):
                stored.merged += 1
                stored.untouched += 1
                continue
            targets = sorted({match.owners[p.e164] for p in lead.phones if p.e164 in match.owners})
            key = None if lead.phones else identity(lead)
            if key is not None and key in match.by_identity:
                targets = [match.by_identity[key]]
            if targets:
                into.setdefault(targets[0], []).append(lead)
            else:
                new.append(lead)
        merged, untouched = _merge_known(session, into, match.owners, now)
        stored.merged += merged
        stored.untouched += untouched
        stored.client_ids.extend(into)
        inserted = _insert_new(session, new, region, source, settings.office_timezone, now)
        stored.imported += len(inserted)
        stored.client_ids.extend(inserted)
        ticks.step(len(chunk))
    return stored


def _taken_in_chunks(leads: list[Lead], size: int) -> Iterator[list[Lead]]:
    """``leads`` a chunk at a time, each chunk removed from the list as it is handed out.

    Once a chunk is written nothing else holds its leads, so they are freed then: a 100,000-lead list
    dropped whole at the end froze every other thread for ~400 ms while it was taken apart.
    """
    while leads:
        chunk = leads[:size]
        del leads[:size]
        yield chunk


def _match(session: Session, chunk: list[Lead]) -> _Match:
    numbers = sorted({phone.e164 for lead in chunk for phone in lead.phones})
    owners, blocked = _known_numbers(session, numbers) if numbers else ({}, set())
    keys = [key for lead in chunk if not lead.phones and (key := identity(lead)) is not None]
    return _Match(owners, frozenset(blocked), _identities(session, keys))


def _known_numbers(session: Session, numbers: list[str]) -> tuple[dict[str, int], set[str]]:
    """Which of ``numbers`` stored clients hold (the oldest holder of each) and which are on the do-not-call list.

    On SQLite the two queries go to the driver as plain SQL: SQLAlchemy's expanding ``IN`` costs several times
    the query itself at thousands of numbers a chunk.
    """
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()
        marks = ",".join("?" * len(numbers))
        phones, do_not_call = ClientPhone.__tablename__, DoNotCall.__tablename__
        held = connection.exec_driver_sql(
            f"SELECT e164, min(client_id) FROM {phones} WHERE e164 IN ({marks}) GROUP BY e164", tuple(numbers)
        )
        owners = {str(e164): int(client_id) for e164, client_id in held}
        listed = connection.exec_driver_sql(f"SELECT e164 FROM {do_not_call} WHERE e164 IN ({marks})", tuple(numbers))
        return owners, {str(e164) for (e164,) in listed}
    rows = session.execute(
        select(ClientPhone.e164, func.min(ClientPhone.client_id))
        .where(ClientPhone.e164.in_(numbers))
        .group_by(ClientPhone.e164)
    )
    owners = {e164: client_id for e164, client_id in rows}
    return owners, set(session.scalars(select(DoNotCall.e164).where(DoNotCall.e164.in_(numbers))))


def _identities(session: Session, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Stored clients that match phone-less leads by e-mail or by name and company (the oldest wins)."""
    found: dict[tuple[str, str], int] = {}
    emails = sorted({value for kind, value in keys if kind == "email"})
    names = sorted({value.split("\x1f")[0] for kind, value in keys if kind == "name"})
    if emails:
        rows = session.execute(
            select(func.lower(Client.email), Client.id).where(func.lower(Client.email).in_(emails)).order_by(Client.id)
        )
        for email, client_id in rows:
            found.setdefault(("email", email), client_id)
    if names:
        rows = session.execute(
            select(func.lower(Client.full_name), func.lower(Client.company), Client.id)
            .where(func.lower(Client.full_name).in_(names))
            .order_by(Client.id)
        )
        for name, company, client_id in rows:
            found.setdefault(("name", f"{name}\x1f{company}"), client_id)
    return found


def _merge_known(
    session: Session, into: dict[int, list[Lead]], owners: dict[str, int], now: datetime
) -> tuple[int, int]:
    """Fill known clients' empty fields and add their new phones; never and do-not-call clients stay as they are.

    Returns:
        (leads merged, of which left untouched).
    """
    if not into:
        return 0, 0
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(sorted(into))))}
    merged = untouched = 0
    for client_id, group in into.items():
        client = clients[client_id]
        merged += len(group)
        if client.state == ClientState.NEVER:
            untouched += len(group)
            continue
        for lead in group:
            if _fill_client(session, client, lead, owners):
                client.updated_at = now
    session.flush()
    return merged, untouched


def _fill_client(session: Session, client: Client, lead: Lead, owners: dict[str, int]) -> bool:
    changed = False
    for name in _MERGE_FIELDS:
        value = getattr(lead, name)
        if value and not getattr(client, name):
            setattr(client, name, value[: _widths()[name]])
            changed = True
    if lead.comment and lead.comment not in client.notes:
        client.notes = f"{client.notes}\n{lead.comment}" if client.notes else lead.comment
        changed = True
    if lead.source and not client.source:
        client.source = lead.source[:120]
        changed = True
    known = {phone.e164 for phone in client.phones}
    position = len(client.phones)
    for phone in lead.phones:
        if phone.e164 in known or phone.e164 in owners:
            continue  # a number another stored client holds stays with that client
        client.phones.append(
            ClientPhone(e164=phone.e164, raw=phone.raw[:80], extension=phone.extension[:20], position=position)
        )
        known.add(phone.e164)
        position += 1
        changed = True
    return changed


_NEW_CLIENT_KEYS = (
    *_MERGE_FIELDS, "region", "timezone", "source", "notes", "preferences", "state", "created_at", "updated_at",
    "failed_attempts", "queue_rank", "queue_reason", "queue_surface_at", "queue_due_at",
)  # fmt: skip
_PHONE_KEYS = ("client_id", "e164", "raw", "extension", "position")


def _insert_new(
    session: Session, leads: list[Lead], region: str, source: str, office_zone: str, now: datetime
) -> list[int]:
    """Insert new leads in bulk (Core executemany), queued as new leads the way ``queue.reposition`` places them;
    returns their ids."""
    if not leads:
        return []
    rank, reason, state = QUEUE_RANK[QueueReason.NEW], QueueReason.NEW.value, ClientState.NEW.value
    widths = _widths()
    full, first, patronymic, last, company, position, email, city = (widths[name] for name in _MERGE_FIELDS)
    rows = [  # in _NEW_CLIENT_KEYS order; tuples, not dicts: 100,000 of them
        (
            lead.full_name[:full],
            lead.first_name[:first],
            lead.patronymic[:patronymic],
            lead.last_name[:last],
            lead.company[:company],
            lead.position[:position],
            lead.email[:email],
            lead.city[:city],
            region,
            _zone(lead, office_zone),
            (lead.source or source)[:120],
            lead.comment,
            "",
            state,
            now,
            now,
            0,
            rank,
            reason,
            now,
            now,
        )
        for lead in leads
    ]
    ids = _insert_clients(session, rows)
    phones = [
        (client_id, phone.e164, phone.raw[:80], phone.extension[:20], place)
        for client_id, lead in zip(ids, leads, strict=True)
        for place, phone in enumerate(lead.phones)
    ]
    phone_table = Client.metadata.tables["client_phones"]
    if phones and session.get_bind().dialect.name == "sqlite":
        _executemany(session, phone_table, _PHONE_KEYS, phones)
    elif phones:
        session.execute(insert(phone_table), [dict(zip(_PHONE_KEYS, row, strict=True)) for row in phones])
    return ids


def _insert_clients(session: Session, rows: Sequence[tuple[object, ...]]) -> list[int]:
    """Insert client rows (values in ``_NEW_CLIENT_KEYS`` order) and return their ids in the same order.

    SQLite writes inside ``BEGIN IMMEDIATE`` (see storage.engine): no other writer can take an id while this
    transaction lives, so ids are handed out here and the rows go in one plain executemany. PostgreSQL takes
    them from its sequence with ``RETURNING`` in parameter order.
    """
    table = Client.metadata.tables["clients"]
    if session.get_bind().dialect.name == "sqlite":
        first = (session.scalar(select(func.max(Client.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        _executemany(
            session, table, ("id", *_NEW_CLIENT_KEYS), [(id_, *row) for id_, row in zip(ids, rows, strict=True)]
        )
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    parameters = [dict(zip(_NEW_CLIENT_KEYS, row, strict=True)) for row in rows]
    return list(session.scalars(statement, parameters).all())


def _executemany(session: Session, table: SqlTable, keys: Sequence[str], rows: Sequence[tuple[object, ...]]) -> None:
    """One driver-level executemany of ``rows`` (values in ``keys`` order) on the session's SQLite connection.

    SQLAlchemy's per-value bind processing costs more than SQLite's own insert at 100,000 rows, so values are
    bound once per distinct value with the columns' own processors (the UTC moment of every row is the same).
    """
    connection = session.connection()
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(keys):  # a column default crept in: every column must come from the rows
        raise ValueError(f"bulk insert into {table.name}: columns {order} but rows give {list(keys)}")
    given = dict(zip(keys, zip(*rows, strict=True), strict=True))  # column name -> its values, row by row
    columns = [_bound_column(table.c[key].type.bind_processor(dialect), given[key]) for key in order]
    connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def _bound_column(processor: Callable[[object], object] | None, values: Sequence[object]) -> Sequence[object]:
    """One column's values as the driver takes them, each distinct value bound once (str and int as they are)."""
    if processor is None:
        return values
    bound: dict[object, object] = {}
    out: list[object] = []
    for value in values:
        if value is None or isinstance(value, (str, int)):
            out.append(value)
        elif value in bound:
            out.append(bound[value])
        else:  # adapted the way sqlite3 would adapt it on every row (a datetime to its ISO text)
            processed = processor(value)
            out.append(bound.setdefault(value, sqlite3.adapt(processed, sqlite3.PrepareProtocol, processed)))
    return out


def _zone(lead: Lead, office_zone: str) -> str:
    """The new client's zone as ``services.zones.assign_timezone`` would choose it, places looked up once.

    Phones go through ``phone_zones.zone_of_number``: ``resolve_timezone``'s own phone step (the first number
    that pins a zone down wins), remembered per prefix instead of parsed per number.
    """
    by_place = _zone_by_place(lead.timezone or "", lead.city, lead.region, office_zone)
    if by_place is not None or not lead.phones:
        return by_place or office_zone
    for phone in lead.phones:
        zone = zone_of_number(phone.e164)
        if zone is not None:
            return zone
    return office_zone


@lru_cache(maxsize=4096)
def _zone_by_place(explicit: str, city: str, region: str, office_zone: str) -> str | None:
    choice = resolve_timezone(explicit=explicit, city=city, region=region, phones_e164=(), default=office_zone)
    return None if choice.source == "default" else choice.name


@cache
def _widths() -> dict[str, int]:
    columns = Client.metadata.tables["clients"].columns
    return {name: int(getattr(columns[name].type, "length", None) or 10_000) for name in _MERGE_FIELDS}


def _remember(session: Session, signature: str, mapping: ColumnMapping, now: datetime) -> None:
    text = json.dumps(mapping.to_dict(), ensure_ascii=False)
    stored = session.scalar(select(ImportMapping).where(ImportMapping.source_key == signature))
    if stored is None:
        session.add(ImportMapping(source_key=signature, mapping=text, updated_at=now))
    elif stored.mapping != text:
        stored.mapping = text
        stored.updated_at = now


__all__ = [
    "ImportCancelled",
    "ImportReport",
    "PreparedImport",
    "header_signature",
    "import_file",
    "prepare",
    "remembered_mapping",
    "store",
]
