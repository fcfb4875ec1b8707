"""GUI fixtures: a qasync loop bound to pytest-qt's QApplication, and the real application shell on a real database.

Scenarios run inside the loop (``loop.run_until_complete``) and await the shell's task runner instead of waiting
for signals: ``qtbot.waitSignal`` inside a coroutine would deadlock.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from callassist.bootstrap import open_ready
from callassist.storage.engine import Database
from tests.factories import make_client
from ui.operator_window import OperatorWindow
from ui.shell import Shell

NOW = "2026-11-23T10:00:00+03:00"  # Monday, inside calling hours in Moscow
OPERATOR = "Анна Смирнова"


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], datetime]:
    """Set ``CALLASSIST_NOW``, the app's clock, and return the moment."""

    def set_now(text: str) -> datetime:
        monkeypatch.setenv("CALLASSIST_NOW", text)
        return datetime.fromisoformat(text)

    set_now(NOW)
    return set_now


@pytest.fixture
def seeded(db_url: str) -> Iterator[Database]:
    """A migrated database the test fills before the app starts on it."""
    database = open_ready(db_url)
    yield database
    database.dispose()


@pytest.fixture
def shells(loop: asyncio.AbstractEventLoop, tmp_path: Path) -> Iterator[Callable[[str], Shell]]:
    """Start real application shells on a database URL; all are closed after the test."""
    started: list[Shell] = []

    def start(db_url: str, operator: str = OPERATOR, language: str = "ru") -> Shell:
        shell = Shell(db_url, operator, language, tmp_path / "callassist.log")
        started.append(shell)
        loop.run_until_complete(shell.start())
        assert shell.window is not None
        shell.window.activateWindow()
        return shell

    yield start
    for shell in started:
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()
        loop.run_until_complete(shell.tasks.idle())
        shell.stop()


def start_on(
    seeded: Database, shells: Callable[[str], Shell], now: datetime, *names: str, **first: str
) -> tuple[Shell, OperatorWindow, list[int]]:
    """Seed clients (``first`` holds extra fields of the first one, e.g. its patronymic) and start the real app."""
    ids = [make_client(seeded, now, name, **(first if i == 0 else {})) for i, name in enumerate(names)]
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    assert shell.window is not None
    return shell, shell.window, ids


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as an operator would (falls back to ``widget``)."""
    from pytestqt.qtbot import QtBot

    target = QApplication.focusWidget() or widget
    QtBot.keyClick(target, key, modifier)
