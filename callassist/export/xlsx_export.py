"""The statistics report as an XLSX workbook (XlsxWriter): a summary with charts and one sheet per section.

The workbook runs in XlsxWriter's ``constant_memory`` mode so a call log of any length keeps memory flat.
That mode is workbook-wide and has rules this module is built around:

- each row is flushed to a temporary file as soon as a later row is written, so every sheet is written
  strictly top to bottom, left to right (a write to an earlier row is silently dropped);
- strings are stored inline, not in the shared-string table; ``add_table`` and ``autofit`` are unavailable,
  so headers get an autofilter and column widths are set from the headers;
- the temporary row files live in a private folder that is removed whatever happens.

Text goes in with ``write_string`` after ``safe_text`` (PRODUCT.md rule 12), so nothing becomes a formula.
Moments become real Excel date-times in the report's time zone; durations are numbers of days shown as
[h]:mm:ss; money and shares are numbers with money and percent formats.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.format import Format
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from callassist.domain import ConversationResult
from callassist.errors import EnvironmentFailure
from callassist.export.atomic import replaced_on_success
from callassist.export.labels import Labels
from callassist.export.safe import DANGEROUS_FIRST, INERT_PREFIX, safe_text
from callassist.export.tables import Kind, LocalClock, SummaryLine, Table, report_tables, summary_lines
from callassist.stats.report import StatsReport

Progress: TypeAlias = Callable[[int], None]
PutCell: TypeAlias = Callable[[int, Any], None]  # (row, item): writes one column's cell of ``item``

PROGRESS_EVERY = 2_000  # call-log rows between progress reports
SECONDS_PER_DAY = 86_400.0
EXCEL_EPOCH = datetime(1899, 12, 30)  # serial 0 in the 1900 date system, valid from March 1900 on
MAX_HEADER_WIDTH = 24  # longer headers wrap instead of widening the column
# Excel shows "###" for a number or date wider than its column: each kind's column is at least this wide.
# Money up to a billion and talk time up to 9,999 hours (a month of a team) fit as well.
MIN_WIDTH: dict[Kind, int] = {
    Kind.MOMENT: len("2026-12-08 11:00:00") + 2,
    Kind.DAY: len("2026-12-08") + 2,
    Kind.MONEY: len("999,999,999.99") + 2,
    Kind.SECONDS: len("9999:59:59") + 2,
}
# Excel's rows per sheet, the header included. A longer table continues on "Calls (2)", "Calls (3)"…: XlsxWriter
# would otherwise drop the rows past the limit without a word.
SHEET_ROWS = 1_048_576

NUM_FORMATS: dict[Kind, str] = {
    Kind.SECONDS: "[h]:mm:ss",
    Kind.MOMENT: "yyyy-mm-dd hh:mm:ss",
    Kind.DAY: "yyyy-mm-dd",
    Kind.MONEY: "#,##0.00",
    Kind.PERCENT: "0.0%",
}


def write_xlsx(
    report: StatsReport,
    path: Path | str,
    language: str = "ru",
    progress: Progress | None = None,
    sheet_rows: int = SHEET_ROWS,
) -> None:
    """Write ``report`` to ``path`` as XLSX; the file appears only when complete.

    Args:
        report: the figures; ``report.calls`` is consumed once, row by row.
        path: the target file; its folder must exist.
        language: "ru" or "en", for sheet names and headers.
        progress: called with the number of call-log rows written so far, every 2,000 rows and at the end.
        sheet_rows: rows per sheet, the header included; a longer table continues on numbered sheets.

    Raises:
        UserInputError: unknown language, or a folder that does not exist.
        EnvironmentFailure: the disk failed; no file was left behind.
    """
    labels = Labels.for_language(language)
    with (
        replaced_on_success(Path(path)) as temp,
        tempfile.TemporaryDirectory(prefix="callassist-xlsx-") as scratch,
    ):
        workbook = xlsxwriter.Workbook(str(temp), {"constant_memory": True, "tmpdir": scratch})
        try:
            _write_workbook(workbook, report, labels, progress, sheet_rows)
        except BaseException:
            # Close anyway so XlsxWriter releases its row files before the scratch folder goes.
            with suppress(Exception):
                workbook.close()
            raise
        try:
            workbook.close()
        except FileCreateError as exc:
            raise EnvironmentFailure("export.write_failed", target=path, detail=exc) from exc


def _write_workbook(
    workbook: Workbook, report: StatsReport, labels: Labels, progress: Progress | None, sheet_rows: int
) -> None:
    styles = _Styles(workbook)
    cells = _CellWriters(report.zone, styles)
    summary = workbook.add_worksheet(labels["sheet.summary"])
    outcome_rows = _write_summary(summary, report, labels, styles, cells)
    for table in report_tables(report, labels):
        sheet = workbook.add_worksheet(labels[table.key])
        table_progress = progress if table.key == "sheet.calls" else None
        rows = _write_table(workbook, sheet, table, styles, cells, table_progress, sheet_rows)
        if table.key == "sheet.by_hour" and rows:
            summary.insert_chart("D2", _hour_chart(workbook, sheet.name, rows, labels))
    if outcome_rows:
        summary.insert_chart("D20", _outcome_chart(workbook, summary.name, outcome_rows, labels))


class _Styles:
    """The workbook's formats, made once (every ``add_format`` is a new style record)."""

    def __init__(self, workbook: Workbook) -> None:
        self.title = workbook.add_format({"bold": True, "font_size": 14})
        self.header = workbook.add_format(
            {"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDE4EE", "bottom": 1}
        )
        self.by_kind: dict[Kind, Format] = {
            kind: workbook.add_format({"num_format": code}) for kind, code in NUM_FORMATS.items()
        }


