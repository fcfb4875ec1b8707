"""Rows of one file that are the same client (they share a phone number and agree on the name) become one lead.

The earlier row wins: a later row only fills the earlier one's empty fields and adds its other phones,
so nothing the file said first is overwritten.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from callassist.importing.cleaning import Lead

# Text fields a later row may fill when the earlier one left them empty.
_FILLABLE: tuple[str, ...] = tuple(
    name for name in Lead._fields if name not in {"phones", "row_number", "original", "invalid_phones"}
)


class WithinFileMerge(NamedTuple):
    """The leads left after merging, in file order, and ``(merged row, row it went into)`` pairs."""

    unique: list[Lead]
    merged: list[tuple[int, int]]


def merge_within_file(leads: Iterable[Lead]) -> WithinFileMerge:
    """Merge leads that share an E.164 number and agree on who they are; ``len(unique) + len(merged)`` = leads given.

    Different people who share one number (an office switchboard) stay different leads that both hold it
    (PRODUCT.md rule 16): a lead goes into the earliest lead holding one of its numbers whose name agrees
    with its own (see ``names_agree``), else it stays a lead of its own.
    """
    kept: dict[int, Lead] = {}  # by row number; dicts keep file order
    first_holder: dict[str, int] = {}  # E.164 -> row of the first lead holding it
    more_holders: dict[str, list[int]] = {}  # E.164 -> rows of later leads holding it too (shared numbers only)
    into: dict[int, int] = {}  # merged row -> row it went into
    for lead in leads:
        target = None
        for phone in lead.phones:
            first = first_holder.get(phone.e164)
            if first is None:
                continue
            for row in (first, *more_holders.get(phone.e164, ())):
                if names_agree(kept[row].full_name, lead.full_name):
                    target = row
                    break
            if target is not None:
                break
        row = lead.row_number if target is None else target
        if target is None:
            kept[row] = lead
        else:
            kept[row] = fill(kept[row], lead)
            into[lead.row_number] = row
        for phone in lead.phones:
            holder = first_holder.setdefault(phone.e164, row)
            if holder != row and row not in more_holders.setdefault(phone.e164, []):
                more_holders[phone.e164].append(row)
    return WithinFileMerge(list(kept.values()), list(into.items()))


def name_words(name: str) -> frozenset[str]:
    """The words of a name, in any order and case, ё read as е: "Иванов Иван" and "иван ИВАНОВ" are one."""
    return frozenset(name.casefold().replace("ё", "е").replace(",", " ").replace(".", ". ").split())


def names_agree(first: str, second: str) -> bool:
    """True when two names may be one person: either is unknown, or one's words are all in the other's.

    An initial ("И." or "И") stands for any word with that first letter: "Иван И." agrees with "Иванов Иван".
    """
    if not first or not second:
        return True
    one, two = name_words(first), name_words(second)
    if one <= two or two <= one:
        return True
    return all(_word_in(word, two) for word in one) or all(_word_in(word, one) for word in two)


def _word_in(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    initial = word.rstrip(".")
    return len(initial) == 1 and any(other[0] == initial for other in words)


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
    return base._replace(**changes) if changes else base  # type: ignore[arg-type]
