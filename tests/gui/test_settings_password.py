"""Credentials: the database password never reaches a file the app writes, Settings never shows it, and a
screenshot of Settings never holds it. A real keyring backend (a file keyring in the test's tmp dir) stores it."""

from __future__ import annotations

import asyncio
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QWidget
from sqlalchemy.engine import make_url

from callassist import credentials
from callassist.storage.engine import Database
from tests.keyring_backends import file_keyring, no_keyring
from tests.pg import TestServer
from ui.settings_dialog import SettingsDialog
from ui.shell import Shell
from ui.window_state import load_workstation, workstation_settings

SECRET = "S3cret-Пароль-42"
SPELLINGS = (SECRET, quote(SECRET), quote(SECRET, safe=""), SECRET.encode("utf-8").hex())


@pytest.fixture
def keyring_file(tmp_path: Path) -> Iterator[KeyringBackend]:
    with file_keyring(tmp_path / "os-keyring") as backend:
        yield backend


def files_holding_the_secret(folder: Path) -> list[str]:
    """Every file under ``folder`` whose bytes hold the password in any spelling (plain, URL-escaped, hex)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(spelling.encode("utf-8") in data for spelling in SPELLINGS):
                found.append(str(path))
    return found


def visible_texts(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Normal]
    texts += [w.displayText() for w in widget.findChildren(QLineEdit)]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.currentText() for w in widget.findChildren(QComboBox)]
    texts += [w.toolTip() for w in widget.findChildren(QWidget)]
    return texts


def _open_settings(loop: asyncio.AbstractEventLoop, shell: Shell) -> SettingsDialog:
    assert shell.window is not None
    shell.window.findChild(QObject, "settingsAction").trigger()  # type: ignore[union-attr]
    loop.run_until_complete(shell.tasks.idle())
    return shell.window.settings_dialog


def _save(loop: asyncio.AbstractEventLoop, shell: Shell, dialog: SettingsDialog) -> None:
    results: list[int] = []
    dialog.finished.connect(results.append)
    dialog.buttons.accepted.emit()
    loop.run_until_complete(shell.tasks.idle())
    assert results == [QDialog.DialogCode.Accepted], dialog.error.text()


def test_an_old_settings_file_with_a_password_moves_it_to_the_keyring(
    keyring_file: KeyringBackend, isolated_environment: Path
) -> None:
    old = QSettings(str(isolated_environment / "callassist.ini"), QSettings.Format.IniFormat)
    old.setValue("db_url", f"postgresql://anna:{SECRET}@db.office.local/callassist")
    old.sync()
    ini = Path(old.fileName())
    ini.chmod(0o644)  # as older versions left it

    choices = load_workstation()

    assert choices.db_url == "postgresql://anna@db.office.local/callassist" and choices.remember_password
    assert credentials.recall(choices.db_url) == SECRET
    assert files_holding_the_secret(isolated_environment) == []
    assert stat.S_IMODE(ini.stat().st_mode) == 0o600


def test_without_a_keyring_an_old_password_is_dropped(isolated_environment: Path) -> None:
    old = QSettings(str(isolated_environment / "callassist.ini"), QSettings.Format.IniFormat)
    old.setValue("db_url", f"postgresql://anna:{SECRET}@db.office.local/callassist")
    old.sync()
    with no_keyring():
        choices = load_workstation()
    assert choices.db_url == "postgresql://anna@db.office.local/callassist" and not choices.remember_password
    assert files_holding_the_secret(isolated_environment) == []


@pytest.mark.parametrize("remember", [True, False], ids=["remember", "ask_at_sign_in"])
@pytest.mark.parametrize("typed_in", ["url", "password_field"])
def test_settings_keep_the_password_off_the_disk(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    keyring_file: KeyringBackend,
    isolated_environment: Path,
    tmp_path: Path,
    remember: bool,
    typed_in: str,
) -> None:
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    dialog = _open_settings(loop, shell)
    password = dialog.findChild(QLineEdit, "settingsDbPassword")
    assert password is not None and password.echoMode() == QLineEdit.EchoMode.Password
    dialog.db_kind.setCurrentIndex(dialog.db_kind.findData("server"))
    assert password.isVisibleTo(dialog)
    if typed_in == "url":
        dialog.db_value.setText(f"anna:{SECRET}@db.office.local:5432/callassist")
    else:
        dialog.db_value.setText("anna@db.office.local:5432/callassist")
        password.setText(SECRET)
    dialog.db_password.remember.setChecked(remember)

    _save(loop, shell, dialog)

    saved = load_workstation()
    assert saved.db_url == "postgresql://anna@db.office.local:5432/callassist"
    assert saved.remember_password is remember
    assert credentials.recall(saved.db_url) == (SECRET if remember else None)
    assert files_holding_the_secret(isolated_environment) == []  # the INI, the log, drafts: none holds it
    assert files_holding_the_secret(tmp_path / "data") == []
    assert stat.S_IMODE(Path(workstation_settings().fileName()).stat().st_mode) == 0o600


def test_settings_and_their_screenshot_never_show_the_password(
    loop: asyncio.AbstractEventLoop,
    pg_server: TestServer,
    pg_template: str,
    shells: Callable[..., Shell],
    keyring_file: KeyringBackend,
    tmp_path: Path,
    isolated_environment: Path,
) -> None:
    name = pg_server.create_database(template=pg_template)
    try:
        # The suite's server trusts its socket, so any password connects: the app must still never show it.
        url = make_url(pg_server.database_url(name)).set(password=SECRET).render_as_string(hide_password=False)
        shell = shells(url)
        shot = tmp_path / "settings.png"
        loop.run_until_complete(shell.render("settings", shot))
        assert shell.window is not None
        dialog = shell.window.settings_dialog
        texts = visible_texts(dialog)
        assert not [text for text in texts if any(spelling in text for spelling in SPELLINGS)]
        assert dialog.db_password.text() == ""  # not even masked: the field starts empty
        assert dialog.db_value.text().startswith("postgresql") and "@" in dialog.db_value.text()
        assert shot.is_file() and shot.stat().st_size > 0
        assert files_holding_the_secret(isolated_environment) == []
        shell.window.close()
        loop.run_until_complete(shell.tasks.idle())
        shell.stop()
    finally:
        pg_server.drop_database(name)
