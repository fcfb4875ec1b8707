"""Issue 14 in the real window, by keyboard: find a client by a phone typed differently from the import (F11), open it,
edit the patronymic (Shift+F12), add a phone, mark the first one wrong (Shift+F4), and F4 dials the second; the card and
``client show --json`` agree after each step. A client a colleague holds opens read-only (rule 8)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import QApplication

from callassist.cli import main
from callassist.services.client_search import ClientMatch
from callassist.storage.engine import Database
from tests.factories import make_client
from tests.gui.conftest import press
from ui.client_search import ClientSearchModel
from ui.operator_window import OperatorWindow
from ui.shell import Shell

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
MOBILE, OFFICE = "+79161234567", "+74951112233"


class Softphone(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def dial(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def _focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def _type(text: str) -> None:
    """Type ``text`` where the focus is, one key event per character (Cyrillic too: QTest.keyClicks knows only
    Latin keys), as a keyboard with the Russian layout sends it."""
    target = QApplication.focusWidget()
    assert target is not None
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))


def _tab_to(window: OperatorWindow, name: str) -> None:
    for _ in range(15):
        if _focused() == name:
            return
        press(window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}; focus is on {_focused()}")


def _shown_json(url: str, client_id: int, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    assert main(["client", "show", str(client_id), "--json", "--db", url]) == 0
    return dict(json.loads(capsys.readouterr().out.strip().splitlines()[-1]))


def _agree(window: OperatorWindow, url: str, client_id: int, capsys: pytest.CaptureFixture[str]) -> None:
    """The card says what ``client show --json`` says: names, stage and every phone with its status."""
    card = window.card.client
    assert card is not None and card.id == client_id
    shown = _shown_json(url, client_id, capsys)
    assert (shown["name"], shown["patronymic"]) == (card.full_name, card.patronymic)
    assert shown["phones"] == [
        {"e164": p.e164, "extension": p.extension, "status": p.status.value} for p in card.phones
    ]
    assert shown["state"] == card.state.value


def test_find_open_edit_add_phone_mark_wrong_and_f4_dials_the_second_by_keys_only(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    capsys: pytest.CaptureFixture[str],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    make_client(seeded, now, "Сидоров Павел", phones=("+79035550000",))
    client_id = make_client(seeded, now, "Иванов Пётр", phones=(MOBILE,), first_name="Пётр", last_name="Иванов")
    url = seeded.engine.url.render_as_string(hide_password=False)
    shell = shells(url)
    window = shell.window
    assert window is not None

    press(window, Qt.Key.Key_F11)  # find, typed the way the client says it on an inbound call
    QApplication.processEvents()  # the find window takes the focus when it is activated
    assert _focused() == "clientSearch"
    _type("8 916 123-45-67")
    press(window, Qt.Key.Key_Return)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None and window.call.client.id == client_id  # claimed: the usual wrap-up follows
    QApplication.processEvents()  # the operator window is active again
    _agree(window, url, client_id, capsys)

    press(window, Qt.Key.Key_F12, Qt.KeyboardModifier.ShiftModifier)  # edit: last name, first name, patronymic
    loop.run_until_complete(shell.tasks.idle())
    QApplication.processEvents()
    assert _focused() == "editLastName"
    _tab_to(window, "editPatronymic")
    _type("Сергеевич")
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert window.card.client is not None and window.card.client.patronymic == "Сергеевич"
    assert window.card.client.address_form == "Пётр Сергеевич"
    _agree(window, url, client_id, capsys)

    QApplication.processEvents()
    press(window, Qt.Key.Key_F4, SHIFT)  # the phones: type a new number and Enter adds it
    assert _focused() == "phoneListView"
    press(window, Qt.Key.Key_Tab)
    assert _focused() == "phoneInput"
    _type("8 (495) 111-22-33")
    press(window, Qt.Key.Key_Return)
    loop.run_until_complete(shell.tasks.idle())
    assert [p.e164 for p in window.card.client.phones] == [MOBILE, OFFICE]
    _agree(window, url, client_id, capsys)

    press(window, Qt.Key.Key_F4, SHIFT)  # the first number (the one F4 dials now) is a wrong number
    press(window, Qt.Key.Key_Home)
    _tab_to(window, "markWrongButton")
    press(window, Qt.Key.Key_Space)
    loop.run_until_complete(shell.tasks.idle())
    assert [p.status.value for p in window.card.client.phones] == ["wrong_number", "ok"]
    _agree(window, url, client_id, capsys)

    softphone = Softphone()
    QDesktopServices.setUrlHandler("tel", softphone, "dial")
    try:
        press(window, Qt.Key.Key_F4)
        loop.run_until_complete(shell.tasks.idle())
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    assert softphone.opened == [f"tel:{OFFICE}"]
    history = {(change.field, change.new_value) for change in window.card.client.changes}
    assert ("patronymic", "Сергеевич") in history and ("phone", OFFICE) in history


def test_rule_8_a_client_held_by_another_operator_is_found_read_only(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    client_id = make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Иванов Пётр", phones=(MOBILE,))
    url = seeded.engine.url.render_as_string(hide_password=False)
    anna = shells(url, "Анна")
    assert anna.window is not None
    anna.window.take_next()  # Anna holds the client
    loop.run_until_complete(anna.tasks.idle())
    assert anna.window.call is not None

    boris = shells(url, "Борис")
    window = boris.window
    assert window is not None
    window.activateWindow()
    press(window, Qt.Key.Key_F11)
    QApplication.processEvents()
    _type("Иванов")
    press(window, Qt.Key.Key_Return)
    loop.run_until_complete(boris.tasks.idle())

    assert window.call is None  # nothing claimed, no call started
    assert window.card.client is not None and window.card.client.id == client_id
    assert window.card.read_only and "Анна" in window.card.read_only_banner.text()
    assert not window.card.edit_button.isEnabled()
    assert not window.card.phone_list.add.isEnabled() and not window.card.phone_list.wrong.isEnabled()
    results = window.clients.search
    assert results is not None and results.model.found(0).holder == "Анна"


def test_search_results_model_passes_qtmodeltester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    from callassist.domain import ClientState

    model = ClientSearchModel()
    model.set_matches(
        [
            ClientMatch(1, "Иванов Пётр", "Вектор", (MOBILE, OFFICE), ClientState.NEW, None, "Анна", 100.0),
            ClientMatch(2, "Smith John", "", (), ClientState.FUTURE, "Boris", None, 90.0),
        ]
    )
    qtmodeltester.check(model)
    assert model.data(model.index(0, 2)) == f"{MOBILE}, {OFFICE}"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.UserRole) == 2


def test_a_client_added_by_hand_opens_and_a_duplicate_opens_the_existing_one(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    existing = make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Сидоров Павел", phones=(MOBILE,))
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    tools = window.clients

    def add(name: str, phone: str) -> None:
        press(window, Qt.Key.Key_F11)
        QApplication.processEvents()
        _tab_to(window, "addClientButton")
        press(window, Qt.Key.Key_Space)
        QApplication.processEvents()
        assert _focused() == "newClient_full_name"
        _type(name)
        _tab_to(window, "newClient_phone")
        _type(phone)
        press(window, Qt.Key.Key_Return, CTRL)
        loop.run_until_complete(shell.tasks.idle())

    add("Орлова Мария Ивановна", "8 (903) 111-22-33")
    assert window.call is not None and window.card.client is not None
    added = window.card.client
    assert (added.last_name, added.first_name, added.patronymic) == ("Орлова", "Мария", "Ивановна")
    assert [p.e164 for p in added.phones] == ["+79031112233"]
    assert tools.new_client is not None and not tools.new_client.isVisible()

    press(window, Qt.Key.Key_2, CTRL)  # no answer; the wrap-up is saved before another client opens (rule 9)
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is None
    add("П. Сидоров", "+7 916 123 45 67")
    assert window.card.client is not None and window.card.client.id == existing  # opened, not added twice
