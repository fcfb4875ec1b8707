"""The script panel: what to say right now, addressed to the client by name, and the objection palette.

The operator walks the script by the client's answers (Alt+1…Alt+9, or Tab and Enter); the path walked is kept
for the call's record. F3 opens the palette from any step: each keystroke searches the objections (the index is
built once per script version, off the GUI thread), Enter shows the rebuttal and logs the objection, and
"No suitable answer" keeps what the client said for the script author. An objection with several rebuttals
shows "1/2": Ctrl+Right and Ctrl+Left (or the focused "Next answer" button) switch between them, and the call
records the one shown last as "objection/rebuttal". Every line shown goes through
``template.render``, so no raw placeholder reaches the screen (rule 11).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import ClientView
from callassist.scripts import stages
from callassist.scripts.model import Objection, Script, Step, StepKind
from callassist.scripts.search import ObjectionIndex
from callassist.scripts.template import client_fields, render
from callassist.services.scripts import raised_entry
from ui.tasks import TaskRunner

MAX_ANSWERS = 9  # Alt+1…Alt+9
PALETTE_RESULTS = 8


class ScriptPanel(QWidget):
    def __init__(self, operator: str, tasks: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self._operator = operator
        self._tasks = tasks
        self._script: Script | None = None
        self._index: ObjectionIndex | None = None
        self._client: ClientView | None = None
        self._path: list[str] = []
        self._objections: list[str] = []
        self._unscripted: list[str] = []
        self._answered: tuple[Objection, int, int] | None = None  # objection shown, its rebuttal, its entry's index
        self.script_version_id: int | None = None
        self._pending: tuple[int, Script, ObjectionIndex] | None = None  # a new version waiting for the next call
        self._build()
        self.show_client(None)

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.kind_label = QLabel()
        self.kind_label.setObjectName("scriptStepKind")
        self.line = QLabel()
        self.line.setObjectName("scriptLine")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.line)
        self.answer_buttons: list[QPushButton] = []
        for number in range(1, MAX_ANSWERS + 1):
            button = QPushButton()
            button.setObjectName(f"scriptAnswer{number}")
            button.setAutoDefault(True)  # Enter on a focused answer chooses it
            button.setStyleSheet("text-align: left; padding: 4px 8px;")
            button.clicked.connect(lambda _checked=False, index=number - 1: self.choose_answer(index))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda index=number - 1: self.choose_answer(index))
            layout.addWidget(button)
            self.answer_buttons.append(button)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("scriptBack")
        self.back_button.clicked.connect(self.back)
        self.palette_button = QPushButton(self.tr("Objections (F3)"))
        self.palette_button.setObjectName("objectionPaletteButton")
        self.palette_button.clicked.connect(self.open_palette)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.palette_button)
        layout.addLayout(row)
        self.rebuttal = QLabel()
        self.rebuttal.setObjectName("objectionRebuttal")
        self.rebuttal.setWordWrap(True)
        self.rebuttal.setFrameShape(QFrame.Shape.StyledPanel)
        self.rebuttal.hide()
        layout.addWidget(self.rebuttal)
        layout.addLayout(self._build_rebuttal_switch())
        layout.addWidget(self._build_palette())
        layout.addStretch(1)

    def _build_rebuttal_switch(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.rebuttal_count = QLabel()
        self.rebuttal_count.setObjectName("rebuttalCount")
        self.previous_rebuttal = QPushButton(self.tr("Previous answer (Ctrl+Left)"))
        self.previous_rebuttal.setObjectName("previousRebuttal")
        self.previous_rebuttal.setAutoDefault(True)
        self.previous_rebuttal.clicked.connect(lambda: self.switch_rebuttal(-1))
        self.next_rebuttal = QPushButton(self.tr("Next answer (Ctrl+Right)"))
        self.next_rebuttal.setObjectName("nextRebuttal")
        self.next_rebuttal.setAutoDefault(True)  # Enter or Space on the focused button shows the next answer
        self.next_rebuttal.clicked.connect(lambda: self.switch_rebuttal(1))
        for keys, step in (("Ctrl+Right", 1), ("Ctrl+Left", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda step=step: self.switch_rebuttal(step))
        row.addWidget(self.rebuttal_count)
        row.addStretch(1)
        row.addWidget(self.previous_rebuttal)
        row.addWidget(self.next_rebuttal)
        self._show_rebuttal_switch(False)
        return row

    def _show_rebuttal_switch(self, visible: bool) -> None:
        for widget in (self.rebuttal_count, self.previous_rebuttal, self.next_rebuttal):
            widget.setVisible(visible)

    def _build_palette(self) -> QFrame:
        self.objection_palette = QFrame()
        self.objection_palette.setObjectName("objectionPalette")
        self.objection_palette.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self.objection_palette)
        self.search = QLineEdit()
        self.search.setObjectName("objectionSearch")
        self.search.setPlaceholderText(self.tr("What did the client say? Type a few letters"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._update_results)
        self.search.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("objectionResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the search field
        self.results.itemActivated.connect(lambda _item: self.choose_objection())
        self.results.itemClicked.connect(lambda _item: self.choose_objection())
        self.results.setMaximumHeight(180)
        self.no_answer = QPushButton(self.tr("No suitable answer: save what the client said"))
        self.no_answer.setObjectName("noSuitableAnswer")
        self.no_answer.clicked.connect(self.record_unscripted)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.no_answer)
        self.objection_palette.hide()
        return self.objection_palette

    # --- the script -----------------------------------------------------------------------------------------
    async def load_script(self, version_id: int, script: Script) -> None:
        """Use ``script`` (stored as ``version_id``) from now on; its search index is built off the GUI thread."""
        index = (
            await self._tasks.io(ObjectionIndex, script.objections)
            if self._tasks
            else ObjectionIndex(script.objections)
        )
        if self._client is not None and self._script is not None:
            self._pending = (version_id, script, index)  # a call is open: it keeps the version it started with
            return
        self.script_version_id, self._script, self._index = version_id, script, index
        self.reset()

    async def use_for_call(self, client_id: int, version_id: int, script: Script) -> None:
        """Walk ``script`` on the open call of ``client_id`` (its lead list's own script, issue 15), from the start."""
        index = (
            await self._tasks.io(ObjectionIndex, script.objections)
            if self._tasks
            else ObjectionIndex(script.objections)
        )
        if self._client is not None and self._client.id == client_id and not self._path[1:]:
            self.script_version_id, self._script, self._index = version_id, script, index
            self.reset()

    def show_client(self, client: ClientView | None) -> None:
        """Start the script over for ``client`` (None: no call open)."""
        self._client = client
        if self._pending is not None:
            (self.script_version_id, self._script, self._index), self._pending = self._pending, None
        self.reset()

    def reset(self) -> None:
        """Forget the path, objections and notes of the call; back to the first step."""
        self._path = [self._script.start_step] if self._script is not None and self._client is not None else []
        self._objections.clear()
        self._unscripted.clear()
        self._hide_rebuttal()
        self.close_palette()
        self._show_step()

    def path(self) -> tuple[str, ...]:
        return tuple(self._path)

    def objections(self) -> tuple[str, ...]:
        return tuple(self._objections)

    def unscripted(self) -> tuple[str, ...]:
        return tuple(self._unscripted)

    def current_step(self) -> Step | None:
        if self._script is None or not self._path:
            return None
        return self._script.step(self._path[-1])

    def _render(self, text: str) -> str:
        return render(text, client_fields(self._client, self._operator))

    def _show_step(self) -> None:
        step = self.current_step()
        answers = step.answers if step is not None else ()
        suggested = self._suggested(step)
        for number, button in enumerate(self.answer_buttons, start=1):
            if number <= len(answers):
                label = self._render(answers[number - 1].label)
                label = f"★ {label}" if number - 1 == suggested else label  # suits the client's buying stage
                button.setText(self.tr("Alt+%1  %2").replace("%1", str(number)).replace("%2", label))
                button.show()
            else:
                button.hide()
        self.back_button.setEnabled(len(self._path) > 1)
        self.palette_button.setEnabled(self._script is not None)
        if step is None:
            self.kind_label.clear()
            self.line.setText(
                self.tr("The script appears when a client is open.")
                if self._script is not None or self._client is None
                else self.tr("There is no call script yet.")
            )
            return
        self.kind_label.setText(
            {
                StepKind.GOAL: self.tr("Goal reached"),
                StepKind.END: self.tr("End of the conversation"),
            }.get(step.kind, self.tr("Step %1").replace("%1", str(len(self._path))))
        )
        self.line.setText(self._render(step.text))

    def _suggested(self, step: Step | None) -> int | None:
        if step is None or self._script is None or self._client is None:
            return None
        return stages.suggested_answer(self._script, step.key, self._client.stage)

    def choose_answer(self, index: int) -> None:
        """The client gave answer number ``index`` (0-based): go to the step it leads to."""
        step = self.current_step()
        if self._script is None or step is None or not 0 <= index < len(step.answers):
            return
        target = step.answers[index].next_step
        if target is None:
            self.kind_label.setText(self.tr("The script is over: record how the call ended."))
            return
        self._path.append(target)
        self._hide_rebuttal()
        self._show_step()
        first = self._suggested(self.current_step()) or 0  # the branch for the client's buying stage, if any
        if not self.answer_buttons[first].isHidden():
            self.answer_buttons[first].setFocus()

    def back(self) -> None:
        if len(self._path) > 1:
            self._path.pop()
            self._show_step()

    # --- the objection palette ----------------------------------------------------------------------------
    def open_palette(self) -> None:
        if self._script is None:
            return
        self.objection_palette.show()
        self.search.setFocus()
        self.search.selectAll()
        self._update_results()

    def close_palette(self) -> None:
        self.objection_palette.hide()
        self.search.clear()

    def _update_results(self) -> None:
        self.results.clear()
        query = self.search.text().strip()
        if self._index is None or not query or self.objection_palette.isHidden():
            return
        for match in self._index.search(query, PALETTE_RESULTS):
            item = QListWidgetItem(match.title)
            item.setData(Qt.ItemDataRole.UserRole, match.key)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow((self.results.currentRow() + step) % self.results.count())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.choose_objection()
                return True
            if key == Qt.Key.Key_Escape:
                self.close_palette()
                return True
        return super().eventFilter(watched, event)

    def choose_objection(self) -> None:
        """Show the rebuttal of the highlighted objection and log it for this call."""
        item = self.results.currentItem()
        if self._script is None or item is None:
            return
        objection = self._script.objection(str(item.data(Qt.ItemDataRole.UserRole)))
        self._objections.append("")
        self._answered = (objection, 0, len(self._objections) - 1)
        self.close_palette()
        self._show_rebuttal()
        if len(objection.rebuttals) > 1:
            self.next_rebuttal.setFocus()  # Enter, Space or Ctrl+Right: the next way to answer

    def switch_rebuttal(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) rebuttal of the objection shown; the call records it."""
        if self._answered is None or len(self._answered[0].rebuttals) < 2:
            return
        objection, number, entry = self._answered
        self._answered = (objection, (number + step) % len(objection.rebuttals), entry)
        self._show_rebuttal()

    def _show_rebuttal(self) -> None:
        assert self._answered is not None
        objection, number, entry = self._answered
        rebuttal = objection.rebuttals[number] if objection.rebuttals else None
        self._objections[entry] = raised_entry(objection.key, rebuttal.key if rebuttal else None)
        self.rebuttal.setText(
            self.tr("%1: %2")
            .replace("%1", self._render(objection.title))
            .replace("%2", self._render(rebuttal.text if rebuttal else ""))
        )
        self.rebuttal.show()
        self.rebuttal_count.setText(
            self.tr("Answer %1/%2").replace("%1", str(number + 1)).replace("%2", str(len(objection.rebuttals)))
        )
        self._show_rebuttal_switch(len(objection.rebuttals) > 1)

    def _hide_rebuttal(self) -> None:
        self._answered = None
        self.rebuttal.hide()
        self._show_rebuttal_switch(False)

    def record_unscripted(self) -> None:
        """Keep what the client said (the search text) for the script author: the palette had no answer."""
        said = self.search.text().strip()
        if not said:
            self.search.setPlaceholderText(self.tr("Type what the client said, then press the button again"))
            self.search.setFocus()
            return
        self._unscripted.append(said)
        self._hide_rebuttal()
        self.rebuttal.setText(self.tr("Saved for the script author: %1").replace("%1", said))
        self.rebuttal.show()
        self.close_palette()
