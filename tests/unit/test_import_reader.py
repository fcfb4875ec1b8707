"""Reading lead files: encodings, delimiters, line numbers, spreadsheets, and files that cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xlsxwriter

from callassist.errors import UserInputError
from callassist.importing.encoding import detect_bytes as detect_encoding
from callassist.importing.reader import RawRow, detect_delimiter, preview, read_table
from callassist.importing.sheets import cell_text

RUSSIAN = [
    ["ФИО", "Телефон", "Компания", "Комментарий"],
    ["Иванов Иван Иванович", "8 (916) 123-45-67", 'ООО "Ромашка"', "перезвонить; после обеда"],
    ["Петрова Мария Сергеевна", "+7 495 123-45-67", "ИП Петрова", "многострочный\r\nкомментарий"],
]


def excel_csv(rows: list[list[str]], delimiter: str = ";") -> str:
    """Text the way Excel saves "CSV (разделители - точки с запятой)": CRLF, quotes only where needed."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            needs_quotes = any(ch in cell for ch in (delimiter, '"', "\r", "\n"))
            cells.append('"' + cell.replace('"', '""') + '"' if needs_quotes else cell)
        lines.append(delimiter.join(cells))
    return "\r\n".join(lines) + "\r\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_windows_1251_semicolon_csv_as_excel_saves_it(tmp_path: Path) -> None:
    path = write(tmp_path, "leads.csv", excel_csv(RUSSIAN).encode("cp1251"))

    table = read_table(path)

    assert table.encoding == "cp1251"
    assert table.delimiter == ";"
    assert table.headers == tuple(RUSSIAN[0])
    assert table.rows == (RawRow(2, tuple(RUSSIAN[1])), RawRow(3, tuple(RUSSIAN[2])))


@pytest.mark.parametrize("encoding", ["koi8_r", "cp866"])
def test_other_cyrillic_code_pages_are_told_apart(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "leads.csv", excel_csv(RUSSIAN * 3).encode(encoding))

    table = read_table(path)

    assert table.encoding == encoding
    assert table.headers == tuple(RUSSIAN[0])


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    rows = [["Name", "Phone"], ["John Smith", "+1 212 555 0100"], ["Анна", "89161234567"]]
    path = write(tmp_path, "leads.csv", b"\xef\xbb\xbf" + excel_csv(rows, ",").encode())

    table = read_table(path)

    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    assert table.headers == ("Name", "Phone")
    assert [row.values for row in table.rows] == [tuple(rows[1]), tuple(rows[2])]


def test_utf16_with_bom_and_tabs(tmp_path: Path) -> None:
    path = write(tmp_path, "leads.txt", excel_csv(RUSSIAN, "\t").encode("utf-16"))

    table = read_table(path)

    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert table.rows[1].values == tuple(RUSSIAN[2])


def test_blank_lines_are_not_rows_and_numbers_are_the_lines_an_editor_shows(tmp_path: Path) -> None:
    text = '\r\nИмя;Телефон\r\n\r\nАнна;8916\r\n;;\r\n"Борис\r\nБорисович";8495\r\n   \r\nВера;8499\r\n'
    path = write(tmp_path, "leads.csv", text.encode("utf-8"))

    table = read_table(path)

    assert table.headers == ("Имя", "Телефон")
    assert [(row.number, row.values[0]) for row in table.rows] == [(4, "Анна"), (6, "Борис\r\nБорисович"), (9, "Вера")]


def test_excel_sep_line_names_the_delimiter(tmp_path: Path) -> None:
    path = write(tmp_path, "leads.csv", b"sep=,\r\nName;Company,Phone\r\nAnn;Acme,89161234567\r\n")

    table = read_table(path)

    assert table.delimiter == ","
    assert table.headers == ("Name;Company", "Phone")
    assert table.rows == (RawRow(3, ("Ann;Acme", "89161234567")),)


