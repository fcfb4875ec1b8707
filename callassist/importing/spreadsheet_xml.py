"""Rows of Excel's "XML Spreadsheet 2003": what 1C and older CRMs save under an ``.xls`` or ``.xml`` name.

The file is XML in the ``urn:schemas-microsoft-com:office:spreadsheet`` namespace: ``Worksheet`` > ``Table`` >
``Row`` > ``Cell`` > ``Data``. A row or cell may skip ahead with ``ss:Index``. Only the first worksheet is read, a
row at a time (each row is dropped once read), so a big file is never held whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, iterparse

from callassist.errors import UserInputError

NAMESPACE = "urn:schemas-microsoft-com:office:spreadsheet"
_SS = f"{{{NAMESPACE}}}"


def looks_like_spreadsheet_xml(head: bytes) -> bool:
    """True when the first bytes are an XML document in Excel's 2003 spreadsheet namespace."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"<?xml") and NAMESPACE.encode() in head


def spreadsheet_xml_rows(path: Path) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Yield ``(row number, cell texts)`` of the first worksheet.

    Raises:
        UserInputError: the XML is broken (a file cut short, say); rows yielded before stay read.
    """
    number = 0
    depth = 0  # worksheets seen: only the first is read
    try:
        for event, element in iterparse(str(path), events=("start", "end")):
            if element.tag == f"{_SS}Worksheet":
                depth += event == "start"
                if event == "end" and depth >= 1:
                    return
                continue
            if event != "end" or element.tag != f"{_SS}Row" or depth != 1:
                continue
            index = element.get(f"{_SS}Index")
            number = int(index) if index and index.isdigit() else number + 1
            yield number, _cells(element)
            element.clear()
    except ParseError as exc:
        raise UserInputError("import.workbook_damaged", "file", name=path.name, kind="XML") from exc


def _cells(row: Element) -> tuple[str, ...]:
    cells: list[str] = []
    for cell in row.iter(f"{_SS}Cell"):
        index = cell.get(f"{_SS}Index")
        if index and index.isdigit():
            cells.extend([""] * (int(index) - 1 - len(cells)))
        data = cell.find(f"{_SS}Data")
        cells.append("" if data is None else "".join(data.itertext()).strip())
    return tuple(cells)
