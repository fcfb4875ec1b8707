"""A client added by hand: name, company, position, phone, e-mail, city. The core cleans it as the import would; a
number another client holds opens that client instead of adding a second one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from callassist.errors import UserInputError
from callassist.services.client_create import Added, NewClient
from ui.tasks import TaskRunner


class NewClientDialog(QDialog):
    """Signals:
    added(int, bool): the client's id, and whether it was already stored (a duplicate, opened instead).
    """

    added = Signal(int, bool)

    def __init__(
        self,
        tasks: TaskRunner,
        add: Callable[[NewClient], Awaitable[Added]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newClientDialog")
        self.setWindowTitle(self.tr("New client"))
        self._tasks, self._add, self._language = tasks, add, language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for code, title in (
            ("full_name", self.tr("Full name:")),
            ("company", self.tr("Company:")),
            ("position", self.tr("Position:")),
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
            ("city", self.tr("City:")),
        ):
            line = QLineEdit()
            line.setObjectName(f"newClient_{code}")
            self.fields[code] = line
            form.addRow(title, line)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("newClientError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Add (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)  # Enter in a field must not press it
        self.save_button.setObjectName("saveNewClientButton")
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key)), self).activated.connect(
                self.save
            )

    def form(self) -> NewClient:
        return NewClient(**{code: line.text() for code, line in self.fields.items()})

    def save(self) -> None:
        self._tasks.spawn(self._save())

    async def _save(self) -> None:
        try:
            result = await self._add(self.form())
        except UserInputError as error:
            self.error.setText(error.render(self._language))
            return
        self.added.emit(result.client_id, result.existing)
        self.accept()
