"""Whole files as operators bring them: read, map, clean, merge duplicates; every row accounted for."""

from __future__ import annotations

import csv
from pathlib import Path

import xlsxwriter

from callassist.domain import Phone
from callassist.importing.cleaning import RejectReason
from callassist.importing.header_names import LeadField
from callassist.importing.pipeline import prepare
from callassist.importing.rejects import write_rejects

EXCEL_1251 = "\r\n".join(
    [
        "ФИО;Телефон;Мобильный;Организация;Должность;E-mail;Город;Примечание;ИНН",
        'Иванов Иван Иванович;8 (495) 123-45-67;8 916 123-45-67;"ООО ""Ромашка""";директор;ivan@romashka.ru;'
        + "Москва;;7701",
        "",
        'Петрова Мария Сергеевна;;+7 903 765 43 21 доб. 12;"=HYPERLINK(""http://evil"";""ИП Петрова"")";;;Тула;'
        + '"звонить\r\nпосле 15";',
        ";;;;;;;;",
        "Иванов И.И.;89161234567;;;;i.ivanov@mail.ru;;дубль строки 2;",
        "Сидоров;12-34;;АО Вектор;;;;;",
        "Козлов Павел;84991112233;;ООО Альфа; филиал;;;;;",
        ";;;;;;Казань;просто город;",
        "Смирнова Ольга;нет;;;;;;;",
        "",
    ]
)


def test_windows_1251_export_with_duplicates_broken_rows_and_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(EXCEL_1251.encode("cp1251"))

    prepared = prepare(path)

    assert (prepared.table.encoding, prepared.table.delimiter) == ("cp1251", ";")
    assert prepared.mapping.ignored_headers == ("ИНН",)
    assert prepared.read == 7  # two blank lines; Petrova's comment spans lines 4 and 5
    assert [lead.row_number for lead in prepared.leads] == [2, 4]
    assert prepared.merged == ((7, 2),)  # "Иванов И.И." agrees with "Иванов Иван Иванович"
    assert [(r.row_number, r.reason) for r in prepared.rejections] == [
        (8, RejectReason.NO_VALID_PHONE),
        (9, RejectReason.TOO_MANY_CELLS),
        (10, RejectReason.NO_PHONE),
        (11, RejectReason.NO_PHONE),  # rule 14: "нет" is no number to call
    ]
    assert prepared.summary().as_json() == {"read": 7, "imported": 2, "merged": 1, "rejected": 4, "rejects_file": None}

    ivanov, petrova = prepared.leads
    assert (ivanov.last_name, ivanov.first_name, ivanov.patronymic) == ("Иванов", "Иван", "Иванович")
    assert ivanov.company == 'ООО "Ромашка"'
    assert ivanov.phones == (Phone("+74951234567", "8 (495) 123-45-67"), Phone("+79161234567", "8 916 123-45-67"))
    assert ivanov.email == "ivan@romashka.ru"  # the duplicate's address did not overwrite it
    assert ivanov.comment == "дубль строки 2"  # but it filled the empty comment
    assert petrova.company == '=HYPERLINK("http://evil";"ИП Петрова")'
    assert petrova.phones == (Phone("+79037654321", "+7 903 765 43 21 доб. 12", "12"),)
    assert petrova.comment == "звонить\r\nпосле 15"


def test_rejects_of_a_file_can_be_opened_next_to_it(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_bytes(EXCEL_1251.encode("cp1251"))
    prepared = prepare(path)

    rejects = write_rejects(tmp_path / "rejects.csv", prepared.table.headers, prepared.rejections, language="ru")

    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert [row[1] for row in rows[1:]] == ["8", "9", "10", "11"]
    assert rows[1][0] == "нет ни одного правильного номера телефона: 12-34"
    assert rows[1][2:4] == ["Сидоров", "12-34"]
    assert rows[2][5:7] == ["ООО Альфа", " филиал"]
    assert prepared.summary(rejects).rejects_file == rejects


def test_utf8_bom_bitrix_export_with_separate_name_columns(tmp_path: Path) -> None:
    text = (
        "\ufeffИмя,Фамилия,Отчество,Рабочий телефон,Мобильный телефон,Рабочий e-mail,Название компании,Источник\n"
        'Анна,Орлова,Викторовна,+7 (000) 111-22-33,"8 921 555-44-33, 8 921 555-44-34",anna@orlova.ru,Орлов и К,Сайт\n'
        "Борис,Ежов,,,,b@ezhov.ru,,Выставка\n"
    )
    path = tmp_path / "bitrix.csv"
    path.write_text(text, encoding="utf-8")

    prepared = prepare(path)

    assert prepared.table.encoding == "utf-8-sig"
    assert prepared.mapping.columns(LeadField.PHONE) == (3, 4)
    assert prepared.summary().as_json()["imported"] == 1
    (anna,) = prepared.leads
    assert anna.full_name == "Орлова Анна Викторовна"
    assert [p.e164 for p in anna.phones] == ["+79215554433", "+79215554434"]
    assert anna.invalid_phones == ("+7 (000) 111-22-33",)
    assert (anna.company, anna.source) == ("Орлов и К", "Сайт")
    assert [(r.row_number, r.reason) for r in prepared.rejections] == [(3, RejectReason.NO_PHONE)]  # rule 14


def test_xlsx_with_phones_as_numbers(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["Full name", "Phone", "Mobile", "Company"])
    sheet.write_row(1, 0, ["John Smith", 79161234567, 89031112233, "Acme"])
    sheet.write_row(2, 0, ["Jane Doe", 9161234567.0, None, "Acme"])  # John's number, another person: shared
    sheet.write_row(4, 0, ["Bob Roe", 12345, None, "Roe Ltd"])
    workbook.close()

    prepared = prepare(path)

    assert prepared.read == 3
    assert prepared.merged == ()
    assert [(r.row_number, r.detail) for r in prepared.rejections] == [(5, "12345")]
    john, jane = prepared.leads
    assert jane.phones == (Phone("+79161234567", "9161234567"),)
    assert (john.first_name, john.last_name) == ("John", "Smith")
    assert john.phones == (Phone("+79161234567", "79161234567"), Phone("+79031112233", "89031112233"))


def test_progress_is_reported_in_chunks_as_the_first_half_of_the_import(tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    path.write_text("Телефон\n" + "".join(f"8916{i:07d}\n" for i in range(25)), encoding="utf-8")
    seen: list[tuple[int, int]] = []

    prepared = prepare(path, progress=lambda done, total: seen.append((done, total)), chunk=10)

    assert seen == [(10, 50), (20, 50), (25, 50)]  # storing counts the second half, 25..50
    assert len(prepared.leads) == 25
