"""Reading a lead file into headers and numbered rows of text, by what the file is, never by its name.

The first bytes decide: a zip or OLE2 container is a workbook (XLSX, ODS, XLS through python-calamine, see
``sheets``); Excel's XML Spreadsheet 2003 is read as XML (``spreadsheet_xml``); an HTML document is a table
export (Bitrix24's "Excel", see ``html_table``); anything else is text, decoded the way its bytes say
(``encoding``) and split by the delimiter found in the header line. Rows are read lazily, so an import holds one
chunk of them, not the file. Blank lines are not rows (PRODUCT.md section 5).
"""

from __future__ import annotations

import csv
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple, TextIO

from callassist.errors import UserInputError
from callassist.importing.encoding import TextEncoding, detect
from callassist.importing.header_names import LeadField, recognise
from callassist.importing.html_table import html_encoding, html_rows, looks_like_html
from callassist.importing.sheets import SPREADSHEET_MAGIC, read_sheet_rows
from callassist.importing.spreadsheet_xml import looks_like_spreadsheet_xml, spreadsheet_xml_rows

DELIMITERS: tuple[str, ...] = (";", ",", "\t", "|")  # order breaks ties: Excel in a Russian locale saves ';'
_SEP_LINE = re.compile(r"^sep=(.)\s*$")  # Excel's "sep=;" first line names the delimiter outright
_SNIFF_LINES = 60
_HEAD = 1 << 16

Numbered = Iterator[tuple[int, tuple[str, ...]]]


