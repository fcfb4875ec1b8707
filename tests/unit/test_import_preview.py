"""The preview (``--dry-run``), refusals without a database left behind (rule 19), and rejects files imported again."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from pathlib import Path

import xlsxwriter
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from callassist.domain import ConversationResult, NeverReason
from callassist.importing.service import import_file
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone
from tests.factories import FixedClock, make_client, outcome
from tests.unit.test_import_cli import run


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(rows)
    return path


def client_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def test_dry_run_on_no_database_creates_none_and_prints_the_preview(tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "leads.csv",
        [["ФИО", "Телефон"], ["Иванов Иван", "8 916 123-45-67"], ["Иванов И.", "+79161234567"], ["Без Номера", ""]],
    )
    database = tmp_path / "calls.db"

    done = run(tmp_path, "import", str(source), "--db", f"sqlite:///{database}", "--dry-run", "--json", "--lang", "ru")

    assert done.returncode == 0, done.stderr
    preview = json.loads(done.stdout.strip().splitlines()[-1])
    assert (preview["read"], preview["imported"], preview["merged"], preview["rejected"]) == (3, 1, 1, 1)
    assert preview["dry_run"] is True and preview["rejects_file"] is None
    assert preview["examples"]["new"][0]["name"] == "Иванов Иван"
    assert preview["examples"]["rejected"][0]["detail"] == "нет номера телефона, по которому можно позвонить"
    assert "ничего не записано" in done.stdout
    assert not database.exists() and not (tmp_path / "leads.rejects.csv").exists()


def test_rule_19_a_file_that_cannot_be_read_leaves_no_new_database(tmp_path: Path) -> None:
    source = tmp_path / "leads.xlsx"
    source.write_bytes(b"PK\x03\x04 not a workbook")
    database = tmp_path / "calls.db"

    done = run(tmp_path, "import", str(source), "--db", f"sqlite:///{database}", "--lang", "ru")

    assert done.returncode == 2
    assert "повреждён" in done.stderr and "EOCD" not in done.stderr
    assert not database.exists()


def test_rule_19_a_file_refused_while_read_leaves_no_new_database(tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    source.write_bytes('ФИО;Телефон\r\n"Открытая кавычка;+79161234567\r\nДругой;+79161234568\r\n'.encode())
    database = tmp_path / "calls.db"

    done = run(tmp_path, "import", str(source), "--db", f"sqlite:///{database}", "--lang", "en")

    assert done.returncode == 2 and "never closed" in done.stderr
    assert not database.exists()


def test_dry_run_shows_never_and_do_not_call_clients_left_untouched_and_writes_nothing(
    db: Database, desk: OperatorDesk, clock: FixedClock, tmp_path: Path
) -> None:
    closed = make_client(db, clock() - timedelta(days=3), name="Закрытое ООО", phones=("+74950000001",))
    desk.open_client(closed)
    desk.record(
        outcome(closed, desk.operator_name, clock(), result=ConversationResult.NEVER,
                never_reason=NeverReason.ORGANISATION_CLOSED)
    )  # fmt: skip
    known = make_client(db, clock(), name="Известный Клиент", phones=("+79160000002",))
    before = client_count(db)
    source = write_csv(
        tmp_path / "leads.csv",
        [
            ["ФИО", "Телефон"],
            ["Закрытое ООО", "8 495 000-00-01"],
            ["Известный Клиент", "8 916 000-00-02"],
            ["Новый Клиент", "8 916 000-00-03"],
        ],
    )

    preview = import_file(db, source, now=clock(), dry_run=True, language="ru")

    assert (preview.read, preview.imported, preview.merged, preview.rejected, preview.untouched) == (3, 1, 2, 0, 1)
    (untouched,) = preview.examples["untouched"]
    assert (untouched.row, untouched.client_id) == (2, closed)
    assert untouched.detail == f"«никогда» с {clock().date().isoformat()}: organisation_closed"
    assert [(e.row, e.client_id) for e in preview.examples["merged"]] == [(3, known)]
    assert [e.name for e in preview.examples["new"]] == ["Новый Клиент"]
    assert client_count(db) == before
    assert not (tmp_path / "leads.rejects.csv").exists()


def test_a_rejected_example_names_the_person_and_shows_what_the_phone_cells_held(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    # A 1C-Bitrix layout: the ID comes first, the name is in three columns. The preview must say who was rejected
    # and what stood in the phone cells, not the row's first cell ("2").
    source = write_csv(
        tmp_path / "users.csv",
        [
            ["ID", "Имя", "Фамилия", "Отчество", "Рабочий телефон", "Мобильный телефон", "Компания"],
            ["1", "Анна", "Смирнова", "Павловна", "8 916 000 11 22", "", "ООО Гамма"],
            ["2", "Пётр", "Ёлкин", "", "нет телефона", "12-34", "ООО Дельта"],
            ["3", "", "", "", "", "", "ИП Южный"],
        ],
    )

    preview = import_file(db, source, now=clock(), dry_run=True, language="ru")

    assert (preview.read, preview.imported, preview.rejected) == (3, 1, 2)
    assert [(e.row, e.name, e.phone) for e in preview.examples["rejected"]] == [
        (3, "Ёлкин Пётр", "нет телефона 12-34"),
        (4, "ИП Южный", ""),
    ]
    assert preview.examples["rejected"][0].detail.startswith("нет ")


def test_a_fixed_rejects_file_imports_clean_values(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "leads.csv",
        [
            ["ФИО", "Телефон", "Компания"],
            ["Орлова Анна", "+7 916 12", "=Альфа"],
            ["Ежов Борис", "+7 916 765-43-21", ""],
        ],
    )
    first = import_file(db, source, now=clock(), language="ru")
    assert first.rejects_file is not None
    text = first.rejects_file.read_text(encoding="utf-8-sig")
    assert text.splitlines()[1].startswith("нет ни одного правильного номера телефона: +7 916 12;2;")
    first.rejects_file.write_text(text.replace("'+7 916 12;", "'+7 916 123-45-67;"), encoding="utf-8-sig")

    again = import_file(db, first.rejects_file, now=clock())

    assert (again.read, again.imported, again.rejected) == (1, 1, 0)
    with db.read() as session:
        row = session.execute(
            select(Client.full_name, Client.company, Client.notes, ClientPhone.raw)
            .join(ClientPhone)
            .where(ClientPhone.e164 == "+79161234567")
        ).one()
    assert tuple(row) == ("Орлова Анна", "=Альфа", "", "+7 916 123-45-67")  # no apostrophe, no reason


def test_a_workbooks_rejects_are_a_workbook_that_imports_again(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    source = tmp_path / "leads.xlsx"
    with xlsxwriter.Workbook(str(source)) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, ["ФИО", "Телефон"])
        sheet.write_row(1, 0, ["Зайцев Олег", "+7 916 55"])
    first = import_file(db, source, now=clock(), language="en")
    assert first.rejects_file == tmp_path / "leads.rejects.xlsx"
    rows = CalamineWorkbook.from_path(str(first.rejects_file)).get_sheet_by_index(0).to_python()
    assert rows[0] == ["Reason", "Row", "ФИО", "Телефон"]
    assert rows[1] == ["no valid phone number: +7 916 55", "2", "Зайцев Олег", "'+7 916 55"]
    fixed = tmp_path / "fixed.xlsx"
    with xlsxwriter.Workbook(str(fixed)) as book:
        sheet = book.add_worksheet()
        sheet.write_row(0, 0, rows[0])
        sheet.write_row(1, 0, [*rows[1][:3], "'+7 916 555-66-77"])

    again = import_file(db, fixed, now=clock())

    assert (again.read, again.imported, again.rejected) == (1, 1, 0)
    with db.read() as session:
        raw = session.scalar(select(ClientPhone.raw).where(ClientPhone.e164 == "+79165556677"))
    assert raw == "+7 916 555-66-77"
