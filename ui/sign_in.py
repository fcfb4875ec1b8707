"""Team mode: who is at this workstation. Asked on start, before the operator window opens.

Signing in opens the team database as the person's own PostgreSQL login, on the database thread
(``callassist.team.accounts.sign_in``): the server checks the password, and everything afterwards runs as that login.
An operator then sees no supervisor actions; hiding them is a courtesy, the database refuses them anyway
(``callassist.team.guards``).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from callassist.errors import CallAssistError, UserInputError
from callassist.team.accounts import SignedIn, SignInThrottle, sign_in
from ui.tasks import TaskRunner

SUPERVISOR_MENU = "supervisorMenu"


class SignInDialog(QDialog):
    """Name and password; Enter signs in, a wrong password says so and keeps the dialog open."""

    signedIn = Signal(object)  # SignedIn

    def __init__(
        self,
        server_url: str,
        tasks: TaskRunner,
        name: str = "",
        parent: QWidget | None = None,
        language: str = "en",
        throttle: SignInThrottle | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setModal(True)
        self.setWindowTitle(self.tr("Sign in to CallAssist"))
        self.server_url, self.tasks, self.language = server_url, tasks, language
        self.throttle = throttle or SignInThrottle()
        self.signed: SignedIn | None = None
        self.name = QLineEdit(name)
        self.name.setObjectName("signInName")
        self.password = QLineEdit()
        self.password.setObjectName("signInPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text); background: #b3261e; padding: 4px;")
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)  # Enter in either field signs in
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("This is a team database: tell CallAssist who you are.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if name else self.name).setFocus()

    def submit(self) -> None:
        if self.sign_in_button.isEnabled():  # one check at a time, however often Enter is pressed
            self.tasks.spawn(self._submit())

    async def _submit(self) -> None:
        name, password = self.name.text().strip(), self.password.text()
        if not name:
            self._show_error(self.tr("Type your name as your supervisor added you."), self.name)
            return
        self.sign_in_button.setEnabled(False)
        try:
            signed = await self.tasks.db(sign_in, self.server_url, name, password, self.throttle)
        except UserInputError as error:  # a wrong name or password (one answer for both), a wait, a schema
            self.password.clear()
            self._show_error(error.render(self.language), self.password)
            return
        except CallAssistError as error:  # the server is unreachable, say
            self._show_error(error.render(self.language), self.name)
            return
        finally:
            self.sign_in_button.setEnabled(True)
        self.signed = signed
        self.signedIn.emit(signed)
        self.accept()

    def _show_error(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        field.setFocus()


async def ask_who(dialog: SignInDialog) -> SignedIn:
    """Show ``dialog`` and wait until someone signs in.

    Raises:
        UserInputError: the dialog was closed without signing in (CallAssist cannot work a team queue anonymously).
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    done: asyncio.Future[SignedIn | None] = asyncio.get_running_loop().create_future()

    def finish(result: SignedIn | None) -> None:
        if not done.done():
            done.set_result(result)

    dialog.signedIn.connect(finish)
    dialog.rejected.connect(lambda: finish(None))
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the dialog closes before the window opens: not a reason to quit
    try:
        dialog.open()
        signed = await done
    finally:
        app.setQuitOnLastWindowClosed(quits)
        dialog.deleteLater()
    if signed is None:
        raise UserInputError("Nobody signed in: in team mode CallAssist needs to know who you are.", field="operator")
    return signed


def apply_role(window: QMainWindow, signed: SignedIn) -> None:
    """Hide the supervisor's actions from an operator (the database refuses them to an operator's login anyway)."""
    menu = window.findChild(QMenu, SUPERVISOR_MENU)
    if menu is None:
        return
    menu.menuAction().setVisible(signed.supervisor)
    for action in menu.actions():
        action.setEnabled(signed.supervisor)
        action.setVisible(signed.supervisor)
