"""The buying stage in the real window (issue 14): the panel marks the branch for the client's stage and puts the
keyboard on it; the wrap-up moves the stage with Alt+0 in the same keystrokes; the script editor sets a step's stage."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callassist.domain import BuyingStage
from callassist.services import scripts
from callassist.storage.engine import Database
from tests.factories import card
from tests.gui.conftest import press, start_on
from ui.shell import Shell

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def test_the_stage_picks_the_branch_and_the_wrap_up_moves_it(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (client_id,) = start_on(
        seeded, shells, fixed_now("2026-11-23T10:00:00+03:00"), "Петров Сергей", stage="gathering"
    )
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    panel = window.script
    for _ in range(2):  # the client has time, decides alone: now the need, where the branches part
        press(window, Qt.Key.Key_1, ALT)
    assert panel.current_step() is not None and panel.current_step().key == "qualify_need"  # type: ignore[union-attr]
    marked = [button.text() for button in panel.answer_buttons if "★" in button.text()]
    assert len(marked) == 1 and marked[0].startswith("Alt+3")  # "still looking at options": gathering
    assert QApplication.focusWidget() is panel.answer_buttons[2]  # Enter takes the stage's branch

    press(window, Qt.Key.Key_1, CTRL)  # connected
    press(window, Qt.Key.Key_F8)  # interested
    window.form.reason.setCurrentIndex(1)
    for _ in range(2):  # unchanged → gathering → choosing
        press(window, Qt.Key.Key_0, ALT)
    assert window.form.stage.chosen() is BuyingStage.CHOOSING
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is None, window.form.error.text()
    assert card(seeded, client_id).stage is BuyingStage.CHOOSING


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_script_editor_sets_a_steps_stage(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    window.open_script_editor()
    loop.run_until_complete(shell.tasks.idle())
    editor = window.script_editor
    editor.items.setCurrentRow([step.key for step in editor._steps].index("qualify_satisfied"))
    assert editor.step_stage.currentData() is None
    editor.step_stage.setCurrentIndex(editor.step_stage.findData(BuyingStage.READY.value))
    editor.save_button.click()
    loop.run_until_complete(shell.tasks.idle())

    _version, saved = scripts.current_script(seeded, "ru")
    assert saved.step("qualify_satisfied").stage is BuyingStage.READY
    assert saved.step("pitch_gathering").stage is BuyingStage.GATHERING  # the others keep theirs
