"""The start-up window: painted before the database layer is imported, gone once the operator window shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from ui.starting import show_starting


class PaintWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched.isWindow():
            self.painted.append(watched.objectName())
        return False


def test_starting_window_paints_at_once_and_closes_when_the_main_window_shows(qapp: QApplication, qtbot: QtBot) -> None:
    watcher = PaintWatcher()
    qapp.installEventFilter(watcher)
    try:
        starting = show_starting(qapp)
        assert "startupWindow" in watcher.painted  # painted before show_starting returned
        assert starting.isVisible()
        main = QMainWindow()
        main.setObjectName("operatorWindow")
        main.show()
        qtbot.waitUntil(lambda: not starting.isVisible(), timeout=5000)  # it looks every 50 ms
        assert main.isVisible()
        main.close()
    finally:
        qapp.removeEventFilter(watcher)


def test_starting_window_stays_until_another_window_is_really_visible(qapp: QApplication, qtbot: QtBot) -> None:
    for leftover in QApplication.topLevelWidgets():  # windows of earlier tests in this process would replace it
        leftover.hide()
    starting = show_starting(qapp)
    hidden = QWidget()  # a window created but never shown replaces nothing
    hidden.setWindowTitle("never shown")
    with pytest.raises(QtTimeoutError):
        qtbot.waitUntil(lambda: not starting.isVisible(), timeout=300)  # several looks: it stays
    assert starting.isVisible()
    starting.dismiss()  # what ui.app does when start-up fails before another window showed
    assert not starting.isVisible()
