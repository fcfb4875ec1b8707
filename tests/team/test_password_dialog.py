"""A person changes their own password from the app: a wrong current password or two different new ones are
refused in the dialog; the right ones change the login's password on the real server, and the old one stops working."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from PySide6.QtCore import Qt

from callassist.errors import UserInputError
from callassist.team.accounts import change_password
from tests.gui.conftest import loop, press  # noqa: F401  (the qasync loop fixture)
from tests.team.attack_floor import ANNA, PASSWORDS, Floor
from ui.tasks import TaskRunner
from ui.team_password import PasswordDialog

pytestmark = pytest.mark.postgres
NEW = "anna-changed-3"


def fill(dialog: PasswordDialog, current: str, new: str, repeat: str) -> None:
    dialog.current.setText(current)
    dialog.new.setText(new)
    dialog.repeat.setText(repeat)
    dialog.repeat.setFocus()
    press(dialog, Qt.Key.Key_Return)


def test_rule_17_a_person_changes_their_own_password_from_the_app(
    loop: asyncio.AbstractEventLoop,  # noqa: F811
    floor: Floor,
) -> None:
    errors: list[BaseException] = []
    tasks = TaskRunner(errors.append)
    dialog = PasswordDialog(floor.url, ANNA, tasks, "ru")
    dialog.open()
    try:
        fill(dialog, PASSWORDS[ANNA], NEW, NEW + "x")
        loop.run_until_complete(tasks.idle())
        assert dialog.isVisible() and dialog.error.isVisible() and not dialog.changed
        fill(dialog, "not-annas-password", NEW, NEW)
        loop.run_until_complete(tasks.idle())
        assert dialog.error.text() == "Текущий пароль неверен; пароль не изменён." and not dialog.changed
        fill(dialog, PASSWORDS[ANNA], NEW, NEW)
        loop.run_until_complete(tasks.idle())
        assert dialog.changed and not dialog.isVisible()
        assert errors == []
        assert floor.role_after_sign_in(ANNA, NEW) == "operator"
        with pytest.raises(UserInputError):
            floor.sign_in(ANNA)
    finally:
        dialog.deleteLater()
        tasks.shutdown()
        with contextlib.suppress(UserInputError):  # as she was, for the other tests on this server
            change_password(floor.url, ANNA, NEW, PASSWORDS[ANNA])
