"""Header names that lead files use, in Russian and English, and how a header is recognised.

Exact names come first (after normalising case, ё, spaces and punctuation); then keywords, in an order
that keeps "Телефон компании" a phone and "Город компании" a city. Bitrix24 and amoCRM exports add a
"Контакт:" prefix or a "(контакт)" suffix; those are peeled off before matching.
"""

from __future__ import annotations

import enum
import re


class LeadField(enum.StrEnum):
    """Where a column's values go in a lead."""

    FULL_NAME = "full_name"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    PATRONYMIC = "patronymic"
    COMPANY = "company"
    POSITION = "position"
    PHONE = "phone"  # several columns allowed
    EMAIL = "email"
    CITY = "city"
    REGION = "region"
    TIMEZONE = "timezone"
    COMMENT = "comment"
    SOURCE = "source"
    IGNORE = "ignore"


_NOT_LETTERS = re.compile(r"[\W_]+")
_CONTACT_WRAPPERS: tuple[str, ...] = ("контакта", "контакт", "contact")

_EXACT: dict[LeadField, tuple[str, ...]] = {
    LeadField.FULL_NAME: (
        "фио",
        "фамилияимяотчество",
        "полноеимя",
        "контактноелицо",
        "клиент",
        "контакт",
        "имяклиента",
        "name",
        "fullname",
        "contactname",
        "contactperson",
        "client",
        "customer",
        "клиентфио",
        "фиоклиента",
        "фиоконтактноголица",
        "фиолпр",
        "фиоруководителя",
        "фиодиректора",
        "основнойконтакт",
    ),
    LeadField.LAST_NAME: ("фамилия", "lastname", "surname", "familyname"),
    LeadField.FIRST_NAME: ("имя", "firstname", "givenname"),
    LeadField.PATRONYMIC: ("отчество", "patronymic", "middlename", "secondname"),
    LeadField.POSITION: ("title", "jobtitle", "role"),
    LeadField.COMPANY: ("наименование", "название", "юрлицо", "account"),
    LeadField.CITY: ("нп", "населенныйпункт", "town"),
    LeadField.REGION: ("область", "край", "субъект", "субъектрф", "state", "province"),
    LeadField.PHONE: (
        "тел",
        "моб",
        "сот",
        "телмоб",
        "мобтел",
        "телраб",
        "рабтел",
        "телдом",
        "контактныйтел",
        "номер",
        "tel",
        "cell",
    ),
}

# Checked in this order; the first keyword found inside the normalised header decides.
_KEYWORDS: tuple[tuple[LeadField, tuple[str, ...]], ...] = (
    (LeadField.PHONE, ("телефон", "phone", "мобильн", "mobile", "сотов", "whatsapp")),
    (LeadField.EMAIL, ("email", "почта", "mail", "емейл", "имейл")),
    (LeadField.TIMEZONE, ("часовойпояс", "timezone")),
    (LeadField.COMMENT, ("коммент", "примечан", "comment", "note", "заметк", "описание")),
    (LeadField.SOURCE, ("источник", "source", "utm")),
    (LeadField.CITY, ("город", "city")),
    (LeadField.REGION, ("регион", "region")),
    (LeadField.POSITION, ("должност", "position")),
    (LeadField.COMPANY, ("компани", "организац", "фирма", "company", "organization", "organisation", "юрлиц")),
)
_EXACT_INDEX: dict[str, LeadField] = {name: field for field, names in _EXACT.items() for name in names}


def normalise_header(header: str) -> str:
    """Lower case, ё as е, without spaces and punctuation: "E-mail " and "email" read the same."""
    return _NOT_LETTERS.sub("", header.casefold().replace("ё", "е"))


def recognise(header: str) -> LeadField:
    """The field a header names, or ``LeadField.IGNORE`` when it is not a known name."""
    key = normalise_header(header)
    if not key:
        return LeadField.IGNORE
    for candidate in (key, *_unwrapped(key)):
        if candidate in _EXACT_INDEX:
            return _EXACT_INDEX[candidate]
        if candidate in LeadField.__members__.values() and candidate != LeadField.IGNORE:
            return LeadField(candidate)
    for field, keywords in _KEYWORDS:
        if any(keyword in key for keyword in keywords):
            return field
    return LeadField.IGNORE


def _unwrapped(key: str) -> list[str]:
    # "Контакт: Имя" and "Имя (контакт)" both mean "Имя".
    found = []
    for wrapper in _CONTACT_WRAPPERS:
        if key.startswith(wrapper) and len(key) > len(wrapper):
            found.append(key[len(wrapper) :])
        if key.endswith(wrapper) and len(key) > len(wrapper):
            found.append(key[: -len(wrapper)])
    return found
