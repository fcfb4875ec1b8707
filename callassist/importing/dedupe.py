"""Rows of one file that are the same client (they share a phone number) become one lead.

The earlier row wins: a later row only fills the earlier one's empty fields and adds its other phones,
so nothing the file said first is overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from typing import NamedTuple

from callassist.importing.cleaning import Lead

# Text fields a later row may fill when the earlier one left them empty.
_FILLABLE: tuple[str, ...] = tuple(
    f.name for f in fields(Lead) if f.name not in {"phones", "row_number", "original", "invalid_phones"}
)


class WithinFileMerge(NamedTuple):
    """The leads left after merging, in file order, and ``(merged row, row it went into)`` pairs."""

    unique: list[Lead]
    merged: list[tuple[int, int]]


def merge_within_file(leads: Iterable[Lead]) -> WithinFileMerge:
    """Merge leads that share any E.164 number; ``len(unique) + len(merged)`` equals the leads given.

    A row that joins two earlier leads (it has a phone of each) merges all three into the earliest.
    """
    kept: dict[int, Lead] = {}  # by row number; dicts keep file order
    owner: dict[str, int] = {}  # E.164 -> row number of the lead holding it
    into: dict[int, int] = {}  # merged row -> row it went into
    for lead in leads:
        targets = sorted({owner[p.e164] for p in lead.phones if p.e164 in owner})
        if not targets:
            kept[lead.row_number] = lead
            _own(owner, lead, lead.row_number)
            continue
        target = targets[0]
        for other in (*(kept.pop(row) for row in targets[1:]), lead):
            kept[target] = fill(kept[target], other)
            _own(owner, other, target)
            into[other.row_number] = target
    for row, target in into.items():
        into[row] = _final(into, target)
    return WithinFileMerge(list(kept.values()), list(into.items()))


def fill(base: Lead, other: Lead) -> Lead:
    """``base`` with its empty fields taken from ``other`` and ``other``'s new phones added."""
    changes: dict[str, object] = {
        name: getattr(other, name) for name in _FILLABLE if not getattr(base, name) and getattr(other, name)
    }
    known = {phone.e164 for phone in base.phones}
    extra = tuple(phone for phone in other.phones if phone.e164 not in known)
    if extra:
        changes["phones"] = base.phones + extra
    new_invalid = tuple(part for part in other.invalid_phones if part not in base.invalid_phones)
    if new_invalid:
        changes["invalid_phones"] = base.invalid_phones + new_invalid
    return replace(base, **changes) if changes else base  # type: ignore[arg-type]


def _own(owner: dict[str, int], lead: Lead, row: int) -> None:
    for phone in lead.phones:
        owner[phone.e164] = row


def _final(into: dict[int, int], row: int) -> int:
    while row in into:
        row = into[row]
    return row
