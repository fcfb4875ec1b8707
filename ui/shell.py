"""The running application: one database, one task runner, one change hub, the windows."""

from __future__ import annotations

import asyncio
import gc
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from callassist import clock
from callassist.bootstrap import open_ready
from callassist.drafts import DraftStore
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.team.accounts import SignedIn, is_team_url
from ui import formatting
from ui.changes import ChangeHub
from ui.errors import ErrorPresenter
from ui.leases_view import ChangePoller
from ui.operator_window import OperatorWindow
from ui.sign_in import SignInDialog, apply_role, ask_who
from ui.tasks import TaskRunner
from ui.team_password import add_password_action

SCREENSHOT_SIZE = (1440, 860)


class Shell:
    def __init__(self, db_url: str, operator: str, language: str, log_file: Path, sign_in: bool = False) -> None:
        """``sign_in``: on a PostgreSQL (team) database, ask who is at the workstation before the window opens and
        poll for others' changes; the app asks, tests that drive the loop alone do not."""
        self.db_url, self.operator, self.language = db_url, operator, language
        self.sign_in = sign_in
        self.signed: SignedIn | None = None  # team mode: who signed in
        self.sign_in_dialog: SignInDialog | None = None
        self.errors = ErrorPresenter(log_file)
        self.tasks = TaskRunner(self.errors)
        self.hub = ChangeHub()
        self.db: Database | None = None
        self.window: OperatorWindow | None = None

    async def start(self) -> OperatorWindow:
        if self.sign_in and is_team_url(self.db_url):  # the sign-in opens the database as the person's own login
            self.sign_in_dialog = SignInDialog(self.db_url, self.tasks, self.operator, language=self.language)
            self.signed = await ask_who(self.sign_in_dialog)
            self.operator = self.signed.name
            self.db = self.signed.db
        else:
            self.db = await self.tasks.db(open_ready, self.db_url)
        assert self.db is not None
        team = self.signed is not None  # a team login only finds its user: a supervisor adds people
        desk = await self.tasks.db(OperatorDesk, self.db, self.operator, clock.now, "ru", not team)
        desk.language = self.language
        formatting.set_operator_zone(ZoneInfo(desk.settings.office_timezone))
        self.tasks.spawn(self.tasks.db(desk.warm_up))  # the database thread reads the zones while the window builds
        await asyncio.sleep(0)  # let it reach the database thread before building the window keeps this one busy
        self.window = OperatorWindow(desk, self.tasks, self.hub, DraftStore(self.operator))
        self.errors.window = self.window
        if self.signed is not None:
            apply_role(self.window, self.signed)
            add_password_action(self.window, self.db_url, self.signed.name, self.tasks, self.language)
            ChangePoller(self.db, self.tasks, self.hub, self.window).start()  # others' outcomes refresh the queue
        self.window.resize(*SCREENSHOT_SIZE)
        self.window.show()
        await self.window.load()
        # What is built by now lives as long as the window. A full collection holds the GIL, so it stalls the GUI
        # for as long as it scans: frozen objects are skipped (measured: 250-340 ms per full pass, 10-20 ms frozen).
        gc.freeze()
        return self.window

    async def render(self, view: str, path: Path) -> None:
        assert self.window is not None
        if view == "dashboard":
            await self._render_dashboard(path)
            return
        if view == "settings":
            await self._render_settings(path)
            return
        if view == "import":
            await self._render_import(path)
            return
        if view in ("call", "palette"):
            self.window.take_next()
        await self.tasks.idle()
        if view == "palette":  # a call with the objection palette open, for the README
            self.window.script.open_palette()
            # A price objection, typed the way an operator would in the window's language.
            self.window.script.search.setText("дорого" if self.language == "ru" else "expensive")
        QApplication.processEvents()
        if not self.window.grab().save(str(path)):
            raise OSError(f"could not write the screenshot to {path}")

    async def _render_dashboard(self, path: Path) -> None:
        assert self.window is not None
        self.window.open_dashboard()
        dashboard = self.window.dashboard
        await self.tasks.idle()
        start = dashboard.date_to.date().addDays(-13)
        dashboard.date_from.setDate(start)  # two weeks: enough history for the charts to say something
        await self.tasks.idle()
        dashboard.table.setFocus()  # not the date field, whose selected text would look like a glitch
        QApplication.processEvents()
        if not dashboard.grab().save(str(path)):
            raise OSError(f"could not write the screenshot to {path}")

    async def _render_settings(self, path: Path) -> None:
        assert self.window is not None
        self.window.open_settings()
        dialog = self.window.settings_dialog
        dialog.test_dial()  # show what the Test button says
        await self.tasks.idle()
        dialog.adjustSize()
        QApplication.processEvents()
        if not dialog.grab().save(str(path)):
            raise OSError(f"could not write the screenshot to {path}")

    async def _render_import(self, path: Path) -> None:
        assert self.window is not None
        from ui.import_wizard import write_sample

        self.window.open_import()
        wizard = self.window.import_wizard
        with tempfile.TemporaryDirectory() as folder:
            wizard.set_path(write_sample(Path(folder)))  # a sample file, previewed and mapped, nothing imported
            await self.tasks.idle()
            QApplication.processEvents()
            if not wizard.grab().save(str(path)):
                raise OSError(f"could not write the screenshot to {path}")

    async def closed(self) -> None:
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        app = QApplication.instance()
        assert isinstance(app, QApplication)

        def finish() -> None:
            if not done.done():
                done.set_result(None)

        app.lastWindowClosed.connect(finish)
        await done

    def stop(self) -> None:
        if self.window is not None and shiboken6.isValid(self.window):
            for timer in self.window.findChildren(QTimer):  # none may fire into a task runner that is gone
                timer.stop()
        self.tasks.shutdown()
        if self.db is not None:
            self.db.dispose()
