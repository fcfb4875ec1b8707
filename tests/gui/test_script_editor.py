"""The supervisor's script editor adds and deletes steps, answers and objections, and saves a new version.

Driven through the real widgets of the editor opened from the operator window, on a real SQLite database.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from callassist.scripts.model import Answer, Rebuttal
from callassist.services import scripts
from callassist.storage.engine import Database
from ui.script_editor import ScriptEditor
from ui.shell import Shell


def _open_editor(loop: asyncio.AbstractEventLoop, seeded: Database, shells: Callable[..., Shell]) -> ScriptEditor:
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None
    window.open_script_editor()
    loop.run_until_complete(shell.tasks.idle())
    editor: ScriptEditor = window.script_editor
    return editor


def _target(editor: ScriptEditor, row: int) -> QComboBox:
    combo = editor.answers.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    return combo


def _new_answer(editor: ScriptEditor, label: str, next_step: str | None) -> None:
    editor.add_answer_button.click()
    row = editor.answers.rowCount() - 1
    editor.answers.item(row, 0).setText(label)
    combo = _target(editor, row)
    index = combo.findData(next_step)
    assert index >= 0, f"{next_step} is not offered"
    combo.setCurrentIndex(index)


def _select_step(editor: ScriptEditor, key: str) -> None:
    editor.items.setCurrentRow([step.key for step in editor._steps].index(key))


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_supervisor_adds_a_step_an_answer_to_it_and_an_objection_and_saves_them(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    first_id, before = scripts.current_script(seeded, "ru")
    editor = _open_editor(loop, seeded, shells)
    shell_tasks = editor._tasks

    editor.add_step_button.click()
    current = editor.items.currentItem()
    assert current is not None and "step_1" in current.text()
    assert editor.step_key.text() == "step_1" and editor.step_text.toPlainText() == ""
    editor.step_text.setPlainText("Когда вам удобно поговорить подробнее?")
    _new_answer(editor, "Завтра утром", None)

    _select_step(editor, before.start_step)
    offered = [_target(editor, 0).itemData(i) for i in range(_target(editor, 0).count())]
    assert offered[0] is None and "step_1" in offered  # "end of script" and every step, the new one too
    _new_answer(editor, "Сейчас неудобно", "step_1")

    editor.add_objection_button.click()
    assert editor.objection_key.text() == "objection_1"
    editor.objection_title.setText("Нет бюджета")
    editor.triggers.setPlainText("нет денег\nбюджет закрыт\n")
    editor.rebuttals.item(0, 1).setText("Давайте посчитаем окупаемость.")
    assert editor.rebuttals.rowCount() == 2  # typing into the empty row makes another
    editor.rebuttals.setItem(1, 0, QTableWidgetItem("later"))
    editor.rebuttals.setItem(1, 1, QTableWidgetItem("Вернёмся к этому в новом квартале?"))

    editor.save_button.click()
    loop.run_until_complete(shell_tasks.idle())

    new_id, saved = scripts.current_script(seeded, "ru")
    assert new_id != first_id and saved.version == before.version + 1
    added = saved.step("step_1")
    assert added.text == "Когда вам удобно поговорить подробнее?" and added.answers == (Answer("Завтра утром", None),)
    assert saved.start.answers[-1] == Answer("Сейчас неудобно", "step_1")
    assert saved.start.answers[:-1] == before.start.answers
    objection = saved.objection("objection_1")
    assert objection.title == "Нет бюджета" and objection.triggers == ("нет денег", "бюджет закрыт")
    assert [r.text for r in objection.rebuttals] == [
        "Давайте посчитаем окупаемость.",
        "Вернёмся к этому в новом квартале?",
    ]
    assert objection.rebuttals[1] == Rebuttal("later", "Вернёмся к этому в новом квартале?")
    assert objection.rebuttals[0].key not in ("", "later")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_step_an_answer_leads_to_or_the_start_step_cannot_be_deleted(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    _, script = scripts.current_script(seeded, "ru")
    editor = _open_editor(loop, seeded, shells)
    start = script.start
    target = next(a.next_step for a in start.answers if a.next_step and a.next_step != start.key)
    assert target is not None
    referrer = next(s for s in script.steps if s.key != target and any(a.next_step == target for a in s.answers))
    before = editor.edited()

    _select_step(editor, target)
    editor.delete_step_button.click()
    message = editor.message.text()
    assert target in message and referrer.key in message and "cannot be deleted" in message
    assert editor.edited() == before and editor.items.count() == len(script.steps) + len(script.objections)

    _select_step(editor, script.start_step)
    editor.delete_step_button.click()
    assert script.start_step in editor.message.text() and "starts" in editor.message.text()
    assert editor.edited() == before


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_removed_answers_steps_and_objections_are_gone_and_a_broken_script_is_not_saved(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    first_id, script = scripts.current_script(seeded, "ru")
    editor = _open_editor(loop, seeded, shells)

    editor.add_step_button.click()
    editor.add_step_button.click()
    assert editor.step_key.text() == "step_2"
    editor.delete_step_button.click()  # nothing leads to step_2
    keys = [step.key for step in editor.edited().steps]
    assert "step_2" not in keys and "step_1" in keys

    _select_step(editor, script.start_step)
    editor.answers.setCurrentCell(0, 0)
    editor.remove_answer_button.click()
    assert editor.edited().start.answers == script.start.answers[1:]

    editor.items.setCurrentRow(editor.items.count() - 1)
    removed = editor._objections[-1].key
    editor.delete_objection_button.click()
    assert removed not in [o.key for o in editor.edited().objections]

    editor.save_button.click()  # step_1 has neither text nor answers
    loop.run_until_complete(editor._tasks.idle())
    assert "cannot be saved" in editor.message.text() and "answers" in editor.message.text()
    assert scripts.current_script(seeded, "ru")[0] == first_id
