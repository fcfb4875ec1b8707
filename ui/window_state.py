"""What belongs to this workstation rather than the team: kept in an INI file in the app's data dir.

The file lives next to the user's data (``CALLASSIST_DATA_DIR`` moves it, so tests never touch the real one):
the operator's name, the language, the database URL, the appearance, the dial link template, and the window's
geometry and splitter positions.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QStyleFactory

from callassist import credentials
from callassist.errors import UserInputError
from callassist.paths import data_dir, default_db_url
from callassist.services.settings_service import DEFAULT_DIAL_TEMPLATE, dial_link

APPEARANCES = ("system", "light", "dark")
LANGUAGE_CHOICES = ("system", "ru", "en")


def workstation_settings() -> QSettings:
    """The workstation's settings file (``callassist.ini`` in the data dir)."""
    return QSettings(str(data_dir() / "callassist.ini"), QSettings.Format.IniFormat)


def _write(store: QSettings) -> None:
    """Write ``store`` to disk, readable by this user alone (it names the database server and the login)."""
    store.sync()
    path = Path(store.fileName())
    if path.exists():
        path.chmod(0o600)


@dataclass(frozen=True)
class Workstation:
    """Per-workstation choices; empty strings mean "not chosen here" (the command line or the default decides)."""

    operator: str = ""
    language: str = "system"
    db_url: str = ""  # never with a password: that is asked for, or kept in the OS keyring (callassist.credentials)
    appearance: str = "system"
    dial_template: str = DEFAULT_DIAL_TEMPLATE
    remember_password: bool = False  # the database password is kept in the OS keyring


def load_workstation() -> Workstation:
    store = workstation_settings()
    move_stored_password(store)
    default = Workstation()

    def text(key: str, fallback: str, allowed: tuple[str, ...] = ()) -> str:
        value = str(store.value(key, fallback) or fallback)
        return value if not allowed or value in allowed else fallback

    return Workstation(
        operator=text("operator", default.operator),
        language=text("language", default.language, LANGUAGE_CHOICES),
        db_url=text("db_url", default.db_url),
        appearance=text("appearance", default.appearance, APPEARANCES),
        dial_template=text("dial_template", default.dial_template),
        remember_password=text("remember_password", "false") == "true",
    )


def save_workstation(choices: Workstation) -> None:
    """Store the choices; a database URL is stored without its password, whatever the caller passed."""
    store = workstation_settings()
    for key, value in vars(choices).items():
        if key == "db_url":
            value = credentials.without_password(value)
        elif isinstance(value, bool):
            value = "true" if value else "false"
        store.setValue(key, value)
    _write(store)


def move_stored_password(store: QSettings) -> bool:
    """An older settings file may hold the database password in its URL: move it to the OS keyring (or drop it
    when there is no keyring) and rewrite the file without it, readable by this user alone. True if it did."""
    stored = str(store.value("db_url", "") or "")
    bare, password = credentials.split_password(stored)
    if password is None:
        return False
    kept = credentials.remember(bare, password)
    store.setValue("db_url", bare)
    store.setValue("remember_password", "true" if kept else "false")
    _write(store)
    return True


# --- appearance --------------------------------------------------------------------------------------------------


def apply_appearance(app: QApplication, appearance: str) -> None:
    """Fusion everywhere; its palette follows the system's colour scheme, or is forced light or dark.

    Platforms that honour ``QStyleHints.setColorScheme`` switch their own palette; the explicit palette below keeps
    the choice on those that do not (X11 without a theme, offscreen).
    """
    global _system_palette
    app.setStyle(QStyleFactory.create("Fusion"))
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
    hints = QGuiApplication.styleHints()
    if appearance == "dark":
        hints.setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette(_system_palette))
    elif appearance == "light":
        hints.setColorScheme(Qt.ColorScheme.Light)
        app.setPalette(app.style().standardPalette())
    else:
        hints.unsetColorScheme()
        app.setPalette(_system_palette)


