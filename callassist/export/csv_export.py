"""The statistics report as one CSV file: sections one after another, each under a title row.

UTF-8 with a BOM and ``;`` by default: that is what Excel in a Russian locale opens without a wizard, and with
``;`` it also expects a decimal comma, so numbers follow the delimiter (comma decimals with ``;``, dots with
``,``). Durations are H:MM:SS, moments are wall-clock time in the report's time zone.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias
from zoneinfo import ZoneInfo

from callassist.errors import UserInputError
from callassist.export.atomic import replaced_on_success
from callassist.export.labels import Labels
from callassist.export.safe import DANGEROUS_FIRST, INERT_PREFIX, safe_text
from callassist.export.tables import Column, Kind, LocalClock, Table, report_tables, summary_lines
from callassist.stats.report import StatsReport

if TYPE_CHECKING:
    from _csv import Writer as CsvWriter

DELIMITERS = (";", ",")
BOM = "\ufeff"
BUFFER = 1 << 20  # bytes; fewer, larger writes for a log of hundreds of megabytes

Formatter: TypeAlias = Callable[[Any], str]


def write_csv(report: StatsReport, path: Path | str, delimiter: str = ";", language: str = "ru") -> None:
    """Write ``report`` to ``path`` as CSV; the call log is streamed, the file appears only when complete.

    Raises:
        UserInputError: unknown delimiter or language, or a folder that does not exist.
        EnvironmentFailure: the disk failed; no file was left behind.
    """
    if delimiter not in DELIMITERS:
        raise UserInputError("export.bad_delimiter", field="delimiter", delimiter=delimiter)
    labels = Labels.for_language(language)
    target = Path(path)
    # Numbers as the language writes them (rule 18): "33,3%" and "12500,50" in Russian, points in English.
    cells = _CellFormat(report.zone, decimal_comma=language == "ru")
    # The BOM by hand and plain UTF-8 after it: the "utf-8-sig" codec encodes every write in Python code.
    with replaced_on_success(target) as temp, temp.open("w", encoding="utf-8", newline="", buffering=BUFFER) as handle:
        handle.write(BOM)
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")
        _write_summary(writer, report, labels, cells)
        for table in report_tables(report, labels):
            writer.writerow(())
            _write_table(writer, table, labels, cells)


class _CellFormat:
    """How each kind of value reads in a CSV cell."""

    def __init__(self, zone: ZoneInfo, decimal_comma: bool) -> None:
        self.clock = LocalClock(zone)
        self.point = "," if decimal_comma else "."
        self.by_kind: dict[Kind, Formatter] = {
            Kind.TEXT: lambda value: safe_text(str(value)),
            Kind.INT: str,
            Kind.SECONDS: hms,
            Kind.MOMENT: self.clock.text,
            Kind.DAY: date.isoformat,
            Kind.MONEY: self.money,
            Kind.PERCENT: self.percent,
        }

    def __call__(self, kind: Kind, value: object) -> str:
        return "" if value is None else self.by_kind[kind](value)

    def column(self, column: Column[Any]) -> Callable[[Any], object]:
        """A function from a row to its cell in this column (csv.writer writes None as "" and ints as digits)."""
        kind, get = column.kind, column.get
        if kind is Kind.INT or column.inert:
            return get
        if kind is Kind.TEXT:

            def text(item: Any) -> str:
                value = get(item)
                if value is None:
                    return ""
                value = value if type(value) is str else str(value)
                # safe_text inlined (PRODUCT.md rule 12): this runs for every text cell of a month's log.
                return INERT_PREFIX + value if value and value[0] in DANGEROUS_FIRST else value

            return text
        show = self.by_kind[kind]

        def shown(item: Any) -> str:
            value = get(item)
            return "" if value is None else show(value)

        return shown

    def money(self, value: Decimal) -> str:
        return f"{value:.2f}".replace(".", self.point)

    def percent(self, value: float) -> str:
        return f"{value * 100:.1f}%".replace(".", self.point)


def hms(seconds: float) -> str:
    """A duration as H:MM:SS (hours may exceed 24: a month of talk time)."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def _write_summary(writer: CsvWriter, report: StatsReport, labels: Labels, cells: _CellFormat) -> None:
    writer.writerow((safe_text(labels["sheet.summary"]),))
    period = f"{report.date_from.isoformat()} — {report.date_to.isoformat()}"
    writer.writerow((safe_text(labels["report.period"]), period))
    writer.writerow((safe_text(labels["report.timezone"]), safe_text(report.timezone)))
    writer.writerow((safe_text(labels["report.generated"]), cells(Kind.MOMENT, report.generated_at)))
    writer.writerow((safe_text(labels["report.metric"]), safe_text(labels["report.value"])))
    for line in summary_lines(report, labels):
        writer.writerow((safe_text(line.label), cells(line.kind, line.value)))


def _write_table(writer: CsvWriter, table: Table[Any], labels: Labels, cells: _CellFormat) -> None:
    writer.writerow((safe_text(labels[table.key]),))
    writer.writerow([safe_text(column.label) for column in table.columns])
    # One function per column, resolved once: a month's call log is 1.8 million rows.
    plan = [cells.column(column) for column in table.columns]
    rows: Iterable[Any] = table.rows
    writer.writerows([cell(row) for cell in plan] for row in rows)
