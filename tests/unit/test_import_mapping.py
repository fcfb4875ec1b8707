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
