"""Rule 8 in the window: a lease lost while the call is open is told at once by the heartbeat, in the operator's
language, and the call can then only be closed unsaved; the next client opens afterwards."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from callassist import messages
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import count_calls
from tests.gui.conftest import press, start_on
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier


def test_rule_8_lost_lease_is_shown_at_once_and_the_call_closes_unsaved(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    shell, window, (first, second) = start_on(
        seeded, shells, fixed_now("2026-11-23T10:00:00+03:00"), "Зайцев Олег", "Петрова Анна"
    )
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None and window.call.client.id == first
    press(window, Qt.Key.Key_1, CTRL)  # the operator starts the wrap-up, then walks away

    fixed_now("2026-11-23T10:45:00+03:00")  # the 30-minute lease has lapsed; Boris takes the client
    OperatorDesk(seeded, "Борис", language="ru").open_client(first)
    window._send_heartbeat()  # what the heartbeat timer does every minute
    loop.run_until_complete(shell.tasks.idle())
    QApplication.processEvents()  # the session's event crosses from the database thread

    told = messages.render("wrapup.lease_taken", "ru", name="Зайцев Олег", key="Ctrl+Enter")
    assert window.form.error.text() == told  # at once, before any save
    assert window.form.save.text() == window.tr("Close this call unsaved (Ctrl+Enter)")

    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is None and count_calls(seeded) == 0  # nothing saved over Boris's client

    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None and window.call.client.id == second
