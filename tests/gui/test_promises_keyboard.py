"""Rule 6 from the keyboard alone: keep a promise (Ctrl+F11, a note, Ctrl+Enter), move one (Ctrl+Shift+F11, a reason,
Ctrl+Enter), and after a call with a client holding an open promise the next F2 gives the next client."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget

from callassist.domain import PromiseInput, PromiseState
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import FixedClock, card, make_client, refusal
from tests.gui.conftest import OPERATOR, press
from ui.shell import Shell

CTRL = Qt.KeyboardModifier.ControlModifier
NOW = "2026-11-23T10:00:00+03:00"  # Monday


def _promise(db: Database, client: int, now: datetime, *texts: str) -> None:
    """Promises made on a call three days ago, due tomorrow: they surface today, the working day before."""
    clock = FixedClock(now - timedelta(days=3))
    desk = OperatorDesk(db, OPERATOR, now=clock, language="ru")
    for number, text in enumerate(texts):
        promise = PromiseInput(text, now + timedelta(days=1, hours=number))
        desk.record(refusal(client, OPERATOR, clock(), now + timedelta(days=20), promise=promise))


def _idle(loop: asyncio.AbstractEventLoop, shell: Shell) -> None:
    loop.run_until_complete(shell.tasks.idle())
    QApplication.processEvents()  # a dialog closed or opened: the window it leaves for becomes active


def _type(text: str) -> None:
    """Type into the focused line (QTest's key clicks know ASCII only, so Cyrillic goes in as typed text)."""
    QApplication.processEvents()  # the dialog that just opened becomes the active window
    target = QApplication.focusWidget()
    assert isinstance(target, QLineEdit), target
    target.insert(text)


def test_rule_6_keep_and_move_by_keyboard_then_f2_gives_the_next_client(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now(NOW)
    promised = make_client(seeded, now - timedelta(days=5), "Зайцев Олег")
    waiting = make_client(seeded, now - timedelta(days=5), "Петрова Анна")
    lead = make_client(seeded, now, "Сидоров Пётр")
    _promise(seeded, promised, now, "Выслать договор", "Позвонить с ценой доставки")
    _promise(seeded, waiting, now, "Прислать образцы")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None

    press(window, Qt.Key.Key_F2)  # overdue promises first: Zaitsev, with two open promises listed on the card
    _idle(loop, shell)
    assert window.card.client is not None and window.card.client.id == promised
    listed = window.card.findChild(QListWidget, "promiseList")
    assert listed is not None and listed.count() == 2 and "Выслать договор" in listed.item(0).text()

    press(window, Qt.Key.Key_F11, CTRL)  # kept, with a note
    _type("Договор отправлен на почту")
    press(window, Qt.Key.Key_Return, CTRL)
    _idle(loop, shell)
    assert listed.count() == 1 and "Позвонить с ценой доставки" in listed.item(0).text()

    press(window, Qt.Key.Key_F11, CTRL | Qt.KeyboardModifier.ShiftModifier)  # moved, with the reason told
    _type("Склад перенёс отгрузку, клиент предупреждён")
    press(window, Qt.Key.Key_Return, CTRL)
    _idle(loop, shell)

    promises = card(seeded, promised).promises
    states = {p.text if p.state is PromiseState.OPEN else f"{p.state}: {p.note}" for p in promises}
    assert states == {
        "kept: Договор отправлен на почту",
        "moved: Склад перенёс отгрузку, клиент предупреждён",
        "Позвонить с ценой доставки",  # open again, at its new date
    }
    history = [window.card.history.topLevelItem(i).text(1) for i in range(window.card.history.topLevelItemCount())]
    kept = window.card.tr("Promise kept: «%1»").replace("%1", "Выслать договор")
    moved = window.card.tr("Promise moved: «%1»").replace("%1", "Позвонить с ценой доставки")
    assert history[:2] == [  # newest first, with the note and the reason
        f"{moved}\nСклад перенёс отгрузку, клиент предупреждён",
        f"{kept}\nДоговор отправлен на почту",
    ]

    press(window, Qt.Key.Key_2, CTRL)  # no answer, saved
    press(window, Qt.Key.Key_Return, CTRL)
    _idle(loop, shell)
    press(window, Qt.Key.Key_F2)  # Petrova holds an open promise that has surfaced
    _idle(loop, shell)
    assert window.card.client is not None and window.card.client.id == waiting
    press(window, Qt.Key.Key_2, CTRL)  # a call that does not touch the promise
    press(window, Qt.Key.Key_Return, CTRL)
    _idle(loop, shell)

    press(window, Qt.Key.Key_F2)  # the next client, not Petrova again: her promise comes back on its own date
    _idle(loop, shell)
    assert window.card.client is not None and window.card.client.id == lead
