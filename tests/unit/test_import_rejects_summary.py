"""The rejects file and the import summary: every row accounted for, nothing a spreadsheet would execute."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest

from callassist.errors import UserInputError
from callassist.importing.cleaning import Rejection, RejectReason
from callassist.importing.rejects import write_rejects
from callassist.importing.summary import ImportSummary

HEADERS = ("ФИО", "Телефон", "Компания")
REJECTIONS = [
    Rejection(4, ("Иванов", "123", '=HYPERLINK("http://evil")'), RejectReason.NO_VALID_PHONE, "123"),
    Rejection(9, ("", "", "@SUM(A1)", "-1", "\tx"), RejectReason.TOO_MANY_CELLS, "5 > 3"),
]


def read_back(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_rejects_keep_row_numbers_original_values_and_reasons_with_no_live_formula(tmp_path: Path) -> None:
    path = write_rejects(tmp_path / "rejects.csv", HEADERS, REJECTIONS, language="ru")

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert read_back(path) == [
        ["Причина", "Строка", "ФИО", "Телефон", "Компания", "(4)", "(5)"],
        ["нет ни одного правильного номера телефона: 123", "4", "Иванов", "123", '\'=HYPERLINK("http://evil")', "", ""],
        [
            "ячеек больше, чем столбцов (5 > 3): вероятно, разделитель или кавычка внутри значения",
            "9",
            "",
            "",
            "'@SUM(A1)",
            "'-1",
            "'\tx",
        ],
    ]


def test_rejects_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "rejects.csv"

    with pytest.raises(UserInputError, match="rejects file cannot be written"):
        write_rejects(target, HEADERS, REJECTIONS)
    assert not target.parent.exists()

    write_rejects(tmp_path / "rejects.csv", HEADERS, REJECTIONS)
    assert sorted(os.listdir(tmp_path)) == ["rejects.csv"]  # no temporary file left behind
    assert read_back(tmp_path / "rejects.csv")[0][0] == "Reason"


def test_the_summary_is_the_section_5_json_object() -> None:
    summary = ImportSummary(read=10, imported=6, merged=3, rejected=1, rejects_file=Path("/tmp/r.csv"))

    assert json.dumps(summary.as_json()) == (
        '{"read": 10, "imported": 6, "merged": 3, "rejected": 1, "rejects_file": "/tmp/r.csv"}'
    )
    assert ImportSummary(0, 0, 0, 0).as_json()["rejects_file"] is None


def test_the_summary_refuses_counts_that_do_not_add_up() -> None:
    with pytest.raises(ValueError, match="does not add up"):
        ImportSummary(read=10, imported=6, merged=3, rejected=0)


def test_the_summary_in_plain_words() -> None:
    summary = ImportSummary(read=10, imported=6, merged=3, rejected=1, rejects_file=Path("r.csv"))

    assert summary.describe("ru") == (
        "Прочитано строк: 10. Импортировано: 6, объединено как дубликаты: 3, отклонено: 1. "
        "Отклонённые строки и причины — в файле r.csv."
    )
    assert summary.describe("en") == (
        "Rows read: 10. Imported: 6, merged as duplicates: 3, rejected: 1. "
        "The rejected rows and the reasons are in r.csv."
    )
