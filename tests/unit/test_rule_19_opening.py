"""Rule 19: a command never creates or changes a database it was not asked to.

Each case runs the command line in-process (``callassist.cli.main``, as ``main.py`` does) and checks the contract:
exit 2, exactly one line on stderr, nothing on stdout, and the database file's bytes (and its folder's listing)
exactly as they were, or no file created. A few run as a real ``main.py`` process too (``test_cli.py``'s way).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from callassist import cli
from callassist.bootstrap import Purpose, check, creating_on_success, open_existing, open_or_create
from callassist.demo import OPERATORS_BY_LANGUAGE
from callassist.errors import UserInputError
from callassist.storage.inspection import Kind, inspect_url
from tests.unit.test_cli import assert_refused, run

NOW = "2026-11-23T10:00:00+03:00"
OPERATOR = "Анна Смирнова"
LEADS = "Имя;Телефон\nИван Петров;+7 495 123-45-67\n"


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALLASSIST_NOW", NOW)
    monkeypatch.setenv("CALLASSIST_LANG", "en")


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (recursively) and the hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """Run ``argv``; expect exit 2, one line on stderr and nothing on stdout. Returns the line."""
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert status == 2, err
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    for leak in ("sqlalchemy", "unexpected", "Traceback", "(Background on this error"):
        assert leak.lower() not in line.lower(), line
    return line


# --- databases that are not CallAssist's ---------------------------------------------------------------------------


def foreign_notes(path: Path) -> None:
    """Another application's SQLite file: a notes table, rollback journal (not WAL)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO notes (text) VALUES ('buy milk')")
    conn.close()


