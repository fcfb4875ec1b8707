"""One raw row to a clean lead, or to a rejection that says why (PRODUCT.md rule 13: no row lost silently)."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import available_timezones

from callassist.domain import Phone
from callassist.importing.encoding import BAD_BYTE
from callassist.importing.header_names import LeadField
from callassist.importing.mapping import ColumnMapping
from callassist.importing.names import NameParts, join_name, split_tidy_name, tidy
from callassist.importing.phones import (
    country_code_for,
    parse_phone_cell,
    single_familiar_number,
    unfamiliar_phone_cell,
)
from callassist.importing.reader import RawRow
from callassist.messages import render

_TextOf = Callable[[tuple[int, ...]], str]  # the tidy text of the first non-empty of these columns


class Lead(NamedTuple):
    """A row that can become a client. Text is kept as written (a formula stays inert text).

    A named tuple, not a frozen dataclass: a million are built in one import, and a frozen dataclass pays a
    ``object.__setattr__`` per field.
    """

    full_name: str
    first_name: str
    patronymic: str
    last_name: str
    company: str
    position: str
    email: str
    city: str
    region: str
    timezone: str | None
    comment: str
    source: str
    phones: tuple[Phone, ...]
    row_number: int
    original: tuple[str, ...]
    invalid_phones: tuple[str, ...] = ()  # parts of phone cells that are no number, noted for the operator


class RejectReason(enum.StrEnum):
    """Why a row is not imported; the value is the message code's last part (``import.reject.<value>``)."""

    NO_PHONE = "no_phone"
    NO_VALID_PHONE = "no_valid_phone"
    TOO_MANY_CELLS = "too_many_cells"
    BAD_BYTES = "bad_bytes"
    BINARY = "binary"
    OVERSIZE = "oversize"


