"""Translations: ours compiled from the committed .ts files, and Qt's own qtbase for standard buttons and dialogs.

The .qm files are build products, not committed: at start-up a missing or stale .qm is compiled from its .ts with
``pyside6-lrelease`` into the user data dir. A .qm shipped next to the .ts (an installer's build) is used as is when it
is fresh. Without lrelease the app still starts, in English, and says why in the log.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from callassist.paths import data_dir
from ui.qt_gaps import QtGapTranslator

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    """Russian for Russian- and Ukrainian-speaking systems, English for everyone else."""
    return "ru" if QLocale.system().language() in (QLocale.Language.Russian, QLocale.Language.Ukrainian) else "en"


def ui_language() -> str:
    """The language the interface is in now ("ru" or "en"): the one :func:`install_translations` put in force."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


def find_lrelease() -> Path | None:
    """``pyside6-lrelease`` next to the interpreter, on PATH, or the bare ``lrelease`` inside the PySide6 package."""
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = Path(sys.executable).parent / name
        if candidate.is_file():
            return candidate
    found = shutil.which("pyside6-lrelease")
    if found:
        return Path(found)
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe", package / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return candidate
    return None


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def compiled_translation(language: str) -> Path | None:
    """The .qm for ``language``, compiled now if missing or older than its .ts; None when it cannot be had."""
    ts = TRANSLATIONS / f"callassist_{language}.ts"
    shipped = TRANSLATIONS / f"callassist_{language}.qm"
    if _fresh(shipped, ts):
        return shipped
    built = data_dir() / "translations" / f"callassist_{language}.qm"
    if _fresh(built, ts):
        return built
    if not ts.is_file():
        log.warning("No translation source %s: the interface stays in English", ts)
        return None
    lrelease = find_lrelease()
    if lrelease is None:
        log.warning("pyside6-lrelease was not found, cannot compile %s: the interface stays in English", ts.name)
        return None
    built.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(built)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0 or not built.is_file():
        log.warning("lrelease failed on %s: %s", ts.name, (result.stderr or result.stdout).strip())
        return None
    return built


def install_translations(app: QApplication, language: str | None) -> str:
    """Load the language's translators, replacing any loaded before; returns the language in force."""
    lang = language if language in LANGUAGES else system_language()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files: list[tuple[str, str]] = []
    if lang != "en":
        files.append((f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    ours = compiled_translation(lang)
    if ours is not None:
        files.append((ours.stem, str(ours.parent)))
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("Could not load the translation %s from %s", name, folder)
    gaps = QtGapTranslator(lang, app)
    if not gaps.isEmpty():
        app.installTranslator(gaps)  # installed last, asked first: it only answers what qtbase misses
        _installed.append(gaps)
    return lang
