"""Formula-injection guard for exported cells (PRODUCT.md rule 12).

A spreadsheet executes a cell whose text begins with ``=``, ``+``, ``-`` or ``@`` (and, after import, one that
begins with a tab or carriage return). Text is made inert by a leading apostrophe, the OWASP advice, which
spreadsheets read as "this is text". Numbers and dates are written as real numbers and dates: they cannot
carry a formula.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeAlias

# Full-width forms too: some East Asian Excel builds read "＝" as "=".
DANGEROUS_FIRST = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
INERT_PREFIX = "'"

SafeValue: TypeAlias = str | int | float | Decimal | date | datetime | time | timedelta

_PASSTHROUGH = (int, float, Decimal, date, time, timedelta)  # bool is an int; datetime is a date


def safe_text(text: str) -> str:
    """``text`` itself, or with an apostrophe in front when a spreadsheet would execute it."""
    if text and text[0] in DANGEROUS_FIRST:
        return INERT_PREFIX + text
    return text


def safe_cell(value: object) -> SafeValue:
    """A value ready for a cell: numbers and dates unchanged, None as "", anything else as inert text."""
    if value is None:
        return ""
    if isinstance(value, _PASSTHROUGH):
        return value
    return safe_text(value if isinstance(value, str) else str(value))
