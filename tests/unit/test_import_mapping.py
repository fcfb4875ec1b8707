"""Recognising columns from their headers, and remembering the operator's mapping."""

from __future__ import annotations

import json

import pytest

from callassist.errors import UserInputError
from callassist.importing.header_names import LeadField as F
from callassist.importing.mapping import ColumnMapping, auto_map


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ФИО", F.FULL_NAME),
        (" ф.и.о. ", F.FULL_NAME),
        ("Фамилия", F.LAST_NAME),
        ("Имя", F.FIRST_NAME),
        ("Отчество", F.PATRONYMIC),
        ("Компания", F.COMPANY),
        ("Организация", F.COMPANY),
        ("Название компании", F.COMPANY),
        ("Должность", F.POSITION),
        ("Телефон", F.PHONE),
        ("Мобильный", F.PHONE),
        ("Рабочий телефон", F.PHONE),
        ("Мобильный телефон", F.PHONE),
        ("Тел.", F.PHONE),
        ("Контакт: Телефон", F.PHONE),
        ("Рабочий телефон (контакт)", F.PHONE),
        ("Телефон компании", F.PHONE),
        ("E-mail", F.EMAIL),
        ("Почта", F.EMAIL),
        ("Рабочий e-mail", F.EMAIL),
        ("Город", F.CITY),
        ("Город компании", F.CITY),
        ("Регион", F.REGION),
        ("Часовой пояс", F.TIMEZONE),
        ("Комментарий", F.COMMENT),
        ("Примечание", F.COMMENT),
        ("Источник", F.SOURCE),
        ("Контакт: Имя", F.FIRST_NAME),
        ("Полное имя контакта", F.FULL_NAME),
        ("Name", F.FULL_NAME),
        ("Full name", F.FULL_NAME),
        ("First name", F.FIRST_NAME),
        ("LAST_NAME", F.LAST_NAME),
        ("Phone", F.PHONE),
        ("Mobile", F.PHONE),
        ("Company", F.COMPANY),
        ("Title", F.POSITION),
        ("ФИО клиента", F.FULL_NAME),
        ("Имя контакта", F.FIRST_NAME),
        ("ИНН", F.IGNORE),
        ("Название сделки", F.IGNORE),
        ("", F.IGNORE),
    ],
)
def test_known_headers_are_recognised(header: str, field: F) -> None:
    assert auto_map([header]).fields == (field,)


def test_case_and_yo_do_not_matter() -> None:
    assert auto_map(["ТЕЛЕФОН", "ИМЯ", "Наименование организации", "Ёмкость"]).fields == (
        F.PHONE,
        F.FIRST_NAME,
        F.COMPANY,
        F.IGNORE,
    )


def test_unknown_columns_are_ignored_and_reported() -> None:
    mapping = auto_map(["ФИО", "ИНН", "Телефон", "Телефон", "Дата рождения"])

    assert mapping.columns(F.PHONE) == (2, 3)
    assert mapping.ignored_headers == ("ИНН", "Дата рождения")


def test_a_mapping_survives_json_and_refits_onto_moved_columns() -> None:
    mapping = auto_map(["ФИО", "Телефон", "Телефон", "Код"]).with_field(3, F.SOURCE)
    stored = json.loads(json.dumps(mapping.to_dict()))

    assert ColumnMapping.from_dict(stored) == mapping
    moved = ColumnMapping.from_dict(stored, headers=["Код", "Телефон", "Город", "ФИО", "Телефон"])
    assert moved.fields == (F.SOURCE, F.PHONE, F.CITY, F.FULL_NAME, F.PHONE)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"format": 1, "columns": "x"},
        {"format": 1, "columns": [{"header": "A", "field": "shoe_size"}]},
        {"format": 1, "columns": [3]},
    ],
)
def test_a_damaged_remembered_mapping_is_refused(data: dict[str, object]) -> None:
    with pytest.raises(UserInputError, match="remembered column mapping"):
        ColumnMapping.from_dict(data)


def test_a_mapping_needs_a_phone_or_a_name() -> None:
    assert auto_map(["Фамилия", "Город"]).validate().columns(F.LAST_NAME) == (0,)
    with pytest.raises(UserInputError, match="phone or a name"):
        auto_map(["Компания", "Город", "ИНН"]).validate()


def test_changing_a_column_that_does_not_exist_is_refused() -> None:
    with pytest.raises(UserInputError, match="no column 5"):
        auto_map(["ФИО", "Телефон"]).with_field(4, F.PHONE)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (  # amoCRM/Kommo contacts: "Наименование" names the person when "Компания" names the company
            ["ID", "Наименование", "Компания", "Ответственный", "Рабочий телефон", "Мобильный телефон",
             "Рабочий email"],
            ["ignore", "full_name", "company", "ignore", "phone", "phone", "email"],
        ),
        (  # an amoCRM/Kommo companies export: "Наименование" is the company
            ["Наименование", "Телефон", "Сайт"],
            ["company", "phone", "ignore"],
        ),
        (  # Bitrix24 contacts and leads
            ["Обращение", "Имя", "Отчество", "Фамилия", "Название лида", "Название компании", "Тип компании",
             "Номер факса", "Телефон для рассылок", "Рабочий e-mail", "Источник"],
            ["ignore", "first_name", "patronymic", "last_name", "ignore", "company", "ignore", "ignore", "phone",
             "email", "source"],
        ),
        (  # 1C-Bitrix b_user
            ["LOGIN", "NAME", "LAST_NAME", "SECOND_NAME", "PERSONAL_MOBILE", "WORK_PHONE", "WORK_COMPANY",
             "WORK_POSITION", "PERSONAL_CITY"],
            ["ignore", "first_name", "last_name", "patronymic", "phone", "phone", "company", "position", "city"],
        ),
        (  # Ukrainian
            ["ПІБ", "Прізвище", "Ім'я", "По батькові", "Компанія", "Назва компанії", "Місто", "Посада", "Коментар",
             "Примітка", "Мобільний", "Робочий телефон", "Електронна пошта"],
            ["full_name", "last_name", "first_name", "patronymic", "company", "company", "city", "position",
             "comment", "comment", "phone", "phone", "email"],
        ),
        (  # Belarusian and Kazakh
            ["Прозвішча", "Імя", "Тэлефон", "Горад", "Аты-жөні", "Қала", "Лауазымы"],
            ["last_name", "first_name", "phone", "city", "full_name", "city", "position"],
        ),
        (  # Google contacts and Outlook
            ["First Name", "Last Name", "Organization Name", "Organization Title", "Phone 1 - Label",
             "Phone 1 - Value", "Mobile Phone", "E-mail Address", "Notes"],
            ["first_name", "last_name", "company", "position", "ignore", "phone", "phone", "email", "comment"],
        ),
    ],
)  # fmt: skip
def test_real_exports_headers_are_recognised(headers: list[str], expected: list[str]) -> None:
    assert [field.value for field in auto_map(headers).fields] == expected
