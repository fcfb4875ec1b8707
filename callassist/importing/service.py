"""A lead file into the database in one transaction: new clients queued, known ones merged, none revived.

``import_file`` (the command line's way) streams the file: rows are read, cleaned, merged with the chunk's own
duplicates and written a chunk at a time inside one write transaction, so memory is bounded by the chunk, not the
file; a later chunk finds the clients an earlier one wrote because they are in the same transaction. The wizard
runs the two halves apart: ``prepare`` (pipeline.py, re-exported here) off the database thread, then ``store``.

Storing a chunk:

- its leads are matched against stored clients in bulk, one query per chunk, across all phone numbers;
- a lead goes into a stored client holding one of its numbers only when their names agree (PRODUCT.md rule 16):
  different people sharing an office line become different clients that share the number;
- a known client is merged: empty fields filled, new phones added, nothing overwritten, its state, date and
  place in the queue kept (a *future* client keeps its date);
- a lead that is a client in *never*, or that has a number on the do-not-call list, is left exactly as it
  stands (rule 3) and counted as merged, "left untouched", so read = imported + merged + rejected (rule 13);
- new clients are inserted in bulk as *new* leads at the end of the queue, each with the calendar country and
  time zone of its own number and city (rule 15): the import's region only reads national numbers.

A dry run does all of it and rolls back. A cancelled or failed import leaves the database as it was, and the
rejects file appears only with a committed import.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import operator
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

import phonenumbers
from sqlalchemy import Table as SqlTable
from sqlalchemy import func, insert, literal, literal_column, select
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from callassist import clock
from callassist import settings as team_settings
from callassist.domain import QUEUE_RANK, ClientState, QueueReason
from callassist.importing.cleaning import Lead, Rejection, clean_rows
from callassist.importing.dedupe import merge_within_file, names_agree
from callassist.importing.gc_pause import collector_paused
from callassist.importing.header_names import LeadField, normalise_header
from callassist.importing.mapping import ColumnMapping, auto_map
from callassist.importing.names import tidy
from callassist.importing.phone_zones import country_zone, zone_of_number
from callassist.importing.phones import country_code_for
from callassist.importing.pipeline import CHUNK, ImportCancelled, PreparedImport, Progress, Ticks, prepare
from callassist.importing.reader import Source, open_source
from callassist.importing.rejects import rejects_path_for, write_rejects
from callassist.importing.summary import ImportSummary
from callassist.messages import render
from callassist.services import lead_lists
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone, DoNotCall, ImportMapping, LeadList
from callassist.timekeeping.zones import resolve_timezone

_MERGE_FIELDS = ("full_name", "first_name", "patronymic", "last_name", "company", "position", "email", "city")
EXAMPLES = 5  # examples of each kind the preview shows
# SQLite's page cache while an import writes (KiB; SQLite's default is 2 MiB). The phone index takes numbers in
# random order and the match reads it at random; with the default cache nearly every such page was a miss, and in
# WAL mode a miss inside a long transaction is read back from the log after a search of its index that grows with
# the transaction: the per-row cost that grew with the file. Measured at 1,000,000 rows, the last 100,000 rows'
# phone inserts took 1.26 s with 16 MiB and 0.8-0.85 s with 64 MiB (128 MiB: the same as 64). A fixed bound, not
# one that grows with the file; the connection's own setting is put back afterwards.
IMPORT_CACHE_KIB = 65_536


@dataclass(frozen=True)
class Example:
    """One row of the preview: what the file said, and what the import does with it."""

    row: int
    name: str
    phone: str
    detail: str = ""  # merged: the client it goes into; untouched: since when and why; rejected: the reason
    client_id: int | None = None

    def as_json(self) -> dict[str, object]:
        return {"row": self.row, "name": self.name, "phone": self.phone, "detail": self.detail,
                "client_id": self.client_id}  # fmt: skip


@dataclass(frozen=True)
class ImportReport(ImportSummary):
    """The summary, with the part of ``merged`` left untouched (never or do-not-call, rule 3) and examples."""

    untouched: int = 0
    shared: int = 0  # leads that became clients of their own although a number of theirs is another's
    dry_run: bool = False
    examples: dict[str, tuple[Example, ...]] = field(default_factory=dict, compare=False)

    def describe(self, language: str = "en") -> str:
        """The summary in plain words in ``language``, saying how many known clients were left as they are."""
        parts = [render("import.summary", language, read=self.read, imported=self.imported, merged=self.merged,
                        rejected=self.rejected)]  # fmt: skip
        if self.rejected and self.rejects_file is not None:
            parts.append(render("import.summary.rejects_file", language, path=str(self.rejects_file)))
        if self.untouched:
            parts.append(render("import.summary.untouched", language, untouched=self.untouched))
        if self.shared:
            parts.append(render("import.summary.shared", language, shared=self.shared))
        if self.dry_run:
            parts.append(render("import.summary.dry_run", language))
        return " ".join(parts)

    def as_json(self) -> dict[str, object]:  # type: ignore[override]
        """The ``--json`` import object of PRODUCT.md section 5; a dry run adds what it would leave and examples."""
        data: dict[str, object] = dict(super().as_json())
        if self.dry_run:
            data.update(dry_run=True, untouched=self.untouched, shared=self.shared)
            data["examples"] = {kind: [e.as_json() for e in rows] for kind, rows in self.examples.items()}
        return data


class _DryRun(Exception):
    """Raised inside the write unit of work so a preview rolls everything back."""


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
    dry_run: bool = False,
    list_name: str | None = None,
) -> ImportReport:
    """Import the leads of ``path`` into ``db``, a chunk at a time in one transaction (the CLI's way).

    Args:
        db: the database.
        path: a lead file of any supported kind (read by content, not by name).
        region: the phone region for national numbers ("8 916 …"); never a client's country by itself.
        rejects: where to write the rejected rows; ``<name>.rejects.csv`` (or ``.xlsx`` for a workbook) next to
            the file when ``None``. Written only when some row was rejected, and never on a dry run.
        mapping: the operator's column mapping; when ``None``, the mapping remembered for files with the same
            headers, else the one recognised from the headers. The mapping used is remembered.
        source: what new clients' "source" says when the row names none; the file's name when empty.
        progress: told ``(rows done, 0)`` after every chunk (the total is not known while streaming).
        cancel: when set, the import stops at the next chunk and rolls back.
        language: the language of the rejects file and the examples ("ru" or "en").
        now: the moment new clients are created and queued; the app's clock when ``None``.
        dry_run: count and show what would happen, then roll back: nothing is written.
        list_name: the lead list every imported or merged client goes on (created when new); the file's name
            without its extension when ``None``.

    Returns:
        The counts, with ``read == imported + merged + rejected``.

    Raises:
        UserInputError: the file cannot be read, the region is unknown, the mapping does not fit, or the
            rejects file cannot be written; nothing is written.
        ImportCancelled: ``cancel`` was set; nothing is written.
    """
    with collector_paused():  # see gc_pause: an import builds millions of short-lived objects
        region = region.strip().upper()
        country_code_for(region)
        opened = open_source(path)
        chosen = fit_mapping(opened.headers, mapping, functools.partial(remembered_mapping, db))
        options = _Options(region, rejects, source, progress, cancel, language, now, dry_run, list_name)
        return _stream(db, opened, chosen, options)


def preview_file(path: Path, *, region: str = "RU", language: str = "en") -> ImportReport:
    """What importing ``path`` into an empty database would do, without any database (``--dry-run`` on no file)."""
    prepared = prepare(path, region=region)
    examples = {
        "new": tuple(_lead_example(lead) for lead in prepared.leads[:EXAMPLES]),
        "merged": tuple(Example(row, "", "", f"→ {into}") for row, into in prepared.merged[:EXAMPLES]),
        "rejected": tuple(_rejected_example(r, language, prepared.mapping) for r in prepared.rejections[:EXAMPLES]),
    }
    base = prepared.summary()
    return ImportReport(base.read, base.imported, base.merged, base.rejected, None, dry_run=True, examples=examples)


def fit_mapping(
    headers: tuple[str, ...],
    mapping: ColumnMapping | None,
    remembered: Callable[[tuple[str, ...]], ColumnMapping | None],
) -> ColumnMapping:
    """The operator's mapping, else the one remembered for these headers, else the recognised one; checked."""
    if mapping is None:
        mapping = remembered(headers)
    chosen = (mapping or auto_map(headers)).validate()
    if chosen.headers != headers:
        chosen = ColumnMapping.from_dict(chosen.to_dict(), headers).validate()
    return chosen


@dataclass(frozen=True)
class _Options:
    region: str
    rejects: Path | None
    source: str
    progress: Progress | None
    cancel: threading.Event | None
    language: str
    now: datetime | None
    dry_run: bool
    list_name: str | None = None


def _stream(db: Database, opened: Source, mapping: ColumnMapping, options: _Options) -> ImportReport:
    rejections: list[Rejection] = []
    stored = _Stored(options.language)
    read = in_file = 0
    label = (options.source or opened.path.name)[:120]
    rejects_path = None
    written = False
    try:
        with db.write() as session:
            moment = options.now or clock.now()
            office_zone = team_settings.load(session).office_timezone
            stored.lead_list = lead_lists.ensure_list(session, options.list_name or opened.path.stem, moment)
            rows = opened.rows()
            with _page_cache(session):
                while part := list(itertools.islice(rows, CHUNK)):
                    if options.cancel is not None and options.cancel.is_set():
                        raise ImportCancelled("import.cancelled")
                    read += len(part)
                    unique, merged = merge_within_file(clean_rows(part, mapping, options.region, rejections))
                    del part
                    in_file += len(merged)
                    stored.note_merged_in_file(merged)
                    _store_chunk(session, unique, label, moment, office_zone, stored)
                    if options.progress is not None:
                        options.progress(read, 0)
            _remember(session, header_signature(opened.headers), mapping, moment)
            report = _report(read, in_file, stored, rejections, None, options, mapping)
            if options.dry_run:
                raise _DryRun
            if rejections:  # last, so only a failed commit can follow it
                rejects_path = options.rejects or rejects_path_for(opened.path, opened.kind)
                write_rejects(rejects_path, opened.headers, rejections, language=options.language)
                written = True
    except _DryRun:
        return report
    except BaseException:
        if written and rejects_path is not None:
            rejects_path.unlink(missing_ok=True)  # the rows it lists were never imported around it
        raise
    return _report(read, in_file, stored, rejections, rejects_path, options, mapping)


@contextlib.contextmanager
def _page_cache(session: Session) -> Iterator[None]:
    """SQLite's page cache at ``IMPORT_CACHE_KIB`` while the chunks are written, then as it was; PostgreSQL as is."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    driver = session.connection().connection.dbapi_connection  # the raw connection: usable even after an error
    assert driver is not None
    (before,) = driver.execute("PRAGMA cache_size").fetchone()
    driver.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={int(before)}")


def _report(
    read: int,
    in_file: int,
    stored: _Stored,
    rejections: list[Rejection],
    rejects_path: Path | None,
    options: _Options,
    mapping: ColumnMapping,
) -> ImportReport:
    examples: dict[str, tuple[Example, ...]] = {kind: tuple(rows) for kind, rows in stored.examples.items()}
    examples["rejected"] = tuple(_rejected_example(r, options.language, mapping) for r in rejections[:EXAMPLES])
    return ImportReport(
        read=read,
        imported=stored.imported,
        merged=in_file + stored.merged,
        rejected=len(rejections),
        rejects_file=rejects_path,
        untouched=stored.untouched,
        shared=stored.shared,
        dry_run=options.dry_run,
        examples=examples,
    )


def _lead_example(lead: Lead, detail: str = "", client_id: int | None = None) -> Example:
    phone = lead.phones[0].e164 if lead.phones else ""
    return Example(lead.row_number, lead.full_name or lead.company, phone, detail, client_id)


def _rejected_example(rejection: Rejection, language: str, mapping: ColumnMapping) -> Example:
    """A rejected row as the preview shows it: who it is about and what its phone cells held, as written."""
    values = rejection.original
    phones = _cells(values, mapping, (LeadField.PHONE,))
    return Example(rejection.row_number, _row_label(values, mapping)[:80], phones[:80], rejection.message(language))


_LABEL_FIELDS = (
    (LeadField.FULL_NAME,),
    (LeadField.LAST_NAME, LeadField.FIRST_NAME, LeadField.PATRONYMIC),
    (LeadField.COMPANY,),
)


def _row_label(values: tuple[str, ...], mapping: ColumnMapping) -> str:
    """Who a row is about: its name cells, else its company, else its first cell that says anything."""
    for fields in _LABEL_FIELDS:
        label = _cells(values, mapping, fields)
        if label:
            return label
    return next((tidy(value) for value in values if value.strip()), "")


def _cells(values: tuple[str, ...], mapping: ColumnMapping, fields: tuple[LeadField, ...]) -> str:
    return tidy(" ".join(values[i] for field in fields for i in mapping.columns(field) if i < len(values)))


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
    dry_run: bool = False,
    list_name: str | None = None,
) -> ImportReport:
    """Write a prepared file's leads into ``db`` in one transaction and remember its mapping (the wizard's way).

    With ``dry_run`` everything is done and rolled back: the report says what would happen, with examples.

    The leads are taken out of ``prepared`` and written a chunk at a time (``CHUNK`` leads per statement), so
    no single driver call holds the interpreter long and the objects are freed as they go; ``prepared``
    cannot be stored again.

    Raises:
        UserInputError: the rejects file cannot be written; nothing is written.
        ImportCancelled: ``cancel`` was set; nothing is written.
        ValueError: ``prepared`` was already stored.
    """
    with collector_paused():
        ticks = Ticks(progress, cancel, 2 * prepared.read, done=prepared.read)
        leads = prepared.take_leads()
        label = (source or prepared.path.name)[:120]
        rejections = prepared.rejections
        rejects_path = None if not rejections else (rejects or rejects_path_for(prepared.path, prepared.table.kind))
        stored = _Stored(language)
        written = False
        try:
            with db.write() as session:
                moment = now or clock.now()
                office_zone = team_settings.load(session).office_timezone
                stored.lead_list = lead_lists.ensure_list(session, list_name or prepared.path.stem, moment)
                with _page_cache(session):
                    while leads:
                        chunk = leads[:CHUNK]
                        del leads[:CHUNK]
                        _store_chunk(session, chunk, label, moment, office_zone, stored)
                        ticks.step(len(chunk))
                _remember(session, header_signature(prepared.table.headers), prepared.mapping, moment)
                ticks.finish()
                if dry_run:
                    raise _DryRun
                if rejects_path is not None:
                    write_rejects(rejects_path, prepared.table.headers, rejections, language=language)
                    written = True
        except _DryRun:
            rejects_path = None
        except BaseException:
            if written and rejects_path is not None:
                rejects_path.unlink(missing_ok=True)
            raise
    examples = {kind: tuple(rows) for kind, rows in stored.examples.items()}
    examples["rejected"] = tuple(_rejected_example(r, language, prepared.mapping) for r in rejections[:EXAMPLES])
    return ImportReport(
        read=prepared.read,
        imported=stored.imported,
        merged=len(prepared.merged) + stored.merged,
        rejected=len(rejections),
        rejects_file=rejects_path,
        untouched=stored.untouched,
        shared=stored.shared,
        dry_run=dry_run,
        examples=examples,
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
    language: str
    imported: int = 0
    merged: int = 0
    untouched: int = 0
    shared: int = 0
    lead_list: LeadList | None = None  # issue 15: every imported or merged client goes on the import's list
    examples: dict[str, list[Example]] = field(default_factory=lambda: {"new": [], "merged": [], "untouched": []})

    def example(self, kind: str, make: Callable[[], Example]) -> None:
        rows = self.examples[kind]
        if len(rows) < EXAMPLES:
            rows.append(make())

    def note_merged_in_file(self, merged: list[tuple[int, int]]) -> None:
        for row, into in merged[: EXAMPLES - len(self.examples["merged"])]:
            self.examples["merged"].append(Example(row, "", "", f"→ {into}"))


@dataclass(frozen=True)
class _Match:
    """What the database already knows about one chunk's numbers."""

    holders: dict[str, list[tuple[int, str]]]  # E.164 -> (client id, full name) of each client holding it
    blocked: dict[str, tuple[datetime, str]]  # numbers on the do-not-call list -> (since, note)


