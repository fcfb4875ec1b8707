"""The script panel and objection palette in the real operator window, driven by the keyboard, offscreen.

A call walks the script by Alt+digits, raises two objections from the palette (F3, type, Enter), keeps a client's
words the palette had no answer for, and the saved call holds the version, the path and the objections.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from callassist.services import scripts
from callassist.storage.engine import Database
from callassist.storage.models import Call
from tests.gui.conftest import press, start_on
from ui.shell import Shell

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _calls_of(db: Database, client_id: int) -> list[int]:
    with db.read() as session:
        return list(session.scalars(select(Call.id).where(Call.client_id == client_id).order_by(Call.id)))


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks aborts on letters outside ASCII, so send the events)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def _raise_objection(loop: asyncio.AbstractEventLoop, shell: Shell, qtbot: QtBot, query: str) -> None:
    window = shell.window
    assert window is not None
    press(window, Qt.Key.Key_F3)
    assert QApplication.focusWidget() is window.script.search
    _type(window.script.search, query)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_Return)


def test_a_call_walks_the_script_raises_objections_and_records_them(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    qtbot: QtBot,
) -> None:
    shell, window, (client_id,) = start_on(
        seeded,
        shells,
        fixed_now("2026-11-23T10:00:00+03:00"),
        "Петров Сергей Иванович",
        first_name="Сергей",
        patronymic="Иванович",
    )
    panel = window.script
    version_id, script = scripts.current_script(seeded, "ru")
    assert panel.script_version_id == version_id

    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    assert panel.path() == (script.start_step,)
    assert "Сергей Иванович" in panel.line.text() and "{" not in panel.line.text()
    assert panel.answer_buttons[0].text().startswith("Alt+1")

    # The client has time, decides alone, names a difficulty, asks the price.
    for digit in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2):
        press(window, digit, ALT)
    expected_path = ["opening"]
    for index in (0, 0, 0, 1):
        next_step = script.step(expected_path[-1]).answers[index].next_step
        assert next_step is not None
        expected_path.append(next_step)
    assert panel.path() == tuple(expected_path)
    assert "{" not in panel.line.text()

    _raise_objection(loop, shell, qtbot, "дорого")
    assert panel.objection_palette.isHidden()
    assert panel.rebuttal.text().startswith(script.objection("price").title)
    _raise_objection(loop, shell, qtbot, "ytn dhtvtyb")  # "нет времени" typed on the English layout
    raised = tuple(f"{key}/{script.objection(key).rebuttals[0].key}" for key in ("price", "no_time"))
    assert panel.objections() == raised  # the main rebuttal of each was shown
    assert "{" not in panel.rebuttal.text()

    press(window, Qt.Key.Key_F3)
    _type(panel.search, "только через тендер")
    panel.no_answer.click()
    assert panel.unscripted() == ("только через тендер",)
    press(window, Qt.Key.Key_F3)
    press(window, Qt.Key.Key_Escape)  # Esc closes the palette and logs nothing
    assert panel.objection_palette.isHidden() and panel.objections() == raised

    press(window, Qt.Key.Key_1, CTRL)  # connected
    press(window, Qt.Key.Key_F9)  # refused
    window.form.reason.setFocus()
    press(window, Qt.Key.Key_Down)  # the first reason: too expensive
    press(window, Qt.Key.Key_0, CTRL)  # in 3 months
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())

    [call_id] = _calls_of(seeded, client_id)
    assert scripts.call_trace(seeded, call_id) == scripts.ScriptTrace(
        version_id, tuple(expected_path), raised, ("только через тендер",)
    )
    assert panel.path() == () and panel.objections() == () and panel.unscripted() == ()  # ready for the next call


def test_back_returns_to_the_previous_step_and_the_palette_moves_by_arrows(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    qtbot: QtBot,
) -> None:
    # No patronymic, no form of address: the fallback greets.
    shell, window, _ids = start_on(seeded, shells, fixed_now("2026-11-23T10:00:00+03:00"), "Сидорова Ольга")
    panel = window.script
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_2, ALT)
    assert len(panel.path()) == 2
    panel.back_button.click()
    assert len(panel.path()) == 1

    press(window, Qt.Key.Key_F3)
    qtbot.keyClicks(panel.search, "ytn dhtvt")
    loop.run_until_complete(shell.tasks.idle())
    titles = [panel.results.item(row).data(Qt.ItemDataRole.UserRole) for row in range(panel.results.count())]
    assert len(titles) >= 2
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_Return)
    assert [scripts.parse_raised(entry)[0] for entry in panel.objections()] == [titles[1]]


def test_the_operator_switches_to_the_second_rebuttal_by_keyboard_and_the_call_records_it(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    qtbot: QtBot,
) -> None:
    shell, window, (client_id,) = start_on(
        seeded,
        shells,
        fixed_now("2026-11-23T10:00:00+03:00"),
        "Петров Сергей Иванович",
        first_name="Сергей",
        patronymic="Иванович",
    )
    panel = window.script
    _, script = scripts.current_script(seeded, "ru")
    first, second = script.objection("price").rebuttals[:2]
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())

    _raise_objection(loop, shell, qtbot, "дорого")
    assert panel.rebuttal_count.text().endswith(f"1/{len(script.objection('price').rebuttals)}")
    assert QApplication.focusWidget() is panel.next_rebuttal
    shown_first = panel.rebuttal.text()
    press(window, Qt.Key.Key_Right, CTRL)
    assert panel.rebuttal_count.text().endswith("2/2") and panel.rebuttal.text() != shown_first
    assert "{" not in panel.rebuttal.text()
    press(window, Qt.Key.Key_Left, CTRL)
    assert panel.rebuttal.text() == shown_first and panel.objections() == (f"price/{first.key}",)
    press(window, Qt.Key.Key_Space)  # the focused "Next answer" button
    assert panel.objections() == (f"price/{second.key}",)  # one objection raised, answered the second way

    press(window, Qt.Key.Key_1, CTRL)  # connected
    press(window, Qt.Key.Key_F9)  # refused
    window.form.reason.setFocus()
    press(window, Qt.Key.Key_Down)
    press(window, Qt.Key.Key_0, CTRL)
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    [call_id] = _calls_of(seeded, client_id)
    assert scripts.call_trace(seeded, call_id).objections == (f"price/{second.key}",)
    assert panel.rebuttal_count.isHidden()  # the next call starts without an answer shown


def test_a_supervisor_edits_an_objection_and_the_panel_uses_the_new_version(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    window = shell.window
    assert window is not None
    first_id, script = scripts.current_script(seeded, "ru")
    window.open_script_editor()
    loop.run_until_complete(shell.tasks.idle())
    editor = window.script_editor
    price = len(script.steps) + [o.key for o in script.objections].index("price")
    editor.items.setCurrentRow(price)
    editor.objection_title.setText("Слишком дорого для нас")
    editor.save_button.click()
    loop.run_until_complete(shell.tasks.idle())

    new_id, saved = scripts.current_script(seeded, "ru")
    assert new_id != first_id and saved.version == script.version + 1
    assert saved.objection("price").title == "Слишком дорого для нас"
    assert window.script.script_version_id == new_id  # no call was open: the panel switched at once

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "callassist-script"', encoding="utf-8")
    loop.run_until_complete(editor.import_file(bad))
    assert "bad.json" in editor.message.text() and "JSON" in editor.message.text()
    assert scripts.current_script(seeded, "ru")[0] == new_id
