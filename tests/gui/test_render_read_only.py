"""A render never changes data (issue 13): ``--screenshot`` of any view leaves the database byte for byte as it was,
takes no lease, and shows the data as a demo operator rather than the OS login."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callassist import cli
from callassist.bootstrap import open_ready
from callassist.demo import fill_demo
from callassist.errors import UserInputError
from callassist.storage.models import Client, Operator
from callassist.storage.read_only import existing_operator, open_read_only
from ui.shell import Shell

ROOT = Path(__file__).resolve().parents[2]
NOW = "2026-12-08T11:00:00+03:00"
VIEWS = cli.VIEWS  # every screen --screenshot can render, the supervisor and client screens too


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database as ``--demo`` leaves it: filled, closed, no -wal or -shm beside it."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    db = open_ready(f"sqlite:///{path}")
    fill_demo(db, datetime.fromisoformat(NOW))
    db.dispose()
    assert not Path(f"{path}-wal").exists()
    return path


def _files(folder: Path) -> dict[str, bytes]:
    return {file.name: file.read_bytes() for file in sorted(folder.iterdir())}


@pytest.mark.parametrize("view", VIEWS)
def test_a_screenshot_leaves_the_database_byte_for_byte_as_it_was(demo_db: Path, tmp_path: Path, view: str) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    shutil.copy(demo_db, folder / "calls.db")
    before = _files(folder)
    picture = tmp_path / f"{view}.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CALLASSIST_NOW": NOW,
        "CALLASSIST_DATA_DIR": str(tmp_path / "data"),
        "CALLASSIST_OPERATOR": "",
    }
    env.pop("CALLASSIST_DB", None)
    command = [sys.executable, "main.py", "--db", f"sqlite:///{folder / 'calls.db'}", "--screenshot", str(picture)]
    result = subprocess.run(
        [*command, "--view", view, "--lang", "ru", "--size", "1280x720"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert picture.stat().st_size > 10_000
    # Compared after the process ended: its -wal and -shm files are gone and the database file is unchanged.
    assert _files(folder) == before
    log = (tmp_path / "data" / "logs" / "callassist.log").read_text(encoding="utf-8")
    assert "ERROR" not in log, log


def test_the_read_only_view_refuses_every_write(demo_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "calls.db"
    shutil.copy(demo_db, copy)
    db = open_read_only(f"sqlite:///{copy}")
    try:
        with db.write() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == 300
        with pytest.raises(Exception, match=r"readonly|read-only|read only"), db.write() as session:
            session.add(Operator(name="root", role="operator"))
            session.flush()
    finally:
        db.dispose()
    assert copy.read_bytes() == demo_db.read_bytes()


def test_a_render_shows_the_data_as_a_demo_operator_not_the_os_login(demo_db: Path, tmp_path: Path) -> None:
    db = open_read_only(f"sqlite:///{demo_db}")
    try:
        assert existing_operator(db, "root") == "Анна Смирнова"  # the first operator of the demo
        assert existing_operator(db, "Игорь Петров") == "Игорь Петров"  # one that exists is kept
    finally:
        db.dispose()
    empty = open_ready(f"sqlite:///{tmp_path / 'empty.db'}")
    try:
        with pytest.raises(UserInputError) as refused:
            existing_operator(empty, "root")
        assert refused.value.render("ru").startswith("Показывать пока нечего")
    finally:
        empty.dispose()


def test_an_english_demo_has_english_operators(tmp_path: Path) -> None:
    db = open_ready(f"sqlite:///{tmp_path / 'en.db'}")
    try:
        fill_demo(db, datetime.fromisoformat(NOW), language="en")
        with db.read() as session:
            names = list(session.scalars(select(Operator.name).order_by(Operator.id)))
    finally:
        db.dispose()
    assert names == ["Emma Wilson", "James Carter", "Olivia Brooks"]


def test_the_call_render_introduces_the_demo_operator_and_takes_no_lease(
    loop: asyncio.AbstractEventLoop, demo_db: Path, tmp_path: Path, fixed_now: Callable[[str], datetime]
) -> None:
    fixed_now(NOW)
    copy = tmp_path / "calls.db"
    shutil.copy(demo_db, copy)
    shell = Shell(f"sqlite:///{copy}", "root", "ru", tmp_path / "callassist.log", render_only=True)
    try:
        loop.run_until_complete(shell.start())
        loop.run_until_complete(shell.render("call", tmp_path / "call.png"))
        assert shell.window is not None
        assert shell.window.desk.operator_name == "Анна Смирнова"
        text = shell.window.script.line.text()
        assert "Меня зовут Анна" in text and "root" not in text
        assert shell.window.card.client is not None  # the call is on screen...
        held = loop.run_until_complete(shell.tasks.db(shell.window.desk.held_client))
        assert held is None  # ...and nobody holds it
    finally:
        if shell.window is not None:
            shell.window.close()
        loop.run_until_complete(shell.tasks.idle())
        shell.stop()
    assert copy.read_bytes() == demo_db.read_bytes()


def test_a_render_of_a_database_without_operators_works_on_a_copy(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, fixed_now: Callable[[str], datetime]
) -> None:
    fixed_now(NOW)
    path = tmp_path / "first-start.db"
    open_ready(f"sqlite:///{path}").dispose()
    before = path.read_bytes()
    shell = Shell(f"sqlite:///{path}", "root", "ru", tmp_path / "callassist.log", render_only=True)
    try:
        loop.run_until_complete(shell.start())
        loop.run_until_complete(shell.render("queue", tmp_path / "queue.png"))
        assert shell.window is not None
        assert shell.window.queue_panel.empty_guide.isVisible()  # the first-run guide is what a render shows
    finally:
        if shell.window is not None:
            shell.window.close()
        loop.run_until_complete(shell.tasks.idle())
        shell.stop()
    assert path.read_bytes() == before
    assert sorted(file.name for file in tmp_path.iterdir() if file.name.startswith("first-start")) == ["first-start.db"]
