"""Phone cells to E.164: one cell may hold several numbers, an extension, or a float from a spreadsheet.

Most cells in a Russian lead list are one number in a familiar shape ("8 (916) 123-45-67", "79161234567").
Those skip ``phonenumbers.parse`` and are checked against the library's own metadata, compiled once per
calling code (``phonenumbers.is_valid_number`` walks the same patterns through several layers of calls on
every number). Every other cell takes the full parser, then the library's matcher for numbers in text.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

import phonenumbers
from phonenumbers import Leniency, NumberParseException, PhoneNumber, PhoneNumberFormat, PhoneNumberMatcher
from phonenumbers.phonemetadata import PhoneMetadata, PhoneNumberDesc

from callassist.domain import Phone
from callassist.errors import UserInputError

_SEPARATORS = re.compile(r"[,;\n\r|/\\]+|\s+(?:или|и|or|and)\s+", re.IGNORECASE)
_SEPARATOR_MARKS = re.compile(r"[,;\n\r|/\\]")  # the characters of _SEPARATORS that are no letters
_FLOAT_ARTIFACT = re.compile(r"\+?\d+\.0+")  # 79161234567.0: a number cell saved as text
_EXPONENT = re.compile(r"\+?(\d)(?:[.,](\d+))?[eE]\+?(\d+)")  # 7.9161234567E+10
# Russian extension words phonenumbers does not know ("доб" it does).
_EXTENSION_WORDS = re.compile(r"(?:вн|внутр|внутренний|доп|добавочный)\.?\s*(?=\d)", re.IGNORECASE)
_PUNCTUATION = re.compile(r"[\s()\-.\u2010-\u2015\u00a0]+")
_PLAIN_DIGITS = re.compile(r"\+?\d{10,11}")
_TRAILING_EXTENSION = re.compile(r"(.*?\d)[\s,]*(?:доб|ext|x|#)\.?\s*(\d{1,7})\s*", re.IGNORECASE | re.DOTALL)


class PhoneCell(NamedTuple):
    """What a phone cell held: the valid numbers, and the parts that are not numbers (a named tuple: one per cell
    of an import)."""

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
        raise UserInputError("import.region_unknown", "region", region=region)
    return code


def parse_phone_cell(text: str, region: str) -> PhoneCell:
    """Every number in one cell, in E.164, with extensions kept; parts that are no number come back as text.

    Args:
        text: the cell as read.
        region: the two-letter region for numbers written without a country code.
    """
    fast = single_familiar_number(text, region)
    return PhoneCell((fast,), ()) if fast is not None else unfamiliar_phone_cell(text, region)


def unfamiliar_phone_cell(text: str, region: str) -> PhoneCell:
    """``parse_phone_cell`` of a cell ``single_familiar_number`` did not read: split, and each part read in full."""
    parts = _SEPARATORS.split(text)
    if len(parts) == 1:  # one number, as most cells hold: no lists, no de-duplication
        raw = text.strip()
        found = _parse_part(raw, region) if raw else []
        if len(found) == 1:
            return PhoneCell((found[0],), ())
        if not found:
            return PhoneCell((), (raw,) if raw else ())
    phones: list[Phone] = []
    seen: set[str] = set()
    invalid: list[str] = []
    for part in parts:
        raw = part.strip()
        if not raw:
            continue
        found = _parse_part(raw, region)
        if not found:
            invalid.append(raw)
        for phone in found:  # a number the cell gave already is kept once, where it first stood
            if phone.e164 not in seen:
                seen.add(phone.e164)
                phones.append(phone)
    return PhoneCell(tuple(phones), tuple(invalid))


def single_familiar_number(text: str, region: str) -> Phone | None:
    """The number of a cell holding one number in a familiar shape, as ``parse_phone_cell`` reads it; ``None``
    for any other cell (which ``parse_phone_cell`` then reads in full)."""
    raw = text.strip()
    if not raw or _SEPARATOR_MARKS.search(raw) is not None:
        return None
    # Most cells are one number in a familiar shape. Without these marks no separator can be in a cell the fast
    # path accepts (it takes digits, punctuation and an extension only), so the split is not needed.
    undone = _undo_spreadsheet_number(raw)
    return _fast_phone(undone, raw, region) if undone is not None else None


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
    international = _without_plus(text)
    if international is not None:
        return [_phone(international, raw)]
    matches = list(PhoneNumberMatcher(text, region, Leniency.VALID))
    if len(matches) == 1:
        return [_phone(matches[0].number, raw)]  # one number with a note around it: keep the note in raw
    return [_phone(match.number, match.raw_string) for match in matches]


def _without_plus(text: str) -> PhoneNumber | None:
    """A number written with its country code but no "+" (a spreadsheet cell typed as a number: 380501234567)."""
    digits = _PUNCTUATION.sub("", text)
    if not digits.isdigit() or not 11 <= len(digits) <= 15:
        return None
    try:
        number = phonenumbers.parse("+" + digits, None)
    except NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


def _fast_phone(text: str, raw: str, region: str) -> Phone | None:
    # Only the shapes whose meaning is unambiguous in the +7 plan: [+7|7|8] and ten digits, maybe "доб. 12".
    if country_code_for(region) != 7:
        return None
    extension = ""
    if text.isascii() and text.isdigit():  # "79161234567", as a number cell saved as text: nothing to strip
        digits = text
        if not 10 <= len(digits) <= 11:
            return None
    else:
        lowered = text.lower()  # the extension pattern needs one of these; most cells have none
        with_extension = (
            _TRAILING_EXTENSION.fullmatch(text) if "x" in lowered or "#" in lowered or "доб" in lowered else None
        )
        if with_extension:
            text, extension = with_extension.group(1), with_extension.group(2)
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
    if national[0] == "0" or not is_valid_national(7, national):
        return None
    return Phone(f"+7{national}", raw, extension)


def is_valid_national(country_code: int, national: str) -> bool:
    """``phonenumbers.is_valid_number`` for a national significant number, on metadata compiled once.

    Mirrors the library: the region is the one whose leading digits match, else the first whose
    patterns accept the number; the number is valid when it fits that region's general pattern and
    one of its number types.
    """
    return number_kind(country_code, national) is not NumberKind.UNKNOWN


class NumberKind(enum.Enum):
    """What ``phonenumbers.number_type`` says, as far as validity and time zones care (see ``phone_zones``)."""

    UNKNOWN = "unknown"  # not a valid number
    SPECIAL = "special"  # premium rate, toll free, shared cost, VoIP, personal, pager, UAN, voicemail
    FIXED_LINE = "fixed_line"  # fixed line, or fixed line or mobile
    MOBILE = "mobile"


def number_kind(country_code: int, national: str) -> NumberKind:
    """``phonenumbers.number_type`` in short, in the region ``region_code_for_number`` picks, in one pass.

    The region is the one whose leading digits match, else the first whose patterns accept the number
    (then its kind is already known); ``UNKNOWN`` when no region fits.
    """
    regions = _regions_of(country_code)
    if len(regions) == 1:
        return regions[0].kind(national)
    for region in regions:
        if region.leading is not None:
            if region.leading.match(national):
                return region.kind(national)
        else:
            kind = region.kind(national)
            if kind is not NumberKind.UNKNOWN:
                return kind
    return NumberKind.UNKNOWN


def compiled_in_full(country_code: int) -> bool:
    """True when every region of the calling code has metadata compiled here (not so for "001" codes)."""
    return len(_regions_of(country_code)) == len(phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()))


@dataclass(frozen=True)
class _Pattern:
    lengths: frozenset[int]  # the lengths a number of this type may have; empty: those the general pattern allows
    source: str  # the regex, compiled together with the region's others in RegionRules


@dataclass(frozen=True)
class RegionRules:
    """One region's number patterns, in the order ``phonenumbers`` tries them to tell a number's type."""

    leading: re.Pattern[str] | None
    general: _Pattern | None
    special: tuple[_Pattern, ...]  # the types before fixed line, in the library's order
    fixed_line: _Pattern | None
    mobile: _Pattern | None
    same_mobile_and_fixed_line: bool
    # Filled lazily by length; not part of what the rules are.
    _by_length: dict[int, re.Pattern[str] | None] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def kind(self, national: str) -> NumberKind:
        """``phonenumbers._number_type_helper`` on compiled patterns: one regex for numbers of this length."""
        length = len(national)
        pattern = self._by_length.get(length, _UNCOMPILED)
        if pattern is _UNCOMPILED:
            pattern = self._by_length[length] = self._one_regex(length)
        match = pattern.fullmatch(national) if pattern is not None else None
        return NumberKind.UNKNOWN if match is None else _KIND_OF_GROUP[match.lastgroup or ""]

    def _one_regex(self, length: int) -> re.Pattern[str] | None:
        # The general pattern as a look-ahead, then the types that allow this length as alternatives in the
        # library's order: the first alternative that matches in full is the type the library would find.
        # (A named group closes after any group inside it, so ``lastgroup`` names the alternative.)
        if self.general is None or not _allows(self.general, length):
            return None
        special = [p.source for p in self.special if _allows(p, length)]
        choices = [f"(?P<special>{'|'.join(f'(?:{source})' for source in special)})"] if special else []
        if self.fixed_line is not None and _allows(self.fixed_line, length):
            choices.append(f"(?P<fixed_line>{self.fixed_line.source})")
        if not self.same_mobile_and_fixed_line and self.mobile is not None and _allows(self.mobile, length):
            choices.append(f"(?P<mobile>{self.mobile.source})")
        if not choices:
            return None
        return re.compile(f"(?=(?:{self.general.source})\\Z)(?:{'|'.join(choices)})")


_UNCOMPILED = re.compile("")  # marks a length not compiled yet (None means no number of that length is valid)
_KIND_OF_GROUP = {"special": NumberKind.SPECIAL, "fixed_line": NumberKind.FIXED_LINE, "mobile": NumberKind.MOBILE}


def _allows(pattern: _Pattern, length: int) -> bool:
    return not pattern.lengths or length in pattern.lengths


_SPECIAL_DESCS = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail")


@lru_cache(maxsize=512)  # every calling code fits: phone_zones asks for whatever codes a file holds
def _regions_of(country_code: int) -> tuple[RegionRules, ...]:
    rules = []
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code, ()):
        metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
        if metadata is None:
            continue
        special = (_compiled(getattr(metadata, name)) for name in _SPECIAL_DESCS)
        leading = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
        rules.append(
            RegionRules(
                leading=leading,
                general=_compiled(metadata.general_desc),
                special=tuple(p for p in special if p),
                fixed_line=_compiled(metadata.fixed_line),
                mobile=_compiled(metadata.mobile),
                same_mobile_and_fixed_line=bool(metadata.same_mobile_and_fixed_line_pattern),
            )
        )
    return tuple(rules)


def _compiled(desc: PhoneNumberDesc | None) -> _Pattern | None:
    if desc is None or not desc.national_number_pattern:
        return None
    pattern = desc.national_number_pattern
    return _Pattern(frozenset(desc.possible_length or ()), pattern)


def _undo_spreadsheet_number(raw: str) -> str | None:
    if ("." not in raw or raw[-1] != "0") and "e" not in raw and "E" not in raw:
        return raw  # neither a float's ".0" nor an exponent: what most cells look like
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
