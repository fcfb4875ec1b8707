"""The rejects file: every row not imported, as it was, with the reason, ready to fix and import again.

It opens in Excel in a Russian locale without a wizard (UTF-8 with BOM, ';', CRLF) and no cell runs as a
formula (PRODUCT.md rule 12). It appears whole or not at all.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from callassist.errors import UserInputError
from callassist.export.safe import safe_text
from callassist.importing.cleaning import Rejection

_TITLES = {"ru": ("Строка", "Причина"), "en": ("Row", "Reason")}


def write_rejects(path: Path, headers: Sequence[str], rejections: Sequence[Rejection], *, language: str = "en") -> Path:
    """Write the rejected rows to ``path`` atomically.

    Columns: the row number, the original headers with the row's values under them (extra cells of
    broken rows in further columns), and the reason in ``language`` ("ru" or "en").

    Returns:
        ``path``.

    Raises:
        UserInputError: the folder does not exist or cannot be written; nothing is left behind.
    """
    row_title, reason_title = _TITLES["ru" if language == "ru" else "en"]
    width = max([len(headers), *(len(r.original) for r in rejections)])
    extra = [f"({index})" for index in range(len(headers) + 1, width + 1)]
    table = [[row_title, *headers, *extra, reason_title]]
    for rejection in rejections:
        values = list(rejection.original) + [""] * (width - len(rejection.original))
        table.append([str(rejection.row_number), *values, rejection.message(language)])
    _write_atomically(path, [[safe_text(cell) for cell in row] for row in table])
    return path


def _write_atomically(path: Path, rows: list[list[str]]) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise UserInputError(
            f"The rejects file cannot be written in {folder}: {exc.strerror or exc}.", "rejects"
        ) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(rows)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise UserInputError(f"The rejects file {path} cannot be written: {exc.strerror or exc}.", "rejects") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
