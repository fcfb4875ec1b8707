"""Imports of the files real teams bring (issue 16), each written the way the program that makes it writes it.

Bitrix24's "Export to Excel" (an HTML table under an .xls name), amoCRM/Kommo's contacts CSV, a Ukrainian list,
Google Sheets' CSV, Excel's cp1251 CSV and "Unicode text" (UTF-16, with and without its BOM), XlsxWriter
workbooks, and .xls/.ods files LibreOffice made (committed under tests/data, made with ``soffice --convert-to``).
Each test checks the exact counts and what was stored: names, companies, phones, countries and zones.
"""

from __future__ import annotations

import codecs
import csv
import os
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from sqlalchemy import select

from callassist.errors import UserInputError
from callassist.importing.pipeline import prepare
from callassist.importing.service import import_file
from callassist.services.clients import client_view
from callassist.services.zones import client_calendar
from callassist.settings import load as load_settings
from callassist.storage.engine import Database
from callassist.storage.models import Client
from tests.factories import FixedClock

DATA = Path(__file__).resolve().parents[1] / "data"


def stored(db: Database) -> list[dict[str, Any]]:
    """Every client, oldest first, as the values an import decides."""
    with db.read() as session:
        clients = session.scalars(select(Client).order_by(Client.id)).all()
        return [
            {
                "name": c.full_name,
                "first": c.first_name,
                "last": c.last_name,
                "company": c.company,
                "phones": [p.e164 for p in c.phones],
                "country": c.region,
                "zone": c.timezone,
                "notes": c.notes,
                "email": c.email,
                "city": c.city,
            }
            for c in clients
        ]


def counts(report: Any) -> tuple[int, int, int, int]:
    return report.read, report.imported, report.merged, report.rejected


BITRIX_HTML = """\ufeff<meta http-equiv="Content-type" content="text/html;charset=utf-8" />
<style>td {{ mso-number-format:\\@; }}</style>
<table border="1">
<thead>
<tr><th>ID</th><th>Обращение</th><th>Имя</th><th>Отчество</th><th>Фамилия</th><th>Дата рождения</th><th>Должность</th>
<th>Компания</th><th>Рабочий телефон</th><th>Мобильный телефон</th><th>Номер факса</th><th>Рабочий e-mail</th>
<th>Комментарий</th><th>Источник</th><th>Ответственный</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
"""


def bitrix_row(*cells: str) -> str:
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"


