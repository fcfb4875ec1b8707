"""Cleaning one row: phones to E.164, names split and trimmed, rows rejected with their reason."""

from __future__ import annotations

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from callassist.domain import Phone
from callassist.errors import UserInputError
from callassist.importing.cleaning import Lead, Rejection, RejectReason, clean_row
from callassist.importing.mapping import auto_map
from callassist.importing.names import NameParts, split_full_name
from callassist.importing.phones import is_valid_national, parse_phone_cell
from callassist.importing.reader import RawRow

HEADERS = ["ФИО", "Телефон", "Мобильный", "Компания", "E-mail", "Часовой пояс", "Комментарий", "Примечание"]
MAPPING = auto_map(HEADERS)


def clean(*values: str, region: str = "RU") -> Lead | Rejection:
    return clean_row(RawRow(7, values), MAPPING, region)


def lead(*values: str) -> Lead:
    result = clean(*values)
    assert isinstance(result, Lead), result
    return result


@pytest.mark.parametrize(
    ("cell", "e164", "extension"),
    [
        ("8 (916) 123-45-67", "+79161234567", ""),
        ("+7 916 1234567 доб. 123", "+79161234567", "123"),
        ("8-916-123-45-67 вн. 12", "+79161234567", "12"),
        ("79161234567.0", "+79161234567", ""),
        ("7.9161234567E+10", "+79161234567", ""),
        ("9161234567", "+79161234567", ""),
        ("  +7(495)123-45-67 ", "+74951234567", ""),
        ("+380 44 123 4567", "+380441234567", ""),
        ("8 10 380 44 123 4567", "+380441234567", ""),
        ("+7 916 123 45 67 (моб)", "+79161234567", ""),
    ],
)
def test_phone_shapes_become_e164(cell: str, e164: str, extension: str) -> None:
    assert parse_phone_cell(cell, "RU").phones == (Phone(e164=e164, raw=cell.strip(), extension=extension),)


def test_a_cell_with_two_numbers_is_split_and_repeats_dropped() -> None:
    cell = parse_phone_cell("8916 123-45-67, 8 (495) 123-45-67; +7 916 123 45 67", "RU")

    assert [p.e164 for p in cell.phones] == ["+79161234567", "+74951234567"]
    assert [p.raw for p in cell.phones] == ["8916 123-45-67", "8 (495) 123-45-67"]


def test_two_numbers_separated_by_a_space_are_both_found() -> None:
    cell = parse_phone_cell("89161234567 84951234567", "RU")

    assert [p.e164 for p in cell.phones] == ["+79161234567", "+74951234567"]


def test_an_exponent_that_lost_digits_is_not_a_number() -> None:
    cell = parse_phone_cell("7.91612E+10", "RU")

    assert (cell.phones, cell.invalid, cell.had_number) == ((), ("7.91612E+10",), True)


def test_the_region_decides_numbers_without_a_country_code() -> None:
    assert parse_phone_cell("044 123 4567", "UA").phones[0].e164 == "+380441234567"
    with pytest.raises(UserInputError, match="Unknown phone region «XX»"):
        clean("Иванов", "89161234567", region="XX")


@settings(max_examples=300, deadline=None)
@given(
    prefix=st.sampled_from(["", "8", "7", "+7", "+7 ", "8 ("]),
    national=st.integers(min_value=0, max_value=9_999_999_999).map(lambda n: f"{n:010d}"),
    extension=st.sampled_from(["", " доб. 12", " ext 7", "#345", " x1"]),
)
def test_the_fast_path_agrees_with_the_full_parser(prefix: str, national: str, extension: str) -> None:
    text = prefix + national + extension
    expected = None
    try:
        number = phonenumbers.parse(text, "RU")
        if phonenumbers.is_valid_number(number):
            expected = (phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), number.extension or "")
    except phonenumbers.NumberParseException:
        pass
    found = [(p.e164, p.extension) for p in parse_phone_cell(text, "RU").phones]
    if expected is None:
        assert found == [] or all(phonenumbers.is_valid_number(phonenumbers.parse(e)) for e, _ in found)
    else:
        assert found == [expected]


def test_every_phone_column_is_read_and_bad_numbers_are_noted() -> None:
    result = lead("Иванов Иван", "8 916 123 45 67, 12345", "8 (495) 123-45-67 доб 7", "", "", "", "", "")

    assert result.phones == (
        Phone("+79161234567", "8 916 123 45 67"),
        Phone("+74951234567", "8 (495) 123-45-67 доб 7", "7"),
    )
    assert result.invalid_phones == ("12345",)


def test_a_row_whose_numbers_are_all_invalid_is_rejected_with_them() -> None:
    result = clean("Иванов Иван", "123", "8 (999) 12", "ООО Ромашка", "", "", "", "")

    assert isinstance(result, Rejection)
    assert (result.row_number, result.reason, result.detail) == (7, RejectReason.NO_VALID_PHONE, "123, 8 (999) 12")
    assert result.message("ru") == "нет ни одного правильного номера телефона: 123, 8 (999) 12"


def test_rule_14_a_row_without_a_phone_is_rejected_whole() -> None:
    result = clean("", "", "", "", "", "Europe/Moscow", "перезвонить", "")

    assert isinstance(result, Rejection)
    assert result.reason is RejectReason.NO_PHONE
    assert result.original == ("", "", "", "", "", "Europe/Moscow", "перезвонить", "")