class RawRow(NamedTuple):
    """One row as it stands in the file.

    ``number`` is the 1-based line (CSV: the line where the record starts) or row (spreadsheet, HTML table)
    the user sees; ``values`` are the cells' text, untouched. A named tuple: files have millions.
    """

    number: int
    values: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A file read whole: its header, its non-blank rows, and how it was read."""

    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    encoding: str | None  # None for workbooks
    delimiter: str | None  # None for workbooks and HTML tables
    sheet: str | None = None  # the sheet read, for workbooks
    kind: str = "text"  # "text", "html" or "workbook"


@dataclass
class Source:
    """An open lead file: its header, and its rows to be read once, lazily (``rows``)."""

    path: Path
    headers: tuple[str, ...]
    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    _rows: Iterator[RawRow] = field(repr=False)

    def rows(self) -> Iterator[RawRow]:
        """The non-blank rows under the header, in file order; read once."""
        return self._rows

    def table(self) -> Table:
        """Every row read into a ``Table`` (for small files: previews and tests)."""
        return Table(self.headers, tuple(self._rows), self.encoding, self.delimiter, self.sheet, self.kind)


def open_source(path: Path, *, sheet: str | None = None) -> Source:
    """Open a lead file of any supported kind and read its header.

    Raises:
        UserInputError: the file is missing, empty, not a table, or damaged past reading; the message says so
            in words an operator understands.
    """
    head = _head(path)
    if head.startswith(SPREADSHEET_MAGIC):
        name, numbered = read_sheet_rows(path, sheet)
        headers, rows = _split_header(numbered, path.name)
        return Source(path, headers, "workbook", None, None, name, rows)
    if looks_like_spreadsheet_xml(head):
        headers, rows = _split_header(spreadsheet_xml_rows(path), path.name)
        return Source(path, headers, "workbook", None, None, None, rows)
    if looks_like_html(head):
        encoding = html_encoding(path, head)
        headers, rows = _split_header(html_rows(path, encoding), path.name)
        return Source(path, headers, "html", encoding.codec, None, None, rows)
    encoding = detect(path)
    delimiter, numbered = _text_rows(path, encoding)
    headers, rows = _split_header(numbered, path.name)
    return Source(path, headers, "text", encoding.codec, delimiter, None, rows)


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """Read a whole lead file (see ``open_source``; the header is its first non-blank row, or the row under a
    report's title that names the lead columns)."""
    return open_source(path, sheet=sheet).table()


def preview(path: Path, n: int = 20, *, sheet: str | None = None) -> Table:
    """The table with only its first ``n`` rows, for the import wizard's preview (the rest is never read)."""
    source = open_source(path, sheet=sheet)
    rows = tuple(itertools.islice(source.rows(), max(n, 0)))
    return Table(source.headers, rows, source.encoding, source.delimiter, source.sheet, source.kind)


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


def _header_delimiter(lines: list[str]) -> str | None:
    """The delimiter that splits one of the first lines into a header naming the lead columns, if one does."""
    for line in [line for line in lines if line.strip()][:_TITLE_ROWS]:
        for candidate in DELIMITERS:
            if candidate in line and _names_lead_columns(_cells_of(line, candidate)):
                return candidate
    return None


def _cells_of(line: str, delimiter: str) -> tuple[str, ...]:
    return tuple(next(csv.reader([line], delimiter=delimiter), []))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            head = stream.read(_HEAD)
    except FileNotFoundError as exc:
        raise UserInputError("import.file_missing", "file", path=str(path)) from exc
    except OSError as exc:
        raise UserInputError("import.file_unopenable", "file", name=path.name, detail=exc.strerror or exc) from exc
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise UserInputError("import.file_empty", "file", name=path.name)
    return head


def _text_rows(path: Path, encoding: TextEncoding) -> tuple[str, Numbered]:
    stream = path.open(encoding=encoding.codec, errors=encoding.errors, newline="")
    try:
        # The csv module's notion of a line (\r, \n, \r\n), so line numbers match what an editor shows.
        lines = list(itertools.islice(stream, _SNIFF_LINES))
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            raise UserInputError("import.file_empty", "file", name=path.name)
        lines[first] = lines[first].removeprefix("\ufeff")
        sep = _SEP_LINE.match(lines[first])
        if sep:
            delimiter, skip = sep.group(1), first + 1
        else:
            delimiter, skip = detect_delimiter(lines[first], lines[first + 1 :]), first
            if not _names_lead_columns(_cells_of(lines[first], delimiter)):  # a report's title, not its header
                delimiter = _header_delimiter(lines[first:]) or delimiter
    except BaseException:
        stream.close()
        raise
    return delimiter, _csv_rows(stream, lines, skip, delimiter, path.name)


def _csv_rows(stream: TextIO, head: list[str], skip: int, delimiter: str, name: str) -> Numbered:
    # No field limit: an oversize cell is one bad row, rejected alone by the cleaning step, not the file's end.
    csv.field_size_limit(sys.maxsize >> 1)
    with stream:
        reader = csv.reader(itertools.chain(head[skip:], stream), delimiter=delimiter)
        start = skip + 1
        pending: tuple[int, list[str], int] | None = None
        for values in reader:
            end = skip + reader.line_num
            if pending is not None:
                yield pending[0], tuple(pending[1])
            pending = (start, values, end)
            start = end + 1
        if pending is not None:
            _check_closed(pending, name)
            yield pending[0], tuple(pending[1])


def _check_closed(last: tuple[int, list[str], int], name: str) -> None:
    # The csv module ends a quoted value opened and never closed at the end of the file, keeping the line break
    # it ate: such a last record swallowed every line after its start.
    start, values, end = last
    if end > start and values and values[-1].endswith(("\n", "\r")):
        raise UserInputError("import.unclosed_quote", "file", name=name, line=start)


_TITLE_ROWS = 15  # how far down a report's header row is looked for (titles, dates, filters stand above it)
_NAMING = frozenset({LeadField.PHONE, LeadField.FULL_NAME, LeadField.LAST_NAME, LeadField.FIRST_NAME})


def _split_header(numbered: Numbered, name: str) -> tuple[tuple[str, ...], Iterator[RawRow]]:
    """The header row and the rows under it. The header is the first non-blank row, unless a row a little further
    down names a phone or a person among its columns: reports from 1C or Excel put a title ("Список клиентов на
    01.12.2026"), a date or a filter above their header, and those lines are no leads."""
    leading: list[tuple[int, tuple[str, ...]]] = []
    for number, values in numbered:
        if not "".join(values).strip():
            continue
        leading.append((number, values))
        if _names_lead_columns(values) or len(leading) == _TITLE_ROWS:
            break
    if not leading:
        raise UserInputError("import.file_empty", "file", name=name)
    titled = _names_lead_columns(leading[-1][1]) and all(_is_title(values) for _number, values in leading[:-1])
    at = len(leading) - 1 if titled else 0  # otherwise the first row, as ever: no lead is ever skipped as a title
    under = (RawRow(number, values) for number, values in leading[at + 1 :])
    return _clean_headers(leading[at][1]), itertools.chain(under, _non_blank(numbered))


_PHONE_LIKE = re.compile(r"(?:\d[\s()\-]{0,2}){7}")  # seven digits as a number is written (a date is not)


def _names_lead_columns(values: tuple[str, ...]) -> bool:
    """True for a row that reads as a header: two or more known columns, a phone or a person's name among them,
    and no cell that holds a phone number (a lead's row does)."""
    cells = [value for value in values if value.strip()]
    known = [field for field in map(recognise, cells) if field is not LeadField.IGNORE]
    if len(known) < 2 or not any(field in _NAMING for field in known):
        return False
    return not any(_PHONE_LIKE.search(cell) for cell in cells)


def _is_title(values: tuple[str, ...]) -> bool:
    """A line a report puts above its header: a title, a period, a filter; one or two cells and no phone number."""
    cells = [value for value in values if value.strip()]
    return len(cells) <= 2 and not any(_PHONE_LIKE.search(cell) for cell in cells)


def _non_blank(numbered: Numbered) -> Iterator[RawRow]:
    for number, values in numbered:
        if (values and values[0][:1].strip()) or "".join(values).strip():  # most rows: their first cell says so
            yield RawRow(number, values)


def _clean_headers(values: tuple[str, ...]) -> tuple[str, ...]:
    # Empty header cells stay: they fix how many cells a row may have (a longer row is broken).
    return tuple(" ".join(value.replace("\ufeff", "").split()) for value in values)


def _outside_quotes(line: str) -> str:
    return "".join(part for index, part in enumerate(line.split('"')) if index % 2 == 0)
