"""The command-line contract of PRODUCT.md section 5, run as automation runs it: ``main.py`` in a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import phonenumbers
import pytest

from callassist import cli
from callassist.bootstrap import open_ready
from callassist.demo import fill_demo
from callassist.domain import QUEUE_RANK, QueueReason

REPO = Path(__file__).resolve().parents[2]
FIXED_NOW = "2026-11-23T10:00:00+03:00"  # a Monday morning in Moscow
OPERATOR = "Анна Смирнова"
REASONS = {"callback", "promise", "future", "retry", "post_sale", "new"}


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'demo.db'}"
    db = open_ready(url)
    try:
        fill_demo(db, datetime.fromisoformat(FIXED_NOW))
    finally:
        db.dispose()
    return url


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` with its own data dir and a fixed clock; ``env`` adds or overrides variables."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLASSIST_")}
    environment.update(CALLASSIST_DATA_DIR=str(tmp_path / "data"), CALLASSIST_NOW=FIXED_NOW, PYTHONIOENCODING="utf-8")
    environment.update(env)
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


def assert_refused(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, one line on stderr, nothing on stdout; returns the line."""
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_queue_json_is_the_last_line_in_queue_order(tmp_path: Path, demo_url: str) -> None:
    result = run(tmp_path, "queue", "--operator", OPERATOR, "--json", "--db", demo_url)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    assert datetime.fromisoformat(payload["now"]) == datetime.fromisoformat(FIXED_NOW)
    assert payload["operator"] == OPERATOR
    items = payload["items"]
    assert items
    for item in items:
        assert set(item) == {"client_id", "name", "phone", "reason", "due", "client_local_time"}
        assert item["reason"] in REASONS
        number = phonenumbers.parse(item["phone"])
        assert phonenumbers.is_valid_number(number)
        assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == item["phone"]
        assert (item["due"] is None) == (item["reason"] == "new")
    ranks = [QUEUE_RANK[QueueReason(item["reason"])] for item in items]
    assert ranks == sorted(ranks)
    for rank in set(ranks):  # inside one rank, the earliest due first
        dues = [datetime.fromisoformat(i["due"]) for i, r in zip(items, ranks, strict=True) if r == rank and i["due"]]
        assert dues == sorted(dues)
    assert {"callback", "future", "retry", "new"} <= {item["reason"] for item in items}
    assert len({item["client_id"] for item in items}) == len(items)


def test_queue_table_takes_the_database_from_the_environment(tmp_path: Path, demo_url: str) -> None:
    as_json = run(tmp_path, "queue", "--json", "--db", demo_url, CALLASSIST_OPERATOR=OPERATOR)
    table = run(tmp_path, "queue", CALLASSIST_DB=demo_url, CALLASSIST_OPERATOR=OPERATOR)
    assert table.returncode == 0, table.stderr
    items = json.loads(as_json.stdout.splitlines()[-1])["items"]
    lines = table.stdout.strip().splitlines()
    assert lines[-1] == f"{len(items)} clients in the queue"
    first_row = lines[1]
    assert first_row.startswith(items[0]["name"]) and first_row.endswith(items[0]["phone"])


def test_db_after_the_command_wins_over_db_before_it(tmp_path: Path, demo_url: str) -> None:
    unused = tmp_path / "unused.db"
    result = run(tmp_path, "--db", f"sqlite:///{unused}", "queue", "--operator", OPERATOR, "--json", "--db", demo_url)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["items"]
    assert not unused.exists()


def test_export_writes_the_file_it_names(tmp_path: Path, demo_url: str) -> None:
    out = tmp_path / "week.csv"
    result = run(
        tmp_path,
        "export",
        "--from",
        "2026-11-12",
        "--to",
        "2026-11-20",
        "--format",
        "csv",
        "--out",
        str(out),
        "--db",
        demo_url,
    )
    assert result.returncode == 0, result.stderr
    assert out.is_file() and out.stat().st_size > 0
    assert str(out) in result.stdout


def test_bad_fixed_clock_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    result = run(tmp_path, "queue", "--json", "--db", f"sqlite:///{target}", CALLASSIST_NOW="2026-11-23 10:00")
    assert "CALLASSIST_NOW" in assert_refused(result)
    assert not target.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["frobnicate"],
        ["--frobnicate"],
        ["queue", "--frobnicate"],
        ["--view", "kitchen"],
        ["--screenshot", "shot.jpg"],
        ["--lang", "en", "queue"],
        ["export", "--from", "2026-02-30", "--format", "csv", "--out", "stats.csv"],
        ["export", "--from", "2026-11-20", "--to", "2026-11-01", "--format", "csv", "--out", "stats.csv"],
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str]) -> None:
    assert_refused(run(tmp_path, *args))
    assert not (tmp_path / "data" / "callassist.db").exists()  # the default database was not created


@pytest.mark.parametrize("url", ["not a url", "mysql://user@host/db", "sqlite:///{tmp}/missing/folder/x.db"])
def test_bad_database_url_exits_2(tmp_path: Path, url: str) -> None:
    line = assert_refused(run(tmp_path, "queue", "--db", url.format(tmp=tmp_path)))
    assert "database" in line.lower()
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(
    ("args", "russian", "english"),
    [
        (["export", "--from", "2026-13-01", "--format", "csv", "--out", "x.csv"], "ГГГГ-ММ-ДД", "YYYY-MM-DD"),
        (["export", "--from", "2026-12-01", "--format", "pdf", "--out", "x"], "не из списка", "is not one of"),
        (["queue", "--bogus"], "неизвестные аргументы", "unknown arguments"),
        (["export", "--format", "csv"], "не хватает обязательных", "are required"),
        (["queue", "--db"], "нужно значение", "needs a value"),
    ],
)
def test_rule_18_usage_errors_speak_the_persons_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], russian: str, english: str
) -> None:
    """argparse's own sentences too: the environment's language, or --lang wherever it stands; one line, exit 2."""
    monkeypatch.setenv("CALLASSIST_LANG", "ru")
    assert cli.main(args) == 2
    said = capsys.readouterr().err
    assert russian in said and "ошибка" in said and len(said.strip().splitlines()) == 1, said
    assert cli.main(["--lang", "en", *args]) == 2
    said = capsys.readouterr().err
    assert english in said and "error" in said and len(said.strip().splitlines()) == 1, said
