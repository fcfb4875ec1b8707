"""Phone cells to E.164: one cell may hold several numbers, an extension, or a float from a spreadsheet.

Most cells in a Russian lead list are one number in a familiar shape ("8 (916) 123-45-67", "79161234567").
Those skip ``phonenumbers.parse`` (the costly part) and go straight to the library's validity check; every
other cell takes the full parser, then the library's matcher for numbers buried in text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberMatcher

from callassist.domain import Phone
from callassist.errors import UserInputError

_SEPARATORS = re.compile(r"[,;\n\r|/\\]+|\s+(?:или|и|or|and)\s+", re.IGNORECASE)
_FLOAT_ARTIFACT = re.compile(r"\+?\d+\.0+")  # 79161234567.0: a number cell saved as text
_EXPONENT = re.compile(r"\+?(\d)(?:[.,](\d+))?[eE]\+?(\d+)")  # 7.9161234567E+10
# Russian extension words phonenumbers does not know ("доб" it does).
_EXTENSION_WORDS = re.compile(r"(?:вн|внутр|внутренний|доп|добавочный)\.?\s*(?=\d)", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s()\-.\u2010-\u2015\u00a0]+")
_PLAIN_DIGITS = re.compile(r"\+?\d{10,11}")


@dataclass(frozen=True)
class PhoneCell:
    """What a phone cell held: the valid numbers, and the parts that are not numbers."""

    phones: tuple[Phone, ...]
    invalid: tuple[str, ...]

    @property
    def had_number(self) -> bool:
        """True when the cell tried to hold a number: a valid one, or an invalid part with digits."""
        return bool(self.phones) or any(any(char.isdigit() for char in part) for part in self.invalid)


@lru_cache(maxsize=64)
def country_code_for(region: str) -> int:
    """The calling code of a region ("RU" -> 7), cached; an unknown region is the operator's mistake.

    Raises:
        UserInputError: ``region`` is not a two-letter region phonenumbers knows.
    """
    code: int = phonenumbers.country_code_for_region(region.upper())
    if code == 0:
        raise UserInputError(f"Unknown phone region {region!r}: use a two-letter country code such as RU.", "region")
    return code


def parse_phone_cell(text: str, region: str) -> PhoneCell:
    """Every number in one cell, in E.164, with extensions kept; parts that are no number come back as text.

    Args:
        text: the cell as read.
        region: the two-letter region for numbers written without a country code.
    """
    phones: list[Phone] = []
    invalid: list[str] = []
    for part in _SEPARATORS.split(text):
        raw = part.strip()
        if not raw:
            continue
        found = _parse_part(raw, region)
        if found:
            phones.extend(phone for phone in found if phone.e164 not in {p.e164 for p in phones})
        else:
            invalid.append(raw)
    return PhoneCell(tuple(phones), tuple(invalid))


def _parse_part(raw: str, region: str) -> list[Phone]:
    text = _undo_spreadsheet_number(raw)
    if text is None:
        return []  # an exponent that lost digits: any number made from it would be a wrong one
    fast = _fast_phone(text, raw, region)
    if fast is not None:
        return [fast]
    text = _EXTENSION_WORDS.sub(" ext. ", text)
    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException:
        number = None
    if number is not None and phonenumbers.is_valid_number(number):
        return [_phone(number, raw)]
    matches = list(PhoneNumberMatcher(text, region, Leniency.VALID))
    if len(matches) == 1:
        return [_phone(matches[0].number, raw)]  # one number with a note around it: keep the note in raw
    return [_phone(match.number, match.raw_string) for match in matches]


def _fast_phone(text: str, raw: str, region: str) -> Phone | None:
    # Only the shapes whose meaning is unambiguous in the +7 plan: [+7|7|8] and ten digits.
    if country_code_for(region) != 7:
        return None
    digits = _PUNCTUATION.sub("", text)
    if not _PLAIN_DIGITS.fullmatch(digits):
        return None
    if len(digits) == 10:
        national = digits
    elif digits[0] == "7" or (digits[0] == "8" and len(digits) == 11):
        national = digits[-10:]
    elif digits.startswith("+7") and len(digits) == 12:
        national = digits[2:]
    else:
        return None
    number = PhoneNumber(country_code=7, national_number=int(national))
    if national[0] == "0" or not phonenumbers.is_valid_number(number):
        return None
    return Phone(e164=f"+7{national}", raw=raw)


def _undo_spreadsheet_number(raw: str) -> str | None:
    if _FLOAT_ARTIFACT.fullmatch(raw):
        return raw.split(".", 1)[0]
    exponent = _EXPONENT.fullmatch(raw)
    if exponent is None:
        return raw
    first, rest, power = exponent.group(1), exponent.group(2) or "", int(exponent.group(3))
    if len(rest) < power:  # "7.91612E+10": the digits after the shown ones are gone
        return None
    try:
        value = Decimal(f"{first}.{rest}e{power}") if rest else Decimal(f"{first}e{power}")
    except InvalidOperation:
        return None
    return format(value.to_integral_value(), "f") if value == value.to_integral_value() else raw


def _phone(number: PhoneNumber, raw: str) -> Phone:
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    return Phone(e164=e164, raw=raw, extension=number.extension or "")