CELL_LIMIT = 32_767  # Excel's own limit for one cell: a longer value is a broken row, not a lead's field
_GUARDED = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # what the export's formula guard puts "'" before
_NAME_NUMBER = re.compile(r"(?:\d\D{0,3}){7}")  # seven digits close together: a phone number in a name cell
_NUMBER_RUN = re.compile(r"\+?[\d(][\d\s().\-]{5,}\d(?:\s*(?:доб|ext|x)\.?\s*\d+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Rejection:
    """A row that is not imported, with the reason and the row exactly as read."""

    row_number: int
    original: tuple[str, ...]
    reason: RejectReason
    detail: str = ""

    @property
    def code(self) -> str:
        """The message code of the reason."""
        return f"import.reject.{self.reason.value}"

    def message(self, language: str = "en") -> str:
        """The reason in plain words, in ``language`` ("ru" or "en")."""
        return render(self.code, language, detail=self.detail)


def unguard(value: str) -> str:
    """A cell without the apostrophe the formula guard put in front (a fixed rejects file imported again)."""
    if value[:1] == "'" and value[1:2] in _GUARDED and len(value) > 1:
        return value[1:]
    return value


def clean_row(row: RawRow, mapping: ColumnMapping, default_region: str = "RU") -> Lead | Rejection:
    """Turn one row into a ``Lead``, or a ``Rejection`` with the reason (PRODUCT.md rules 13 and 14).

    A row is judged alone: binary data, an oversize cell, bytes that are no text or more cells than columns
    reject that row and no other. A row without a number to call is rejected whole; words in a phone cell
    ("нет телефона", "звонить секретарю") go to the client's notes; a number in a name cell is a phone.

    Args:
        row: the row as read.
        mapping: which column feeds which field.
        default_region: the region for phone numbers written without a country code.

    Raises:
        UserInputError: ``default_region`` is not a known region.
    """
    country_code_for(default_region)
    plan = _plan_of(mapping)
    values = row.values
    broken = _broken(values, plan)
    if broken is not None:
        return Rejection(row.number, values, broken[0], broken[1])
    count = len(values)

    def text(columns: tuple[int, ...]) -> str:
        for index in columns:
            if index < count and (value := values[index]):
                found = " ".join((unguard(value) if value[0] == "'" else value).split())  # names.tidy, inlined
                if found:
                    return found
        return ""

    phones, invalid, words = _phones(values, plan.phone, default_region)
    full_name, parts, named_phones = _names(text, plan, default_region)
    if named_phones:
        phones = phones + tuple(p for p in named_phones if p.e164 not in {q.e164 for q in phones})
    if not phones:
        if invalid:
            return Rejection(row.number, values, RejectReason.NO_VALID_PHONE, ", ".join(invalid))
        return Rejection(row.number, values, RejectReason.NO_PHONE)
    timezone = text(plan.timezone) if plan.timezone else ""
    comment = _comment(values, plan.comment) if plan.comment else ""
    if words or invalid:
        comment = "\n".join(part for part in (comment, *words, *invalid) if part)
    return Lead(  # by position, in Lead's order: keywords cost a third of the tuple's making, a million times
        full_name,
        parts.first,
        parts.patronymic,
        parts.last,
        text(plan.company),
        text(plan.position) if plan.position else "",
        text(plan.email),
        text(plan.city) if plan.city else "",
        text(plan.region) if plan.region else "",
        timezone if timezone in _time_zones() else None,
        comment,
        text(plan.source) if plan.source else "",
        phones,
        row.number,
        (),
        invalid,
    )


def clean_rows(rows: Iterable[RawRow], mapping: ColumnMapping, region: str, rejections: list[Rejection]) -> list[Lead]:
    """``clean_row`` over ``rows``: the leads, in order; each rejection is added to ``rejections``."""
    leads: list[Lead] = []
    for row in rows:
        result = clean_row(row, mapping, region)
        if isinstance(result, Lead):
            leads.append(result)
        else:
            rejections.append(result)
    return leads


def _broken(values: tuple[str, ...], plan: _Plan) -> tuple[RejectReason, str] | None:
    """Why a row cannot be read as a lead at all, naming the column; ``None`` for a sound row."""
    if len(values) > plan.width:  # a delimiter or quote inside a value shifted the cells: nothing can be trusted
        return RejectReason.TOO_MANY_CELLS, f"{len(values)} > {plan.width}"
    joined = "\x1f".join(values)
    if len(joined) > CELL_LIMIT:
        for index, value in enumerate(values):
            if len(value) > CELL_LIMIT:
                return RejectReason.OVERSIZE, _column(plan, index)
    if "\x00" in joined:
        return RejectReason.BINARY, _column(plan, next(i for i, v in enumerate(values) if "\x00" in v))
    if BAD_BYTE.search(joined) is not None:
        return RejectReason.BAD_BYTES, _column(plan, next(i for i, v in enumerate(values) if BAD_BYTE.search(v)))
    return None


def _column(plan: _Plan, index: int) -> str:
    return plan.headers[index] if index < len(plan.headers) and plan.headers[index] else f"#{index + 1}"


@dataclass(frozen=True)
class _Plan:
    """A mapping as plain column indexes per field, so a row is cleaned without looking fields up."""

    width: int
    headers: tuple[str, ...]
    phone: tuple[int, ...]
    full_name: tuple[int, ...]
    last_name: tuple[int, ...]
    first_name: tuple[int, ...]
    patronymic: tuple[int, ...]
    company: tuple[int, ...]
    position: tuple[int, ...]
    email: tuple[int, ...]
    city: tuple[int, ...]
    region: tuple[int, ...]
    timezone: tuple[int, ...]
    comment: tuple[int, ...]
    source: tuple[int, ...]


_last_plan: tuple[ColumnMapping, _Plan] | None = None  # the mapping of the file being imported, by identity


def _plan_of(mapping: ColumnMapping) -> _Plan:
    # Checked by identity first: hashing the mapping (its fields are enums) costs more than a row's cleaning.
    global _last_plan
    last = _last_plan  # one read: another thread may be importing another file
    if last is not None and last[0] is mapping:
        return last[1]
    plan = _make_plan(mapping)
    _last_plan = (mapping, plan)
    return plan


@lru_cache(maxsize=16)
def _make_plan(mapping: ColumnMapping) -> _Plan:
    return _Plan(
        width=len(mapping.headers),
        headers=mapping.headers,
        phone=mapping.columns(LeadField.PHONE),
        full_name=mapping.columns(LeadField.FULL_NAME),
        last_name=mapping.columns(LeadField.LAST_NAME),
        first_name=mapping.columns(LeadField.FIRST_NAME),
        patronymic=mapping.columns(LeadField.PATRONYMIC),
        company=mapping.columns(LeadField.COMPANY),
        position=mapping.columns(LeadField.POSITION),
        email=mapping.columns(LeadField.EMAIL),
        city=mapping.columns(LeadField.CITY),
        region=mapping.columns(LeadField.REGION),
        timezone=mapping.columns(LeadField.TIMEZONE),
        comment=mapping.columns(LeadField.COMMENT),
        source=mapping.columns(LeadField.SOURCE),
    )


def _phones(
    values: tuple[str, ...], columns: tuple[int, ...], region: str
) -> tuple[tuple[Phone, ...], tuple[str, ...], tuple[str, ...]]:
    """The numbers of the phone columns, the parts with digits that are no number, and the parts that are words."""
    phones: dict[str, Phone] = {}
    invalid: list[str] = []
    words: list[str] = []
    count = len(values)
    for index in columns:
        value = values[index] if index < count else ""
        if not value or value.isspace():
            continue
        value = unguard(value) if value[0] == "'" else value
        fast = single_familiar_number(value, region)  # most cells: the whole cell is one number
        if fast is not None:
            phones.setdefault(fast.e164, fast)
            continue
        cell = unfamiliar_phone_cell(value, region)
        for phone in cell.phones:
            phones.setdefault(phone.e164, phone)
        for part in cell.invalid:
            (invalid if any(char.isdigit() for char in part) else words).append(part)
    return tuple(phones.values()), (*invalid,), (*words,)


_NO_NAME = NameParts()


def _names(text: _TextOf, plan: _Plan, region: str) -> tuple[str, NameParts, tuple[Phone, ...]]:
    full = text(plan.full_name) if plan.full_name else ""
    given = (
        NameParts(
            text(plan.last_name) if plan.last_name else "",
            text(plan.first_name) if plan.first_name else "",
            text(plan.patronymic) if plan.patronymic else "",
        )
        if plan.last_name or plan.first_name or plan.patronymic
        else _NO_NAME
    )
    full, given, phones = _phones_in_names(full, given, region)
    if not full and given.first and not given.last and not given.patronymic and " " in given.first:
        full = given.first  # an "Имя" column that holds the whole name
        given = NameParts()
    split = split_tidy_name(full) if full else _NO_NAME
    parts = (
        split
        if given is _NO_NAME
        else NameParts(given.last or split.last, given.first or split.first, given.patronymic or split.patronymic)
    )
    if full and " " not in full and (given.last or given.patronymic):
        full = ""  # 1C-Bitrix's NAME is the first name only: the whole name is built from the parts
    return full or join_name(parts), parts, phones


def _phones_in_names(full: str, given: NameParts, region: str) -> tuple[str, NameParts, tuple[Phone, ...]]:
    """A number typed into a name cell is a phone, not a surname or a patronymic; the words around it stay."""
    found: list[Phone] = []

    def take(value: str) -> str:
        if not value or _NAME_NUMBER.search(value) is None:
            return value
        cell = parse_phone_cell(value, region)
        if not cell.phones:
            return value
        found.extend(cell.phones)
        return tidy(_NUMBER_RUN.sub(" ", value)).strip(",;:-–— ")

    names = full if given is _NO_NAME else f"{full}\x1f{given.last}\x1f{given.first}\x1f{given.patronymic}"
    if _NAME_NUMBER.search(names) is None:
        return full, given, ()  # nearly every row: one regex pass in C over all the name cells
    full = take(full)
    given = NameParts(take(given.last), take(given.first), take(given.patronymic))
    return full, given, tuple(found)


def _comment(values: tuple[str, ...], columns: tuple[int, ...]) -> str:
    # Comments keep their line breaks; several comment columns are kept one per line.
    return "\n".join(values[i].strip() for i in columns if i < len(values) and values[i].strip())


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())