def _store_chunk(
    session: Session, chunk: list[Lead], source: str, now: datetime, office_zone: str, stored: _Stored
) -> None:
    match = _match(session, chunk)
    new: list[Lead] = []
    into: dict[int, list[Lead]] = {}
    refused, holders = match.blocked, match.holders
    for lead in chunk:
        # Most leads' numbers are neither refused nor held: those are told apart without a call per lead.
        blocked = next((phone.e164 for phone in lead.phones if phone.e164 in refused), None) if refused else None
        if blocked is not None:
            stored.merged += 1
            stored.untouched += 1
            since, note = match.blocked[blocked]
            detail = render("import.untouched.do_not_call", stored.language, date=since.date().isoformat(), reason=note)
            stored.example("untouched", lambda: _lead_example(lead, detail))  # noqa: B023
            continue
        if holders and any(phone.e164 in holders for phone in lead.phones):
            target = _agreeing_holder(lead, holders)
            if target is not None:
                into.setdefault(target, []).append(lead)
                continue
            stored.shared += 1
        new.append(lead)
    _merge_known(session, into, now, stored)
    inserted = _insert_new(session, new, source, office_zone, now, stored.lead_list)
    stored.imported += len(inserted)
    if stored.lead_list is not None and into:  # new clients were inserted on the list already
        lead_lists.put_on_list(session, stored.lead_list, into)
    for lead in new[: EXAMPLES - len(stored.examples["new"])]:
        stored.examples["new"].append(_lead_example(lead))


