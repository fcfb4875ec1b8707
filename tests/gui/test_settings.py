"""File → Settings… through the real window: team settings reach the database and the queue, the dial link follows
the template, bad input is refused in place; window geometry, splitters and the dark palette."""

from __future__ import annotations

import asyncio
import getpass
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTime, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from callassist.paths import default_db_url
from callassist.services.settings_service import SAMPLE_NUMBER, load_team
from callassist.storage.engine import Database
from tests.factories import make_client
from tests.gui.conftest import press
from ui.settings_dialog import SettingsDialog
from ui.shell import Shell
from ui.window_state import (
    Workstation,
    apply_appearance,
    load_workstation,
    restore_window,
    save_window,
    save_workstation,
    startup_choices,
    workstation_settings,
)


class Softphone(QObject):
    """Stands where a softphone would: Qt hands it every URL of its scheme (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def dial(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _open_settings(loop: asyncio.AbstractEventLoop, shell: Shell) -> SettingsDialog:
    assert shell.window is not None
    shell.window.findChild(QObject, "settingsAction").trigger()  # type: ignore[union-attr]
    loop.run_until_complete(shell.tasks.idle())
    dialog = shell.window.settings_dialog
    assert dialog.isVisible() and dialog.objectName() == "settingsDialog"
    return dialog


def test_saved_settings_reach_the_team_and_the_dial_uses_the_template(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    make_client(seeded, now, "Петров Сергей", phones=("+74951112233",))
    shell = shells(_url(seeded))
    window = shell.window
    assert window is not None
    dialog = _open_settings(loop, shell)

    dialog.calling_start.setTime(QTime(8, 30))
    dialog.calling_end.setTime(QTime(19, 45))
    dialog.region.setText("kz")
    dialog.daily_goal.setValue(37)
    dialog.dial_template.setCurrentText("sip:{digits}@pbx.local")
    dialog.dial_test.click()
    digits = SAMPLE_NUMBER.removeprefix("+")
    assert f"sip:{digits}@pbx.local" in dialog.dial_result.text()
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.buttons.accepted.emit()
    loop.run_until_complete(shell.tasks.idle())

    assert results == [QDialog.DialogCode.Accepted]  # closed (and deleted) only after the commit
    team = load_team(seeded)
    assert (team.calling_start, team.calling_end, team.default_region, team.daily_goal) == ("08:30", "19:45", "KZ", 37)
    assert load_workstation().dial_template == "sip:{digits}@pbx.local"
    assert "37" in window.pipeline_label.text()

    softphone = Softphone()
    QDesktopServices.setUrlHandler("sip", softphone, "dial")
    window.activateWindow()  # the dialog had the focus
    window.queue_panel.next_button.setFocus()
    QApplication.processEvents()
    try:
        press(window, Qt.Key.Key_F2)
        loop.run_until_complete(shell.tasks.idle())
        assert window.call is not None, window.statusBar().currentMessage()
        press(window, Qt.Key.Key_F4)
        loop.run_until_complete(shell.tasks.idle())
    finally:
        QDesktopServices.unsetUrlHandler("sip")
    assert softphone.opened == ["sip:74951112233@pbx.local"]


def test_refused_settings_are_explained_in_the_dialog_and_nothing_is_saved(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    before = load_team(seeded)
    shell = shells(_url(seeded))
    dialog = _open_settings(loop, shell)
    dialog.region.setText("XX")
    dialog.daily_goal.setValue(before.daily_goal + 5)
    dialog.dial_template.setCurrentText("sip:{phone}@pbx.local")
    dialog.dial_test.click()
    assert "{e164}" in dialog.dial_result.text()
    dialog.dial_template.setCurrentText("tel:{e164}")
    dialog.buttons.accepted.emit()
    loop.run_until_complete(shell.tasks.idle())

    assert dialog.isVisible()
    assert dialog.error.isVisible() and "XX" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.region
    assert load_team(seeded) == before


def test_the_workstation_file_lives_in_the_data_dir(isolated_environment: Path) -> None:
    assert Path(workstation_settings().fileName()).parent == isolated_environment


def test_window_geometry_and_splitters_come_back(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell = shells(_url(seeded))
    window = shell.window
    assert window is not None
    window.resize(780, 560)  # inside the offscreen screen (800×600), where restoreGeometry keeps it
    window.splitter.setSizes([200, 250, 300])
    QApplication.processEvents()
    kept_sizes, kept_size = window.splitter.sizes(), window.size()
    save_window(window)

    window.resize(700, 500)
    window.splitter.setSizes([400, 100, 150])
    QApplication.processEvents()
    assert window.splitter.sizes() != kept_sizes
    assert restore_window(window)
    QApplication.processEvents()
    assert window.size() == kept_size
    assert window.splitter.sizes() == kept_sizes


def test_nothing_saved_leaves_the_window_alone(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell = shells(_url(seeded))
    assert shell.window is not None
    assert not restore_window(shell.window)


def test_dark_appearance_puts_light_text_on_a_dark_window(qapp: QApplication) -> None:
    def lightness(role: QPalette.ColorRole) -> int:
        return qapp.palette().color(role).lightness()

    apply_appearance(qapp, "light")
    assert lightness(QPalette.ColorRole.Window) > lightness(QPalette.ColorRole.WindowText)
    try:
        apply_appearance(qapp, "dark")
        assert qapp.style().name().lower() == "fusion"
        for back, fore in (
            (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText),
            (QPalette.ColorRole.Base, QPalette.ColorRole.Text),
            (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText),
        ):
            assert lightness(back) < 100 < lightness(fore)
    finally:
        apply_appearance(qapp, "system")
    assert lightness(QPalette.ColorRole.Window) > lightness(QPalette.ColorRole.WindowText)


def test_a_failure_before_the_window_names_the_log_and_exits_1(tmp_path: Path, isolated_environment: Path) -> None:
    database = tmp_path / "calls.db"
    script = (
        "import sys; from pathlib import Path; from ui.app import run_app; "
        f"sys.exit(run_app({f'sqlite:///{database}'!r}, 'Анна', Path(sys.argv[1]), 'queue', 'en'))"
    )
    env = {**os.environ, "CALLASSIST_DATA_DIR": str(isolated_environment)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "no such folder" / "out.png")],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        timeout=120,
        check=False,
    )
    log_file = isolated_environment / "logs" / "callassist.log"
    assert result.returncode == 1
    assert f"details in {log_file}" in result.stderr
    assert "could not write the screenshot" in log_file.read_text(encoding="utf-8")


def test_the_workstation_choices_apply_at_start_unless_the_command_line_says_otherwise(tmp_path: Path) -> None:
    saved_url = f"sqlite:///{tmp_path / 'office.db'}"
    save_workstation(Workstation(operator="Ирина", language="en", db_url=saved_url))
    login = getpass.getuser()
    assert startup_choices(default_db_url(), login, None) == (saved_url, "Ирина", "en")
    given_url = f"sqlite:///{tmp_path / 'given.db'}"
    assert startup_choices(given_url, "Пётр", "ru") == (given_url, "Пётр", "ru")


def test_saving_only_workstation_choices_writes_no_team_settings(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    """In team mode an operator's login may not write team settings: saving the workstation part must not try."""
    from sqlalchemy import func, select

    from callassist.storage.models import Setting

    fixed_now("2026-11-23T10:00:00+03:00")
    shell = shells(_url(seeded))
    dialog = _open_settings(loop, shell)
    dialog.dial_template.setCurrentText("callto:{e164}")
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.buttons.accepted.emit()
    loop.run_until_complete(shell.tasks.idle())

    assert results == [QDialog.DialogCode.Accepted]
    assert load_workstation().dial_template == "callto:{e164}"
    with seeded.read() as session:
        assert session.scalar(select(func.count()).select_from(Setting)) == 0
