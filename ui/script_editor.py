"""The supervisor's script editor: steps, answers and objections; save as a new version; import and export files.

A second tab shows what the scripts achieve over the last days: objections, and each rebuttal the operators
used, with how many of those clients still ended as a sale or callback, the steps where calls left the script,
and what clients said that the palette had no answer for. Every database call runs off the GUI thread through the
task runner.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from callassist import clock
from callassist.errors import UserInputError
from callassist.scripts.model import Answer, Objection, Rebuttal, Script, Step, StepKind
from callassist.services import scripts
from callassist.storage.engine import Database
from ui.tasks import TaskRunner

_STEP, _OBJECTION = "step", "objection"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _cells(table: QTableWidget) -> list[list[str]]:
    """The table's rows as text, rows with every cell blank left out."""
    rows = []
    for row in range(table.rowCount()):
        values = [
            (table.item(row, column).text() if table.item(row, column) else "").strip()
            for column in range(table.columnCount())
        ]
        if any(values):
            rows.append(values)
    return rows


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows) + 1)  # one empty row to add to
    for row, values in enumerate([*rows, [""] * table.columnCount()]):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


class ScriptEditor(QDialog):
    """Edit the current script of a language and save it as a new version."""

    saved = Signal(int)  # the new version id

    def __init__(
        self, db: Database, tasks: TaskRunner, author: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scriptEditor")
        self.setWindowTitle(self.tr("Call scripts"))
        self.resize(1000, 640)
        self._db, self._tasks, self._author, self._language = db, tasks, author, language
        self._script: Script | None = None
        self._steps: list[Step] = []
        self._objections: list[Objection] = []
        self._editing: tuple[str, int] | None = None
        tabs = QTabWidget()
        tabs.addTab(self._build_editor(), self.tr("Script"))
        tabs.addTab(self._build_analytics(), self.tr("What works"))
        self.message = QLabel()
        self.message.setObjectName("scriptEditorMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    # --- building -----------------------------------------------------------------------------------------
    def _build_editor(self) -> QWidget:
        page = QWidget()
        self.items = QListWidget()
        self.items.setObjectName("scriptItems")
        self.items.currentItemChanged.connect(self._select)
        self.pages = QStackedWidget()
        self.pages.addWidget(QLabel(self.tr("Choose a step or an objection on the left.")))
        self.pages.addWidget(self._build_step_page())
        self.pages.addWidget(self._build_objection_page())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.items)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 3)
        self.save_button = QPushButton(self.tr("Save as a new version"))
        self.save_button.setObjectName("saveScriptVersion")
        self.save_button.clicked.connect(lambda: self._tasks.spawn(self._save()))
        import_button = QPushButton(self.tr("Import a file…"))
        import_button.setObjectName("importScript")
        import_button.clicked.connect(self._choose_import)
        export_button = QPushButton(self.tr("Export to a file…"))
        export_button.setObjectName("exportScript")
        export_button.clicked.connect(self._choose_export)
        row = QHBoxLayout()
        for button in (import_button, export_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(splitter, stretch=1)
        layout.addLayout(row)
        return page

    def _build_step_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.step_key = QLabel()
        self.step_kind = QComboBox()
        for kind, label in (
            (StepKind.LINE, self.tr("Line: the operator speaks, the client answers")),
            (StepKind.GOAL, self.tr("Goal: what the call is for")),
            (StepKind.END, self.tr("End: a polite close")),
        ):
            self.step_kind.addItem(label, kind)
        self.step_text = QPlainTextEdit()
        self.step_text.setObjectName("scriptStepText")
        self.answers = _table([self.tr("Client's answer"), self.tr("Next step (empty: leave the script)")])
        self.answers.setObjectName("scriptAnswers")
        form.addRow(self.tr("Step:"), self.step_key)
        form.addRow(self.tr("Kind:"), self.step_kind)
        form.addRow(self.tr("Operator's line:"), self.step_text)
        form.addRow(self.tr("Answers:"), self.answers)
        return page

    def _build_objection_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.objection_key = QLabel()
        self.objection_title = QLineEdit()
        self.objection_title.setObjectName("objectionTitle")
        self.triggers = QPlainTextEdit()
        self.triggers.setPlaceholderText(self.tr("How clients put it, one per line"))
        self.rebuttals = _table([self.tr("Key"), self.tr("Rebuttal")])
        self.rebuttals.setObjectName("objectionRebuttals")
        form.addRow(self.tr("Objection:"), self.objection_key)
        form.addRow(self.tr("Title:"), self.objection_title)
        form.addRow(self.tr("Triggers:"), self.triggers)
        form.addRow(self.tr("Rebuttals:"), self.rebuttals)
        return page

    def _build_analytics(self) -> QWidget:
        page = QWidget()
        self.days = QSpinBox()
        self.days.setRange(1, 366)
        self.days.setValue(30)
        refresh = QPushButton(self.tr("Show"))
        refresh.clicked.connect(lambda: self._tasks.spawn(self._load_analytics()))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Last days:")))
        top.addWidget(self.days)
        top.addWidget(refresh)
        top.addStretch(1)
        self.objection_table = _table(
            [self.tr("Objection"), self.tr("Came up"), self.tr("Clients"), self.tr("Sale or callback within 90 days")]
        )
        self.objection_table.setObjectName("objectionStats")
        self.rebuttal_table = _table(
            [
                self.tr("Objection"),
                self.tr("Answer"),
                self.tr("Used"),
                self.tr("Clients"),
                self.tr("Sale or callback within 90 days"),
            ]
        )
        self.rebuttal_table.setObjectName("rebuttalStats")
        self.exit_table = _table([self.tr("Step"), self.tr("Calls ended here")])
        self.exit_table.setObjectName("stepExits")
        self.unscripted_table = _table([self.tr("When"), self.tr("Operator"), self.tr("What the client said")])
        self.unscripted_table.setObjectName("unscriptedObjections")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        for title, table in (
            (self.tr("Objections"), self.objection_table),
            (self.tr("Which answers win clients"), self.rebuttal_table),
            (self.tr("Where calls leave the script"), self.exit_table),
            (self.tr("No suitable answer: what clients said"), self.unscripted_table),
        ):
            layout.addWidget(QLabel(title))
            layout.addWidget(table)
        return page

    # --- loading ------------------------------------------------------------------------------------------
    async def load(self) -> None:
        """Show the current script of the language and the analytics."""
        _, script = await self._tasks.db(scripts.current_script, self._db, self._language)
        self._show_script(script)
        self.message.setText(self.tr("Version %1 is in use.").replace("%1", str(script.version)))
        await self._load_analytics()

    def _show_script(self, script: Script) -> None:
        self._script, self._steps, self._objections, self._editing = (
            script,
            list(script.steps),
            list(script.objections),
            None,
        )
        self.heading.setText(self.tr("%1 (version %2)").replace("%1", script.title).replace("%2", str(script.version)))
        self.items.blockSignals(True)
        self.items.clear()
        for index, step in enumerate(self._steps):
            item = QListWidgetItem(self.tr("Step: %1").replace("%1", step.key))
            item.setData(Qt.ItemDataRole.UserRole, (_STEP, index))
            self.items.addItem(item)
        for index, objection in enumerate(self._objections):
            item = QListWidgetItem(self.tr("Objection: %1").replace("%1", objection.title))
            item.setData(Qt.ItemDataRole.UserRole, (_OBJECTION, index))
            self.items.addItem(item)
        self.items.blockSignals(False)
        self.pages.setCurrentIndex(0)

    async def _load_analytics(self) -> None:
        today = clock.now().date()
        start = today - timedelta(days=self.days.value() - 1)
        stats = await self._tasks.db(scripts.objection_stats, self._db, start, today)
        answers = await self._tasks.db(scripts.rebuttal_stats, self._db, start, today)
        exits = await self._tasks.db(scripts.step_exits, self._db, start, today)
        notes = await self._tasks.db(scripts.unscripted, self._db, start, today)
        titles = {objection.key: objection.title for objection in self._objections}
        _fill(
            self.objection_table,
            [[titles.get(s.key, s.key), str(s.raised), str(s.clients), str(s.won_clients)] for s in stats],
        )
        _fill(
            self.rebuttal_table,
            [
                [
                    titles.get(a.objection_key, a.objection_key),
                    a.rebuttal_key,
                    *map(str, (a.used, a.clients, a.won_clients)),
                ]
                for a in answers
            ],
        )
        _fill(self.exit_table, [[e.step, str(e.calls)] for e in exits])
        _fill(self.unscripted_table, [[n.created_at.strftime("%d.%m.%Y %H:%M"), n.operator, n.text] for n in notes])
        for table in (self.objection_table, self.rebuttal_table, self.exit_table, self.unscripted_table):
            table.setRowCount(max(0, table.rowCount() - 1))  # read-only tables need no empty row

    # --- editing ------------------------------------------------------------------------------------------
    def _select(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self._apply()
        if current is None:
            return
        kind, index = current.data(Qt.ItemDataRole.UserRole)
        self._editing = (kind, index)
        if kind == _STEP:
            step = self._steps[index]
            self.step_key.setText(step.key)
            self.step_kind.setCurrentIndex(max(0, self.step_kind.findData(step.kind)))
            self.step_text.setPlainText(step.text)
            _fill(self.answers, [[a.label, a.next_step or ""] for a in step.answers])
            self.pages.setCurrentIndex(1)
        else:
            objection = self._objections[index]
            self.objection_key.setText(objection.key)
            self.objection_title.setText(objection.title)
            self.triggers.setPlainText("\n".join(objection.triggers))
            _fill(self.rebuttals, [[r.key, r.text] for r in objection.rebuttals])
            self.pages.setCurrentIndex(2)

    def _apply(self) -> None:
        """Put what the page shows back into the script being edited."""
        if self._editing is None:
            return
        kind, index = self._editing
        if kind == _STEP:
            self._steps[index] = dataclasses.replace(
                self._steps[index],
                kind=self.step_kind.currentData(),
                text=self.step_text.toPlainText(),
                answers=tuple(Answer(label, next_step or None) for label, next_step in _cells(self.answers)),
            )
        else:
            self._objections[index] = dataclasses.replace(
                self._objections[index],
                title=self.objection_title.text().strip(),
                triggers=tuple(line.strip() for line in self.triggers.toPlainText().splitlines() if line.strip()),
                rebuttals=tuple(Rebuttal(key, text) for key, text in _cells(self.rebuttals)),
            )

    def edited(self) -> Script | None:
        """The script with the changes made so far."""
        self._apply()
        if self._script is None:
            return None
        return dataclasses.replace(self._script, steps=tuple(self._steps), objections=tuple(self._objections))

    async def _save(self) -> None:
        script = self.edited()
        if script is None:
            return
        try:
            version_id = await self._tasks.db(scripts.save_version, self._db, script, self._author)
        except UserInputError as error:
            self.message.setText(str(error))
            return
        await self._after_save(version_id)

    async def _after_save(self, version_id: int) -> None:
        script = await self._tasks.db(scripts.script_version, self._db, version_id)
        self._show_script(script)
        self.message.setText(self.tr("Saved as version %1.").replace("%1", str(script.version)))
        self.saved.emit(version_id)

    def _choose_import(self) -> None:
        dialog = QFileDialog(self, self.tr("Import a script"), "", self.tr("Script files (*.json)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self._tasks.spawn(self.import_file(Path(path))))
        dialog.open()

    def _choose_export(self) -> None:
        if self._script is None:
            return
        dialog = QFileDialog(
            self, self.tr("Export the script"), f"{self._script.key}.json", self.tr("Script files (*.json)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(lambda path: self._tasks.spawn(self.export_file(Path(path))))
        dialog.open()

    async def import_file(self, path: Path) -> None:
        """Import a script file as a new version; a bad file changes nothing and says what is wrong."""
        try:
            version_id = await self._tasks.db(scripts.import_script_file, self._db, path, self._author)
        except UserInputError as error:
            self.message.setText(str(error))
            return
        await self._after_save(version_id)

    async def export_file(self, path: Path) -> None:
        if self._script is None:
            return
        await self._tasks.db(scripts.export_script_file, self._db, self._script.key, path)
        self.message.setText(self.tr("Exported to %1.").replace("%1", str(path)))
