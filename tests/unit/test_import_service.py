"""Lead import into the database (issue 5): realistic files made here, on SQLite and PostgreSQL.

Each test writes the file the way a real source does (Excel in a Russian locale, a UTF-8 export with a BOM, an
XLSX with phones typed as numbers) and checks the exact counts and the clients that result.
"""

from __future__ import annotations

import csv
import threading
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter
from sqlalchemy import func, select

from callassist.domain import ClientState, ConversationResult, NeverReason, QueueReason
from callassist.errors import UserInputError
from callassist.importing import LeadField, auto_map
from callassist.importing.service import (
    ImportCancelled,
    PreparedImport,
    import_file,
    prepare,
    remembered_mapping,
    store,
)
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Client, ClientPhone, DoNotCall, ImportMapping
from tests.factories import FixedClock, make_client, outcome, refusal

RU_HEADER = ["ФИО", "Телефон", "Мобильный", "Компания", "Город", "Комментарий"]


def write_excel_csv(path: Path, rows: list[list[str]]) -> Path:
    """A CSV as Excel saves it in a Russian locale: Windows-1251, ';', CRLF, quotes where needed."""
    with path.open("w", encoding="cp1251", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        for row in rows:
            if row:
                writer.writerow(row)
            else:
                stream.write("\r\n")  # an empty line, as people leave between blocks
    return path


def write_bom_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return path


def client_with(db: Database, e164: str) -> dict[str, Any]:
    """The stored client that holds ``e164``, as a plain dict with its phones."""
    with db.read() as session:
        client = session.scalar(select(Client).join(ClientPhone).where(ClientPhone.e164 == e164))
        assert client is not None, f"no client holds {e164}"
        return {
            "id": client.id,
            "full_name": client.full_name,
            "last_name": client.last_name,
            "first_name": client.first_name,
            "patronymic": client.patronymic,
            "company": client.company,
            "city": client.city,
            "notes": client.notes,
            "email": client.email,
            "state": client.state,
            "timezone": client.timezone,
            "queue_reason": client.queue_reason,
            "next_contact_at": client.next_contact_at,
            "phones": [p.e164 for p in client.phones],
        }


def snapshot(db: Database) -> tuple[object, ...]:
    """Everything an import may touch, to prove a cancelled or failed one touched nothing."""
    with db.read() as session:
        clients = session.execute(
            select(Client.id, Client.full_name, Client.company, Client.state, Client.updated_at).order_by(Client.id)
        ).all()
        phones = session.execute(select(ClientPhone.client_id, ClientPhone.e164).order_by(ClientPhone.id)).all()
        mappings = session.scalar(select(func.count()).select_from(ImportMapping))
    return tuple(clients), tuple(phones), mappings


def count_clients(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def rejects_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream, delimiter=";"))[1:]


def make_never(desk: OperatorDesk, client: int, now: datetime, reason: NeverReason) -> None:
    desk.open_client(client)
    desk.record(outcome(client, desk.operator_name, now, result=ConversationResult.NEVER, never_reason=reason))


def excel_file(tmp_path: Path) -> Path:
    return write_excel_csv(
        tmp_path / "лиды.csv",
        [
            RU_HEADER,  # line 1
            ["Иванов Иван Иванович", "8 (916) 123-45-67", "", 'ООО "Ромашка"', "Москва", "перезвонить; после 15"],
            [],  # line 3: empty, not a row
            ["Петрова Мария Сергеевна", "+7 903 111-22-33", "8 912 000 11 22", '=HYPERLINK("http://x")', "", ""],
            ["Сидоров", "12-34", "", "ИП Сидоров", "", ""],  # line 5: no valid phone
            ["Иванов И. И.", "", "+7 916 123 45 67", "Ромашка", "", ""],  # line 6: row 2 again, by the mobile
            ["Кузнецова Анна", "89161112233", "", "АО Вектор", "", ""],  # line 7: a client already stored
            ["a", "b", "c", "d", "e", "f", "g", "h"],  # line 8: more cells than columns
        ],
    )


