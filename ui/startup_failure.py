"""When the app cannot start, a dialog says why and where the log is: a person who started CallAssist from a
shortcut has no console, and without it the start-up window would just vanish.

The reason comes from the core as a coded error (``open.*``: not CallAssist's database, not a database file, the
server cannot be reached, a read-only file...) rendered in the interface language. Dialogs go through a small
injectable prompt service (``Prompts``) so tests read the real dialog's text and close it themselves.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from callassist.errors import CallAssistError, UserInputError
from callassist.messages import known

log = logging.getLogger("callassist")


class Prompts:
    """Shows a message box without blocking the loop and waits until it is closed."""

    async def tell(self, box: QMessageBox) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

        def closed(_result: int) -> None:
            if not done.done():
                done.set_result(None)

        box.finished.connect(closed)
        app = QApplication.instance()
        quits = isinstance(app, QApplication) and app.quitOnLastWindowClosed()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)  # closing this box ends the app by returning, not by Qt quitting
        try:
            box.open()
            await done
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(quits)


def reason(error: BaseException, language: str) -> str:
    """The reason in the interface language: a coded error rendered, anything else named as it is."""
    if isinstance(error, CallAssistError):
        return error.render(language)
    return f"{type(error).__name__}: {error}"


def failure_box(error: BaseException, language: str, log_file: Path) -> QMessageBox:
    """The dialog: what went wrong, in the interface language, and where the details are."""
    box = QMessageBox()
    box.setObjectName("startupFailure")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("StartupFailure", "CallAssist could not start"))
    box.setText(reason(error, language))
    box.setInformativeText(
        QCoreApplication.translate("StartupFailure", "Details are in the log: %1").replace("%1", str(log_file))
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def worth_explaining(error: BaseException) -> bool:
    """Every failure to start is, except the sign-in dialog closed on purpose (nobody to tell anything to)."""
    closed_sign_in = isinstance(error, UserInputError) and error.field == "operator" and not known(error.code)
    return not closed_sign_in


async def explain(error: BaseException, language: str, log_file: Path, prompts: Prompts) -> None:
    """Log why the app could not start and show it in a dialog until the person closes it."""
    log.error("CallAssist could not start: %s", reason(error, "en"), exc_info=error)
    if worth_explaining(error):
        await prompts.tell(failure_box(error, language, log_file))
