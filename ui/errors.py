"""One place where failures become words: input refused, environment failed, or a bug with the log path."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from callassist.errors import CallAssistError, EnvironmentFailure, UserInputError
from ui.i18n import ui_language

log = logging.getLogger("callassist")


def shown(error: BaseException) -> str:
    """The error's message in the interface language (rule 18); a bug's own text as it is."""
    if isinstance(error, CallAssistError):
        return error.render(ui_language())
    return str(error)


class ErrorPresenter:
    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.window: QMainWindow | None = None
        self._box: QMessageBox | None = None

    def __call__(self, error: BaseException) -> None:
        if isinstance(error, UserInputError):
            self._status(shown(error))
            return
        if isinstance(error, EnvironmentFailure):
            log.warning("environment failure: %s", error)
            self._status(shown(error))
            return
        log.error("unexpected error", exc_info=error)
        self._dialog(error)

    def _status(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 15_000)

    def _dialog(self, error: BaseException) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorPresenter", "CallAssist: something went wrong"))
        box.setText(
            QCoreApplication.translate("ErrorPresenter", "An unexpected error happened: %1").replace(
                "%1", shown(error) or type(error).__name__
            )
        )
        box.setInformativeText(
            QCoreApplication.translate("ErrorPresenter", "Nothing you saved is lost. Details are in %1").replace(
                "%1", str(self.log_file)
            )
        )
        self._box = box  # keep it alive; open() never blocks the loop, unlike exec()
        box.open()