_system_palette: QPalette | None = None


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1.0 - share_of_b
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share_of_b,
        a.greenF() * keep + b.greenF() * share_of_b,
        a.blueF() * keep + b.blueF() * share_of_b,
    )


def dark_palette(light: QPalette) -> QPalette:
    """A dark palette made from a light one by swapping its ends role by role: no colour is written here."""
    palette = QPalette(light)
    pairs = (
        (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, 0.18),
        (QPalette.ColorRole.Base, QPalette.ColorRole.Text, 0.10),
        (QPalette.ColorRole.AlternateBase, QPalette.ColorRole.Text, 0.16),
        (QPalette.ColorRole.Button, QPalette.ColorRole.ButtonText, 0.22),
        (QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.ToolTipText, 0.18),
    )
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for background, foreground, lift in pairs:
            back, fore = light.color(group, background), light.color(group, foreground)
            palette.setColor(group, background, _mix(fore, back, lift))
            palette.setColor(group, foreground, back)
        window = palette.color(group, QPalette.ColorRole.Window)
        text = palette.color(group, QPalette.ColorRole.WindowText)
        for role, share in (
            (QPalette.ColorRole.Light, 0.30),
            (QPalette.ColorRole.Midlight, 0.20),
            (QPalette.ColorRole.Mid, 0.12),
        ):
            palette.setColor(group, role, _mix(window, text, share))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, _mix(text, window, 0.45))
        palette.setColor(group, QPalette.ColorRole.BrightText, light.color(group, QPalette.ColorRole.Base))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorGroup.Disabled, role, _mix(enabled, window, 0.5))
    return palette


# --- geometry ----------------------------------------------------------------------------------------------------


def save_window(window: QMainWindow) -> None:
    """Remember the window's geometry, state and every named splitter's sizes."""
    store = workstation_settings()
    name = window.objectName() or "window"
    store.setValue(f"{name}/geometry", window.saveGeometry())
    store.setValue(f"{name}/state", window.saveState())
    for splitter in window.findChildren(QSplitter):
        if splitter.objectName():
            store.setValue(f"{name}/splitter/{splitter.objectName()}", splitter.saveState())
    _write(store)


def restore_window(window: QMainWindow) -> bool:
    """Put the window back as it was last closed; False (and nothing changed) when nothing was saved."""
    store = workstation_settings()
    name = window.objectName() or "window"
    geometry = store.value(f"{name}/geometry")
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        return False
    window.restoreGeometry(geometry)
    state = store.value(f"{name}/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    for splitter in window.findChildren(QSplitter):
        saved = store.value(f"{name}/splitter/{splitter.objectName()}") if splitter.objectName() else None
        if isinstance(saved, QByteArray):
            splitter.restoreState(saved)
    return True


def dial_url(e164: str) -> str:
    """The link to open for a dial with this workstation's template (``tel:`` if the stored one is unusable)."""
    try:
        return dial_link(load_workstation().dial_template, e164)
    except UserInputError:
        return dial_link(DEFAULT_DIAL_TEMPLATE, e164)


# --- start-up ----------------------------------------------------------------------------------------------------


def startup_choices(db_url: str, operator: str, language: str | None) -> tuple[str, str, str | None]:
    """The database, operator and language to start with: what the command line said, else this workstation's.

    The command line resolves its own defaults, so a value that equals the default (no ``--db`` and no
    ``CALLASSIST_DB``; no ``--operator`` and no ``CALLASSIST_OPERATOR``) is taken as "not given".
    """
    saved = load_workstation()
    if saved.db_url and "CALLASSIST_DB" not in os.environ and db_url == default_db_url():
        db_url = saved.db_url
    if saved.operator and "CALLASSIST_OPERATOR" not in os.environ and operator == _login_name():
        operator = saved.operator
    if language is None and saved.language in ("ru", "en"):
        language = saved.language
    return db_url, operator, language


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "operator"


ICON = Path(__file__).resolve().parent.parent / "resources" / "icons" / "callassist.svg"


def set_app_icon(app: QApplication) -> None:
    """The window and taskbar icon, drawn from the SVG (sharp at every DPI)."""
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
