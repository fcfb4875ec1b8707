"""The Qt-free half of an import in one call: read, map, clean and merge a file's own duplicates.

The database merge takes ``PreparedImport.leads`` from here; the rejects and the within-file merges are
already accounted for, so ``read == len(leads) + len(merged) + len(rejections)`` always holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from callassist.importing.cleaning import Lead, Rejection, clean_row
from callassist.importing.dedupe import merge_within_file
from callassist.importing.gc_pause import collector_paused
from callassist.importing.mapping import ColumnMapping, auto_map
from callassist.importing.phones import country_code_for
from callassist.importing.reader import Table, read_table
from callassist.importing.summary import ImportSummary

Progress = Callable[[int, int], None]  # (rows done, rows in all), called every few thousand rows


@dataclass(frozen=True)
class PreparedImport:
    table: Table
    mapping: ColumnMapping
    leads: tuple[Lead, ...]  # unique within the file, in file order
    merged: tuple[tuple[int, int], ...]  # (row merged, row it went into)
    rejections: tuple[Rejection, ...]

    @property
    def read(self) -> int:
        return len(self.table.rows)

    def summary(self, rejects_file: Path | None = None) -> ImportSummary:
        """The summary as if every lead were new (a dry run; the database merge refines it)."""
        return ImportSummary(self.read, len(self.leads), len(self.merged), len(self.rejections), rejects_file)


def prepare_import(
    path: Path,
    *,
    mapping: ColumnMapping | None = None,
    region: str = "RU",
    sheet: str | None = None,
    progress: Progress | None = None,
    chunk: int = 5000,
) -> PreparedImport:
    """Read ``path`` and turn its rows into unique leads and rejections.

    Args:
        path: the lead file.
        mapping: the operator's mapping; recognised from the headers when ``None``.
        region: the default phone region.
        sheet: the workbook sheet, when ``path`` is a workbook.
        progress: told ``(done, total)`` after every ``chunk`` rows and at the end.
        chunk: rows between progress calls.

    Raises:
        UserInputError: the file cannot be read, the region is unknown, or the mapping has neither a
            phone nor a name column, or does not fit the file's columns.
    """
    with collector_paused():  # see gc_pause
        return _prepare(path, mapping, region, sheet, progress, chunk)


def _prepare(
    path: Path, mapping: ColumnMapping | None, region: str, sheet: str | None, progress: Progress | None, chunk: int
) -> PreparedImport:
    country_code_for(region)
    table = read_table(path, sheet=sheet)
    chosen = (mapping or auto_map(table.headers)).validate()
    if chosen.headers != table.headers:
        chosen = ColumnMapping.from_dict(chosen.to_dict(), table.headers).validate()
    leads: list[Lead] = []
    rejections: list[Rejection] = []
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        result = clean_row(row, chosen, region)
        if isinstance(result, Lead):
            leads.append(result)
        else:
            rejections.append(result)
        if progress is not None and (done % chunk == 0 or done == total):
            progress(done, total)
    unique, merged = merge_within_file(leads)
    return PreparedImport(table, chosen, tuple(unique), tuple(merged), tuple(rejections))