def foreign_with_clients(path: Path) -> None:
    """Another application that has its own ``clients`` table (the misleading case of the issue)."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
        conn.execute("INSERT INTO clients (name, phone) VALUES ('Acme', '+74951234567')")
    conn.close()


def foreign_with_alembic(path: Path) -> None:
    """Another application that also uses Alembic: a revision we do not know, none of our tables."""
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()


def text_file(path: Path) -> None:
    path.write_text("name,phone\nIvan,+74951234567\n", encoding="utf-8")


def binary_junk(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def png_header(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


NOT_OURS: dict[str, Callable[[Path], None]] = {
    "foreign_notes": foreign_notes,
    "foreign_with_clients": foreign_with_clients,
    "foreign_with_alembic": foreign_with_alembic,
    "text_file": text_file,
    "binary_junk": binary_junk,
    "png_header": png_header,
    "empty_file": empty_file,
}
COMMANDS: dict[str, list[str]] = {
    "queue": ["queue", "--operator", OPERATOR],
    "queue_json": ["queue", "--json"],
    "queue_demo": ["--demo", "queue", "--operator", OPERATORS_BY_LANGUAGE["en"][0]],
    "export": ["export", "--from", "2026-11-20", "--format", "csv", "--out", "{tmp}/out.csv"],
    "import": ["import", "{tmp}/leads.csv"],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", list(NOT_OURS))
def test_rule_19_a_database_not_ours_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, command: str
) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    target = folder / "data.db"
    NOT_OURS[kind](target)
    (tmp_path / "leads.csv").write_text(LEADS, encoding="utf-8")
    before = snapshot(folder)
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]

    if kind == "empty_file" and command in ("queue_demo", "import"):
        # An empty file is a new database to the commands that may create one: they fill it and succeed.
        assert cli.main([*args, "--db", f"sqlite:///{target}"]) == 0, capsys.readouterr().err
        assert inspect_url(f"sqlite:///{target}").kind is Kind.CURRENT
        return
    line = refused(capsys, *args, "--db", f"sqlite:///{target}")

    assert snapshot(folder) == before  # same bytes, no -wal/-shm, no backup, nothing added
    assert str(target) in line
    assert not (tmp_path / "out.csv").exists()
    if kind.startswith("foreign"):
        assert "another application" in line and "cannot be reached" not in line
    elif kind == "empty_file":
        assert "empty database" in line
    else:
        assert "not a database file" in line


def test_rule_19_a_foreign_journal_mode_stays_as_it_was(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "theirs.db"
    foreign_with_clients(target)
    refused(capsys, "--demo", "queue", "--db", f"sqlite:///{target}")
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")} == {"clients"}
    conn.close()


# --- missing files, folders, mistyped paths ------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["queue", "queue_json", "export"])
@pytest.mark.parametrize("spelling", ["absolute", "relative", "env", "default"])
def test_rule_19_a_missing_database_file_is_an_error_for_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str, spelling: str
) -> None:
    monkeypatch.chdir(tmp_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]
    db_args = {
        "absolute": ["--db", f"sqlite:///{tmp_path / 'callasist.db'}"],  # the mistyped name of the issue
        "relative": ["--db", "sqlite:///callasist.db"],
        "env": [],
        "default": [],
    }[spelling]
    if spelling == "env":
        monkeypatch.setenv("CALLASSIST_DB", f"sqlite:///{tmp_path / 'callasist.db'}")
    before = snapshot(tmp_path)

    line = refused(capsys, *args, *db_args)

    assert "no database file" in line
    assert snapshot(tmp_path) == before  # no new database anywhere (the default one in the data dir included)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_rule_19_a_folder_is_called_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> None:
    folder = tmp_path / "calls.db"
    folder.mkdir()
    (tmp_path / "leads.csv").write_text(LEADS, encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in COMMANDS[command]]
    line = refused(capsys, *args, "--db", f"sqlite:///{folder}")
    assert "is a folder" in line
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("db", "words"),
    [
        ("", "--db is empty"),
        ("   ", "--db is empty"),
        ("not a url", "not a database URL"),
        ("calls.db", "not a database URL"),
        ("mysql://user@host/db", "Unsupported database"),
        ("oracle://scott:tiger@host/db", "Unsupported database"),
        ("http://example.org/calls.db", "Unsupported database"),
        ("sqlite:///{tmp}/no/such/folder/calls.db", "no database file"),
        ("sqlite:///{tmp}/leads.txt/calls.db", "no database file"),  # a "folder" that is a file
        ("sqlite:///C:\\Users\\anna\\calls.db", "no database file"),  # a Windows path on another system
        ("sqlite:///~/calls.db", "no database file"),  # SQLite does not expand ~
        ("sqlite://", "empty database"),
        ("sqlite:///:memory:", "empty database"),
    ],
)
def test_rule_19_bad_database_urls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db: str, words: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "leads.txt").write_text("not a folder", encoding="utf-8")
    line = refused(capsys, "queue", "--operator", OPERATOR, "--db", db.replace("{tmp}", str(tmp_path)))
    assert words in line
    assert not (tmp_path / "no").exists() and not (tmp_path / "~").exists()
    assert not list(tmp_path.rglob("*.db"))


def test_rule_19_a_missing_folder_for_the_app_is_named(tmp_path: Path) -> None:
    with pytest.raises(UserInputError) as refusal:
        check(f"sqlite:///{tmp_path / 'nowhere' / 'calls.db'}", Purpose.WORK)
    assert refusal.value.code == "open.no_folder"
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file, so an unreadable one cannot be made here")
def test_rule_19_an_unreadable_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "locked.db"
    foreign_notes(target)
    target.chmod(0)
    line = refused(capsys, "queue", "--operator", OPERATOR, "--db", f"sqlite:///{target}")
    assert "cannot be read" in line


# --- our database, but not for this command or this version --------------------------------------------------------


@pytest.fixture
def ours(tmp_path: Path, sqlite_template: Path) -> Path:
    """A ready CallAssist database with one operator, in a folder of its own."""
    folder = tmp_path / "ours"
    folder.mkdir()
    path = folder / "callassist.db"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO operators (name, role, active, daily_goal) VALUES (?, 'operator', 1, 8)", (OPERATOR,))
    conn.close()
    return path


def operators(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [name for (name,) in conn.execute("SELECT name FROM operators ORDER BY name")]
    conn.close()
    return names


@pytest.mark.parametrize("name", ["Nosuch Person", "anna smirnova", "Анна", " "])
def test_rule_19_an_unknown_operator_is_an_error_and_never_added(
    ours: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    line = refused(capsys, "queue", "--operator", name, "--db", f"sqlite:///{ours}")
    assert ("no operator called" in line) or ("operator name is empty" in line)
    assert operators(ours) == [OPERATOR]


def test_rule_19_an_unknown_operator_from_the_environment_is_refused(
    ours: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CALLASSIST_OPERATOR", "Nosuch Person")
    assert "Nosuch Person" in refused(capsys, "queue", "--json", "--db", f"sqlite:///{ours}")
    assert operators(ours) == [OPERATOR]


def test_rule_19_a_known_operator_sees_the_queue(ours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["queue", "--operator", OPERATOR, "--json", "--db", f"sqlite:///{ours}"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["operator"] == OPERATOR
    assert operators(ours) == [OPERATOR]


def test_rule_19_a_newer_schema_is_refused_saying_so(ours: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with sqlite3.connect(ours) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    before = snapshot(ours.parent)
    line = refused(capsys, "queue", "--operator", OPERATOR, "--db", f"sqlite:///{ours}")
    assert "newer CallAssist" in line and "0999" in line
    assert snapshot(ours.parent) == before
    with pytest.raises(UserInputError) as refusal:
        open_or_create(f"sqlite:///{ours}")  # the app refuses it too
    assert refusal.value.code == "open.newer"


def test_rule_19_messages_follow_the_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = f"sqlite:///{tmp_path / 'missing.db'}"
    assert "Файла базы данных" in refused(capsys, "--lang", "ru", "queue", "--operator", OPERATOR, "--db", missing)
    assert "no database file" in refused(capsys, "--lang", "en", "queue", "--operator", OPERATOR, "--db", missing)


# --- import: creates a database only when the import succeeds ------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03" * 1000, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, b"just words\n"],
    ids=["empty", "binary", "png", "junk_text"],
)
def test_rule_19_a_failed_import_leaves_no_new_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    source = tmp_path / "leads.csv"
    source.write_bytes(content)
    target = tmp_path / "new" / "calls.db"
    target.parent.mkdir()
    refused(capsys, "import", str(source), "--db", f"sqlite:///{target}")
    assert list(target.parent.iterdir()) == []


def test_rule_19_a_successful_import_creates_the_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "leads.csv"
    source.write_text(LEADS, encoding="utf-8")
    target = tmp_path / "calls.db"
    assert cli.main(["import", str(source), "--json", "--db", f"sqlite:///{target}"]) == 0, capsys.readouterr().err
    assert '"imported": 1' in capsys.readouterr().out
    assert inspect_url(f"sqlite:///{target}").kind is Kind.CURRENT


def test_rule_19_a_failing_block_removes_only_a_file_it_created(tmp_path: Path, ours: Path) -> None:
    new = tmp_path / "fresh.db"
    with pytest.raises(RuntimeError), creating_on_success(f"sqlite:///{new}"):
        assert new.exists()
        raise RuntimeError("the import failed")
    assert not new.exists() and not list(tmp_path.glob("fresh.db*"))
    with pytest.raises(RuntimeError), creating_on_success(f"sqlite:///{ours}"):
        raise RuntimeError("the import failed")
    assert ours.exists()  # it was there before: the import's own transaction left it as it was


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["import", "{tmp}"], "is a folder"),
        (["import", "{tmp}/nope.csv"], "does not exist"),
        (["import", "{tmp}/leads.csv", "--region", "XX"], "country code"),
        (["import", "{tmp}/leads.csv", "--region", ""], "country code"),
        (["import", "{tmp}/leads.csv", "--rejects", "{tmp}"], "is a folder"),
        (["import", "{tmp}/leads.csv", "--rejects", "{tmp}/no/where.csv"], "does not exist"),
        (["export", "--from", "2026-02-30", "--format", "csv", "--out", "{tmp}/o.csv"], "--from"),
        (["export", "--from", "", "--format", "csv", "--out", "{tmp}/o.csv"], "--from"),
        (["export", "--from", "tomorrow", "--format", "csv", "--out", "{tmp}/o.csv"], "--from"),
        (["export", "--from", "23.11.2026", "--format", "csv", "--out", "{tmp}/o.csv"], "--from"),
        (["export", "--from", "2026-11-23", "--to", "2026-11-22", "--format", "csv", "--out", "{tmp}/o.csv"], "before"),
        (["export", "--from", "2026-11-23", "--format", "pdf", "--out", "{tmp}/o.csv"], "--format"),
        (["export", "--from", "2026-11-23", "--format", "", "--out", "{tmp}/o.csv"], "--format"),
        (["export", "--from", "2026-11-23", "--format", "csv", "--out", "{tmp}"], "is a folder"),
        (["export", "--from", "2026-11-23", "--format", "csv", "--out", "{tmp}/no/o.csv"], "does not exist"),
        (["export", "--from", "2026-11-23", "--format", "csv"], "--out"),
        (["--screenshot", "{tmp}/s.png", "queue"], "belong to the app"),
        (["--view", "settings", "queue"], "belong to the app"),
        (["queue", "--operator", ""], "operator name is empty"),
        (["--lang", "de", "queue"], "--lang"),
    ],
)
def test_rule_19_bad_command_lines_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ours: Path, args: list[str], words: str
) -> None:
    (tmp_path / "leads.csv").write_text(LEADS, encoding="utf-8")
    before = snapshot(tmp_path)
    line = refused(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in args], "--db", f"sqlite:///{ours}")
    assert words in line
    assert snapshot(tmp_path) == before


def test_rule_19_a_bad_clock_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str], ours: Path) -> None:
    os.environ["CALLASSIST_NOW"] = "yesterday"  # restored by the autouse fixture's monkeypatch
    before = snapshot(tmp_path)
    assert "CALLASSIST_NOW" in refused(capsys, "queue", "--operator", OPERATOR, "--db", f"sqlite:///{ours}")
    assert snapshot(tmp_path) == before


# --- PostgreSQL ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://nobody@127.0.0.1:1/callassist",
        "postgresql://nobody@/callassist?host={tmp}/no-socket-here",
    ],
)
def test_rule_19_an_unreachable_server_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    line = refused(capsys, "queue", "--operator", OPERATOR, "--db", url.replace("{tmp}", str(tmp_path)))
    assert "cannot be reached" in line


@pytest.mark.postgres
def test_rule_19_a_foreign_postgresql_database_is_refused_untouched(pg_server: object) -> None:
    import psycopg

    from tests.pg import TestServer

    assert isinstance(pg_server, TestServer)
    name = pg_server.create_database()
    url = pg_server.database_url(name)
    try:
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True) as conn:
            conn.execute("CREATE TABLE clients (id serial PRIMARY KEY, name text)")
        for opener in (open_existing, open_or_create):
            with pytest.raises(UserInputError) as refusal:
                opener(url)
            assert refusal.value.code == "open.foreign"
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql")) as conn:
            tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"clients"}
        with pytest.raises(UserInputError) as empty:
            open_existing(pg_server.database_url(pg_server.create_database()))
        assert empty.value.code == "open.empty"
    finally:
        pg_server.drop_database(name)


# --- the same contract from a real process -------------------------------------------------------------------------


def test_rule_19_main_py_refuses_a_foreign_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "theirs.db"
    foreign_with_clients(target)
    before = snapshot(tmp_path)
    line = assert_refused(run(tmp_path, "queue", "--json", "--db", f"sqlite:///{target}"))
    assert "another application" in line
    assert snapshot(tmp_path) == before


def test_rule_19_main_py_export_of_a_mistyped_path_makes_no_database(tmp_path: Path) -> None:
    out = tmp_path / "day.csv"
    args = ("export", "--from", "2026-11-20", "--format", "csv", "--out", str(out))
    line = assert_refused(run(tmp_path, *args, "--db", f"sqlite:///{tmp_path / 'typo.db'}"))
    assert "typo.db" in line
    assert not (tmp_path / "typo.db").exists() and not out.exists()


def test_rule_19_every_report_command_is_held_to_the_read_policy() -> None:
    """The guard in the dispatcher applies to the report commands whoever writes their runners (client, lists)."""
    reads = {command for command, purpose in cli.OPENED_FOR.items() if purpose is Purpose.READ}
    assert {"queue", "export", "client", "lists"} <= reads
    assert cli.OPENED_FOR["import"] is Purpose.IMPORT
