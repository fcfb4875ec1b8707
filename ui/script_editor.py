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
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
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
from callassist.domain import BuyingStage
from callassist.errors import UserInputError
from callassist.scripts.model import Answer, Objection, Rebuttal, Script, Step, StepKind
from callassist.services import scripts
from callassist.storage.engine import Database
from ui import labels
from ui.errors import shown
from ui.tasks import TaskRunner

_STEP, _OBJECTION = "step", "objection"


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


def _cells(table: QTableWidget) -> list[list[str]]:
    """The table's rows as text, rows with every cell blank left out."""
    rows = []
    for row in range(table.rowCount()):
        values = [_cell_text(table, row, column) for column in range(table.columnCount())]
        if any(values):
            rows.append(values)
    return rows


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows) + 1)  # one empty row to add to
    for row, values in enumerate([*rows, [""] * table.columnCount()]):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def _free_key(prefix: str, taken: set[str]) -> str:
    """``prefix_N`` with the smallest N from 1 that no key in ``taken`` uses."""
    number = 1
    while f"{prefix}_{number}" in taken:
        number += 1
    return f"{prefix}_{number}"


def _with_keys(rows: list[list[str]]) -> tuple[Rebuttal, ...]:
    """Rebuttals from (key, text) rows; a row typed without a key gets a new one (answer_N) analytics can count."""
    taken = {key for key, _text in rows if key}
    rebuttals = []
    for key, text in rows:
        if not key:
            key = _free_key("answer", taken)
            taken.add(key)
        rebuttals.append(Rebuttal(key, text))
    return tuple(rebuttals)


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
        splitter.addWidget(self._build_item_list())
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

    def _build_item_list(self) -> QWidget:
        """The list of steps and objections with the buttons that add and delete them."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items, stretch=1)
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.delete_step_button = QPushButton(self.tr("Delete step"))
        self.add_objection_button = QPushButton(self.tr("Add objection"))
        self.delete_objection_button = QPushButton(self.tr("Delete objection"))
        grid = QGridLayout()
        for row, column, button, name, slot in (
            (0, 0, self.add_step_button, "addStep", self.add_step),
            (0, 1, self.delete_step_button, "deleteStep", self.delete_step),
            (1, 0, self.add_objection_button, "addObjection", self.add_objection),
            (1, 1, self.delete_objection_button, "deleteObjection", self.delete_objection),
        ):
            button.setObjectName(name)
            button.clicked.connect(slot)
            grid.addWidget(button, row, column)
        layout.addLayout(grid)
        return box

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
        self.step_stage = QComboBox()  # issue 14: the buying stage this step suits (the panel starts clients there)
        self.step_stage.setObjectName("scriptStepStage")
        self.step_stage.addItem(self.tr("Any stage"), None)
        for stage in BuyingStage:
            self.step_stage.addItem(labels.stage(stage), stage.value)
        self.step_text = QPlainTextEdit()
        self.step_text.setObjectName("scriptStepText")
        self.answers = _table([self.tr("Client's answer"), self.tr("Next step")])
        self.answers.setObjectName("scriptAnswers")
        header = self.answers.horizontalHeader()  # the answer's words need the room; the step key is short
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.add_answer_button = QPushButton(self.tr("Add answer"))
        self.add_answer_button.setObjectName("addAnswer")
        self.add_answer_button.clicked.connect(lambda: self._add_answer_row(Answer("", None)))
        self.remove_answer_button = QPushButton(self.tr("Remove answer"))
        self.remove_answer_button.setObjectName("removeAnswer")
        self.remove_answer_button.clicked.connect(self.remove_answer)
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(self.add_answer_button)
        answer_buttons.addWidget(self.remove_answer_button)
        answer_buttons.addStretch(1)
        form.addRow(self.tr("Step:"), self.step_key)
        form.addRow(self.tr("Kind:"), self.step_kind)
        form.addRow(self.tr("Buying stage:"), self.step_stage)
        form.addRow(self.tr("Operator's line:"), self.step_text)
        form.addRow(self.tr("Answers:"), self.answers)
        form.addRow("", answer_buttons)
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
        self.rebuttals.setToolTip(self.tr("One rebuttal per row; an empty key is made up on saving."))
        self.rebuttals.itemChanged.connect(self._keep_empty_rebuttal_row)
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
        self._list_items()

    def _list_items(self, select: tuple[str, int] | None = None) -> None:
        """Rebuild the list from the steps and objections being edited and select ``select`` (None: nothing)."""
        self._editing = None  # the caller has applied the page; the indices in the list change now
        self.items.blockSignals(True)
        self.items.clear()
        for index, step in enumerate(self._steps):
            item = QListWidgetItem(self.tr("Step: %1").replace("%1", step.key))
            item.setData(Qt.ItemDataRole.UserRole, (_STEP, index))
            self.items.addItem(item)
        for index, objection in enumerate(self._objections):
            item = QListWidgetItem(self.tr("Objection: %1").replace("%1", objection.title or objection.key))
            item.setData(Qt.ItemDataRole.UserRole, (_OBJECTION, index))
            self.items.addItem(item)
        self.items.blockSignals(False)
        self.pages.setCurrentIndex(0)
        if select is not None:
            kind, index = select
            self.items.setCurrentRow(index if kind == _STEP else len(self._steps) + index)

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
            self.step_stage.setCurrentIndex(max(0, self.step_stage.findData(step.stage.value if step.stage else None)))
            self.step_text.setPlainText(step.text)
            self.answers.setRowCount(0)
            for answer in step.answers:
                self._add_answer_row(answer)
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
                kind=StepKind(self.step_kind.currentData()),  # Qt hands the enum back as a plain str
                stage=BuyingStage(self.step_stage.currentData()) if self.step_stage.currentData() else None,
                text=self.step_text.toPlainText(),
                answers=self._answers_shown(),
            )
        else:
            self._objections[index] = dataclasses.replace(
                self._objections[index],
                title=self.objection_title.text().strip(),
                triggers=tuple(line.strip() for line in self.triggers.toPlainText().splitlines() if line.strip()),
                rebuttals=_with_keys(_cells(self.rebuttals)),
            )

    # --- answers --------------------------------------------------------------------------------------------
    def _add_answer_row(self, answer: Answer) -> None:
        """Append an answer row: its label, and where it leads chosen from the script's steps."""
        row = self.answers.rowCount()
        self.answers.insertRow(row)
        self.answers.setItem(row, 0, QTableWidgetItem(answer.label))
        target = QComboBox()
        target.addItem(self.tr("End of script"), None)
        keys = [step.key for step in self._steps]
        if answer.next_step is not None and answer.next_step not in keys:
            keys.append(answer.next_step)  # a broken link stays visible instead of silently becoming "end"
        for key in keys:
            target.addItem(key, key)
        target.setCurrentIndex(max(0, target.findData(answer.next_step)))
        self.answers.setCellWidget(row, 1, target)
        self.answers.setCurrentCell(row, 0)

    def remove_answer(self) -> None:
        """Remove the selected answer row (the last one when none is selected)."""
        row = self.answers.currentRow()
        self.answers.removeRow(row if row >= 0 else self.answers.rowCount() - 1)

    def _answers_shown(self) -> tuple[Answer, ...]:
        """The answer rows as answers; rows without a label are dropped."""
        answers = []
        for row in range(self.answers.rowCount()):
            cell = self.answers.item(row, 0)
            label = cell.text().strip() if cell else ""
            target = self.answers.cellWidget(row, 1)
            if label:
                answers.append(Answer(label, target.currentData() if isinstance(target, QComboBox) else None))
        return tuple(answers)

    def _keep_empty_rebuttal_row(self, _item: QTableWidgetItem) -> None:
        """Keep one empty row at the bottom of the rebuttals so another one can be typed in."""
        last = self.rebuttals.rowCount() - 1
        if last < 0 or any(_cell_text(self.rebuttals, last, column) for column in range(self.rebuttals.columnCount())):
            self.rebuttals.setRowCount(last + 2)

    # --- adding and deleting ------------------------------------------------------------------------------
    def add_step(self) -> None:
        """Add a line step with a new key and no text yet, and select it so the supervisor types its line."""
        self._apply()
        key = _free_key("step", {step.key for step in self._steps})
        self._steps.append(Step(key, ""))
        self._list_items((_STEP, len(self._steps) - 1))
        self.message.setText(self.tr("Step %1 added: type its line and its answers.").replace("%1", key))

    def delete_step(self) -> None:
        """Delete the selected step unless the script starts there or another step's answer leads to it."""
        self._apply()
        if self._editing is None or self._editing[0] != _STEP:
            self.message.setText(self.tr("Choose the step to delete in the list first."))
            return
        index = self._editing[1]
        key = self._steps[index].key
        if self._script is not None and key == self._script.start_step:
            self.message.setText(self.tr("Step %1 cannot be deleted: the script starts with it.").replace("%1", key))
            return
        for other in self._steps:
            leading = [answer for answer in other.answers if answer.next_step == key]
            if other.key != key and leading:
                self.message.setText(
                    self.tr('Step %1 cannot be deleted: the answer "%2" of step %3 leads to it.')
                    .replace("%1", key)
                    .replace("%2", leading[0].label)
                    .replace("%3", other.key)
                )
                return
        del self._steps[index]
        self._list_items()
        self.message.setText(self.tr("Step %1 deleted.").replace("%1", key))

    def add_objection(self) -> None:
        """Add an objection with a new key and select it so the supervisor types its title and rebuttals."""
        self._apply()
        key = _free_key("objection", {objection.key for objection in self._objections})
        self._objections.append(Objection(key, "", (), ()))
        self._list_items((_OBJECTION, len(self._objections) - 1))
        self.message.setText(self.tr("Objection %1 added: type its title, triggers and rebuttals.").replace("%1", key))

    def delete_objection(self) -> None:
        """Delete the selected objection."""
        self._apply()
        if self._editing is None or self._editing[0] != _OBJECTION:
            self.message.setText(self.tr("Choose the objection to delete in the list first."))
            return
        removed = self._objections.pop(self._editing[1])
        self._list_items()
        self.message.setText(self.tr("Objection %1 deleted.").replace("%1", removed.title or removed.key))

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
            self.message.setText(shown(error))
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
            self.message.setText(shown(error))
            return
        await self._after_save(version_id)

    async def export_file(self, path: Path) -> None:
        if self._script is None:
            return
        await self._tasks.db(scripts.export_script_file, self._db, self._script.key, path)
        self.message.setText(self.tr("Exported to %1.").replace("%1", str(path)))
