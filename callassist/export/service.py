"""Export a date range of statistics to CSV or XLSX: the one entry point the command line and dashboard use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from callassist import settings as team_settings
from callassist.bootstrap import open_ready
from callassist.errors import UserInputError
from callassist.export.csv_export import write_csv
from callassist.export.xlsx_export import write_xlsx
from callassist.stats.aggregate import build_report
from callassist.stats.by_list import list_figures
from callassist.storage.engine import Database

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class ExportSummary:
    """What was written: the file, its format, the period and how many calls its log holds."""

    path: Path
    fmt: str
    date_from: date
    date_to: date
    timezone: str
    calls: int
    dials: int


def office_zone(db: Database) -> str:
    """The team's office time zone (TeamSettings), where the report's days start at midnight."""
    with db.read() as session:
        return team_settings.load(session).office_timezone


def export_range(
    db_url_or_db: Database | str,
    date_from: date,
    date_to: date,
    fmt: str,
    out: Path | str,
    zone: str | None = None,
    delimiter: str = ";",
    language: str = "ru",
    progress: Callable[[int], None] | None = None,
    list_id: int | None = None,
) -> ExportSummary:
    """Build the report for ``date_from``..``date_to`` and write it to ``out``; the file appears only when complete.

    Args:
        db_url_or_db: an open database or a database URL (opened, migrated and closed here).
        date_from: the first day, included.
        date_to: the last day, included.
        fmt: "csv" or "xlsx".
        out: the file to write; its folder must exist.
        zone: the time zone days are cut in; the office zone from the team settings when None.
        delimiter: the CSV delimiter, ";" or ",".
        language: "ru" or "en".
        progress: called with the number of call-log rows written so far.
        list_id: the per-list tables show only this lead list; every list with calls when None.

    Raises:
        UserInputError: unknown format, a range that ends before it starts, a missing folder.
    """
    if fmt not in FORMATS:
        raise UserInputError("export.bad_format", field="format", formats=", ".join(FORMATS), format=fmt)
    if date_to < date_from:
        raise UserInputError("export.period_reversed", field="to", date_to=date_to, date_from=date_from)
    target = Path(out)
    if not target.parent.is_dir():
        raise UserInputError("export.out_folder_missing", field="out", folder=target.parent)
    owned = isinstance(db_url_or_db, str)
    db = open_ready(db_url_or_db) if isinstance(db_url_or_db, str) else db_url_or_db
    try:
        timezone = zone or office_zone(db)
        report = build_report(db, date_from, date_to, timezone, language=language)
        report = replace(report, lists=list_figures(db, date_from, date_to, timezone, list_id, language))
        written = [0]

        def counted(rows: int) -> None:
            written[0] = rows
            if progress is not None:
                progress(rows)

        if fmt == "xlsx":
            write_xlsx(report, target, language=language, progress=counted)
        else:
            write_csv(report, target, delimiter=delimiter, language=language)
            counted(report.total.dials)
    finally:
        if owned:
            db.dispose()
    return ExportSummary(target, fmt, date_from, date_to, timezone, written[0], report.total.dials)
