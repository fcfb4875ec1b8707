"""The rejects file: every row not imported, as it was, with the reason first, ready to fix and import again.

It is written in the format of the file it came from: a workbook's rejects are an XLSX workbook, anything else
a CSV that opens in Excel in a Russian locale without a wizard (UTF-8 with BOM, ';', CRLF). The reason and the
row number come first, in the UI language; the file's own columns follow under their own headers, so importing
the fixed file again maps them as before (the reason and row columns have no field, and the formula guard's
apostrophe is taken off on the way in, see ``cleaning.unguard``). No cell runs as a formula (PRODUCT.md rule
12). It appears whole or not at all.
"""

from __future__ import annotations

import csv
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import xlsxwriter

from callassist.errors import UserInputError
from callassist.export.safe import safe_text
from callassist.importing.cleaning import Rejection
from callassist.importing.encoding import BAD_BYTE
from callassist.messages import render

_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")  # not allowed in a workbook's XML


def rejects_path_for(source: Path, kind: str) -> Path:
    """Where the rejects of ``source`` go by default: beside it, in its own format."""
    suffix = ".xlsx" if kind == "workbook" else ".csv"
    return source.with_name(f"{source.stem}.rejects{suffix}")


def write_rejects(path: Path, headers: Sequence[str], rejections: Sequence[Rejection], *, language: str = "en") -> Path:
    """Write the rejected rows to ``path`` atomically, as XLSX when its name ends so, else as CSV.

    Columns: the reason in ``language``, the row number, then the original headers with the row's values under
    them (extra cells of broken rows in further columns).

    Returns:
        ``path``.

    Raises:
        UserInputError: the folder does not exist or cannot be written; nothing is left behind.
    """
    rows = _table(headers, rejections, language)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserInputError(
            "import.rejects_unwritable", "rejects", folder=str(folder), detail=exc.strerror or exc
        ) from exc
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            os.close(handle)
            _write_xlsx(Path(temporary), rows)
        else:
            _write_csv(handle, rows)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserInputError(
            "import.rejects_unwritable", "rejects", folder=str(folder), detail=exc.strerror or exc
        ) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _table(headers: Sequence[str], rejections: Sequence[Rejection], language: str) -> Iterator[list[str]]:
    width = max([len(headers), *(len(r.original) for r in rejections)])
    extra = [f"({index})" for index in range(len(headers) + 1, width + 1)]
    yield [render("import.rejects.reason", language), render("import.rejects.row", language), *headers, *extra]
    for rejection in rejections:
        values = list(rejection.original) + [""] * (width - len(rejection.original))
        cells = (rejection.message(language), str(rejection.row_number), *values)
        yield [safe_text(BAD_BYTE.sub("\ufffd", cell)) for cell in cells]  # a bad byte stays visible as �


def _write_csv(handle: int, rows: Iterator[list[str]]) -> None:
    with os.fdopen(handle, "w", encoding="utf-8-sig", newline="", errors="replace") as stream:
        csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(rows)
        stream.flush()
        os.fsync(stream.fileno())


def _write_xlsx(path: Path, rows: Iterator[list[str]]) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = workbook.add_worksheet()
    for row_index, row in enumerate(rows):
        for column, value in enumerate(row):
            sheet.write_string(row_index, column, _XML_UNSAFE.sub("\ufffd", value[:32767]))
    workbook.close()
