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

_TextOf = Callable[[tuple[int, ...]], str]  # the tidy text of the first non-empty of these columns


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
    plan = _plan_of(mapping)
    values = row.values
    if len(values) > plan.width:  # a delimiter or quote inside a value shifted the cells: nothing can be trusted
        return Rejection(row.number, values, RejectReason.TOO_MANY_CELLS, f"{len(values)} > {plan.width}")
    phones, invalid, tried = _phones(values, plan.phone, default_region)
    if tried and not phones:
        return Rejection(row.number, values, RejectReason.NO_VALID_PHONE, ", ".join(invalid))
    count = len(values)

    def text(columns: tuple[int, ...]) -> str:
        for index in columns:
            if index < count and (found := tidy(values[index])):
                return found
        return ""

    full_name, parts = _names(text, plan)
    company, email = text(plan.company), text(plan.email)
    if not phones and not (full_name or company or email):
        return Rejection(row.number, values, RejectReason.NOTHING_TO_IDENTIFY)
    timezone = text(plan.timezone) if plan.timezone else ""
    return Lead(
        full_name=full_name,
        first_name=parts.first,
        patronymic=parts.patronymic,
        last_name=parts.last,
        company=company,
        position=text(plan.position) if plan.position else "",
        email=email,
        city=text(plan.city) if plan.city else "",
        region=text(plan.region) if plan.region else "",
        timezone=timezone if timezone in _time_zones() else None,
        comment=_comment(values, plan.comment) if plan.comment else "",
        source=text(plan.source) if plan.source else "",
        phones=phones,
        row_number=row.number,
        original=values,
        invalid_phones=invalid,
    )


@dataclass(frozen=True)
class _Plan:
    """A mapping as plain column indexes per field, so a row is cleaned without looking fields up."""

    width: int
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


def _names(text: _TextOf, plan: _Plan) -> tuple[str, NameParts]:
    full = text(plan.full_name)
    given = NameParts(text(plan.last_name), text(plan.first_name), text(plan.patronymic))
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


@lru_cache(maxsize=1)
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())