def _agreeing_holder(lead: Lead, holders: dict[str, list[tuple[int, str]]]) -> int | None:
    """The oldest stored client holding one of the lead's numbers whose name agrees with the lead's (rule 16)."""
    for phone in lead.phones:
        for client_id, name in holders.get(phone.e164, ()):
            if names_agree(name, lead.full_name):
                return client_id
    return None


def _match(session: Session, chunk: list[Lead]) -> _Match:
    numbers = sorted({phone.e164 for lead in chunk for phone in lead.phones})
    if not numbers:
        return _Match({}, {})
    return _known_numbers(session, numbers)


_IN_STEP = 256


def _known_numbers(session: Session, numbers: list[str]) -> _Match:
    """Which stored clients hold ``numbers`` (oldest first) and which numbers are on the do-not-call list.

    On SQLite the two queries go to the driver as plain SQL: SQLAlchemy's expanding ``IN`` costs several times
    the query itself at thousands of numbers a chunk.
    """
    holders: dict[str, list[tuple[int, str]]] = {}
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()
        # Padded with the last number (IN ignores repeats) to a multiple of _IN_STEP: the chunks' queries share a
        # few statement texts, which SQLite's statement cache keeps prepared, instead of one new text per chunk.
        numbers = numbers + numbers[-1:] * (-len(numbers) % _IN_STEP)
        marks = ",".join("?" * len(numbers))
        phones, clients, do_not_call = ClientPhone.__tablename__, Client.__tablename__, DoNotCall.__tablename__
        held = connection.exec_driver_sql(
            f"SELECT p.e164, p.client_id, c.full_name FROM {phones} p JOIN {clients} c ON c.id = p.client_id "
            f"WHERE p.e164 IN ({marks}) ORDER BY p.client_id",
            tuple(numbers),
        )
        for e164, client_id, name in held:
            holders.setdefault(str(e164), []).append((int(client_id), str(name or "")))
        blocked: dict[str, tuple[datetime, str]] = {}
        if connection.exec_driver_sql(f"SELECT 1 FROM {do_not_call} LIMIT 1").first() is not None:
            # An empty list (most bases) costs nothing: the IN query's thousands of parameters are skipped.
            listed = connection.exec_driver_sql(
                f"SELECT e164, added_at, note FROM {do_not_call} WHERE e164 IN ({marks})", tuple(numbers)
            )
            blocked = {str(e164): (_moment(added), str(note or "")) for e164, added, note in listed}
        return _Match(holders, blocked)
    rows = session.execute(
        select(ClientPhone.e164, ClientPhone.client_id, Client.full_name)
        .join(Client, Client.id == ClientPhone.client_id)
        .where(ClientPhone.e164.in_(numbers))
        .order_by(ClientPhone.client_id)
    )
    for e164, client_id, name in rows:
        holders.setdefault(e164, []).append((client_id, name or ""))
    refused = session.execute(
        select(DoNotCall.e164, DoNotCall.added_at, DoNotCall.note).where(DoNotCall.e164.in_(numbers))
    )
    return _Match(holders, {e164: (added, note or "") for e164, added, note in refused})


