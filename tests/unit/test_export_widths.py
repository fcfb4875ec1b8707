"""The XLSX export shows no "###": every number, date and moment fits its column (issue 13).

The workbook is read back as its XML (column widths from ``<col>``, cell styles and number formats from styles.xml),
each numeric cell is formatted the way Excel shows it, and its text must fit the column's width.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from callassist.export.xlsx_export import write_xlsx
from tests.unit.test_export_files import ANNA, build_report

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
BUILTIN = {0: "General", 9: "0%", 10: "0.00%", 14: "yyyy-mm-dd"}
EXCEL_EPOCH = datetime(1899, 12, 30)


def _formats(book: zipfile.ZipFile) -> list[str]:
    """The number format of each cell style, by style index."""
    styles = ET.fromstring(book.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId", 0)): f.get("formatCode", "") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
    return [
        custom.get(int(xf.get("numFmtId", 0)), BUILTIN.get(int(xf.get("numFmtId", 0)), "General"))
        for xf in styles.iterfind("m:cellXfs/m:xf", NS)
    ]


def _shown(value: float, code: str) -> str:
    """The text Excel shows for ``value`` in format ``code`` (the formats the export uses)."""
    if code == "[h]:mm:ss":
        seconds = round(value * 86400)
        return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if "yy" in code:
        return (EXCEL_EPOCH + timedelta(days=value)).strftime("%Y-%m-%d %H:%M:%S" if "hh" in code else "%Y-%m-%d")
    if code.endswith("%"):
        return f"{value * 100:.{code.count('0') - 1}f}%"
    if code == "#,##0.00":
        return f"{value:,.2f}"
    return f"{value:g}"


def _column(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters
    number = 0
    for letter in letters.group():
        number = number * 26 + ord(letter) - 64
    return number


def _too_narrow(path: Path) -> list[str]:
    """Every numeric cell of every sheet whose shown text is wider than its column, as 'sheet!cell text width'."""
    found = []
    with zipfile.ZipFile(path) as book:
        formats = _formats(book)
        sheets = sorted(name for name in book.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name))
        for name in sheets:
            sheet = ET.fromstring(book.read(name))
            widths: dict[int, float] = {}
            for col in sheet.iterfind("m:cols/m:col", NS):
                for number in range(int(col.get("min", 0)), int(col.get("max", 0)) + 1):
                    widths[number] = float(col.get("width", 0))
            for cell in sheet.iterfind("m:sheetData/m:row/m:c", NS):
                value = cell.findtext("m:v", namespaces=NS)
                if value is None or cell.get("t") in ("s", "str", "inlineStr", "b"):
                    continue
                text = _shown(float(value), formats[int(cell.get("s", 0))])
                width = widths.get(_column(cell.get("r", "A")), 8.43)
                # A column of width w shows about w digits; one more for the cell's own padding.
                if len(text) + 1 > width:
                    found.append(f"{name}!{cell.get('r')} {text!r} {width}")
    return found


@pytest.mark.parametrize("language", ["ru", "en"])
def test_no_cell_of_the_xlsx_would_show_hashes(tmp_path: Path, language: str) -> None:
    big = replace(
        ANNA,
        revenue=Decimal("123456789.50"),
        talk_seconds_total=3_600 * 250 + 59,
        first_call_at=datetime(2026, 11, 23, 6, 5, 7, tzinfo=UTC),
        last_call_at=datetime(2026, 11, 23, 20, 45, 59, tzinfo=UTC),
    )
    report = replace(build_report(), per_operator=(big,), total=replace(big, operator=None))
    path = tmp_path / f"report-{language}.xlsx"
    write_xlsx(report, path, language)
    assert not _too_narrow(path)


def test_the_check_finds_a_moment_in_a_narrow_column(tmp_path: Path) -> None:
    import xlsxwriter

    path = tmp_path / "narrow.xlsx"
    workbook = xlsxwriter.Workbook(path)
    sheet = workbook.add_worksheet()
    sheet.set_column(1, 1, 16)  # the summary sheet's width before issue 13
    sheet.write_datetime(3, 1, datetime(2026, 12, 8, 11, 0), workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}))
    workbook.close()
    assert _too_narrow(path) == ["xl/worksheets/sheet1.xml!B4 '2026-12-08 11:00:00' 16.7109375"]


def test_csv_numbers_follow_the_language_whatever_the_delimiter(tmp_path: Path) -> None:
    from callassist.export.csv_export import write_csv
    from tests.unit.test_export_files import read_csv, section

    for language, delimiter, expected in (("ru", ",", ("13500,49", "33,3%")), ("en", ";", ("13500.49", "33.3%"))):
        out = tmp_path / f"{language}.csv"
        write_csv(build_report(), out, delimiter=delimiter, language=language)
        rows = section(read_csv(out, delimiter), "Итоги" if language == "ru" else "Summary")
        summary = dict(row for row in rows if len(row) == 2)
        revenue = "Выручка" if language == "ru" else "Revenue"
        conversion = "Конверсия" if language == "ru" else "Conversion"
        assert (summary[revenue], summary[conversion]) == expected
