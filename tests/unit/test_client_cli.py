"""``main.py client find`` and ``client show`` (PRODUCT.md section 5), in-process on both databases, and their
refusals in a real process: exit 2, one line in the environment's language, nothing created (rule 19)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from callassist.cli import main
from callassist.domain import AttemptResult, MeasuredTalk, PhoneStatus
from callassist.services.client_desk import ClientDesk
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import FixedClock, make_client, outcome, refusal

REPO = Path(__file__).resolve().parents[2]
FIND_KEYS = {"client_id", "name", "company", "phones", "state", "owner"}
SHOW_KEYS = {
    "client_id", "name", "first_name", "patronymic", "last_name", "company", "country", "timezone", "state", "stage",
    "preferences", "phones", "promises", "calls",
}  # fmt: skip


def last_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert main(list(argv)) == 0
    return dict(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))


def test_find_json_has_the_promised_shape_best_match_first(
    db: Database, ready_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    wanted = make_client(db, clock(), "Иванов Пётр", phones=("+79161234567",), company="Вектор")
    result = last_json(capsys, "client", "find", "8 916 123-45-67", "--json", "--db", ready_url)

    assert result["query"] == "8 916 123-45-67"
    items = result["items"]
    assert isinstance(items, list) and set(items[0]) == FIND_KEYS
    assert items[0] == {
        "client_id": wanted,
        "name": "Иванов Пётр",
        "company": "Вектор",
        "phones": ["+79161234567"],
        "state": "new",
        "owner": None,
    }


def test_show_json_has_the_promised_shape_and_follows_the_calls(
    db: Database, desk: OperatorDesk, ready_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    client = make_client(db, clock(), "Иванов Пётр", phones=("+79161234567", "+74951112233"))
    desk.open_client(client)
    desk.record(outcome(client, "Anna", clock(), attempt=AttemptResult.WRONG_NUMBER, phone="+79161234567"))

    card = last_json(capsys, "client", "show", str(client), "--json", "--db", ready_url)

    assert set(card) == SHOW_KEYS
    assert card["phones"] == [
        {"e164": "+79161234567", "extension": "", "status": PhoneStatus.WRONG_NUMBER.value},
        {"e164": "+74951112233", "extension": "", "status": "ok"},
    ]
    calls = card["calls"]
    assert isinstance(calls, list) and calls[0]["attempt"] == "wrong_number" and calls[0]["operator"] == "Anna"
    assert calls[0]["talk_seconds"] is None


def test_show_json_reports_the_talk_the_softphone_measured(
    db: Database, desk: OperatorDesk, ready_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """``talk_seconds`` is the phone's measurement when there is one (issue 18), not the time to the save."""
    client = make_client(db, clock(), "Петров Олег", phones=("+79161234568",))
    desk.open_client(client)
    measured = MeasuredTalk(clock() - timedelta(seconds=50), 42.5)
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=3), measured=measured))

    card = last_json(capsys, "client", "show", str(client), "--json", "--db", ready_url)

    calls = card["calls"]
    assert isinstance(calls, list) and calls[0]["talk_seconds"] == 42.5


def test_show_follows_hand_edits(
    db: Database, desk: OperatorDesk, ready_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    client = make_client(db, clock(), "Иванов Пётр")
    ClientDesk(desk).add_phone(client, "+7 495 111 22 33 доб. 7")
    card = last_json(capsys, "client", "show", str(client), "--json", "--db", ready_url)
    assert card["phones"][1] == {"e164": "+74951112233", "extension": "7", "status": "ok"}  # type: ignore[index]


def run(tmp_path: Path, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLASSIST_")}
    environment.update(CALLASSIST_DATA_DIR=str(tmp_path / "data"), CALLASSIST_LANG=lang, PYTHONIOENCODING="utf-8")
    command = [sys.executable, str(REPO / "main.py"), *args]
    return subprocess.run(command, cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    ("args", "english", "russian"),
    [
        (("show", "abc"), "whole number", "целое число"),
        (("show", "424242"), "no client with id 424242", "нет"),
        (("find", "   "), "Say what to find", "Укажите"),
    ],
)
def test_bad_input_is_exit_2_with_one_line_in_the_environments_language(
    tmp_path: Path, sqlite_template: Path, args: tuple[str, ...], english: str, russian: str
) -> None:
    ready_url = f"sqlite:///{shutil.copyfile(sqlite_template, tmp_path / 'ready.db')}"
    for lang, text in (("en", english), ("ru", russian)):
        done = run(tmp_path, "client", *args, "--db", ready_url, lang=lang)
        assert done.returncode == 2
        assert len(done.stderr.strip().splitlines()) == 1 and text in done.stderr, done.stderr
        assert done.stdout == ""


def test_rule_19_a_missing_sqlite_file_is_exit_2_and_nothing_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    done = run(tmp_path, "client", "find", "Иванов", "--db", f"sqlite:///{missing}")
    assert done.returncode == 2 and "no database file" in done.stderr
    assert not missing.exists()
    assert not list(tmp_path.glob("nothing.db*"))


def test_rule_19_a_foreign_or_older_database_is_refused_untouched(tmp_path: Path) -> None:
    from callassist.storage import migrate
    from callassist.storage.engine import open_database

    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"")  # an SQLite file, but not CallAssist's
    older = tmp_path / "older.db"
    db = open_database(f"sqlite:///{older}")
    migrate.upgrade(db, "0004")
    db.dispose()
    before = older.read_bytes()

    for path, said in ((foreign, "not a CallAssist"), (older, "schema")):
        done = run(tmp_path, "client", "show", "1", "--db", f"sqlite:///{path}")
        assert done.returncode == 2 and said in done.stderr, done.stderr
    assert foreign.read_bytes() == b"" and older.read_bytes() == before
    db = open_database(f"sqlite:///{older}")
    assert migrate.stored_revision(db) == "0004"
    db.dispose()


def test_find_reads_every_client_not_indexed_yet_and_numbers_an_import_merged(
    db: Database, ready_url: str, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from callassist.storage.models import ClientPhone
    from tests.factories import add_client

    known = make_client(db, clock(), "Сидоров Павел", phones=("+79161234567",))
    ClientDesk(OperatorDesk(db, "Anna", now=clock)).find("Сидоров")  # the window indexed it
    with db.write() as session:  # then an import: 1,200 new clients, and a second number for the known one
        last = [add_client(session, clock(), f"Петров {n}", phones=(f"+7903555{n:04d}",)) for n in range(1200)][-1]
        session.add(ClientPhone(client_id=known, e164="+74951112233", raw="8 495 111-22-33", position=1))

    by_name = last_json(capsys, "client", "find", "Петров 1199", "--json", "--db", ready_url)["items"]
    by_merged_number = last_json(capsys, "client", "find", "111-22-33", "--json", "--db", ready_url)["items"]
    assert [item["client_id"] for item in by_name] == [last]  # type: ignore[union-attr,index]
    assert [item["client_id"] for item in by_merged_number] == [known]  # type: ignore[union-attr,index]
