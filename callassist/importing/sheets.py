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
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except (CalamineError, OSError, ValueError) as exc:
        raise UserInputError(f"The file {path.name} cannot be read as a spreadsheet: {exc}") from exc
    names = list(workbook.sheet_names)
    if not names:
        raise UserInputError(f"The workbook {path.name} has no sheets.")
    name = names[0] if sheet is None else sheet
    if name not in names:
        listed = ", ".join(repr(n) for n in names)
        message = f"The workbook {path.name} has no sheet {sheet!r}; its sheets are {listed}."
        raise UserInputError(message, field="sheet")
    try:
        data = workbook.get_sheet_by_name(name)
    except (CalamineError, ValueError) as exc:
        raise UserInputError(f"The sheet {name!r} of {path.name} cannot be read: {exc}") from exc
    return name, _rows(data)


def _rows(data: CalamineSheet) -> Iterator[tuple[int, tuple[str, ...]]]:
    # Without the empty area the grid starts at A1, so the index gives the row number the user sees.
    for index, cells in enumerate(data.to_python(skip_empty_area=False)):
        yield index + 1, tuple(cell_text(cell) for cell in cells)


def _float_text(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer():
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    return text
