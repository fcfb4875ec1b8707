"""Supervisor → Do-not-call list…: search the list, add a number with a reason (Ctrl+Enter), take the chosen one
off with a reason (F8), import a text or CSV file of numbers (F4); the history below keeps every change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import Changes
from callassist.services import do_not_call
from ui import formatting
from ui.supervisor.common import RowsModel, bind_keys, guarded, message_line, say, selected_row, table_view
from ui.supervisor.context import Screens


class DoNotCallView(QWidget):
    """Signals:
    loaded(): the list and its history are on screen.
    """

    loaded = Signal()

    def __init__(self, screens: Screens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doNotCall")
        self.setWindowTitle(self.tr("Do-not-call list"))
        self.screens = screens
        self.search = QLineEdit()
        self.search.setObjectName("dncSearch")
        self.search.setPlaceholderText(self.tr("Find a number or a reason"))
        self.model = RowsModel(
            [
                (self.tr("Number"), lambda e: e.e164),
                (self.tr("Since"), lambda e: formatting.date_time(e.added_at)),
                (self.tr("Reason"), lambda e: e.reason),
            ],
            self,
        )
        self.table = table_view(self.model, "dncTable", stretch=2)
        self.history_model = RowsModel(
            [
                (self.tr("When"), lambda e: formatting.date_time(e.at)),
                (self.tr("Number"), lambda e: e.e164),
                (
                    self.tr("Change"),
                    lambda e: self.tr("added") if e.action == do_not_call.ADDED else self.tr("removed"),
                ),
                (self.tr("Reason"), lambda e: e.reason),
                (self.tr("By"), lambda e: e.by_name),
            ],
            self,
        )
        self.history = table_view(self.history_model, "dncHistory", stretch=3)
        self.number, self.reason = QLineEdit(), QLineEdit()
        self.number.setObjectName("dncNumber")
        self.reason.setObjectName("dncReason")
        self.reason.setPlaceholderText(self.tr("Why (kept in the history)"))
        add_button = QPushButton(self.tr("Add (Ctrl+Enter)"))
        remove_button = QPushButton(self.tr("Remove the chosen (F8)"))
        import_button = QPushButton(self.tr("Import a file of numbers… (F4)"))
        add_button.clicked.connect(self.add)
        remove_button.clicked.connect(self.remove)
        import_button.clicked.connect(self.choose_file)
        self.message = message_line("dncMessage")
        form = QFormLayout()
        form.addRow(self.tr("Number:"), self.number)
        form.addRow(self.tr("Reason:"), self.reason)
        buttons = QHBoxLayout()
        for button in (add_button, remove_button, import_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, stretch=2)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, stretch=1)
        self.search.textChanged.connect(lambda *_: self.screens.tasks.spawn(self.load()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))
        bind_keys(
            self,
            {
                "Ctrl+Return": self.add,
                "Ctrl+Enter": self.add,
                "F8": self.remove,
                "F4": self.choose_file,
                "F5": lambda: self.screens.tasks.spawn(self.load()),
            },
        )
        self.file_dialog: QFileDialog | None = None

    async def load(self) -> None:
        db = self.screens.desk.db
        self.model.set_rows(await self.screens.tasks.db(do_not_call.entries, db, self.search.text()))
        self.history_model.set_rows(await self.screens.tasks.db(do_not_call.history, db))
        self.loaded.emit()

    def _fill(self, entry: do_not_call.BlockedNumber | None) -> None:
        if entry is not None:
            self.number.setText(entry.e164)

    def _change(self, action: object) -> None:
        async def edit() -> None:
            if await guarded(self.message, self.screens.language, self.screens.tasks.db(action)):  # type: ignore[arg-type]
                say(self.message, self.tr("Saved."))
                self.number.clear()
                self.reason.clear()
                self.screens.changed(Changes(queue=True))
                await self.load()

        self.screens.tasks.spawn(edit())

    def _args(self) -> tuple[object, ...]:
        desk = self.screens.desk
        region = desk.settings.default_region
        return desk.db, self.number.text(), self.reason.text(), desk.operator_name, desk.now(), region

    def add(self) -> None:
        args = self._args()
        self._change(lambda: do_not_call.add(*args))  # type: ignore[arg-type]

    def remove(self) -> None:
        args = self._args()
        self._change(lambda: do_not_call.remove(*args))  # type: ignore[arg-type]

    def choose_file(self) -> None:
        """A file dialog that does not block the loop (``open()``, never ``exec()``)."""
        self.file_dialog = QFileDialog(self, self.tr("Numbers not to call"))
        self.file_dialog.setNameFilter(self.tr("Text or CSV (*.txt *.csv);;All files (*)"))
        self.file_dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.file_dialog.fileSelected.connect(self.import_file)
        self.file_dialog.open()

    def import_file(self, path: str) -> None:
        desk = self.screens.desk
        args = (desk.db, Path(path), self.reason.text(), desk.operator_name, desk.now(), desk.settings.default_region)
        result: list[do_not_call.ImportedNumbers] = []

        def store() -> None:
            result.append(do_not_call.import_numbers(*args))

        async def edit() -> None:
            if await guarded(self.message, self.screens.language, self.screens.tasks.db(store)):
                done = result[0]
                text = self.tr("Added %1 numbers; %2 were on the list already; %3 lines held no number.")
                say(
                    self.message,
                    text.replace("%1", str(done.added))
                    .replace("%2", str(done.already))
                    .replace("%3", str(len(done.rejected))),
                )
                self.screens.changed(done.changes)
                await self.load()

        self.screens.tasks.spawn(edit())
