"""``python main.py import`` as automation runs it (PRODUCT.md section 5), in a real process on a real file."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from callassist.bootstrap import open_ready
from callassist.storage.models import Client, ClientPhone

REPO = Path(__file__).resolve().parents[2]
FIXED_NOW = "2026-11-23T10:00:00+03:00"


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLASSIST_")}
    environment.update(CALLASSIST_DATA_DIR=str(tmp_path / "data"), CALLASSIST_NOW=FIXED_NOW, PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def lead_file(path: Path) -> Path:
    with path.open("w", encoding="cp1251", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(["ФИО", "Телефон", "Компания"])
        writer.writerow(["Иванов Иван", "8 916 123-45-67", "Альфа"])
        writer.writerow(["Петров Пётр", "нет номера 12", "Бета"])
        writer.writerow(["Иванов И.", "+79161234567", ""])
        writer.writerow(["Сидорова Анна", "+7 (903) 765-43-21", "=cmd|' /C calc'!A0"])
    return path


def clients_in(url: str) -> list[tuple[str, str, str]]:
    db = open_ready(url)
    try:
        with db.read() as session:
            rows = session.execute(
                select(Client.full_name, Client.company, ClientPhone.e164).join(ClientPhone).order_by(ClientPhone.e164)
            ).all()
            return [tuple(row) for row in rows]
    finally:
        db.dispose()


def count_clients(url: str) -> int:
    db = open_ready(url)
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(Client)) or 0
    finally:
        db.dispose()


def test_import_json_summary_rejects_file_and_clients(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calls.db'}"
    rejects = tmp_path / "rejects.csv"
    source = lead_file(tmp_path / "leads.csv")

    first = run(tmp_path, "import", str(source), "--db", url, "--rejects", str(rejects), "--json")
    second = run(tmp_path, "import", str(source), "--db", url, "--rejects", str(rejects), "--json")

    assert first.returncode == 0, first.stderr
    lines = first.stdout.strip().splitlines()
    summary = json.loads(lines[-1])
    assert summary == {"read": 4, "imported": 2, "merged": 1, "rejected": 1, "rejects_file": str(rejects)}
    assert "Rows read: 4" in lines[0]
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        listed = list(csv.reader(stream, delimiter=";"))
    assert [row[1:4] for row in listed[1:]] == [["3", "Петров Пётр", "нет номера 12"]]
    assert listed[1][0].startswith(("no valid phone number", "нет ни одного"))  # the UI language, first
    assert clients_in(url) == [
        ("Сидорова Анна", "=cmd|' /C calc'!A0", "+79037654321"),
        ("Иванов Иван", "Альфа", "+79161234567"),
    ]
    assert json.loads(second.stdout.strip().splitlines()[-1])["imported"] == 0
    assert count_clients(url) == 2


def test_plain_words_without_json(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calls.db'}"
    source = lead_file(tmp_path / "leads.csv")

    result = run(tmp_path, "import", str(source), "--db", url)

    assert result.returncode == 0, result.stderr
    assert "Imported: 2" in result.stdout and "rejected: 1" in result.stdout
    assert str(tmp_path / "leads.rejects.csv") in result.stdout
    assert (tmp_path / "leads.rejects.csv").is_file()
    assert not result.stdout.strip().splitlines()[-1].startswith("{")


def test_malformed_file_exits_2_with_one_line_and_writes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'calls.db'}"
    broken = tmp_path / "leads.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is no workbook")
    no_phone_column = tmp_path / "notes.csv"
    no_phone_column.write_text("Поле 1;Поле 2\nа;б\n", encoding="utf-8")

    for path in (broken, no_phone_column, tmp_path / "missing.csv"):
        result = run(tmp_path, "import", str(path), "--db", url, "--json")
        assert result.returncode == 2, result
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert count_clients(url) == 0
    assert not list(tmp_path.glob("*.rejects.csv"))
