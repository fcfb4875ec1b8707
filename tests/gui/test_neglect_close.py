"""Closing the neglected-clients window while its days box has focus is quiet: no reload after the window is gone,
no "unexpected error" (issue 13)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from callassist.storage.engine import Database
from tests.factories import make_client
from ui.neglect_view import NeglectView
from ui.shell import Shell


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize("how", ["close button", "window close", "Escape-less keyboard close"])
def test_closing_with_the_days_box_focused_raises_nothing(
    qapp: QApplication,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    how: str,
) -> None:
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Кузнецова Мария")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    action = window.findChild(QAction, "neglectedClientsAction")
    assert action is not None
    action.trigger()
    loop.run_until_complete(shell.tasks.idle())
    view = window.findChild(NeglectView, "neglectedClients")
    assert view is not None
    loads: list[int] = []
    view.loaded.connect(lambda: loads.append(view.days.value()))

    view.activateWindow()
    view.days.setFocus()
    view.days.selectAll()
    QTest.keyClicks(view.days, "45")  # a new number typed, not yet confirmed with Enter
    close = view.close_buttons.button(QDialogButtonBox.StandardButton.Close)
    if how == "close button":
        QTest.mouseClick(close, Qt.MouseButton.LeftButton)
    elif how == "window close":
        view.close()
    else:
        close.setFocus()  # Tab to the button and press Space: the days box loses focus on the way
        QTest.keyClick(close, Qt.Key.Key_Space)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the window is deleted now
    loop.run_until_complete(shell.tasks.idle())

    assert window.findChild(NeglectView, "neglectedClients") is None
    assert shell.errors._box is None, shell.errors._box.text() if shell.errors._box else ""
    assert loads == []  # nothing was reloaded for a window on its way out


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_new_number_confirmed_with_enter_reloads_once(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Кузнецова Мария")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    assert shell.window is not None
    shell.window.open_neglected()
    loop.run_until_complete(shell.tasks.idle())
    view = shell.window.findChild(NeglectView, "neglectedClients")
    assert view is not None
    loads: list[int] = []
    view.loaded.connect(lambda: loads.append(view.days.value()))
    view.activateWindow()
    view.days.setFocus()
    view.days.selectAll()
    QTest.keyClicks(view.days, "45")
    QTest.keyClick(view.days, Qt.Key.Key_Return)
    loop.run_until_complete(shell.tasks.idle())
    QTest.keyClick(view.days, Qt.Key.Key_Return)  # the same number again: nothing new to read
    loop.run_until_complete(shell.tasks.idle())
    assert loads == [45]
    view.close()
