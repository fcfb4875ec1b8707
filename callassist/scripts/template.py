"""Script text with client fields: ``{name}`` and ``{name|fallback text}``.

Rules (PRODUCT.md rule 11: no raw placeholder ever reaches the screen):

- ``{field}`` is replaced by the field's value; ``{field|fallback}`` uses ``fallback`` when the value is
  missing or blank. Field names are letters, digits and ``_``, matched case-insensitively.
- An unknown field behaves as a missing one.
- A field that renders empty takes its separator with it: ``"Добрый день, {name}!"`` without a name gives
  ``"Добрый день!"``, and ``"{name}, добрый день"`` gives ``"Добрый день"``.
- Braces that are not part of a placeholder (``"{"``, ``"}"``, ``"{}"``, ``"{not a field}"``) are dropped,
  and braces inside values are removed, so no ``{`` or ``}`` is ever in a rendered line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from callassist.domain import ClientView

KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "first_name",
        "patronymic",
        "last_name",
        "full_name",
        "company",
        "position",
        "city",
        "product",
        "operator",
        "operator_first_name",
    }
)

# {field} or {field|fallback}; the fallback holds no braces, so "{a|{b}}" is "{b}" inside stray braces.
_PLACEHOLDER = re.compile(r"\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\|([^{}]*))?\}")
_EMPTY = "\x00"  # marks where a field rendered empty, so the tidy-up touches only those places
_PATRONYMIC_ENDINGS = ("вич", "вна", "чна", "ьич", "оглы", "кызы")


def fields_in(text: str) -> list[str]:
    """The field names ``text`` uses, lower-cased, in order of appearance (repeats kept)."""
    return [match.group(1).lower() for match in _PLACEHOLDER.finditer(text)]


def stray_braces(text: str) -> int:
    """How many ``{`` or ``}`` in ``text`` are not part of a placeholder (what ``render`` silently drops)."""
    return sum(_PLACEHOLDER.sub("", text).count(brace) for brace in "{}")


def render(text: str, fields: Mapping[str, str]) -> str:
    """Fill ``text``'s placeholders from ``fields``; never leaves a brace or a raw placeholder behind.

    Args:
        text: script text with ``{field}`` / ``{field|fallback}`` placeholders.
        fields: field values by name (as from ``client_fields``); missing, blank and unknown fields use
            the placeholder's fallback, or vanish tidily when it has none.

    Returns:
        The text to show the operator.
    """
    values = {name.lower(): _clean(value) for name, value in fields.items()}

    def substitute(match: re.Match[str]) -> str:
        value = values.get(match.group(1).lower(), "").strip()
        if not value:
            value = _clean(match.group(2) or "").strip()
        return value or _EMPTY

    filled = _PLACEHOLDER.sub(substitute, text.replace(_EMPTY, ""))
    return _tidy(filled.replace("{", "").replace("}", ""))


def _clean(value: str) -> str:
    """A value without braces or the internal marker, so it cannot fake a placeholder."""
    return value.replace("{", "").replace("}", "").replace(_EMPTY, "")


_WRAPPED_EMPTY = re.compile(r"\(\s*\x00\s*\)|«\s*\x00\s*»|\"\s*\x00\s*\"")
_EMPTY_BEFORE_PUNCTUATION = re.compile(r"[ \t]*[,;:]?[ \t]*\x00[ \t]*(?=[!?.,;:)]|$)", re.MULTILINE)
_EMPTY_OPENING_SENTENCE = re.compile(r"(^|(?<=[.!?…])[ \t]+)\x00[ \t]*[,;:!]?[ \t]*(\w?)", re.MULTILINE)
_EMPTY_BETWEEN_WORDS = re.compile(r"[ \t]+\x00[ \t]+")


def _tidy(text: str) -> str:
    """Remove the marks left by empty fields together with the spacing and separators around them."""
    if _EMPTY not in text:
        return text
    text = _WRAPPED_EMPTY.sub(_EMPTY, text)
    text = _EMPTY_OPENING_SENTENCE.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    text = _EMPTY_BEFORE_PUNCTUATION.sub("", text)
    text = _EMPTY_BETWEEN_WORDS.sub(" ", text)
    return text.replace(_EMPTY, "")


def client_fields(client: ClientView | None, operator_name: str, product: str = "") -> dict[str, str]:
    """The template fields for a call with ``client`` (None before a client is open).

    ``name`` is how to address the client: the card's form of address when set, else the first name with
    the patronymic when both are known, else the first name alone.

    Args:
        client: the client card, or None.
        operator_name: the operator's full name as the settings hold it.
        product: what this call offers, when the campaign names it.

    Returns:
        Every field in ``KNOWN_FIELDS``; unknown values are "".
    """
    fields = dict.fromkeys(KNOWN_FIELDS, "")
    fields["operator"] = operator_name.strip()
    fields["operator_first_name"] = _first_name_of(operator_name)
    fields["product"] = product.strip()
    if client is None:
        return fields
    first, patronymic, last = client.first_name.strip(), client.patronymic.strip(), client.last_name.strip()
    fields.update(
        first_name=first,
        patronymic=patronymic,
        last_name=last,
        full_name=client.full_name.strip() or " ".join(part for part in (last, first, patronymic) if part),
        company=client.company.strip(),
        position=client.position.strip(),
        city=client.city.strip(),
        name=client.address_form.strip() or " ".join(part for part in (first, patronymic) if part and first),
    )
    return fields


def _first_name_of(full_name: str) -> str:
    """The first name in "Анна Смирнова", "Смирнова Анна Сергеевна" or "Anna Smith".

    Russian full names are often written surname first; a trailing patronymic gives that order away.
    """
    words = full_name.split()
    if len(words) == 3 and words[2].lower().endswith(_PATRONYMIC_ENDINGS):
        return words[1]
    return words[0] if words else ""
