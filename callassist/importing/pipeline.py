"""The first step of an import, which touches no database: read, map, clean and merge a file's own duplicates.

``prepare`` runs on any thread (the wizard runs it on its io thread, so the database thread stays free for
operators' saves); ``service.store`` then writes the prepared leads in one transaction. Rejects and
within-file merges are already counted here, so ``read == len(leads) + len(merged) + len(rejections)``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from callassist.importing.cleaning import Lead, Rejection, clean_rows
from callassist.importing.dedupe import merge_within_file
from callassist.importing.gc_pause import collector_paused
from callassist.importing.mapping import ColumnMapping, auto_map
from callassist.importing.phones import country_code_for
from callassist.importing.reader import RawRow, Table, open_source
from callassist.importing.summary import ImportSummary

Progress = Callable[[int, int], None]  # (work done, work in all): prepare counts 0..read, store read..2*read
Remembered = Callable[[tuple[str, ...]], ColumnMapping | None]  # headers -> the mapping last used for them

CHUNK = 2000  # rows between progress and cancel checks (and leads per database round trip in store)


class ImportCancelled(Exception):
    """The operator cancelled the import; the transaction was rolled back and nothing was written."""


@dataclass
class PreparedImport:
    """A file's leads ready to store: unique within the file, every row accounted for.

    Not frozen: ``service.store`` takes the leads out chunk by chunk as it writes them, so a PreparedImport
    is stored once, and its hundreds of thousands of objects are freed a chunk at a time, not all at once.
    """

    path: Path
    table: Table  # the file's headers and how it was read; its rows are dropped once cleaned
    read: int  # rows read (non-blank, under the header)
    region: str  # the default phone region, upper case
    mapping: ColumnMapping  # fitted to the file's headers
    leads: list[Lead]  # unique within the file, in file order
    merged: tuple[tuple[int, int], ...]  # (row merged, row it went into): shared phones, or same e-mail/name
    rejections: tuple[Rejection, ...]
    taken: bool = field(default=False, repr=False)

    def summary(self, rejects_file: Path | None = None) -> ImportSummary:
        """The summary as if every lead were new (a dry run; storing refines it against the database)."""
        return ImportSummary(self.read, len(self.leads), len(self.merged), len(self.rejections), rejects_file)

    def take_leads(self) -> list[Lead]:
        """Hand the leads over to the one caller that stores them (the list is then emptied as it is written).

        Raises:
            ValueError: the leads were already taken: a PreparedImport is stored once.
        """
        if self.taken:
            raise ValueError(f"the leads of {self.path.name} were already stored once; prepare the file again")
        self.taken = True
        leads, self.leads = self.leads, []
        return leads


class Ticks:
    """Counts work units, tells ``progress`` and raises ImportCancelled once ``cancel`` is set."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None, total: int, done: int = 0) -> None:
        self._progress = progress
        self._cancel = cancel
        self.total = max(total, 1)
        self.done = min(done, self.total)

    def step(self, units: int) -> None:
        """Count ``units`` more done; stop here when the operator cancelled."""
        if self._cancel is not None and self._cancel.is_set():
            raise ImportCancelled("import.cancelled")
        self.done = min(self.done + units, self.total)
        if self._progress is not None:
            self._progress(self.done, self.total)

    def finish(self) -> None:
        """Count the rest as done (the last progress call says ``done == total``)."""
        self.step(self.total - self.done)


def prepare(
    path: Path,
    *,
    region: str = "RU",
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    remembered: Remembered | None = None,
    sheet: str | None = None,
    chunk: int = CHUNK,
) -> PreparedImport:
    """Read ``path`` and turn its rows into unique leads and rejections; no database is touched.

    Args:
        path: a CSV/TXT or spreadsheet file of leads.
        region: the default phone region.
        mapping: the operator's mapping; when ``None``, ``remembered(headers)``, else the one recognised
            from the headers.
        progress: told ``(done, 2 * rows)`` after every ``chunk`` rows: this step is the first half of an
            import's work, ``service.store`` the second.
        cancel: when set, preparing stops at the next chunk with ImportCancelled.
        remembered: looks up the mapping last used for these headers (``import_file`` passes a database read).
        sheet: the workbook sheet, when ``path`` is a workbook; the first when ``None``.
        chunk: rows between progress calls and cancel checks.

    Raises:
        UserInputError: the file cannot be read, the region is unknown, or the mapping has neither a phone
            nor a name column, or does not fit the file's columns.
        ImportCancelled: ``cancel`` was set.
    """
    with collector_paused():  # see gc_pause: a 100,000-row file builds hundreds of thousands of objects
        region = region.strip().upper()
        country_code_for(region)
        opened = open_source(path, sheet=sheet)
        table = Table(opened.headers, (), opened.encoding, opened.delimiter, opened.sheet, opened.kind)
        if mapping is None and remembered is not None:
            mapping = remembered(table.headers)
        chosen = (mapping or auto_map(table.headers)).validate()
        if chosen.headers != table.headers:
            chosen = ColumnMapping.from_dict(chosen.to_dict(), table.headers).validate()
        rows = list(opened.rows())  # cleaned and dropped a chunk at a time, so they are not all freed at once
        read = len(rows)
        ticks = Ticks(progress, cancel, 2 * read)
        leads, rejections = _clean(rows, chosen, region, ticks, chunk)
        unique, in_file = merge_within_file(leads)
        del leads
        merged = tuple(sorted(in_file))
        return PreparedImport(path, table, read, region, chosen, unique, merged, tuple(rejections))


def _clean(
    rows: list[RawRow], mapping: ColumnMapping, region: str, ticks: Ticks, chunk: int
) -> tuple[list[Lead], list[Rejection]]:
    leads: list[Lead] = []
    rejections: list[Rejection] = []
    while rows:
        part: Sequence[RawRow] = rows[:chunk]
        del rows[:chunk]
        leads += clean_rows(part, mapping, region, rejections)
        ticks.step(len(part))
    return leads, rejections


__all__ = ["CHUNK", "ImportCancelled", "PreparedImport", "Progress", "Ticks", "prepare"]
