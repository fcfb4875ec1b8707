"""The import wizard driven through the real main window, offscreen: a small file end to end, and cancel."""

from __future__ import annotations

import asyncio
import csv
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from callassist.importing import LeadField
from callassist.storage.engine import Database
from callassist.storage.models import Client
from tests.factories import make_client
from ui.import_wizard import ImportWizard
from ui.shell import Shell


def lead_file(path: Path) -> Path:
    with path.open("w", encoding="cp1251", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow(["ФИО", "Телефон", "Поле 3"])
        writer.writerow(["Иванов Иван Иванович", "8 (916) 123-45-67", 'ООО "Ромашка"'])
        writer.writerow(["Петрова Мария", "+7 903 111 22 33", "АО Вектор"])
        writer.writerow(["Без номера", "12-34", "ИП"])
    return path


def count_clients(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Client)) or 0


def open_wizard(loop: asyncio.AbstractEventLoop, shell: Shell, path: Path) -> ImportWizard:
    assert shell.window is not None
    shell.window.findChild(object, "importAction").trigger()  # type: ignore[union-attr]
    wizard = shell.window.import_wizard
    assert wizard.objectName() == "importWizard" and wizard.isVisible()
    wizard.set_path(path)
    loop.run_until_complete(shell.tasks.idle())
    return wizard


def test_wizard_imports_a_file_and_the_queue_grows(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Уже в очереди")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    assert shell.window is not None
    before = shell.window.queue_model.rowCount()
    wizard = open_wizard(loop, shell, lead_file(tmp_path / "лиды.csv"))

    fields = [LeadField(combo.currentData()) for combo in wizard.combos]
    assert fields == [LeadField.FULL_NAME, LeadField.PHONE, LeadField.IGNORE]
    assert wizard.preview_table.item(1, 0).text() == "Иванов Иван Иванович"  # type: ignore[union-attr]
    wizard.combos[2].setCurrentIndex(wizard.combos[2].findData(LeadField.COMPANY.value))  # the operator's choice
    QTest.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(shell.tasks.idle())
    loop.run_until_complete(shell.tasks.idle())  # the queue's refresh started by the broadcast

    assert wizard.progress.value() == 100
    assert "2" in wizard.summary.text() and "1" in wizard.summary.text()
    assert str(tmp_path / "лиды.rejects.csv") in wizard.summary.text()
    assert shell.window.queue_model.rowCount() == before + 2
    with seeded.read() as session:
        companies = set(session.scalars(select(Client.company)))
    assert {'ООО "Ромашка"', "АО Вектор"} <= companies


def test_cancel_leaves_the_database_unchanged(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    fixed_now("2026-11-23T10:00:00+03:00")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    wizard = open_wizard(loop, shell, lead_file(tmp_path / "лиды.csv"))
    before = count_clients(seeded)

    QTest.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.cancel_button.isEnabled() and not wizard.import_button.isEnabled()
    QTest.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)  # before the import thread gets to it
    loop.run_until_complete(shell.tasks.idle())

    assert count_clients(seeded) == before
    assert not (tmp_path / "лиды.rejects.csv").exists()
    assert wizard.import_button.isEnabled() and not wizard.cancel_button.isEnabled()
    assert wizard.summary.text() == wizard.tr("The import was cancelled. Nothing was written.")


def test_database_thread_stays_free_while_the_file_is_read(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    wizard = open_wizard(loop, shell, lead_file(tmp_path / "лиды.csv"))
    before = count_clients(seeded)
    reached, release = threading.Event(), threading.Event()
    threads: list[str] = []

    def hold_the_first_call(done: int, total: int) -> None:  # runs on the thread that reports progress
        threads.append(threading.current_thread().name)
        if len(threads) == 1:
            reached.set()
            release.wait(60)

    wizard.relay.progressed.connect(hold_the_first_call, Qt.ConnectionType.DirectConnection)
    QTest.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    try:
        assert loop.run_until_complete(asyncio.to_thread(reached.wait, 60)), "the import never reported progress"
        # The import is parked mid-read; an operator's save must still get the database thread.
        save = shell.tasks.db(make_client, seeded, now, "Сохранён во время импорта")
        loop.run_until_complete(asyncio.wait_for(save, 60))
        assert not release.is_set() and count_clients(seeded) == before + 1
    finally:
        release.set()
    loop.run_until_complete(shell.tasks.idle())

    assert threads[0].startswith("callassist-io") and threads[-1].startswith("callassist-db")
    assert count_clients(seeded) == before + 3
    assert wizard.progress.value() == 100


def test_preview_shows_what_would_happen_and_writes_nothing(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    known = make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Петрова Мария", phones=("+79031112233",))
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    wizard = open_wizard(loop, shell, lead_file(tmp_path / "лиды.csv"))
    before = count_clients(seeded)

    QTest.mouseClick(wizard.preview_button, Qt.MouseButton.LeftButton)
    loop.run_until_complete(shell.tasks.idle())

    text = wizard.summary.text()
    assert text.startswith("Preview: 1 new, 1 merged into known clients, 0 of them left untouched, 1 rejected.")
    assert "row 2: Иванов Иван Иванович, +79161234567" in text
    assert "row 3: Петрова Мария, +79031112233 (Петрова Мария)" in text and known
    assert "row 4: Без номера (" in text and ": 12-34)" in text  # the reason in the wizard's language, quoting the cell
    assert count_clients(seeded) == before
    assert not (tmp_path / "лиды.rejects.csv").exists()
    assert wizard.import_button.isEnabled()  # the real import can follow
