"""A whole call with the keyboard alone: no mouse, no setFocus from the test (issue 8).

F2 next client → F4 dial → Ctrl+1 connected → F9 refused → Tab, Tab to the reason → arrow → Ctrl+0 in three months →
Ctrl+Enter save. Tab walks the wrap-up form in its reading order.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from callassist.domain import ClientState, ConversationResult
from callassist.storage.engine import Database
from tests.factories import card, count_calls, make_client
from tests.gui.conftest import press
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
MOSCOW = ZoneInfo("Europe/Moscow")


def _focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def test_refusal_by_keys_only(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client_id = make_client(seeded, now, "Петров Сергей Иванович", first_name="Сергей", patronymic="Иванович")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None

    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    assert window.card.client is not None and window.card.client.id == client_id
    assert _focused() == "attemptResult"  # the wrap-up starts where the operator's hands are
    press(window, Qt.Key.Key_F4)
    press(window, Qt.Key.Key_1, CTRL)
    press(window, Qt.Key.Key_F9)
    press(window, Qt.Key.Key_Tab)
    assert _focused() == "conversationResult"
    press(window, Qt.Key.Key_Tab)
    assert _focused() == "refusalReason"
    press(window, Qt.Key.Key_Down)
    assert window.form.reason.currentData() == "too_expensive"
    press(window, Qt.Key.Key_Tab)
    assert _focused() == "nextContactDate"
    press(window, Qt.Key.Key_0, CTRL)  # in 3 months
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())

    saved = card(seeded, client_id)
    assert count_calls(seeded) == 1
    assert saved.state is ClientState.FUTURE
    assert saved.history[0].conversation_result is ConversationResult.REFUSED
    # Three months on is 23 February 2027, a Russian public holiday: the core moves it to the next working day.
    assert saved.next_contact_at is not None
    again = saved.next_contact_at.astimezone(MOSCOW)
    assert datetime(2027, 2, 23, tzinfo=MOSCOW) <= again < datetime(2027, 3, 1, tzinfo=MOSCOW)
    assert (again.hour, again.minute) == (9, 0)
    assert _focused() == "nextClientButton"  # ready for the next F2 / Enter


def test_tab_order_follows_the_form(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Орлова Мария")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_1, CTRL)
    press(window, Qt.Key.Key_F9)
    window.form.reason.setCurrentIndex(1)
    visited = [_focused()]
    inside_form = [window.form.isAncestorOf(QApplication.focusWidget())]
    for _ in range(12):
        press(window, Qt.Key.Key_Tab)
        visited.append(_focused())
        inside_form.append(window.form.isAncestorOf(QApplication.focusWidget()))
        if visited[-1] == "saveOutcomeButton":
            break
    expected = ["attemptResult", "conversationResult", "refusalReason", "nextContactDate"]
    assert visited[: len(expected)] == expected
    assert visited[-1] == "saveOutcomeButton", visited
    # Tab never leaves the wrap-up form on the way to saving, and visits nothing twice.
    assert all(inside_form), list(zip(visited, inside_form, strict=True))
    assert len(visited) == len(set(visited)), visited


def test_f1_shows_every_shortcut_and_esc_closes(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Белов Антон")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    overlay = window.findChild(QWidget, "helpOverlay")
    assert overlay is not None and not overlay.isVisible()
    press(window, Qt.Key.Key_F1)
    assert overlay.isVisible()
    shown = {label.text() for label in overlay.findChildren(QLabel)}
    bound = {shortcut.key().toString() for shortcut in window.findChildren(QShortcut) if shortcut.key().count()}
    bound -= {"Ctrl+Return"}  # Qt names the main Enter key Return; the help lists it once, as Ctrl+Enter
    # The script's answer keys are listed once, as the range they form.
    bound = {"Alt+1…9" if re.fullmatch(r"Alt\+[1-9]", key) else key for key in bound}
    # The rebuttal switch is listed as one pair with arrows, as the operator sees the keys.
    bound = {"Ctrl+← / Ctrl+→" if key in ("Ctrl+Left", "Ctrl+Right") else key for key in bound}
    assert bound - shown == set(), (bound - shown, shown)
    assert "Ctrl+Enter" in shown
    assert "(F2)" in window.queue_panel.next_button.toolTip()
    press(window, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    press(window, Qt.Key.Key_F1)
    press(window, Qt.Key.Key_F1)
    assert not overlay.isVisible()


def test_no_key_does_two_things_in_the_operator_window(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    """Every shortcut of the window (its own, the card's, the softphone's, the menus') is bound once: a key that two
    features claim does neither (Qt reports it as ambiguous), which broke F11/F12 when features grew side by side."""
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Белов Антон")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    keys = [
        shortcut.key().toString()
        for shortcut in window.findChildren(QShortcut)
        if shortcut.key().count() and shortcut.context() != Qt.ShortcutContext.WidgetShortcut
    ]
    keys += [
        sequence.toString()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    ]
    twice = sorted({key for key in keys if keys.count(key) > 1})
    assert twice == [], twice
