"""When the app cannot start, a dialog says why (in the interface language) and where the log is.

The real start-up path (``ui.app.start_or_explain`` with the real shell) runs offscreen; the prompt service is the
real one with the closing done by the test, so the test reads the real dialog's text.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from callassist.errors import CallAssistError
from ui.app import start_or_explain
from ui.shell import Shell
from ui.startup_failure import Prompts


class ReadingPrompts(Prompts):
    """The real prompt service; the test reads each dialog and closes it as a person would."""

    def __init__(self) -> None:
        self.read: list[tuple[str, str, str]] = []

    async def tell(self, box: QMessageBox) -> None:
        def read_and_close() -> None:
            self.read.append((box.windowTitle(), box.text(), box.informativeText()))
            assert box.isVisible()
            box.done(QMessageBox.StandardButton.Close.value)

        QTimer.singleShot(0, read_and_close)
        await super().tell(box)


def foreign(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT)")
    conn.close()
    return f"sqlite:///{path}"


def not_a_database(path: Path) -> str:
    path.write_text("name;phone\nIvan;+74951234567\n", encoding="utf-8")
    return f"sqlite:///{path}"


def read_only(path: Path, template: Path) -> str:
    shutil.copyfile(template, path)
    return f"sqlite:///file:{path}?mode=ro&uri=true"


def newer(path: Path, template: Path) -> str:
    shutil.copyfile(template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0999'")
    conn.close()
    return f"sqlite:///{path}"


CASES = {
    "foreign": (lambda p, t: foreign(p), "другой программы", "another application"),
    "not_a_database": (lambda p, t: not_a_database(p), "не файл базы данных", "not a database file"),
    "server_down": (lambda p, t: "postgresql://anna@127.0.0.1:1/callassist", "недоступна", "cannot be reached"),
    "read_only": (read_only, "только читать", "can only be read"),
    "newer": (newer, "более новой версией", "newer CallAssist"),
}


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_start_that_fails_says_why_in_a_dialog_with_the_log(
    loop: asyncio.AbstractEventLoop, tmp_path: Path, sqlite_template: Path, case: str, language: str
) -> None:
    make, russian, english = CASES[case]
    url = make(tmp_path / "calls.db", sqlite_template)
    log_file = tmp_path / "callassist.log"
    shell = Shell(url, "Анна Смирнова", language, log_file, sign_in=True)
    prompts = ReadingPrompts()
    try:
        with pytest.raises(CallAssistError):  # and then the command line says it too, with its exit status
            loop.run_until_complete(start_or_explain(shell, True, language, log_file, prompts))
    finally:
        shell.stop()
    assert len(prompts.read) == 1
    title, text, informative = prompts.read[0]
    assert "CallAssist" in title
    assert (russian if language == "ru" else english) in text
    assert str(log_file) in informative
    assert shell.window is None


def test_a_screenshot_run_that_fails_shows_no_dialog(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> None:
    url = foreign(tmp_path / "calls.db")
    shell = Shell(url, "Анна Смирнова", "en", tmp_path / "callassist.log")
    prompts = ReadingPrompts()
    try:
        with pytest.raises(CallAssistError):
            loop.run_until_complete(start_or_explain(shell, False, "en", tmp_path / "callassist.log", prompts))
    finally:
        shell.stop()
    assert prompts.read == []