def test_rule_14_words_in_a_phone_cell_are_kept_in_the_notes_and_a_name_without_a_number_is_rejected() -> None:
    kept = lead("Сидоров Сидор", "нет телефона", "8 916 123-45-67, звонить секретарю", "", "", "", "", "")
    rejected = clean("Сидоров Сидор", "нет", "", "", "", "", "", "")

    assert [p.e164 for p in kept.phones] == ["+79161234567"]
    assert kept.comment == "нет телефона\nзвонить секретарю"
    assert isinstance(rejected, Rejection) and rejected.reason is RejectReason.NO_PHONE


def test_a_phone_in_the_name_cell_is_a_phone_not_a_name() -> None:
    result = lead("Петров Пётр +7 916 222-33-44", "", "", "", "", "", "", "")
    only_number = lead("8 (903) 111-22-33", "", "", "", "", "", "", "")

    assert (result.full_name, result.last_name, result.patronymic) == ("Петров Пётр", "Петров", "")
    assert [p.e164 for p in result.phones] == ["+79162223344"]
    assert (only_number.full_name, only_number.patronymic, [p.e164 for p in only_number.phones]) == (
        "",
        "",
        ["+79031112233"],
    )


def test_more_cells_than_columns_is_a_broken_row() -> None:
    result = clean("Иванов", "89161234567", "", "ООО", "Ромашка", "", "", "", "лишнее")

    assert isinstance(result, Rejection)
    assert (result.reason, result.detail) == (RejectReason.TOO_MANY_CELLS, "9 > 8")


def test_short_rows_are_fine_but_even_an_empty_extra_cell_is_a_shifted_row() -> None:
    assert lead("Иванов", "89161234567").company == ""
    shifted = clean("Козлов", "89161234567", "", "ООО Альфа", " филиал", "", "", "", "")
    assert isinstance(shifted, Rejection)
    assert (shifted.reason, shifted.detail) == (RejectReason.TOO_MANY_CELLS, "9 > 8")


def test_text_is_trimmed_formulas_stay_text_and_comments_keep_lines() -> None:
    result = lead(
        "  Иванов   Иван\tИванович ",
        "89161234567",
        "",
        '=HYPERLINK("http://evil";"ООО Ромашка")',
        " ivan@example.ru ",
        "Asia/Yekaterinburg",
        "звонить утром\r\nлучше в среду",
        "VIP",
    )

    assert (result.full_name, result.last_name, result.first_name, result.patronymic) == (
        "Иванов Иван Иванович",
        "Иванов",
        "Иван",
        "Иванович",
    )
    assert result.company == '=HYPERLINK("http://evil";"ООО Ромашка")'
    assert (result.email, result.timezone) == ("ivan@example.ru", "Asia/Yekaterinburg")
    assert result.comment == "звонить утром\r\nлучше в среду\nVIP"


def test_an_unknown_time_zone_is_left_empty() -> None:
    assert lead("Иванов", "89161234567", "", "", "", "MSK+1", "", "").timezone is None


def test_separate_name_columns_build_the_full_name() -> None:
    mapping = auto_map(["Фамилия", "Имя", "Отчество", "Телефон"])
    result = clean_row(RawRow(2, ("Петрова", "Мария", "Сергеевна", "89161234567")), mapping)

    assert isinstance(result, Lead)
    assert result.full_name == "Петрова Мария Сергеевна"


def test_a_first_name_column_holding_the_whole_name_is_split() -> None:
    mapping = auto_map(["Имя", "Phone"])
    result = clean_row(RawRow(2, ("Мамедов Рашид Гусейн оглы", "89161234567")), mapping)

    assert isinstance(result, Lead)
    assert (result.full_name, result.last_name, result.first_name, result.patronymic) == (
        "Мамедов Рашид Гусейн оглы",
        "Мамедов",
        "Рашид",
        "Гусейн оглы",
    )


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Иванов Иван Иванович", NameParts("Иванов", "Иван", "Иванович")),
        ("Иван Иванович Иванов", NameParts("Иванов", "Иван", "Иванович")),
        ("Кузнецова Анна Ильинична", NameParts("Кузнецова", "Анна", "Ильинична")),
        ("Алиева Лейла Рашид кызы", NameParts("Алиева", "Лейла", "Рашид кызы")),
        ("Петров Пётр", NameParts("Петров", "Пётр", "")),
        ("Пётр Петров", NameParts("Петров", "Пётр", "")),
        ("Иван Петрович", NameParts("", "Иван", "Петрович")),
        ("Сидоренко", NameParts("Сидоренко", "", "")),
        ("Анна", NameParts("", "Анна", "")),
        ("John Smith", NameParts("Smith", "John", "")),
        ("John Ronald Tolkien", NameParts("Tolkien", "John", "")),
        ("Smith, John", NameParts("Smith", "John", "")),
        ("Один Два Три Четыре", NameParts()),
    ],
)
def test_full_names_are_split(text: str, parts: NameParts) -> None:
    assert split_full_name(text) == parts


@settings(max_examples=400, deadline=None)
@given(
    country_code=st.sampled_from([7, 1, 44, 375, 380, 49]),
    national=st.integers(min_value=10_000_000, max_value=99_999_999_999).map(str),
)
def test_compiled_validity_agrees_with_phonenumbers(country_code: int, national: str) -> None:
    number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))

    assert is_valid_national(country_code, national) == phonenumbers.is_valid_number(number)


@pytest.mark.parametrize("national", ["9161234567", "4951234567", "7012345678", "7172123456", "8005553535"])
def test_compiled_validity_on_russian_and_kazakh_numbers(national: str) -> None:
    number = phonenumbers.PhoneNumber(country_code=7, national_number=int(national))

    assert is_valid_national(7, national) is phonenumbers.is_valid_number(number) is True
