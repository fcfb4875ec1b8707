"""Rows of an HTML table: what Bitrix24's and 1C-Bitrix's "Export to Excel" really writes under an ``.xls`` name.

Such a file is UTF-8 with a BOM, a ``<meta charset>`` line and one ``<table border="1">``; Excel opens it, so
people treat it as a workbook. It is read with the standard library's HTML parser, a block at a time, so a big
export is never held whole. Every ``<tr>`` is a row and every ``<td>``/``<th>`` a cell; ``<br>`` is a line break.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

from callassist.importing.encoding import TextEncoding, detect

_BLOCK = 1 << 20
_BREAK = "\u2028"  # a <br> while a cell is collected
_META_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|table|style|title)\b",
                         re.IGNORECASE | re.DOTALL)  # fmt: skip


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file start an HTML document or a bare table (a BOM allowed)."""
    text = head.removeprefix(b"\xef\xbb\xbf")
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", "ignore").encode("utf-8", "ignore")
    return bool(_HTML_START.match(text[:4096]))


def html_encoding(path: Path, head: bytes) -> TextEncoding:
    """The BOM first, then the document's own ``<meta charset>``, then what the bytes say."""
    if head.startswith(b"\xef\xbb\xbf"):
        return TextEncoding("utf-8-sig", "surrogateescape")
    declared = _META_CHARSET.search(head[:8192])
    if declared is not None:
        name = declared.group(1).decode("ascii", "ignore").lower()
        try:
            "".encode(name)
        except LookupError:
            pass
        else:
            return TextEncoding(name, "surrogateescape" if name.replace("_", "-") in ("utf-8", "utf8") else "replace")
    return detect(path)


def html_rows(path: Path, encoding: TextEncoding) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Yield ``(row number, cell texts)`` for every table row of the document, in order (numbered from 1)."""
    parser = _TableParser()
    number = 0
    with path.open(encoding=encoding.codec, errors=encoding.errors, newline="") as stream:
        while block := stream.read(_BLOCK):
            parser.feed(block)
            for row in parser.take():
                number += 1
                yield number, row
    parser.close()
    for row in parser.take():
        number += 1
        yield number, row


class _TableParser(HTMLParser):
    """Collects finished rows; an unclosed ``<td>`` or ``<tr>`` ends at the next one, as browsers read it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._done: list[tuple[str, ...]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._skip = 0  # inside <style> or <script>

    def take(self) -> list[tuple[str, ...]]:
        done, self._done = self._done, []
        return done

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._skip += 1
        elif tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            if self._row is None:
                self._row = []
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(_BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._skip = max(0, self._skip - 1)
        elif tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()

    def handle_data(self, data: str) -> None:
        if self._cell is not None and not self._skip:
            self._cell.append(data)

    def close(self) -> None:
        super().close()
        self._end_row()

    def _end_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            parts = "".join(self._cell).split(_BREAK)  # source line breaks are spaces; only <br> breaks a line
            self._row.append("\n".join(" ".join(part.split()) for part in parts).strip())
        self._cell = None

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self._done.append(tuple(self._row))
        self._row = None
