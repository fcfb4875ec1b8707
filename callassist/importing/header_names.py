"""Header names that lead files use, in Russian, Ukrainian, Belarusian, Kazakh and English, and how one is recognised.

Real exports name their columns their own way: Bitrix24 ("Рабочий телефон", "Мобильный телефон", "Рабочий e-mail",
"Обращение", "Название компании"), amoCRM/Kommo ("Наименование" for a contact's name next to "Компания",
"Рабочий телефон (контакт)", "Основной контакт"), 1C-Bitrix ``b_user`` (NAME, LAST_NAME, SECOND_NAME,
PERSONAL_MOBILE, WORK_PHONE, WORK_COMPANY), Google and Outlook contacts ("Phone 1 - Value", "Phone 1 - Label",
"Organization Name", "Mobile Phone").

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
        "піб",
        "пiб",
        "прізвищеімяпобатькові",
        "контактнаособа",
        "клієнт",
        "прозвішчаімяімяпабацьку",
        "кліент",
        "атыжөні",
        "толықаты",
        "имяфамилия",
        "фамилияимя",
        "displayname",
        "maincontact",
    ),
    LeadField.LAST_NAME: ("фамилия", "lastname", "surname", "familyname", "прізвище", "прозвішча", "тегі", "тегi"),
    LeadField.FIRST_NAME: ("имя", "firstname", "givenname", "імя", "ім", "аты", "имяконтакта"),
    LeadField.PATRONYMIC: (
        "отчество",
        "patronymic",
        "middlename",
        "secondname",
        "additionalname",
        "побатькові",
        "імяпабацьку",
        "пабацьку",
        "әкесініңаты",
    ),
    LeadField.POSITION: (
        "title",
        "jobtitle",
        "role",
        "посада",
        "пасада",
        "лауазымы",
        "лауазым",
        "organizationtitle",
        "organization1title",
    ),
    LeadField.COMPANY: (
        "наименование",
        "название",
        "назва",
        "юрлицо",
        "account",
        "юрособа",
        "назваорганізації",
        "контрагент",  # 1C's word for the client organisation
        "контрагенты",
        "наименованиеконтрагента",
        "контрагентнаименование",
    ),
    LeadField.CITY: ("нп", "населенныйпункт", "town", "місто", "горад", "қала", "населенийпункт"),
    LeadField.REGION: (
        "область",
        "край",
        "субъект",
        "субъектрф",
        "state",
        "province",
        "вобласць",
        "облыс",
        "регіон",
    ),
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
    (LeadField.PHONE, ("телефон", "phone", "мобильн", "mobile", "сотов", "whatsapp", "мобільн", "тэлефон", "мабільн")),
    (LeadField.EMAIL, ("email", "почта", "mail", "емейл", "имейл", "пошта")),
    (LeadField.TIMEZONE, ("часовойпояс", "timezone", "часовийпояс")),
    (
        LeadField.COMMENT,
        (
            "коммент",
            "примечан",
            "comment",
            "note",
            "заметк",
            "описание",
            "коментар",
            "примітк",
            "каментар",
            "заўваг",
            "түсініктеме",
            "нотатк",
        ),
    ),
    (LeadField.SOURCE, ("источник", "source", "utm", "джерело", "крыніц")),
    (LeadField.CITY, ("город", "city", "місто", "горад")),
    (LeadField.REGION, ("регион", "region", "регіон")),
    (LeadField.POSITION, ("должност", "position", "посада", "пасада", "лауазым", "jobtitle")),
    (
        LeadField.COMPANY,
        (
            "компани",
            "организац",
            "фирма",
            "company",
            "organization",
            "organisation",
            "юрлиц",
            "компані",
            "організац",
            "кампані",
            "арганізац",
        ),
    ),
)
# Headers that hold a word above but are no such value: a phone's type or label, a fax, who is responsible,
# the title of a CRM lead or deal (never the client's company).
_NOT_A_FIELD: tuple[str, ...] = (
    "type", "label", "тип", "факс", "fax", "пейджер", "pager", "ответствен", "відповідальн", "названиелида",
    "названиесделки", "названиеделки", "назвалiда", "назваліда", "назваугоди", "deal", "leadtitle", "создан", "изменен",
    "дата", "date", "id",
)  # fmt: skip
AMBIGUOUS_NAMES = frozenset({"наименование", "название", "назва", "name"})  # a person's or a company's name
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
    if any(word in key for word in _NOT_A_FIELD):
        return LeadField.IGNORE
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
