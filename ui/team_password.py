"""Team mode: a person changes their own password from the app (File → Change my password…).

The change runs on the database thread (``callassist.team.accounts.change_password``): the current password is
proven by signing in with it, and the new one reaches the server only as a SCRAM verifier.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
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

from callassist.errors import CallAssistError
from callassist.team.accounts import change_password
from ui.tasks import TaskRunner


class PasswordDialog(QDialog):
    """Current password, the new one twice; Enter changes it, a refusal says why and keeps the dialog open."""

    def __init__(
        self, server_url: str, name: str, tasks: TaskRunner, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.server_url, self.person, self.tasks, self.language = server_url, name, tasks, language
        self.changed = False
        self.current, self.new, self.repeat = (self._secret(n) for n in ("currentPassword", "newPassword", "repeat"))
        self.error = QLabel()
        self.error.setObjectName("changePasswordError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Change"))
        self.ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password:"), self.new)
        form.addRow(self.tr("New password again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.current.setFocus()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def submit(self) -> None:
        if self.ok.isEnabled():
            self.tasks.spawn(self._submit())

    async def _submit(self) -> None:
        if self.new.text() != self.repeat.text():
            self._show(self.tr("The two new passwords differ: type the same one twice."), self.repeat)
            return
        self.ok.setEnabled(False)
        try:
            await self.tasks.db(change_password, self.server_url, self.person, self.current.text(), self.new.text())
        except CallAssistError as error:
            self.current.clear()
            self._show(error.render(self.language), self.current)
            return
        finally:
            self.ok.setEnabled(True)
        self.changed = True
        self.accept()

    def _show(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        field.setFocus()


def add_password_action(window: QMainWindow, server_url: str, name: str, tasks: TaskRunner, language: str) -> None:
    """Put "Change my password…" at the end of the window's first menu (File)."""
    menus = [menu for action in window.menuBar().actions() if isinstance(menu := action.menu(), QMenu)]
    if not menus:
        return
    action = menus[0].addAction(QCoreApplication.translate("PasswordDialog", "Change my password…"))
    action.setObjectName("changePasswordAction")

    def open_dialog() -> None:
        dialog = PasswordDialog(server_url, name, tasks, language, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(open_dialog)
