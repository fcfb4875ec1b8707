"""A working day as an operator lives it, keyboard only: a Bitrix24 export imported, twenty calls (no answers and
refusals with a reason and a date), a client found by the number he calls from and his card corrected, the day
exported from the command line and read back."""

from __future__ import annotations

import asyncio
import csv
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from callassist.bootstrap import open_ready
from callassist.domain import ClientState
from callassist.importing.service import import_file
from tests.factories import card, count_calls
from tests.gui.conftest import press
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
REPO = Path(__file__).resolve().parents[2]
NOW = "2026-11-23T10:00:00+03:00"  # a Monday morning in Moscow


def _bitrix_export(path: Path, count: int) -> Path:
    """Bitrix24's "Export to Excel": an HTML table with a BOM under an .xls name."""
    rows = "".join(
        f"<tr><td>{first}</td><td>{last}</td><td>+7 (495) {100 + n:03d}-{n % 100:02d}-{n % 97:02d}</td>"
        f"<td>ООО «Клиент {n}»</td><td>Москва</td></tr>"
        for n, (first, last) in enumerate((("Анна", "Петрова"), ("Олег", "Сидоров")) * (count // 2))
    )
    path.write_bytes(
        b"\xef\xbb\xbf"
        + (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<table border="1"><tr><th>Имя</th><th>Фамилия</th><th>Рабочий телефон</th><th>Компания</th>'
            f"<th>Город</th></tr>{rows}</table></body></html>"
        ).encode()
    )
    return path


def _type(text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_a_day_imported_called_found_edited_and_exported_by_keyboard(
    loop: asyncio.AbstractEventLoop,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    fixed_now(NOW)
    database = tmp_path / "day.db"
    db = open_ready(f"sqlite:///{database}")
    report = import_file(db, _bitrix_export(tmp_path / "deals.xls", 24), now=datetime.fromisoformat(NOW))
    assert (report.read, report.imported, report.rejected) == (24, 24, 0)
    shell = shells(f"sqlite:///{database}")
    window = shell.window
    assert window is not None

    called: list[int] = []
    for call in range(20):
        press(window, Qt.Key.Key_F2)
        loop.run_until_complete(shell.tasks.idle())
        assert window.card.client is not None
        called.append(window.card.client.id)
        press(window, Qt.Key.Key_F4)
        if call % 2:  # reached and refused: the reason, then "in three months"
            press(window, Qt.Key.Key_1, CTRL)
            press(window, Qt.Key.Key_F9)
            press(window, Qt.Key.Key_Tab)
            press(window, Qt.Key.Key_Tab)
            press(window, Qt.Key.Key_Down)
            press(window, Qt.Key.Key_Tab)
            press(window, Qt.Key.Key_0, CTRL)
        else:
            press(window, Qt.Key.Key_2, CTRL)  # no answer
        press(window, Qt.Key.Key_Return, CTRL)
        loop.run_until_complete(shell.tasks.idle())
    assert len(set(called)) == 20 and count_calls(db) == 20
    refused = [card(db, client) for client in called[1::2]]
    assert all(c.state is ClientState.FUTURE and c.next_contact_at is not None for c in refused)

    press(window, Qt.Key.Key_F11)  # an inbound call from one of the clients not called yet
    QApplication.processEvents()
    assert _focused() == "clientSearch"
    _type("8 495 120-20-20")
    press(window, Qt.Key.Key_Return)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None
    found = window.call.client.id
    assert found not in called and window.call.client.phones[0].e164 == "+74951202020"
    QApplication.processEvents()
    press(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # the card corrected: his patronymic
    loop.run_until_complete(shell.tasks.idle())
    QApplication.processEvents()
    for _ in range(15):
        if _focused() == "editPatronymic":
            break
        press(window, Qt.Key.Key_Tab)
    _type("Игоревич")
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert card(db, found).patronymic == "Игоревич"
    press(window, Qt.Key.Key_2, CTRL)  # the wrap-up of that call
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert count_calls(db) == 21
    db.dispose()

    out = tmp_path / "day.csv"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLASSIST_")}
    environment.update(CALLASSIST_DATA_DIR=str(tmp_path / "cli"), CALLASSIST_NOW=NOW, CALLASSIST_LANG="ru")
    done = subprocess.run(
        [sys.executable, "main.py", "--db", f"sqlite:///{database}", "export", "--from", "2026-11-23",
         "--format", "csv", "--out", str(out)],
        cwd=REPO, env=environment, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    log = [row for row in rows if any("+7495" in cell for cell in row)]  # the call log: one line per call
    assert len(log) == 21
