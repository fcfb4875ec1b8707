"""Rule 18: Qt's own dialogs speak the UI language; a Russian file dialog has no English label left (issue 13)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMessageBox, QWidget

from callassist.storage.engine import Database
from ui.i18n import install_translations
from ui.shell import Shell


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


def _words(dialog: QWidget) -> list[str]:
    """Every label and button text of a dialog, without paths and file filters (those are not words to translate)."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton) if button.isVisibleTo(dialog)]
    return [text for text in texts if text and "/" not in text and "*" not in text]


def _calendar_dialog(loop: asyncio.AbstractEventLoop, shell: Shell) -> QFileDialog:
    assert shell.window is not None
    shell.window.reminders.export_action.trigger()
    dialog = shell.window.findChild(QFileDialog, "exportCalendarDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_rule_18_a_russian_file_dialog_is_russian(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    language("ru")
    dialog = _calendar_dialog(loop, shells(seeded.engine.url.render_as_string(hide_password=False)))
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Папка:", "&Тип файлов:"} <= labels, labels
    english = [text for text in _words(dialog) if re.search(r"[A-Za-z]{3,}", text)]
    assert not english, english
    dialog.close()


def test_rule_18_an_english_file_dialog_stays_english(qapp: QApplication, language: Callable[[str], str]) -> None:
    language("en")
    dialog = QFileDialog(None, "Choose")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.show()
    assert {"&Look in:", "Files of &type:"} <= {label.text() for label in dialog.findChildren(QLabel)}
    dialog.close()


def test_rule_18_qt_message_box_buttons_follow_the_language(qapp: QApplication, language: Callable[[str], str]) -> None:
    language("ru")
    buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "", "", buttons.Yes | buttons.No | buttons.Cancel | buttons.Save)
    texts = sorted(button.text().replace("&", "") for button in box.buttons())
    assert texts == ["Да", "Нет", "Отмена", "Сохранить"]
    # The gap translator answers only its own strings: everything else still reaches Qt's translation.
    assert QApplication.translate("QLineEdit", "&Copy") == "&Копировать"
