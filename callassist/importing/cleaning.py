"""One raw row to a clean lead, or to a rejection that says why (PRODUCT.md rule 13: no row lost silently)."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import available_timezones

from callassist.domain import Phone
from callassist.importing.header_names import LeadField
from callassist.importing.mapping import ColumnMapping
from callassist.importing.names import NameParts, join_name, split_full_name, tidy
from callassist.importing.phones import country_code_for, parse_phone_cell
from callassist.importing.reader import RawRow

_TextOf = Callable[[LeadField], str]  # the tidy text of a field's first non-empty column


@dataclass(frozen=True)
class Lead:
    """A row that can become a client. Text is kept as written (a formula stays inert text)."""

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
    NO_VALID_PHONE = "no_valid_phone"
    NOTHING_TO_IDENTIFY = "nothing_to_identify"
    TOO_MANY_CELLS = "too_many_cells"


_MESSAGES: dict[RejectReason, tuple[str, str]] = {
    RejectReason.NO_VALID_PHONE: ("нет ни одного правильного телефона: {detail}", "no valid phone number: {detail}"),
    RejectReason.NOTHING_TO_IDENTIFY: (
        "нет ни телефона, ни имени, ни компании, ни e-mail",
        "no phone, name, company or e-mail to identify the client",
    ),
    RejectReason.TOO_MANY_CELLS: (
        "ячеек больше, чем столбцов ({detail}): вероятно, разделитель или кавычка внутри значения",
        "more cells than columns ({detail}): probably a delimiter or quote inside a value",
    ),
}


@dataclass(frozen=True)
class Rejection:
    """A row that is not imported, with the reason and the row exactly as read."""

    row_number: int
    original: tuple[str, ...]
    reason: RejectReason
    detail: str = ""

    def message(self, language: str = "en") -> str:
        """The reason in plain words, Russian (``"ru"``) or English."""
        russian, english = _MESSAGES[self.reason]
        return (russian if language == "ru" else english).format(detail=self.detail)


def clean_row(row: RawRow, mapping: ColumnMapping, default_region: str = "RU") -> Lead | Rejection:
    """Turn one row into a ``Lead``, or a ``Rejection`` with the reason.

    Args:
        row: the row as read.
        mapping: which column feeds which field.
        default_region: the region for phone numbers written without a country code.

    Raises:
        UserInputError: ``default_region`` is not a known region.
    """
    country_code_for(default_region)
    width = len(mapping.headers)
    if len(row.values) > width:  # a delimiter or quote inside a value shifted the cells: nothing can be trusted
        return Rejection(row.number, row.values, RejectReason.TOO_MANY_CELLS, f"{len(row.values)} > {width}")
    columns = _columns_of(mapping)
    phones, invalid, tried = _phones(row.values, columns[LeadField.PHONE], default_region)
    if tried and not phones:
        return Rejection(row.number, row.values, RejectReason.NO_VALID_PHONE, ", ".join(invalid))

    def text(field: LeadField) -> str:
        for index in columns[field]:
            if index < len(row.values) and (found := tidy(row.values[index])):
                return found
        return ""

    full_name, parts = _names(text)
    company, email = text(LeadField.COMPANY), text(LeadField.EMAIL)
    if not phones and not (full_name or company or email):
        return Rejection(row.number, row.values, RejectReason.NOTHING_TO_IDENTIFY)
    timezone = text(LeadField.TIMEZONE)
    return Lead(
        full_name=full_name,
        first_name=parts.first,
        patronymic=parts.patronymic,
        last_name=parts.last,
        company=company,
        position=text(LeadField.POSITION),
        email=email,
        city=text(LeadField.CITY),
        region=text(LeadField.REGION),
        timezone=timezone if timezone in _time_zones() else None,
        comment=_comment(row.values, columns[LeadField.COMMENT]),
        source=text(LeadField.SOURCE),
        phones=phones,
        row_number=row.number,
        original=row.values,
        invalid_phones=invalid,
    )


def _phones(
    values: tuple[str, ...], columns: tuple[int, ...], region: str
) -> tuple[tuple[Phone, ...], tuple[str, ...], bool]:
    phones: dict[str, Phone] = {}
    invalid: list[str] = []
    tried = False
    for index in columns:
        if index >= len(values) or not values[index].strip():
            continue
        cell = parse_phone_cell(values[index], region)
        tried = tried or cell.had_number
        for phone in cell.phones:
            phones.setdefault(phone.e164, phone)
        invalid.extend(cell.invalid)
    return tuple(phones.values()), tuple(invalid), tried


def _names(text: _TextOf) -> tuple[str, NameParts]:
    full = text(LeadField.FULL_NAME)
    given = NameParts(text(LeadField.LAST_NAME), text(LeadField.FIRST_NAME), text(LeadField.PATRONYMIC))
    if not full and given.first and not given.last and not given.patronymic and " " in given.first:
        full = given.first  # an "Имя" column that holds the whole name
        given = NameParts()
    split = split_full_name(full) if full else NameParts()
    parts = NameParts(
        last=given.last or split.last,
        first=given.first or split.first,
        patronymic=given.patronymic or split.patronymic,
    )
    return full or join_name(parts), parts


def _comment(values: tuple[str, ...], columns: tuple[int, ...]) -> str:
    # Comments keep their line breaks; several comment columns are kept one per line.
    return "\n".join(values[i].strip() for i in columns if i < len(values) and values[i].strip())


@lru_cache(maxsize=16)
def _columns_of(mapping: ColumnMapping) -> dict[LeadField, tuple[int, ...]]:
    return {field: mapping.columns(field) for field in LeadField}


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())
