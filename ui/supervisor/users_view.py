"""Supervisor → Users… (team mode): add an operator or a supervisor (Ctrl+Enter), deactivate or allow again (F8),
reset a password (F6), change a role (F7). In team mode each change reaches the person's database login."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from callassist.services.users_admin import UserRow, UsersAdmin
from ui.supervisor.common import RowsModel, bind_keys, guarded, message_line, say, selected_row, table_view
from ui.supervisor.context import Screens


class UsersView(QWidget):
    """Signals:
    loaded(): the users are on screen.
    """

    loaded = Signal()

    def __init__(self, screens: Screens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.setWindowTitle(self.tr("Users"))
        self.screens = screens
        self.admin = UsersAdmin(screens.desk.db)
        self.model = RowsModel(
            [
                (self.tr("Name"), lambda u: u.name),
                (self.tr("Role"), lambda u: self._role(u.role)),
                (self.tr("Active"), lambda u: self.tr("Yes") if u.active else self.tr("Deactivated")),
                (self.tr("Can sign in"), lambda u: self.tr("Yes") if u.can_sign_in else self.tr("No password")),
            ],
            self,
        )
        self.table = table_view(self.model, "usersTable", stretch=0)
        self.name, self.password = QLineEdit(), QLineEdit()
        self.name.setObjectName("userName")
        self.password.setObjectName("userPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.setObjectName("userRole")
        self.role.addItem(self._role("operator"), "operator")
        self.role.addItem(self._role("supervisor"), "supervisor")
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password (8+ characters):"), self.password)
        form.addRow(self.tr("Role:"), self.role)
        buttons = QHBoxLayout()
        actions = (
            (self.tr("Add (Ctrl+Enter)"), self.add),
            (self.tr("Deactivate / allow (F8)"), self.toggle_active),
            (self.tr("Reset password (F6)"), self.reset_password),
            (self.tr("Change role (F7)"), self.change_role),
        )
        for title, slot in actions:
            button = QPushButton(title)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.message = message_line("usersMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        note = QLabel(self.tr("In team mode a user signs in with their own database login; it changes with the user."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))
        bind_keys(
            self,
            {
                "Ctrl+Return": self.add,
                "Ctrl+Enter": self.add,
                "F8": self.toggle_active,
                "F6": self.reset_password,
                "F7": self.change_role,
                "F5": lambda: self.screens.tasks.spawn(self.load()),
            },
        )

    def _role(self, role: str) -> str:
        return self.tr("Supervisor") if role == "supervisor" else self.tr("Operator")

    async def load(self) -> None:
        self.model.set_rows(await self.screens.tasks.db(self.admin.users))
        self.loaded.emit()

    def _fill(self, row: UserRow | None) -> None:
        if row is not None:
            self.name.setText(row.name)
            self.role.setCurrentIndex(max(0, self.role.findData(row.role)))

    def _change(self, action: object, done: str) -> None:
        async def edit() -> None:
            if await guarded(self.message, self.screens.language, self.screens.tasks.db(action)):  # type: ignore[arg-type]
                say(self.message, done)
                self.password.clear()
                await self.load()

        self.screens.tasks.spawn(edit())

    def add(self) -> None:
        name, password, role = self.name.text(), self.password.text(), self.role.currentData()
        self._change(lambda: self.admin.add(name, password, role), self.tr("Added."))

    def toggle_active(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self._change(lambda: self.admin.deactivate(row.name, not row.active), self.tr("Saved."))

    def reset_password(self) -> None:
        row, password = selected_row(self.table), self.password.text()
        if row is not None:
            self._change(lambda: self.admin.reset_password(row.name, password), self.tr("Password changed."))

    def change_role(self) -> None:
        row, role = selected_row(self.table), self.role.currentData()
        if row is not None:
            self._change(lambda: self.admin.change_role(row.name, role), self.tr("Role changed."))