def test_excel_cp1251_file_imports_merges_and_rejects_exactly(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    known = make_client(db, clock(), name="Анна К.", phones=("+79161112233",))
    path = excel_file(tmp_path)

    summary = import_file(db, path, now=clock())

    assert summary.as_json() == {
        "read": 6,
        "imported": 2,
        "merged": 2,
        "rejected": 2,
        "rejects_file": str(tmp_path / "лиды.rejects.csv"),
    }
    ivanov = client_with(db, "+79161234567")
    assert (ivanov["last_name"], ivanov["first_name"], ivanov["patronymic"]) == ("Иванов", "Иван", "Иванович")
    assert (ivanov["company"], ivanov["city"], ivanov["notes"]) == ('ООО "Ромашка"', "Москва", "перезвонить; после 15")
    assert ivanov["phones"] == ["+79161234567"]
    assert (ivanov["state"], ivanov["queue_reason"], ivanov["timezone"]) == ("new", "new", "Europe/Moscow")
    petrova = client_with(db, "+79031112233")
    assert petrova["company"] == '=HYPERLINK("http://x")'  # kept as inert text, never evaluated
    assert petrova["phones"] == ["+79031112233", "+79120001122"]
    stored = client_with(db, "+79161112233")
    assert (stored["id"], stored["full_name"], stored["company"]) == (known, "Анна К.", "АО Вектор")
    assert count_clients(db) == 3
    assert [row[1] for row in rejects_rows(tmp_path / "лиды.rejects.csv")] == ["5", "8"]


def test_rule_14_utf8_bom_file_with_phoneless_leads_rejects_them_and_is_idempotent(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = write_bom_csv(
        tmp_path / "export.csv",
        [
            ["Name", "Phone", "Company", "Email"],
            ["John Smith", "+44 20 7946 0958", "Acme", "j@acme.com"],
            ["Jane Roe", "", "Roe Ltd", "jane@roe.com"],
            ["Jane R.", "", "", "JANE@roe.com"],  # the same person by e-mail
            ["Bad Number", "123", "", ""],
        ],
    )

    first = import_file(db, path, now=clock())
    second = import_file(db, path, now=clock())

    assert (first.read, first.imported, first.merged, first.rejected) == (4, 1, 0, 3)
    assert (second.read, second.imported, second.merged, second.rejected) == (4, 0, 1, 3)
    assert count_clients(db) == 1
    assert client_with(db, "+442079460958")["company"] == "Acme"


def test_xlsx_with_phones_typed_as_numbers(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "leads.xlsx"
    with xlsxwriter.Workbook(str(path)) as book:
        sheet = book.add_worksheet("Лиды")
        for column, title in enumerate(["Фамилия", "Имя", "Отчество", "Телефон", "Телефон 2", "Компания"]):
            sheet.write_string(0, column, title)
        rows: list[tuple[str, str, str, float, float | None, str]] = [
            ("Смирнов", "Олег", "Петрович", 79161234567, None, "Альфа"),
            ("Попова", "Елена", "", 89031112233, 74951234567, "Бета"),
            ("Мамедов", "Рашид", "", 9121234567, None, "=1+1"),
        ]
        for row_index, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                if isinstance(value, (int, float)):
                    sheet.write_number(row_index, column, value)
                elif value is not None:
                    sheet.write_string(row_index, column, value)

    summary = import_file(db, path, now=clock())

    assert (summary.read, summary.imported, summary.merged, summary.rejected) == (3, 3, 0, 0)
    assert summary.rejects_file is None
    assert client_with(db, "+79161234567")["full_name"] == "Смирнов Олег Петрович"
    assert client_with(db, "+79031112233")["phones"] == ["+79031112233", "+74951234567"]
    assert client_with(db, "+79121234567")["company"] == "=1+1"


def test_rule_13_every_row_is_imported_merged_or_rejected_with_its_reason(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    path = excel_file(tmp_path)
    rejects = tmp_path / "out" / "отказы.csv"
    rejects.parent.mkdir()
    before = count_clients(db)

    summary = import_file(db, path, rejects=rejects, now=clock(), language="ru")

    assert summary.read == summary.imported + summary.merged + summary.rejected == 6
    assert summary.rejects_file == rejects
    listed = rejects_rows(rejects)
    assert len(listed) == summary.rejected
    assert listed[0][2:4] == ["Сидоров", "12-34"]
    assert "телефон" in listed[0][0] and "ячеек" in listed[1][0]  # the reason first
    assert count_clients(db) - before == summary.imported
    assert str(rejects) in summary.describe("ru")


def test_rule_3_reimport_does_not_revive_do_not_call(
    db: Database, desk: OperatorDesk, clock: FixedClock, tmp_path: Path
) -> None:
    asked = make_client(db, clock(), name="Просил не звонить", phones=("+74957654321", "+79035550000"))
    closed = make_client(db, clock(), name="Закрылись", phones=("+74957650000",))
    make_never(desk, asked, clock(), NeverReason.DO_NOT_CALL_REQUEST)
    make_never(desk, closed, clock(), NeverReason.ORGANISATION_CLOSED)
    path = write_excel_csv(
        tmp_path / "снова.csv",
        [
            RU_HEADER,
            ["Новое имя", "+7 495 765-43-21", "", "Новая компания", "", ""],
            ["Закрылись снова", "84957650000", "", "ООО Было", "", ""],
            ["Кто-то другой", "+7 916 555 44 33", "8 903 555 00 00", "", "", ""],  # a do-not-call number too
        ],
    )
    before = snapshot(db)

    summary = import_file(db, path, now=clock())

    assert (summary.read, summary.imported, summary.merged, summary.rejected) == (3, 0, 3, 0)
    assert summary.untouched == 3
    assert "do-not-call" in summary.describe("en")
    assert snapshot(db)[:2] == before[:2]  # no client, field or phone changed
    for phone in ("+74957654321", "+74957650000"):
        stored = client_with(db, phone)
        assert (stored["state"], stored["queue_reason"]) == ("never", None)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(DoNotCall)) == 2
    assert {asked, closed}.isdisjoint(item.client_id for item in desk.queue_page().items)


def test_future_client_keeps_its_date_and_gets_new_fields(
    db: Database, desk: OperatorDesk, clock: FixedClock, tmp_path: Path
) -> None:
    client = make_client(db, clock(), name="Отказался пока", phones=("+79160000001",))
    desk.open_client(client)
    desk.record(refusal(client, desk.operator_name, clock(), clock() + timedelta(days=20)))
    planned = client_with(db, "+79160000001")
    assert planned["state"] == ClientState.FUTURE
    path = write_excel_csv(
        tmp_path / "future.csv",
        [RU_HEADER, ["", "8 916 000-00-01", "8 903 000 00 02", "ООО Будущее", "Тверь", ""]],
    )

    summary = import_file(db, path, now=clock() + timedelta(hours=1))

    assert (summary.imported, summary.merged, summary.untouched) == (0, 1, 0)
    after = client_with(db, "+79160000001")
    assert (after["state"], after["next_contact_at"], after["queue_reason"]) == (
        "future",
        planned["next_contact_at"],
        planned["queue_reason"],
    )
    assert (after["full_name"], after["company"], after["city"]) == ("Отказался пока", "ООО Будущее", "Тверь")
    assert after["phones"] == ["+79160000001", "+79030000002"]


def test_imported_leads_join_the_queue_as_new(
    db: Database, desk: OperatorDesk, clock: FixedClock, tmp_path: Path
) -> None:
    before = desk.queue_page().total

    import_file(db, excel_file(tmp_path), now=clock())

    items = desk.queue_page().items
    assert len(items) == before + 3
    assert {item.reason for item in items} == {QueueReason.NEW}
    assert {item.phone for item in items} == {"+79161234567", "+79031112233", "+79161112233"}


def test_cancelled_import_leaves_the_database_as_it_was(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    make_client(db, clock(), name="Анна К.", phones=("+79161112233",))
    before = snapshot(db)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done * 2 > total:  # the database half has begun
            cancel.set()

    rows = [RU_HEADER] + [[f"Лид {i}", f"+7 916 {i:07d}", "", "", "", ""] for i in range(5000)]
    path = write_excel_csv(tmp_path / "большой.csv", [*rows, ["Плохой", "1", "", "", "", ""]])

    with pytest.raises(ImportCancelled):
        import_file(db, path, cancel=cancel, progress=progress, now=clock())

    assert snapshot(db) == before
    assert not (tmp_path / "большой.rejects.csv").exists()
    assert seen and all(total == seen[0][1] for _, total in seen)


def test_mapping_is_remembered_per_header_signature(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    header = ["Клиент", "Телефон", "Поле 7"]
    first = write_bom_csv(tmp_path / "a.csv", [header, ["Олег", "+7 916 100 00 01", "Альфа"]])
    second = write_bom_csv(tmp_path / "b.csv", [header, ["Ирина", "+7 916 100 00 02", "Бета"]])
    chosen = auto_map(header).with_field(2, LeadField.COMPANY)
    assert auto_map(header).fields[2] is not LeadField.COMPANY  # the operator's change matters

    import_file(db, first, mapping=chosen, now=clock())
    import_file(db, second, now=clock())

    assert remembered_mapping(db, header) == chosen
    assert client_with(db, "+79161000002")["company"] == "Бета"


def test_unreadable_file_is_refused_and_nothing_written(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    before = snapshot(db)

    with pytest.raises(UserInputError):
        import_file(db, path, now=clock())

    assert snapshot(db) == before


def test_prepare_then_store_is_one_import_with_progress_running_across_both(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    make_client(db, clock(), name="Анна К.", phones=("+79161112233",))
    path = excel_file(tmp_path)
    before = count_clients(db)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))

    prepared = prepare(path, progress=progress)
    prepared_until = len(seen)
    assert count_clients(db) == before  # preparing writes nothing
    report = store(db, prepared, progress=progress, now=clock(), language="ru")

    assert report.read == report.imported + report.merged + report.rejected == prepared.read
    assert count_clients(db) == before + report.imported
    assert report.rejects_file == tmp_path / "лиды.rejects.csv" and report.rejects_file.exists()
    assert remembered_mapping(db, prepared.table.headers) == prepared.mapping
    totals = {total for _, total in seen}
    assert totals == {2 * prepared.read}
    assert seen[prepared_until - 1][0] == prepared.read  # prepare ends halfway, store goes on from there
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1] == (2 * prepared.read, 2 * prepared.read)


def test_a_prepared_file_is_stored_once(db: Database, clock: FixedClock, tmp_path: Path) -> None:
    prepared = prepare(excel_file(tmp_path))
    first = store(db, prepared, now=clock())
    after = snapshot(db)

    with pytest.raises(ValueError, match="already stored"):
        store(db, prepared, now=clock())

    assert first.imported > 0 and snapshot(db) == after


def test_cancel_while_streaming_stops_before_anything_is_written(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    make_client(db, clock(), name="Анна К.", phones=("+79161112233",))
    before = snapshot(db)
    cancel = threading.Event()
    rows = [RU_HEADER] + [[f"Лид {i}", f"+7 916 {i:07d}", "", "", "", ""] for i in range(5000)]
    path = write_excel_csv(tmp_path / "большой.csv", [*rows, ["Плохой", "1", "", "", "", ""]])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()  # after the first chunk, still reading the file

    with pytest.raises(ImportCancelled):
        import_file(db, path, cancel=cancel, progress=progress, now=clock())

    assert seen == [(2000, 0)]  # streamed: the rows done so far, the total not known yet
    assert snapshot(db) == before
    assert not (tmp_path / "большой.rejects.csv").exists()


def test_database_is_free_while_a_file_is_prepared_on_another_thread(
    db: Database, clock: FixedClock, tmp_path: Path
) -> None:
    reached, release = threading.Event(), threading.Event()
    results: list[object] = []

    def hold(done: int, total: int) -> None:
        reached.set()
        assert release.wait(60), "the test never let prepare go on"

    def preparing() -> None:
        try:
            results.append(prepare(excel_file(tmp_path), progress=hold))
        except BaseException as exc:  # handed to the test's thread
            results.append(exc)

    worker = threading.Thread(target=preparing)
    worker.start()
    try:
        assert reached.wait(60)
        make_client(db, clock(), name="Сохранён во время чтения", phones=("+79035550011",))  # a write meanwhile
    finally:
        release.set()
        worker.join()

    (prepared,) = results
    assert isinstance(prepared, PreparedImport)
    report = store(db, prepared, now=clock())
    assert count_clients(db) == 1 + report.imported
