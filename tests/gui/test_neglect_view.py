"""Supervisor → Neglected clients… on the real window: both lists show their rows, Ctrl+C copies a phone, and the
Russian screen renders to a PNG (set CALLASSIST_DOCS_SCREENSHOTS=1 to refresh docs/screenshots/neglected-ru.png)."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_client, refusal
from tests.gui.conftest import OPERATOR, press
from ui.i18n import install_translations
from ui.neglect_view import NeglectView
from ui.shell import Shell

DOCS_SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "neglected-ru.png"


def _refused_long_ago(db: Database, then: datetime, name: str, company: str, days: int) -> int:
    client = make_client(db, then, name, company=company)
    desk = OperatorDesk(db, OPERATOR, now=lambda: then)
    desk.open_client(client)
    desk.record(refusal(client, OPERATOR, then, then + timedelta(days=days)))
    return client


def test_neglected_clients_window_lists_both_kinds_and_copies_a_phone(
    qapp: QApplication,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    then = now - timedelta(days=60)
    overdue = _refused_long_ago(seeded, then, "Сидоров Олег Петрович", "ООО «Северный ветер»", days=14)
    untouched = make_client(seeded, then, "Кузнецова Мария Ивановна", company="АО «Трансснаб»")
    make_client(seeded, now, "Свежий лид")  # created today: neither list
    install_translations(qapp, "ru")
    try:
        shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
        _check_view(loop, shell, overdue, untouched, tmp_path)
    finally:
        install_translations(qapp, "en")


def _check_view(loop: asyncio.AbstractEventLoop, shell: Shell, overdue: int, untouched: int, tmp_path: Path) -> None:
    window = shell.window
    assert window is not None
    loop.run_until_complete(shell.tasks.idle())

    action = window.findChild(QAction, "neglectedClientsAction")
    assert action is not None
    action.trigger()
    loop.run_until_complete(shell.tasks.idle())
    view = window.findChild(NeglectView, "neglectedClients")
    assert view is not None and view.isVisible()

    assert [row.client_id for row in view.overdue_model.rows] == [overdue]
    assert [row.client_id for row in view.untouched_model.rows] == [untouched]
    overdue_cells = [view.overdue_model.index(0, c).data() for c in range(view.overdue_model.columnCount())]
    assert "Сидоров Олег Петрович" in overdue_cells and str(overdue) in overdue_cells
    assert view.overdue_model.rows[0].days == 46  # due 14 days after a refusal 60 days ago
    assert view.overdue_model.headerData(0, Qt.Orientation.Horizontal) == "Клиент"  # the window speaks Russian
    assert "1" in view.overdue_label.text() and "30" in view.untouched_label.text()

    view.untouched_table.setFocus()
    view.untouched_table.setCurrentIndex(view.untouched_model.index(0, 2))  # the phone column
    press(view.untouched_table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.untouched_model.rows[0].phone

    view.days.setValue(90)  # nobody is untouched for 90 days: the client was created 60 days ago
    view.refresh_button.click()
    loop.run_until_complete(shell.tasks.idle())
    assert view.untouched_model.rowCount() == 0 and view.overdue_model.rowCount() == 1

    view.days.setValue(30)
    view.refresh_button.click()
    loop.run_until_complete(shell.tasks.idle())
    # Tests never rewrite tracked files unless asked: the docs copy is refreshed on request only.
    target = DOCS_SCREENSHOT if os.environ.get("CALLASSIST_DOCS_SCREENSHOTS") else tmp_path / "neglected-ru.png"
    assert view.grab().save(str(target))