@pytest.mark.parametrize(
    ("line", "expected"),
    [("a;b;c", ";"), ("a,b,c", ","), ("a\tb", "\t"), ("a|b", "|"), ('"Фамилия, имя";Телефон', ";"), ("a;b,c", ";")],
)
def test_delimiter_is_judged_outside_quotes(line: str, expected: str) -> None:
    assert detect_delimiter(line) == expected


def test_a_single_column_file_keeps_commas_inside_its_values(tmp_path: Path) -> None:
    path = write(tmp_path, "phones.csv", "Телефон\n89161234567, 84951234567\n".encode())

    table = read_table(path)

    assert table.headers == ("Телефон",)
    assert table.rows == (RawRow(2, ("89161234567, 84951234567",)),)


def test_an_unclosed_quote_is_refused_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "leads.csv", 'Имя;Телефон\nАнна;8916\n"Борис;8495\nВера;8499\n'.encode())

    with pytest.raises(UserInputError, match="line 3"):
        read_table(path)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\r\n \r\n\t\r\n", "empty"),
        (b"\x00\x01\x02\x03binary\x00", "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
    ],
)
def test_empty_and_binary_files_are_refused_in_plain_words(tmp_path: Path, data: bytes, words: str) -> None:
    path = write(tmp_path, "leads.csv", data)

    with pytest.raises(UserInputError, match=words):
        read_table(path)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="does not exist"):
        read_table(tmp_path / "nope.csv")


def test_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "leads.xlsx", b"PK\x03\x04 this is not really a zip")

    with pytest.raises(UserInputError, match="damaged or incomplete"):
        read_table(path)


def make_workbook(path: Path) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Лиды")
    workbook.add_worksheet("Пусто")
    date_format = workbook.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(1, 0, ["ФИО", "Телефон", "Дата", "Сумма", "Компания"])
    sheet.write_row(2, 0, ["Иванов Иван", 79161234567, None, 1.5])
    sheet.write_datetime(2, 2, dt.datetime(2024, 3, 1), date_format)
    sheet.write_string(2, 4, '=HYPERLINK("http://x")')
    sheet.write_row(4, 0, ["Петров Пётр", 84951234567.0, None, 100000000000000000000.0])
    workbook.close()


def test_xlsx_phones_stored_as_numbers_come_out_as_their_digits(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    make_workbook(path)

    table = read_table(path)

    assert (table.sheet, table.encoding, table.delimiter) == ("Лиды", None, None)
    assert table.headers == ("ФИО", "Телефон", "Дата", "Сумма", "Компания")
    assert table.rows[0] == RawRow(3, ("Иванов Иван", "79161234567", "2024-03-01", "1.5", '=HYPERLINK("http://x")'))
    assert table.rows[1] == RawRow(5, ("Петров Пётр", "84951234567", "", "100000000000000000000", ""))


def test_a_named_sheet_is_read_and_an_unknown_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    make_workbook(path)

    with pytest.raises(UserInputError, match="«Лиды», «Пусто»"):
        read_table(path, sheet="Лист1")
    with pytest.raises(UserInputError, match="empty"):
        read_table(path, sheet="Пусто")


def test_preview_keeps_the_first_rows(tmp_path: Path) -> None:
    rows = [["Имя", "Телефон"]] + [[f"Клиент {i}", f"8916{i:07d}"] for i in range(50)]
    path = write(tmp_path, "leads.csv", excel_csv(rows).encode("cp1251"))

    shown = preview(path, n=20)

    assert len(shown.rows) == 20
    assert shown.rows[-1] == RawRow(21, ("Клиент 19", "89160000019"))


@pytest.mark.parametrize(
    ("value", "text"),
    [(79161234567.0, "79161234567"), (1.25, "1.25"), (1e-7, "0.0000001"), (True, "TRUE"), (7, "7"), (None, "")],
)
def test_cell_text_never_shows_an_exponent_or_a_trailing_zero(value: object, text: str) -> None:
    assert cell_text(value) == text


def test_plain_utf8_wins_over_code_pages() -> None:
    assert detect_encoding("Иванов;89161234567".encode()) == "utf-8"
    assert detect_encoding("Иванов;89161234567".encode("cp1251")) == "cp1251"
