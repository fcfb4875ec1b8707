"""Translations: ours from resources/translations (compiled from the committed .ts) and Qt's own qtbase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ru" if QLocale.system().language() in (QLocale.Language.Russian, QLocale.Language.Ukrainian) else "en"


def install_translations(app: QApplication, language: str | None) -> str:
    """Load the language's translators; returns the language in force."""
    lang = language if language in LANGUAGES else system_language()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru" else QLocale.Language.English))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        return lang
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"callassist_{lang}", str(TRANSLATIONS))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang
