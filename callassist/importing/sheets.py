"""Reading XLSX, XLS, XLSB and ODS workbooks through python-calamine, every cell as the text a user sees."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from python_calamine import CalamineError, CalamineSheet, CalamineWorkbook

from callassist.errors import UserInputError

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"})
# Zip (XLSX, ODS) and OLE2 (XLS) containers.
SPREADSHEET_MAGIC: tuple[bytes, ...] = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def cell_text(value: object) -> str:
    """The text of one cell as the user sees it in the spreadsheet.

    Spreadsheets keep numbers as floats, so a phone typed as 79161234567 arrives as 79161234567.0; an
    integral float becomes its digits, never an exponent. Dates become ISO 8601.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return "" if value is None else str(value)


def read_sheet_rows(path: Path, sheet: str | None) -> tuple[str, Iterator[tuple[int, tuple[str, ...]]]]:
    """Open one sheet and yield ``(row number as the spreadsheet shows it, cell texts)``.

    Args:
        path: the workbook.
        sheet: the sheet's name; ``None`` takes the first sheet.

    Returns:
        The sheet's name and an iterator over its rows (blank rows included; the caller skips them).

    Raises:
        UserInputError: the workbook cannot be opened or has no such sheet.
    """
    # The library's own words ("Could not find EOCD", "Cfb error") mean nothing to an operator: only the kind
    # of workbook the file claims to be is named.
    kind = workbook_kind(path)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except (CalamineError, OSError, ValueError, RuntimeError) as exc:
        raise UserInputError("import.workbook_damaged", "file", name=path.name, kind=kind) from exc
    if not names:
        raise UserInputError("import.workbook_no_sheets", "file", name=path.name)
    name = names[0] if sheet is None else sheet
    if name not in names:
        listed = ", ".join(f"«{n}»" for n in names)
        raise UserInputError("import.sheet_missing", "sheet", name=path.name, sheet=sheet, sheets=listed)
    try:
        data = workbook.get_sheet_by_name(name)
    except (CalamineError, ValueError, RuntimeError) as exc:
        raise UserInputError("import.workbook_damaged", "file", name=path.name, kind=kind) from exc
    return name, _rows(data, path.name, kind)


def workbook_kind(path: Path) -> str:
    """ "XLSX/ODS" for a zip container, "XLS" for an OLE2 one, as the file's first bytes say."""
    with path.open("rb") as stream:
        head = stream.read(8)
    return "XLS" if head.startswith(SPREADSHEET_MAGIC[1]) else "XLSX/ODS"


def _rows(data: CalamineSheet, name: str, kind: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    # Without the empty area the grid starts at A1, so the index gives the row number the user sees; rows are
    # taken one at a time so a big sheet is not copied into Python objects whole.
    try:
        for index, cells in enumerate(data.iter_rows()):
            yield index + 1, tuple(cell_text(cell) for cell in cells)
    except (CalamineError, ValueError, RuntimeError) as exc:
        raise UserInputError("import.workbook_damaged", "file", name=name, kind=kind) from exc


def _float_text(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text
