"""Team mode asks who is at the workstation before the window opens, and signing in IS connecting as that person's
own PostgreSQL login: a wrong password is refused with a message, the right one opens the window as that login, and
an operator sees no supervisor actions. Unknown names and wrong passwords look the same; failures slow sign-in down.
On a real PostgreSQL that checks passwords with SCRAM."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database, open_database
from callassist.team.accounts import SignInThrottle
from callassist.team.roles import provision
from tests.gui.conftest import loop, press  # noqa: F401  (the qasync loop fixture)
from ui.shell import Shell
from ui.sign_in import SignInDialog

pytestmark = pytest.mark.postgres

PASSWORDS = {"Анна Смирнова": "anna-secret-1", "Светлана Иванова": "sveta-secret-1"}
SUPERVISOR_ACTIONS = ("scriptEditorAction", "statisticsAction", "leasesAction")


@pytest.fixture
def team_db(team_url: str) -> Iterator[Database]:
    provision(
        team_url,
        supervisors={"Светлана Иванова": PASSWORDS["Светлана Иванова"]},
        operators={"Анна Смирнова": PASSWORDS["Анна Смирнова"]},
    )
    db = open_database(team_url)
    yield db
    db.dispose()


@pytest.fixture
def signed_shells(
    loop: asyncio.AbstractEventLoop,  # noqa: F811
    team_url: str,
    team_db: Database,
    tmp_path: Path,
) -> Iterator[Callable[[str, str], Shell]]:
    """Start the app as ``run_app`` does in team mode, signing in through the dialog with a name and password."""
    started: list[Shell] = []

    def start(name: str, password: str) -> Shell:
        shell = Shell(team_url, "", "ru", tmp_path / "callassist.log", sign_in=True)
        started.append(shell)

        async def scenario() -> None:
            starting = asyncio.ensure_future(shell.start())
            while shell.sign_in_dialog is None:  # the database opens first, on the task runner
                await asyncio.sleep(0)
            dialog = shell.sign_in_dialog
            assert shell.window is None and dialog.isVisible()  # nothing else before signing in
            dialog.name.setText(name)
            dialog.password.setText(password)
            dialog.password.setFocus()
            press(dialog, Qt.Key.Key_Return)
            await starting

        loop.run_until_complete(scenario())
        return shell

    yield start
    for shell in started:
        if shell.window is not None:
            shell.window.close()
            shell.window.deleteLater()
        loop.run_until_complete(shell.tasks.idle())
        shell.stop()


def test_the_dialog_refuses_a_wrong_password_and_accepts_the_right_one(
    loop: asyncio.AbstractEventLoop,  # noqa: F811
    team_url: str,
    team_db: Database,
    tmp_path: Path,
) -> None:
    from ui.tasks import TaskRunner

    errors: list[BaseException] = []
    tasks = TaskRunner(errors.append)
    dialog = SignInDialog(team_url, tasks, "Анна Смирнова", throttle=SignInThrottle(tmp_path / "throttle.json"))
    dialog.open()
    try:
        dialog.password.setText(PASSWORDS["Светлана Иванова"])  # someone else's password
        dialog.password.setFocus()
        press(dialog, Qt.Key.Key_Return)
        loop.run_until_complete(tasks.idle())
        assert dialog.signed is None and dialog.isVisible()
        assert dialog.error.isVisible() and "password" in dialog.error.text()
        assert dialog.password.text() == ""  # typed again from scratch

        dialog.password.setText(PASSWORDS["Анна Смирнова"])
        press(dialog, Qt.Key.Key_Return)
        loop.run_until_complete(tasks.idle())
        assert dialog.signed is not None
        assert (dialog.signed.name, dialog.signed.role) == ("Анна Смирнова", "operator")
        assert dialog.signed.db is not None and dialog.signed.db.engine.url.username == "Анна Смирнова"
        assert not dialog.isVisible()
        assert errors == []
    finally:
        if dialog.signed is not None and dialog.signed.db is not None:
            dialog.signed.db.dispose()
        dialog.deleteLater()
        tasks.shutdown()


def _visible_supervisor_actions(shell: Shell) -> list[str]:
    assert shell.window is not None
    menu = shell.window.findChild(QMenu, "supervisorMenu")
    assert menu is not None
    if not menu.menuAction().isVisible():
        return []
    names = []
    for name in SUPERVISOR_ACTIONS:
        action = shell.window.findChild(QAction, name)
        assert action is not None
        if action.isVisible() and action.isEnabled():
            names.append(name)
    return names


def test_an_operator_sees_no_supervisor_actions(signed_shells: Callable[[str, str], Shell]) -> None:
    shell = signed_shells("Анна Смирнова", PASSWORDS["Анна Смирнова"])
    assert shell.window is not None and shell.window.isVisible()
    assert shell.window.desk.operator_name == "Анна Смирнова"
    assert _visible_supervisor_actions(shell) == []
    change = shell.window.findChild(QAction, "changePasswordAction")
    assert change is not None and change.isVisible() and change.isEnabled()


def test_a_supervisor_sees_the_supervisor_actions(signed_shells: Callable[[str, str], Shell]) -> None:
    shell = signed_shells("Светлана  Иванова", PASSWORDS["Светлана Иванова"])
    assert shell.window is not None
    assert shell.window.desk.operator_name == "Светлана Иванова"
    assert _visible_supervisor_actions(shell) == list(SUPERVISOR_ACTIONS)


def test_a_team_desk_finds_its_user_but_never_adds_one(team_db: Database) -> None:
    assert OperatorDesk(team_db, "Анна Смирнова", create_operator=False).operator_name == "Анна Смирнова"
    with pytest.raises(UserInputError, match="ask your supervisor to add you"):
        OperatorDesk(team_db, "Незнакомец", create_operator=False)
    with pytest.raises(UserInputError, match="ask your supervisor"):  # still nobody: nothing was written
        OperatorDesk(team_db, "Незнакомец", create_operator=False)
