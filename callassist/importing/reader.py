"""Reading a lead file into a plain table: headers and numbered rows of text, whatever the file's format.

CSV and TXT are decoded (see ``encoding``) and split by the delimiter found in the header line; XLSX, XLS,
XLSB and ODS go through python-calamine (see ``sheets``). Blank lines are not rows (PRODUCT.md section 5).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

from callassist.errors import UserInputError
from callassist.importing.encoding import decode_text
from callassist.importing.sheets import SPREADSHEET_MAGIC, SPREADSHEET_SUFFIXES, read_sheet_rows

DELIMITERS: tuple[str, ...] = (";", ",", "\t", "|")  # order breaks ties: Excel in a Russian locale saves ';'
_SEP_LINE = re.compile(r"^sep=(.)\s*$")  # Excel's "sep=;" first line names the delimiter outright
_CSV_FIELD_LIMIT = 1 << 20


class RawRow(NamedTuple):
    """One row as it stands in the file.

    ``number`` is the 1-based line (CSV: the line where the record starts) or row (spreadsheet) the
    user sees in an editor; ``values`` are the cells' text, untouched. A named tuple: files have 100,000s.
    """

    number: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A file read whole: its header, its non-blank rows, and how it was read."""

    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    encoding: str | None  # None for spreadsheets
    delimiter: str | None  # None for spreadsheets
    sheet: str | None = None  # the sheet read, for spreadsheets


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read a CSV/TXT or spreadsheet file of leads.

    Args:
        path: the file.
        sheet: for a workbook, the sheet's name; the first sheet when ``None``.

    Returns:
        The table: the first non-blank row is the header, blank rows are dropped.

    Raises:
        UserInputError: the file is missing, empty, binary, or cannot be parsed; the message says where.
    """
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as exc:
        raise UserInputError(f"The file {path} cannot be opened: {exc.strerror or exc}.") from exc
    if path.suffix.lower() in SPREADSHEET_SUFFIXES or head.startswith(SPREADSHEET_MAGIC):
        name, numbered = read_sheet_rows(path, sheet)
        headers, rows = _split_header(numbered, path.name)
        return Table(headers=headers, rows=rows, encoding=None, delimiter=None, sheet=name)
    return _read_text(path)


def preview(path: Path, n: int = 20, *, sheet: str | None = None) -> Table:
    """The table with only its first ``n`` rows, for the import wizard's preview."""
    table = read_table(path, sheet=sheet)
    return replace(table, rows=table.rows[: max(n, 0)])


def detect_delimiter(header_line: str, sample: Iterable[str] = ()) -> str:
    """The delimiter of a CSV file, judged by how often each candidate splits the header line.

    Quoted parts of the header are not counted. A header with no candidate at all is one column: the
    candidate seen least in ``sample`` (data lines) is chosen, so commas inside values do not split them.
    """
    outside = _outside_quotes(header_line)
    counts = {candidate: outside.count(candidate) for candidate in DELIMITERS}
    best = max(DELIMITERS, key=lambda candidate: counts[candidate])
    if counts[best] > 0:
        return best
    text = "\n".join(sample)
    return min(DELIMITERS, key=text.count)


def _read_text(path: Path) -> Table:
    text, encoding = decode_text(path.read_bytes(), path.name)
    # The csv module's notion of a line (\r, \n, \r\n), so line numbers match what an editor shows.
    lines = io.StringIO(text, newline="").readlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise UserInputError(f"The file {path.name} is empty: there is nothing to import.")
    sep = _SEP_LINE.match(lines[first])
    if sep:
        delimiter, skip = sep.group(1), first + 1
    else:
        delimiter, skip = detect_delimiter(lines[first], lines[first + 1 : first + 51]), first
    headers, rows = _split_header(_csv_rows(lines, skip, delimiter, path.name), path.name)
    return Table(headers=headers, rows=rows, encoding=encoding, delimiter=delimiter)


def _csv_rows(lines: list[str], skip: int, delimiter: str, name: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    reader = csv.reader(lines[skip:], delimiter=delimiter)
    start, last_start = skip + 1, 0
    try:
        for values in reader:
            yield start, tuple(values)
            last_start, start = start, skip + reader.line_num + 1
    except csv.Error as exc:
        raise UserInputError(f"{name}, line {start}: the row cannot be read as CSV ({exc}).") from exc
    if last_start and _ends_inside_quotes(lines[last_start - 1 :]):
        raise UserInputError(
            f'{name}, line {last_start}: a quote (") opened there is never closed, so every line after it '
            "would be read as one cell. Fix the quote and import again."
        )


def _ends_inside_quotes(tail: list[str]) -> bool:
    # Closed quoting always uses quote characters in pairs; an odd count left a value open to the end.
    return len(tail) > 1 and sum(line.count('"') for line in tail) % 2 == 1


def _split_header(
    numbered: Iterable[tuple[int, tuple[str, ...]]], name: str
) -> tuple[tuple[str, ...], tuple[RawRow, ...]]:
    headers: tuple[str, ...] | None = None
    rows: list[RawRow] = []
    for number, values in numbered:
        if not "".join(values).strip():
            continue  # blank lines are not rows
        if headers is None:
            headers = _clean_headers(values)
        else:
            rows.append(RawRow(number=number, values=values))
    if headers is None:
        raise UserInputError(f"The file {name} is empty: there is nothing to import.")
    return headers, tuple(rows)


def _clean_headers(values: tuple[str, ...]) -> tuple[str, ...]:
    # Empty header cells stay: they fix how many cells a row may have (a longer row is broken).
    return tuple(" ".join(value.replace("\ufeff", "").split()) for value in values)


def _outside_quotes(line: str) -> str:
    return "".join(part for index, part in enumerate(line.split('"')) if index % 2 == 0)