class _CellWriters:
    """Writers of one column's cells into one sheet; None and "" leave the cell empty.

    Each is a closure bound to the sheet's ``write_number``/``write_string`` and the column's format, so a cell
    costs one call plus XlsxWriter's own work (a 100,000-row log is 1.6 million cells).
    """

    def __init__(self, zone: ZoneInfo, styles: _Styles) -> None:
        self.clock = LocalClock(zone)
        formats = styles.by_kind
        self.numbers: dict[Kind, tuple[Callable[[Any], float] | None, Format | None]] = {
            Kind.INT: (None, None),
            Kind.SECONDS: (lambda value: value / SECONDS_PER_DAY, formats[Kind.SECONDS]),
            Kind.MOMENT: (self.clock.serial, formats[Kind.MOMENT]),
            Kind.DAY: (day_serial, formats[Kind.DAY]),
            Kind.MONEY: (float, formats[Kind.MONEY]),
            Kind.PERCENT: (None, formats[Kind.PERCENT]),
        }

    def put(self, sheet: Worksheet, row: int, col: int, kind: Kind, value: object) -> None:
        self.column(sheet, col, kind, lambda _: value)(row, None)

    def column(self, sheet: Worksheet, col: int, kind: Kind, get: Callable[[Any], Any], inert: bool = False) -> PutCell:
        """A function that writes ``get(item)`` into ``(row, col)`` of ``sheet``."""
        if kind is Kind.TEXT:
            return _word_cell(sheet, col, get) if inert else _text_cell(sheet, col, get)
        convert, fmt = self.numbers[kind]
        number = sheet.write_number
        if convert is None:

            def put_number(row: int, item: Any) -> None:
                value = get(item)
                if value is not None:
                    number(row, col, value, fmt)

            return put_number

        def put_converted(row: int, item: Any) -> None:
            value = get(item)
            if value is not None:
                number(row, col, convert(value), fmt)

        return put_converted


def _word_cell(sheet: Worksheet, col: int, get: Callable[[Any], str]) -> PutCell:
    """A column of our own words, made inert once when the column was built."""
    string = sheet.write_string

    def put_word(row: int, item: Any) -> None:
        word = get(item)
        if word:
            string(row, col, word)

    return put_word


def _text_cell(sheet: Worksheet, col: int, get: Callable[[Any], Any]) -> PutCell:
    string = sheet.write_string

    def put_text(row: int, item: Any) -> None:
        value = get(item)
        if value is None:
            return
        text = value if type(value) is str else str(value)
        if text:
            # safe_text inlined (PRODUCT.md rule 12): this runs for every text cell of the log.
            string(row, col, INERT_PREFIX + text if text[0] in DANGEROUS_FIRST else text)

    return put_text


def day_serial(day: date) -> float:
    return float((day - EXCEL_EPOCH.date()).days)


def _write_summary(
    sheet: Worksheet, report: StatsReport, labels: Labels, styles: _Styles, cells: _CellWriters
) -> list[int]:
    """Write the summary sheet top to bottom; return the rows holding the conversation outcomes (for the pie)."""
    lines = summary_lines(report, labels)
    _summary_widths(sheet, report, labels, lines)
    sheet.write_string(0, 0, safe_text(labels["report.title"]), styles.title)
    sheet.write_string(1, 0, safe_text(labels["report.period"]))
    cells.put(sheet, 1, 1, Kind.DAY, report.date_from)
    cells.put(sheet, 1, 2, Kind.DAY, report.date_to)
    sheet.write_string(2, 0, safe_text(labels["report.timezone"]))
    sheet.write_string(2, 1, safe_text(report.timezone))
    sheet.write_string(3, 0, safe_text(labels["report.generated"]))
    cells.put(sheet, 3, 1, Kind.MOMENT, report.generated_at)
    sheet.write_string(5, 0, safe_text(labels["report.metric"]), styles.header)
    sheet.write_string(5, 1, safe_text(labels["report.value"]), styles.header)
    outcome_labels = {labels.of("conversation", result) for result in ConversationResult}
    outcome_rows = []
    for row, line in enumerate(lines, start=6):
        _write_line(sheet, row, line, cells)
        if line.label in outcome_labels:
            outcome_rows.append(row)
    return outcome_rows