def _moment(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _merge_known(session: Session, into: dict[int, list[Lead]], now: datetime, stored: _Stored) -> None:
    """Fill known clients' empty fields and add their new phones; never clients stay as they are."""
    if not into:
        return
    clients = {c.id: c for c in session.scalars(select(Client).where(Client.id.in_(sorted(into))))}
    for client_id, group in into.items():
        client = clients[client_id]
        stored.merged += len(group)
        if client.state == ClientState.NEVER:
            stored.untouched += len(group)
            since = client.updated_at.date().isoformat() if client.updated_at else ""
            detail = render("import.untouched.never", stored.language, date=since, reason=client.never_reason or "")
            stored.example("untouched", lambda: _lead_example(group[0], detail, client_id))  # noqa: B023
            continue
        stored.example("merged", lambda: _lead_example(group[0], client.full_name, client_id))  # noqa: B023
        for lead in group:
            if _fill_client(client, lead):
                client.updated_at = now
    session.flush()


def _fill_client(client: Client, lead: Lead) -> bool:
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
        if phone.e164 in known:
            continue  # a number another client holds too is shared, not taken (rule 16)
        client.phones.append(
            ClientPhone(e164=phone.e164, raw=phone.raw[:80], extension=phone.extension[:20], position=position)
        )
        known.add(phone.e164)
        position += 1
        changed = True
    return changed


_LEAD_KEYS = (*_MERGE_FIELDS, "region", "timezone", "source", "notes")  # what each new client's row gives, in the
# table's column order (so the rows go to the driver as they are built); the rest is the same for every row of an
# import and is written into the statement once (``_import_constants``): binding it per row cost a microsecond.
_PHONE_KEYS = ("client_id", "e164", "raw", "extension", "position")


def _insert_new(
    session: Session, leads: list[Lead], source: str, office_zone: str, now: datetime, lead_list: LeadList | None
) -> list[int]:
    """Insert new leads in bulk (Core executemany), queued as new leads the way ``queue.reposition`` places them
    and already on ``lead_list`` as ``lead_lists.put_on_list`` would put them (no second UPDATE of every row);
    returns their ids."""
    if not leads:
        return []
    widths = _widths()
    full, first, patronymic, last, company, position, email, city = (widths[name] for name in _MERGE_FIELDS)
    rows = [  # in _LEAD_KEYS order; tuples, not dicts: 100,000 of them
        (
            lead.full_name[:full],
            lead.first_name[:first],
            lead.patronymic[:patronymic],
            lead.last_name[:last],
            lead.company[:company],
            lead.position[:position],
            lead.email[:email],
            lead.city[:city],
            country_of(lead.phones[0].e164) if lead.phones else "",
            _zone(lead, office_zone),
            (lead.source or source)[:120],
            lead.comment,
        )
        for lead in leads
    ]
    ids = _insert_clients(session, rows, _import_constants(session, now, lead_list))
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


def _import_constants(session: Session, now: datetime, lead_list: LeadList | None) -> tuple[tuple[str, object], ...]:
    """The columns every new client of an import shares: queued as a new lead the way ``queue.reposition`` places
    one, created now, on ``lead_list`` as ``lead_lists.put_on_list`` would put it."""
    list_id, list_rank = (lead_list.id, -lead_list.priority) if lead_list is not None else (None, 0)
    stamp = _driver_moment(session, now)
    return (
        ("state", ClientState.NEW.value),
        ("preferences", ""),
        ("created_at", stamp),
        ("updated_at", stamp),
        ("failed_attempts", 0),
        ("queue_rank", QUEUE_RANK[QueueReason.NEW]),
        ("queue_reason", QueueReason.NEW.value),
        ("queue_surface_at", stamp),
        ("queue_due_at", stamp),
        ("list_id", list_id),
        ("queue_list_rank", list_rank),
    )


def _insert_clients(
    session: Session, rows: Sequence[tuple[object, ...]], shared: tuple[tuple[str, object], ...]
) -> list[int]:
    """Insert client rows (values in ``_LEAD_KEYS`` order, ``shared`` the same for all) and return their ids in
    the same order.

    SQLite writes inside ``BEGIN IMMEDIATE`` (see storage.engine): no other writer can take an id while this
    transaction lives, so the rows go in one plain executemany and SQLite numbers them from the largest id on.
    PostgreSQL takes them from its sequence with ``RETURNING`` in parameter order.
    """
    table = Client.metadata.tables["clients"]
    if session.get_bind().dialect.name == "sqlite":
        # Without AUTOINCREMENT SQLite gives each row the largest id + 1: the rows get first, first + 1, … in order.
        first = (session.scalar(select(func.max(Client.id))) or 0) + 1
        _executemany(session, table, _LEAD_KEYS, rows, shared)
        last = first + len(rows) - 1
        if session.scalar(select(func.max(Client.id))) != last:  # cannot happen while the write lock is held
            raise RuntimeError(f"client ids {first}-{last} were not handed out in order")
        return list(range(first, last + 1))
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    parameters = [dict(zip(_LEAD_KEYS, row, strict=True)) | dict(shared) for row in rows]
    return list(session.scalars(statement, parameters).all())


def _driver_moment(session: Session, moment: datetime) -> object:
    """``moment`` as the driver takes it for a ``UTCDateTime`` column (on SQLite, its text), bound once."""
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite":
        return moment
    processor = Client.metadata.tables["clients"].c.created_at.type.bind_processor(dialect)
    processed = processor(moment) if processor is not None else moment
    return sqlite3.adapt(processed, sqlite3.PrepareProtocol, processed)


def _executemany(
    session: Session,
    table: SqlTable,
    keys: Sequence[str],
    rows: Sequence[tuple[object, ...]],
    shared: tuple[tuple[str, object], ...] = (),
) -> None:
    """One driver-level executemany of ``rows`` (values in ``keys`` order) on the session's SQLite connection;
    the ``shared`` columns' values (already as the driver takes them) are written into the statement.

    SQLAlchemy's per-value bind processing costs more than SQLite's own insert at 100,000 rows, so values are
    bound once per distinct value with the columns' own processors (the UTC moment of every row is the same).
    Rows whose keys are in the statement's order and whose values are all plain text, numbers or ``None``
    (moments bound beforehand, ``_driver_moment``) go to the driver as they are: no reshaping per chunk.
    """
    connection = session.connection()
    dialect = connection.dialect
    sql, order = _compiled_insert(table, tuple(keys), dialect, shared)
    if order == tuple(keys) and _already_bound(table, order, rows, dialect):
        connection.exec_driver_sql(sql, rows if isinstance(rows, list) else list(rows))
        return
    given = dict(zip(keys, zip(*rows, strict=True), strict=True))  # column name -> its values, row by row
    columns = [_bound_column(table.c[key].type.bind_processor(dialect), given[key]) for key in order]
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


@lru_cache(maxsize=16)  # one per table and columns, and per import for the clients' shared values
def _compiled_insert(
    table: SqlTable, keys: tuple[str, ...], dialect: Dialect, shared: tuple[tuple[str, object], ...] = ()
) -> tuple[str, tuple[str, ...]]:
    """The INSERT statement's text and its parameters' order, compiled once per table and columns (a streamed
    import writes a chunk at a time: compiling per chunk cost a second at a million rows), ``shared`` values
    written into it as SQL literals."""
    literals: dict[str, object] = {key: literal_column(_sql_literal(value, dialect)) for key, value in shared}
    compiled = insert(table).values(literals).compile(dialect=dialect, column_keys=list(keys))
    order = tuple(compiled.positiontup or ())
    if sorted(order) != sorted(keys):  # a column default crept in: every column must come from the rows
        raise ValueError(f"bulk insert into {table.name}: columns {order} but rows give {list(keys)}")
    return str(compiled), order


def _sql_literal(value: object, dialect: Dialect) -> str:
    """``value`` (text, a number or ``None``) as an SQL literal, quoted by SQLAlchemy."""
    if value is not None and not isinstance(value, (str, int)):
        raise TypeError(f"not a plain SQL value: {value!r}")
    return str(literal(value).compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _already_bound(
    table: SqlTable, order: tuple[str, ...], rows: Sequence[tuple[object, ...]], dialect: Dialect
) -> bool:
    """True when every value of the columns that have a bind processor is already text, a number or ``None``."""
    processed = [i for i, key in enumerate(order) if table.c[key].type.bind_processor(dialect) is not None]
    if not processed:
        return True
    pick = operator.itemgetter(*processed, processed[0])  # two or more indexes: always a tuple
    distinct = set(map(pick, rows))  # in C: a chunk's moments are one value, so this is a handful of tuples
    return all(value is None or isinstance(value, (str, int)) for values in distinct for value in values)


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
    # A lead that names no place (no zone, city or region column, or empty cells) is placed by its numbers.
    named = lead.timezone or lead.city or lead.region
    by_place = _zone_by_place(lead.timezone or "", lead.city, lead.region, office_zone) if named else None
    if by_place is not None or not lead.phones:
        return by_place or office_zone
    for phone in lead.phones:
        zone = zone_of_number(phone.e164)
        if zone is not None:
            return zone
    return country_zone(country_of(lead.phones[0].e164)) or office_zone


@lru_cache(maxsize=4096)
def _country_by_head(head: str) -> str | None:
    """The country the first digits of a number name, or ``None`` when the whole number must say (+1, +44 …)."""
    for length in (2, 3, 4):
        digits = head[1:length]
        regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(int(digits)) if digits.isdigit() else None
        if regions:
            break
    else:
        return ""
    if len(regions) == 1:
        return "" if regions[0] == "001" else regions[0]
    if head.startswith("+7"):  # Russia and Kazakhstan: the digits after the code tell them apart
        try:
            number = phonenumbers.parse(head + "0" * (12 - len(head)))
        except phonenumbers.NumberParseException:
            return ""
        return phonenumbers.region_code_for_number(number) or ""
    return None


def country_of(e164: str) -> str:
    """The ISO country of a number ("+77012345678" -> "KZ", "+375…" -> "BY"); "" when it names none."""
    country = _country_by_head(e164[:5])
    if country is not None:
        return country
    try:  # a calling code several countries share (+1, +44): the whole number decides
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164)) or ""
    except phonenumbers.NumberParseException:
        return ""


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
    "Example",
    "ImportCancelled",
    "ImportReport",
    "PreparedImport",
    "country_of",
    "fit_mapping",
    "header_signature",
    "import_file",
    "open_source",
    "prepare",
    "preview_file",
    "remembered_mapping",
    "store",
]
