"""Reports with a title above their header (1C, Excel reports): the header is found under it, and no lead is ever
taken for a title."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from callassist.importing.reader import open_source
from callassist.importing.service import import_file
from callassist.storage.engine import Database
from tests.factories import FixedClock
from tests.unit.test_import_real_files import counts, stored


def test_a_csv_report_titled_without_delimiters_finds_its_header_and_delimiter(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "report.csv"
    path.write_text(
        "Список клиентов\r\n\r\nФИО;Телефон;Компания\r\nИванов Иван;89161234567;ООО А\r\n"
        "Петров Пётр;8 (495) 765-43-21;ООО Б\r\nБез Номера;;ООО В\r\n",
        encoding="cp1251",
    )

    report = import_file(db, path, now=clock(), rejects=tmp_path / "rejects.csv")

    assert counts(report) == (3, 2, 0, 1)  # the title and the blank line are no leads
    assert [(c["name"], c["phones"], c["company"]) for c in stored(db)] == [
        ("Иванов Иван", ["+79161234567"], "ООО А"),
        ("Петров Пётр", ["+74957654321"], "ООО Б"),
    ]
    (rejected,) = report.examples["rejected"]
    assert (rejected.row, rejected.name) == (6, "Без Номера")  # the file's own line number
    header = (tmp_path / "rejects.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith(";ФИО;Телефон;Компания")


def test_a_workbook_report_with_a_merged_title_and_a_period_line(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "report.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Отчёт")
    sheet.merge_range("A1:C1", "Отчёт по контрагентам за декабрь 2026")
    sheet.write_row(1, 0, ["Период: 01.12.2026 – 07.12.2026", "Менеджер: все"])
    sheet.write_row(3, 0, ["Контрагент", "Контактное лицо", "Телефон"])
    sheet.write_row(4, 0, ["ООО Альфа", "Иванов Иван Иванович", "+7 916 123-45-67"])
    sheet.write_row(5, 0, ["ООО Бета", "Петрова Анна", "8 (495) 765-43-21"])
    workbook.close()

    report = import_file(db, path, now=clock())

    assert counts(report) == (2, 2, 0, 0)
    assert [(c["name"], c["company"], c["phones"]) for c in stored(db)] == [
        ("Иванов Иван Иванович", "ООО Альфа", ["+79161234567"]),
        ("Петрова Анна", "ООО Бета", ["+74957654321"]),
    ]


def test_a_row_holding_a_phone_number_is_never_skipped_as_a_title(tmp_path: Path) -> None:
    # The second line is a lead, so the lines above the header-like row are not all titles: the first row stays the
    # header, as it always was, and every line under it is read.
    path = tmp_path / "odd.csv"
    path.write_text("Отчёт;\nПетров;89161234567\nФИО;Телефон\nИванов Иван;89161234568\n", encoding="utf-8")

    opened = open_source(path)

    assert opened.headers == ("Отчёт", "")
    assert [row.values for row in opened.rows()] == [
        ("Петров", "89161234567"),
        ("ФИО", "Телефон"),
        ("Иванов Иван", "89161234568"),
    ]


def test_a_header_on_the_first_line_is_taken_as_ever(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("ФИО;Телефон\nИванов Иван;89161234568\nФИО;Телефон\n", encoding="utf-8")

    opened = open_source(path)

    assert opened.headers == ("ФИО", "Телефон")
    assert [row.number for row in opened.rows()] == [2, 3]