def _summary_widths(sheet: Worksheet, report: StatsReport, labels: Labels, lines: list[SummaryLine]) -> None:
    """Columns as wide as their longest text, so no figure, date or moment shows as "###"."""
    names = [labels[key] for key in ("report.title", "report.period", "report.timezone", "report.generated")]
    label_width = max(len(text) for text in [*names, *(line.label for line in lines)])
    values = [
        len(report.timezone),
        MIN_WIDTH[Kind.MOMENT] - 2,
        *(_shown_length(line.kind, line.value) for line in lines),
    ]
    sheet.set_column(0, 0, max(28, label_width + 2))
    sheet.set_column(1, 1, max(16, max(values) + 2))
    sheet.set_column(2, 2, max(16, MIN_WIDTH[Kind.DAY]))


def _shown_length(kind: Kind, value: Any) -> int:
    """How many characters Excel shows for ``value`` in the format of ``kind``."""
    if value is None:
        return 0
    if kind is Kind.SECONDS:
        return len(f"{int(value) // 3600}:00:00")
    if kind in (Kind.MOMENT, Kind.DAY):
        return MIN_WIDTH[kind] - 2
    if kind is Kind.MONEY:
        return len(f"{value:,.2f}")
    if kind is Kind.PERCENT:
        return len(f"{value * 100:.1f}%")
    return len(str(value))


def _write_line(sheet: Worksheet, row: int, line: SummaryLine, cells: _CellWriters) -> None:
    sheet.write_string(row, 0, safe_text(line.label))
    cells.put(sheet, row, 1, line.kind, line.value)


def _write_table(
    workbook: Workbook,
    sheet: Worksheet,
    table: Table[Any],
    styles: _Styles,
    cells: _CellWriters,
    progress: Progress | None,
    sheet_rows: int = SHEET_ROWS,
) -> int:
    """Write a header row and the table's rows; return how many data rows the first sheet holds.

    Rows beyond ``sheet_rows`` continue on "<name> (2)", "<name> (3)"…, each with its own header, in order (the
    workbook is written in constant-memory mode, so every sheet is finished before the next begins).
    """
    _write_header(sheet, table, styles)
    base = sheet.name
    puts = _row_writers(sheet, table, cells)
    row = written = first_sheet_rows = 0
    part = 1
    for item in table.rows:
        if row == sheet_rows - 1:
            _finish(sheet, table, row)
            first_sheet_rows = first_sheet_rows or row
            part += 1
            sheet = workbook.add_worksheet(_part_name(base, part))
            _write_header(sheet, table, styles)
            puts = _row_writers(sheet, table, cells)
            row = 0
        row += 1
        written += 1
        for put in puts:
            put(row, item)
        if progress is not None and written % PROGRESS_EVERY == 0:
            progress(written)
    if progress is not None:
        progress(written)
    _finish(sheet, table, row)
    return first_sheet_rows or row


def _row_writers(sheet: Worksheet, table: Table[Any], cells: _CellWriters) -> list[PutCell]:
    return [cells.column(sheet, col, column.kind, column.get, column.inert) for col, column in enumerate(table.columns)]


def _write_header(sheet: Worksheet, table: Table[Any], styles: _Styles) -> None:
    for col, column in enumerate(table.columns):
        width = max(column.width, min(len(column.label) + 2, MAX_HEADER_WIDTH), MIN_WIDTH.get(column.kind, 0))
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, safe_text(column.label), styles.header)
    sheet.freeze_panes(1, 1)


def _finish(sheet: Worksheet, table: Table[Any], rows: int) -> None:
    sheet.autofilter(0, 0, max(rows, 1), len(table.columns) - 1)


def _part_name(base: str, part: int) -> str:
    """A continuation sheet's name within Excel's 31 characters: "Звонки (2)"."""
    suffix = f" ({part})"
    return base[: 31 - len(suffix)] + suffix


def _hour_chart(workbook: Workbook, sheet_name: str, rows: int, labels: Labels) -> Any:
    chart = workbook.add_chart({"type": "column"})
    for col, key in ((1, "col.dials"), (2, "col.connected")):
        chart.add_series(
            {
                "name": labels[key],
                "categories": [sheet_name, 1, 0, rows, 0],
                "values": [sheet_name, 1, col, rows, col],
            }
        )
    chart.set_title({"name": labels["chart.by_hour"]})
    chart.set_x_axis({"name": labels["col.hour"]})
    chart.set_size({"width": 640, "height": 300})
    return chart


def _outcome_chart(workbook: Workbook, sheet_name: str, rows: list[int], labels: Labels) -> Any:
    chart = workbook.add_chart({"type": "pie"})
    first, last = rows[0], rows[-1]  # the outcome lines are consecutive in the summary
    chart.add_series(
        {
            "name": labels["chart.outcomes"],
            "categories": [sheet_name, first, 0, last, 0],
            "values": [sheet_name, first, 1, last, 1],
            "data_labels": {"percentage": True},
        }
    )
    chart.set_title({"name": labels["chart.outcomes"]})
    chart.set_size({"width": 480, "height": 300})
    return chart
