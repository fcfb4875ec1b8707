"""People's names from lead files: trimmed, and split when one column holds the whole name.

Russian lists write "Фамилия Имя Отчество"; English ones write "First Last". A patronymic is told by its
ending, which also reveals the order "Имя Отчество Фамилия".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

PATRONYMIC_ENDINGS: tuple[str, ...] = ("вич", "вна", "ична", "оглы", "кызы", "улы", "уулу")
_PATRONYMIC_PARTICLES = frozenset({"оглы", "кызы", "улы", "уулу"})  # "Мамедов Рашид Гусейн оглы"
_SURNAME_ENDINGS: tuple[str, ...] = (
    "ов",
    "ова",
    "ев",
    "ева",
    "ёв",
    "ёва",
    "ин",
    "ина",
    "ын",
    "ына",
    "ский",
    "ская",
    "цкий",
    "цкая",
    "енко",
    "ук",
    "юк",
)
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


class NameParts(NamedTuple):
    """A person's name in parts (a named tuple: an import builds three per row)."""

    last: str = ""
    first: str = ""
    patronymic: str = ""


def tidy(text: str) -> str:
    """Trim a text cell and collapse runs of spaces, tabs and line breaks into one space."""
    return " ".join(text.split())


def split_full_name(full_name: str) -> NameParts:
    """Split "Иванов Иван Иванович", "Иван Иванович Иванов", "Иванов Иван" or "John Smith" into parts.

    Names that do not fit a known shape (four words, a single word that is not clearly a surname) keep
    what can be told and leave the rest empty: the full name is always kept by the caller.
    """
    return split_tidy_name(tidy(full_name))


def split_tidy_name(full_name: str) -> NameParts:
    """``split_full_name`` of a name already tidied (``tidy``): words one space apart, nothing around them."""
    if not full_name:
        return NameParts()
    words = _join_particles(full_name.split(" "))
    if not _CYRILLIC.search(full_name):
        return _english(words)
    if len(words) == 1:
        word = words[0]
        return NameParts(last=word) if _is_surname(word) else NameParts(first=word)
    if len(words) == 2:
        return _two_russian(words[0], words[1])
    if len(words) == 3:
        return _three_russian(words[0], words[1], words[2])
    return NameParts()


def join_name(parts: NameParts) -> str:
    """The full name from parts, in the order the parts' script uses."""
    if _CYRILLIC.search(parts.last + parts.first + parts.patronymic):
        return tidy(f"{parts.last} {parts.first} {parts.patronymic}")
    return tidy(f"{parts.first} {parts.patronymic} {parts.last}")


@lru_cache(maxsize=65536)  # names repeat: a list of thousands has a few hundred first names and patronymics
def is_patronymic(word: str) -> bool:
    return word.casefold().replace("ё", "е").endswith(PATRONYMIC_ENDINGS)


@lru_cache(maxsize=65536)
def _is_surname(word: str) -> bool:
    return word.casefold().endswith(_SURNAME_ENDINGS)


def _two_russian(a: str, b: str) -> NameParts:
    if is_patronymic(b):
        return NameParts(first=a, patronymic=b)  # "Иван Петрович"
    if _is_surname(b) and not _is_surname(a):
        return NameParts(first=a, last=b)  # "Иван Петров"
    return NameParts(last=a, first=b)  # "Петров Иван", the order of lists and forms


def _three_russian(a: str, b: str, c: str) -> NameParts:
    if is_patronymic(c):
        return NameParts(last=a, first=b, patronymic=c)
    if is_patronymic(b):
        return NameParts(first=a, patronymic=b, last=c)
    return NameParts(last=a, first=b, patronymic=c)


def _english(words: list[str]) -> NameParts:
    if len(words) == 1:
        return NameParts(first=words[0])
    if len(words) == 2 and words[0].endswith(","):
        return NameParts(last=words[0].rstrip(","), first=words[1])  # "Smith, John"
    return NameParts(first=words[0], last=words[-1])  # middle names stay in the full name


def _join_particles(words: list[str]) -> list[str]:
    if len(words) >= 2 and words[-1].casefold() in _PATRONYMIC_PARTICLES:
        return [*words[:-2], f"{words[-2]} {words[-1]}"]
    return words