def test_bitrix24_excel_export_is_an_html_table_under_an_xls_name(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    rows = "\n".join(
        [
            bitrix_row("11", "г-н", "Иван", "Петрович", "Сидоров", "", "Директор", "ООО &quot;Вектор&quot;",
                       "+7 (495) 765-43-21", "+7 916 111-11-11, +7 916 111-11-12", "+7 495 000-00-00",
                       "ivan@vector.ru", "Просил КП<br>до пятницы", "Звонок", "Админ"),
            bitrix_row("12", "", "Анна", "", "Орлова", "", "", "", "", "8 903 222 33 44", "", "", "", "Сайт", "Админ"),
            bitrix_row("13", "", "Борис", "", "Ежов", "", "", "", "", "", "", "b@ezhov.ru", "", "", "Админ"),
        ]
    )  # fmt: skip
    path = tmp_path / "CONTACT_20261207.xls"
    path.write_text(BITRIX_HTML.format(rows=rows), encoding="utf-8")

    report = import_file(db, path, now=clock())

    assert counts(report) == (3, 2, 0, 1)
    sidorov, orlova = stored(db)
    assert (sidorov["name"], sidorov["first"], sidorov["last"]) == ("Сидоров Иван Петрович", "Иван", "Сидоров")
    assert sidorov["company"] == 'ООО "Вектор"'
    assert sidorov["phones"] == ["+74957654321", "+79161111111", "+79161111112"]  # the fax is no phone to call
    assert sidorov["notes"] == "Просил КП\nдо пятницы"
    assert (sidorov["email"], sidorov["country"], sidorov["zone"]) == ("ivan@vector.ru", "RU", "Europe/Moscow")
    assert (orlova["name"], orlova["phones"]) == ("Орлова Анна", ["+79032223344"])
    assert report.rejects_file == tmp_path / "CONTACT_20261207.rejects.csv"  # an HTML table is no workbook
    with report.rejects_file.open(encoding="utf-8-sig", newline="") as stream:
        (header, ezhov) = list(csv.reader(stream, delimiter=";"))
    assert header[:4] == ["Reason", "Row", "ID", "Обращение"]
    assert ezhov[:3] == ["no phone number to call", "4", "13"]


AMO_CONTACTS = [
    ["ID", "Наименование", "Компания", "Ответственный", "Дата создания", "Рабочий телефон", "Мобильный телефон",
     "Рабочий email", "Должность", "Теги", "Примечание"],
    ["101", "Смирнова Ольга", "ООО Альфа", "Менеджер", "07.12.2026", "+7 495 111-22-33", "", "olga@alfa.ru",
     "закупщик", "опт", ""],
    ["102", "Кузнецов Андрей", "", "Менеджер", "07.12.2026", "", "+79265554433;+79265554434", "", "", "", "ВИП"],
]  # fmt: skip


def test_amocrm_contacts_keep_the_person_in_the_name_and_the_company_in_the_company(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "amocrm_export_contacts.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(AMO_CONTACTS)

    report = import_file(db, path, now=clock())

    assert counts(report) == (2, 2, 0, 0)
    smirnova, kuznetsov = stored(db)
    assert (smirnova["name"], smirnova["first"], smirnova["company"]) == ("Смирнова Ольга", "Ольга", "ООО Альфа")
    assert (kuznetsov["name"], kuznetsov["company"]) == ("Кузнецов Андрей", "")
    assert kuznetsov["phones"] == ["+79265554433", "+79265554434"]


def test_a_ukrainian_list_keeps_every_column_and_every_number(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "клієнти.csv"
    rows = [
        ["ПІБ", "Назва компанії", "Місто", "Посада", "Мобільний", "Робочий телефон", "Електронна пошта", "Примітка"],
        ["Шевченко Тарас Григорович", "ТОВ Кобзар", "Київ", "директор", "+380 50 123 45 67, +380 67 765 43 21",
         "044 234 56 78", "taras@kobzar.ua", "після обіду"],
    ]  # fmt: skip
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, delimiter=",").writerows(rows)

    report = import_file(db, path, region="UA", now=clock())

    assert counts(report) == (1, 1, 0, 0)
    (taras,) = stored(db)
    assert (taras["name"], taras["last"], taras["company"], taras["city"]) == (
        "Шевченко Тарас Григорович", "Шевченко", "ТОВ Кобзар", "Київ",
    )  # fmt: skip
    assert taras["phones"] == ["+380501234567", "+380677654321", "+380442345678"]
    assert (taras["email"], taras["notes"], taras["country"], taras["zone"]) == (
        "taras@kobzar.ua", "після обіду", "UA", "Europe/Kyiv",
    )  # fmt: skip


def test_google_sheets_csv(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "Лиды - Лист1.csv"
    path.write_bytes(
        "Имя,Телефон,Компания,Город,Заметки\r\n"
        'Алексей Волков,+7 912 345-67-89,"ООО ""Уралсталь""",Екатеринбург,"звонить утром,\nдо 11"\r\n'
        "Мария Белова,89123456780,,,\r\n".encode()
    )

    report = import_file(db, path, now=clock())

    assert counts(report) == (2, 2, 0, 0)
    volkov, belova = stored(db)
    assert (volkov["name"], volkov["company"], volkov["notes"]) == (
        "Алексей Волков", 'ООО "Уралсталь"', "звонить утром,\nдо 11",
    )  # fmt: skip
    assert (volkov["zone"], volkov["country"]) == ("Asia/Yekaterinburg", "RU")  # the city says where
    assert belova["phones"] == ["+79123456780"]


def test_excel_cp1251_semicolon_csv(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "база.csv"
    path.write_bytes(
        "ФИО;Телефон;Организация;№ договора\r\nКозлов Павел;8 (499) 111-22-33;ИП Козлов;№ 15\r\n".encode("cp1251")
    )

    report = import_file(db, path, now=clock())

    assert counts(report) == (1, 1, 0, 0)
    (kozlov,) = stored(db)
    assert (kozlov["name"], kozlov["company"], kozlov["phones"]) == ("Козлов Павел", "ИП Козлов", ["+74991112233"])


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866"])
def test_cyrillic_code_pages_are_told_apart_by_how_the_text_reads(
    db: Database, clock: FixedClock, tmp_path: Path, encoding: str
) -> None:
    text = (
        "Фамилия;Имя;Отчество;Телефон;Комментарий\r\n"
        "Щербаков;Юрий;Эдуардович;8 916 700 10 01;перезвонить в понедельник, спросить про объём поставки\r\n"
        "Жукова;Любовь;Фёдоровна;8 916 700 10 02;сейчас занята, отчёт у руководителя\r\n"
    )
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(text.encode(encoding))

    report = import_file(db, path, now=clock())

    assert counts(report) == (2, 2, 0, 0)
    assert [(c["name"], c["notes"]) for c in stored(db)] == [
        ("Щербаков Юрий Эдуардович", "перезвонить в понедельник, спросить про объём поставки"),
        ("Жукова Любовь Фёдоровна", "сейчас занята, отчёт у руководителя"),
    ]


@pytest.mark.parametrize("bom", [True, False], ids=["with-bom", "without-bom"])
def test_excel_unicode_text_is_utf16_tab_separated(db: Database, clock: FixedClock, tmp_path: Path, bom: bool) -> None:
    text = "Фамилия\tИмя\tТелефон\tКомпания\r\nЗайцев\tОлег\t+7 916 555 66 77\tЗАО Лес\r\n"
    path = tmp_path / "Книга1.txt"
    path.write_bytes((codecs.BOM_UTF16_LE if bom else b"") + text.encode("utf-16-le"))

    report = import_file(db, path, now=clock())

    assert counts(report) == (1, 1, 0, 0)
    (zaitsev,) = stored(db)
    assert (zaitsev["name"], zaitsev["company"], zaitsev["phones"]) == ("Зайцев Олег", "ЗАО Лес", ["+79165556677"])


@pytest.mark.parametrize("name", ["leads_lo.xls", "leads_lo.ods"])
def test_libreoffice_workbooks(db: Database, clock: FixedClock, name: str) -> None:
    report = import_file(db, DATA / name, now=clock(), rejects=None, dry_run=True)  # the data folder stays clean

    assert counts(report) == (5, 4, 0, 1)
    examples = [(e.row, e.name, e.phone) for e in report.examples["new"]]
    assert examples == [
        (2, "Иванов Иван Иванович", "+74951234567"),
        (3, "Петров Пётр Сергеевич", "+74951234567"),  # the same office line, another person (rule 16)
        (4, "Ахметова Айгерим", "+77012345678"),
        (5, "Коваленко Олена", "+380501234567"),  # a number cell that lost its "+"
    ]
    assert [(e.row, e.detail) for e in report.examples["rejected"]] == [(6, "no phone number to call")]
    assert stored(db) == []  # a dry run wrote nothing


def test_libreoffice_workbook_stored_with_countries_and_zones(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    source = tmp_path / "leads_lo.ods"
    source.write_bytes((DATA / "leads_lo.ods").read_bytes())

    report = import_file(db, source, now=clock())

    assert counts(report) == (5, 4, 0, 1)
    assert report.rejects_file == tmp_path / "leads_lo.rejects.xlsx"  # a workbook's rejects are a workbook
    ivanov, petrov, akhmetova, kovalenko = stored(db)
    assert ivanov["phones"] == ["+74951234567", "+79161234567"]
    assert petrov["phones"] == ["+74951234567", "+79162223344"]
    assert (akhmetova["country"], akhmetova["zone"], akhmetova["company"]) == ("KZ", "Asia/Almaty", "ТОО «Дала»")
    assert (kovalenko["country"], kovalenko["zone"]) == ("UA", "Europe/Kyiv")


def test_an_xlsxwriter_workbook_saved_under_a_csv_name_is_read_as_a_workbook(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "leads.csv"
    with xlsxwriter.Workbook(str(path)) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["Full name", "Mobile Phone", "Business Phone", "Company", "Job Title"])
        sheet.write_row(1, 0, ["John Smith", 447400123456, "+44 20 7946 0958", "Acme", "Buyer"])

    report = import_file(db, path, now=clock())

    assert counts(report) == (1, 1, 0, 0)
    (john,) = stored(db)
    assert (john["first"], john["last"], john["company"]) == ("John", "Smith", "Acme")
    assert (john["phones"], john["country"], john["zone"]) == (
        ["+447400123456", "+442079460958"], "GB", "Europe/London",
    )  # fmt: skip


def test_excel_xml_spreadsheet_2003_under_an_xls_name(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "1c-выгрузка.xls"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n'
        '<Worksheet ss:Name="Контрагенты"><Table>\n'
        '<Row><Cell><Data ss:Type="String">Наименование</Data></Cell><Cell><Data ss:Type="String">Телефон</Data>'
        '</Cell><Cell><Data ss:Type="String">Город</Data></Cell></Row>\n'
        '<Row><Cell><Data ss:Type="String">ООО «Север»</Data></Cell><Cell><Data ss:Type="Number">78123334455</Data>'
        "</Cell></Row>\n"
        '<Row ss:Index="4"><Cell><Data ss:Type="String">ИП Южный</Data></Cell>'
        '<Cell ss:Index="3"><Data ss:Type="String">Краснодар</Data></Cell></Row>\n'
        "</Table></Worksheet>\n"
        '<Worksheet ss:Name="Второй"><Table><Row><Cell><Data ss:Type="String">не читается</Data></Cell></Row>'
        "</Table></Worksheet></Workbook>\n",
        encoding="utf-8",
    )

    report = import_file(db, path, now=clock())

    assert counts(report) == (2, 1, 0, 1)
    (sever,) = stored(db)
    assert (sever["company"], sever["phones"], sever["zone"]) == ("ООО «Север»", ["+78123334455"], "Europe/Moscow")
    assert [(e.row, e.name) for e in report.examples["rejected"]] == [(4, "ИП Южный")]


def test_an_xls_that_is_really_csv_is_read_as_csv(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "выгрузка.xls"
    path.write_bytes("ФИО;Телефон\r\nЛебедев Олег;+7 916 000 11 22\r\n".encode("cp1251"))

    assert counts(import_file(db, path, now=clock())) == (1, 1, 0, 0)
    assert stored(db)[0]["name"] == "Лебедев Олег"


# --- broken files: a bad row is rejected alone, a file is refused only when it cannot be read --------------------


def test_a_stray_cp1251_byte_rejects_its_row_and_leaves_the_rest_utf8(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    lines = ["ФИО;Телефон;Комментарий", "Иванов Иван;+7 916 100 00 01;договор", "Петров Пётр;+7 916 100 00 02;ок"]
    lines += [f"Клиент Номер{i};+7 916 200 00 {i:02d};" for i in range(10)]
    data = "\r\n".join(lines).encode("utf-8").replace("договор".encode(), "договор ".encode() + "№".encode("cp1251"))
    path = tmp_path / "почти-utf8.csv"
    path.write_bytes(data)

    report = import_file(db, path, now=clock(), language="ru")

    assert counts(report) == (12, 11, 0, 1)
    names = [client["name"] for client in stored(db)]
    assert names[0] == "Петров Пётр" and all(name.startswith(("Петров", "Клиент")) for name in names)
    assert report.rejects_file is not None
    with report.rejects_file.open(encoding="utf-8-sig", newline="") as stream:
        rejected = list(csv.reader(stream, delimiter=";"))[1]
    assert rejected[0].startswith("в столбце «Комментарий» байты")
    assert rejected[1:4] == ["2", "Иванов Иван", "'+7 916 100 00 01"]  # the formula guard
    assert rejected[4] == "договор \ufffd"  # the bad byte is marked, not guessed


def test_two_encodings_glued_together_are_refused_naming_the_line(db: Database, tmp_path: Path) -> None:
    utf8 = "ФИО;Телефон\r\n" + "".join(f"Первый Клиент{i};+7 916 300 00 {i:02d}\r\n" for i in range(10))
    cp1251 = "".join(f"Второй Клиент{i};+7 916 400 00 {i:02d}\r\n" for i in range(10))
    path = tmp_path / "склейка.csv"
    path.write_bytes(utf8.encode() + cp1251.encode("cp1251"))

    with pytest.raises(UserInputError) as refused:
        import_file(db, path)

    assert refused.value.code == "import.mixed_encoding" and refused.value.params["first_bad"] == 12
    assert "строка 12" in refused.value.render("ru")
    assert stored(db) == []


def test_nul_bytes_an_oversize_cell_and_too_many_cells_reject_only_their_rows(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    rows = [
        "ФИО;Телефон;Комментарий",
        "Ноль\x00\x00Байт;+7 916 500 00 01;",
        "Длинный Комментарий;+7 916 500 00 02;" + "я" * 1_500_000,
        "Лишние Ячейки;+7 916 500 00 03;а;б;в",
        "Хороший Клиент;+7 916 500 00 04;всё в порядке",
    ]
    path = tmp_path / "битый.csv"
    path.write_bytes("\r\n".join(rows).encode("utf-8"))

    report = import_file(db, path, now=clock())

    assert counts(report) == (4, 1, 0, 3)
    assert [client["name"] for client in stored(db)] == ["Хороший Клиент"]
    assert [(e.row, e.detail.split(" ")[0]) for e in report.examples["rejected"]] == [
        (2, "column"), (3, "column"), (4, "more"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"PK\x03\x04 not a zip at all", "leads.xlsx", "import.workbook_damaged"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "leads.xls", "import.workbook_damaged"),
        (b"", "leads.csv", "import.file_empty"),
        (bytes(range(1, 32)) * 200, "leads.csv", "import.not_a_table"),
    ],
)
def test_an_unreadable_file_is_refused_in_the_operators_words(
    db: Database, tmp_path: Path, data: bytes, name: str, code: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)

    with pytest.raises(UserInputError) as refused:
        import_file(db, path)

    assert refused.value.code == code
    for language in ("ru", "en"):
        text = refused.value.render(language)
        assert "EOCD" not in text and "Cfb" not in text and "utf-8" not in text.lower()


# --- rules 15 and 16 ---------------------------------------------------------------------------------------------


def test_rule_15_each_client_gets_the_country_and_zone_of_its_own_number(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "снг.csv"
    path.write_bytes(
        "ФИО;Телефон\r\n"
        "Киев Клиент;+380 44 123 45 67\r\n"
        "Минск Клиент;+375 29 123-45-67\r\n"
        "Алматы Клиент;+7 701 234 56 78\r\n"
        "Актобе Клиент;+7 747 123 45 67\r\n"
        "Москва Клиент;8 (495) 123-45-67\r\n"
        "Владивосток Клиент;8 423 212-34-56\r\n".encode()
    )

    import_file(db, path, region="RU", now=clock())

    assert [(c["name"].split()[0], c["country"], c["zone"]) for c in stored(db)] == [
        ("Киев", "UA", "Europe/Kyiv"),
        ("Минск", "BY", "Europe/Minsk"),
        ("Алматы", "KZ", "Asia/Almaty"),
        ("Актобе", "KZ", "Asia/Almaty"),  # Kazakhstan keeps one clock, UTC+5
        ("Москва", "RU", "Europe/Moscow"),
        ("Владивосток", "RU", "Asia/Vladivostok"),
    ]
    with db.read() as session:  # the calendars the scheduler uses are the clients' own countries'
        settings = load_settings(session)
        clients = session.scalars(select(Client).order_by(Client.id)).all()
        almaty, minsk, moscow = clients[2], clients[1], clients[4]
        assert not client_calendar(session, almaty, settings).is_working_day(date(2026, 12, 16))  # Independence Day
        assert client_calendar(session, moscow, settings).is_working_day(date(2026, 12, 16))
        assert not client_calendar(session, minsk, settings).is_working_day(date(2026, 12, 25))  # Christmas
        assert client_calendar(session, moscow, settings).is_working_day(date(2026, 12, 25))


def test_rule_16_people_sharing_a_switchboard_stay_apart_and_merge_only_with_themselves(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = tmp_path / "офис.csv"
    text = (
        "ФИО;Рабочий телефон;Мобильный телефон;Компания\r\n"
        "Иванов Иван;+7 495 700-00-00;+7 916 700-00-01;ООО Офис\r\n"
        "Петров Пётр;+7 495 700-00-00;+7 916 700-00-02;ООО Офис\r\n"
        "Сидорова Анна;+7 495 700-00-00;+7 916 700-00-03;ООО Офис\r\n"
    )
    path.write_bytes(text.encode())

    first = import_file(db, path, now=clock())
    path.write_bytes((text + "Петров П.;+7 495 700-00-00;+7 916 700-00-09;\r\n").encode())
    second = import_file(db, path, now=clock())

    assert counts(first) == (3, 3, 0, 0)
    assert counts(second) == (4, 0, 4, 0)
    ivanov, petrov, sidorova = stored(db)
    assert ivanov["phones"] == ["+74957000000", "+79167000001"]
    assert petrov["phones"] == ["+74957000000", "+79167000002", "+79167000009"]  # his new mobile joined him
    assert sidorova["phones"] == ["+74957000000", "+79167000003"]
    with db.read() as session:  # the card says which number is shared
        card = client_view(session, session.scalars(select(Client).order_by(Client.id)).first())
    assert [(phone.e164, phone.shared) for phone in card.phones] == [("+74957000000", True), ("+79167000001", False)]


def test_import_moment_is_the_clock(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "один.csv"
    path.write_bytes("ФИО;Телефон\r\nОдин Клиент;+7 916 123 00 00\r\n".encode())

    import_file(db, path, now=clock())

    with db.read() as session:
        created = session.scalar(select(Client.created_at))
    assert isinstance(created, datetime) and created == clock()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed; tests/data holds its files")
def test_files_libreoffice_makes_now_import_like_the_committed_ones(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    source.write_text(
        "ФИО;Телефон;Компания\nИванов Иван;+7 916 123-45-67;ООО Альфа\nАхметова Айгерим;77012345678;ТОО Дала\n"
        "Без Номера;;\n",
        encoding="utf-8",
    )
    for kind in ("xls", "ods"):
        subprocess.run(
            ["soffice", "--headless", "--infilter=CSV:59,34,76,1", "--convert-to", kind, "--outdir", str(tmp_path),
             str(source)],
            env={**os.environ, "HOME": str(tmp_path)},  # a profile of its own, so runs do not collide
            capture_output=True,
            timeout=180,
            check=True,
        )  # fmt: skip
        made = tmp_path / f"leads.{kind}"
        prepared = prepare(made)
        assert prepared.table.kind == "workbook"
        assert (prepared.read, len(prepared.leads), len(prepared.rejections)) == (3, 2, 1)
        assert [(lead.full_name, lead.phones[0].e164) for lead in prepared.leads] == [
            ("Иванов Иван", "+79161234567"),
            ("Ахметова Айгерим", "+77012345678"),
        ]
