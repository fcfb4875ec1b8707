"""The running application: one database, one task runner, one change hub, the windows."""

from __future__ import annotations

import asyncio
import gc
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from callassist import clock
from callassist.bootstrap import open_ready
from callassist.domain import ClientView
from callassist.drafts import DraftStore
from callassist.services import preview
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.read_only import ReadOnlyDatabase, render_view
from callassist.team.accounts import SignedIn, check_reachable, is_team_url
from ui import formatting
from ui.changes import ChangeHub
from ui.errors import ErrorPresenter
from ui.import_key import bind_import_key
from ui.leases_view import ChangePoller
from ui.operator_window import OperatorWindow
from ui.sign_in import SignInDialog, apply_role, ask_who
from ui.supervisor.context import Screens
from ui.supervisor.menu import VIEWS as SUPERVISOR_VIEWS
from ui.supervisor.menu import SupervisorScreens
from ui.supervisor.menu import render_view as render_supervisor_view
from ui.tasks import TaskRunner
from ui.team_password import add_password_action

SCREENSHOT_SIZE = (1440, 860)


class Shell:
    def __init__(
        self,
        db_url: str,
        operator: str,
        language: str,
        log_file: Path,
        sign_in: bool = False,
        render_only: bool = False,
        size: tuple[int, int] = SCREENSHOT_SIZE,
    ) -> None:
        """``sign_in``: on a PostgreSQL (team) database, ask who is at the workstation before the window opens and
        poll for others' changes; the app asks, tests that drive the loop alone do not.

        ``render_only``: the shell only renders screens (``--screenshot``): it reads the database through a
        read-only view, as an operator who exists there, takes no client and leaves no trace (rule: a render never
        changes data). ``size``: the window's size in pixels."""
        self.db_url, self.operator, self.language = db_url, operator, language
        self.sign_in = sign_in
        self.render_only, self.size = render_only, size
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # render mode: drafts go nowhere real
        self.signed: SignedIn | None = None  # team mode: who signed in
        self.sign_in_dialog: SignInDialog | None = None
        self.errors = ErrorPresenter(log_file)
        self.tasks = TaskRunner(self.errors)
        self.hub = ChangeHub()
        self.db: Database | None = None
        self.window: OperatorWindow | None = None

    async def start(self) -> OperatorWindow:
        if self.render_only:  # a read-only view of the data: a screenshot never changes what it shows
            checked = await self.tasks.db(open_ready, self.db_url)  # the usual checks: a database CallAssist knows
            checked.dispose()
            self.db, self.operator = await self.tasks.db(
                render_view, self.db_url, self.operator, self._scratch_folder()
            )
        elif self.sign_in and is_team_url(self.db_url):  # the sign-in opens the database as the person's own login
            await self.tasks.db(check_reachable, self.db_url)  # a server that is down is said before any password
            self.sign_in_dialog = SignInDialog(self.db_url, self.tasks, self.operator, language=self.language)
            self.signed = await ask_who(self.sign_in_dialog)
            self.operator = self.signed.name
            self.db = self.signed.db
        else:
            self.db = await self.tasks.db(open_ready, self.db_url)
        db = self.db
        assert db is not None
        team = self.signed is not None  # a team login only finds its user: a supervisor adds people
        create = not team and not isinstance(db, ReadOnlyDatabase)  # a render's scratch copy may add its operator
        desk = await self.tasks.db(OperatorDesk, db, self.operator, clock.now, "ru", create)
        desk.language = self.language
        formatting.set_operator_zone(ZoneInfo(desk.settings.office_timezone))
        self.tasks.spawn(self.tasks.db(desk.warm_up))  # the database thread reads the zones while the window builds
        await asyncio.sleep(0)  # let it reach the database thread before building the window keeps this one busy
        self.window = OperatorWindow(desk, self.tasks, self.hub, self._drafts())
        self.supervisor = SupervisorScreens(self.window, Screens(desk, self.tasks, self.hub))  # issue 15's screens
        self.errors.window = self.window
        bind_import_key(self.window)
        if self.signed is not None:
            apply_role(self.window, self.signed)
            add_password_action(self.window, self.db_url, self.signed.name, self.tasks, self.language)
            ChangePoller(db, self.tasks, self.hub, self.window).start()  # others' outcomes refresh the queue
        self.window.resize(*self.size)
        self.window.show()
        await self.window.load()
        # What is built by now lives as long as the window. A full collection holds the GIL, so it stalls the GUI
        # for as long as it scans: frozen objects are skipped (measured: 250-340 ms per full pass, 10-20 ms frozen).
        gc.freeze()
        return self.window

    def _drafts(self) -> DraftStore:
        if not self.render_only:
            return DraftStore(self.operator)
        # A render neither restores the operator's unsaved wrap-up (that would claim its client) nor writes one.
        return DraftStore(self.operator, self._scratch_folder())

    def _scratch_folder(self) -> Path:
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="callassist-render-")
        return Path(self._scratch.name)

    async def render(self, view: str, path: Path) -> None:
        assert self.window is not None
        if view in SUPERVISOR_VIEWS:
            await render_supervisor_view(self.supervisor, view, path)
            return
        if view == "dashboard":
            await self._render_dashboard(path)
            return
        if view == "settings":
            await self._render_settings(path)
            return
        if view == "import":
            await self._render_import(path)
            return
        if view in ("client", "search"):  # issue 14: the editor over a taken client, or found clients
            from ui.client_screens import render_client_view

            await render_client_view(self.window, view, self.language, path)
            return
        if view in ("call", "palette"):
            await self._show_next_call()
        await self.tasks.idle()
        if view == "palette":  # a call with the objection palette open, for the README
            self.window.script.open_palette()
            # A price objection, typed the way an operator would in the window's language.
            self.window.script.search.setText("дорого" if self.language == "ru" else "expensive")
        QApplication.processEvents()
        _share_panes(self.window)  # once laid out, and with the wrap-up form showing only the rows a call needs
        QApplication.processEvents()
        _save(self.window.grab(), path)

    async def _show_next_call(self) -> None:
        """The call F2 would start, shown from a read of the queue: no lease is taken, nothing is written."""
        assert self.window is not None
        window = self.window
        client: ClientView | None = await self.tasks.db(preview.next_client_view, window.desk)
        if client is None:
            return
        now = window.desk.now()
        window.card.show_client(client, now, window.desk.settings.office_timezone)
        window.script.show_client(client)
        window.form.set_now(now)
        window.form.reset()
        window.form.setEnabled(True)
        window.queue_panel.next_button.setEnabled(False)  # as during a call: wrap up first
        window.form.attempt.setFocus()

    async def _render_dashboard(self, path: Path) -> None:
        assert self.window is not None
        self.window.open_dashboard()
        dashboard = self.window.dashboard
        dashboard.resize(*self.size)
        await self.tasks.idle()
        start = dashboard.date_to.date().addDays(-13)
        dashboard.date_from.setDate(start)  # two weeks: enough history for the charts to say something
        await self.tasks.idle()
        dashboard.table.setFocus()  # not the date field, whose selected text would look like a glitch
        QApplication.processEvents()
        _save(dashboard.grab(), path)

    async def _render_settings(self, path: Path) -> None:
        assert self.window is not None
        self.window.open_settings()
        dialog = self.window.settings_dialog
        dialog.test_dial()  # show what the Test button says
        await self.tasks.idle()
        dialog.adjustSize()
        QApplication.processEvents()
        _save(dialog.grab(), path)

    async def _render_import(self, path: Path) -> None:
        assert self.window is not None
        from ui.import_wizard import write_sample

        self.window.open_import()
        wizard = self.window.import_wizard
        wizard.resize(min(wizard.width(), self.size[0]), min(wizard.height(), self.size[1]))
        with tempfile.TemporaryDirectory() as folder:
            wizard.set_path(write_sample(Path(folder)))  # a sample file, previewed and mapped, nothing imported
            await self.tasks.idle()
            wizard.start_preview()  # the dry run's counts and examples: still nothing written
            await self.tasks.idle()
            QApplication.processEvents()
            _save(wizard.grab(), path)

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
        if self._scratch is not None:
            self._scratch.cleanup()


# Queue, card, script and wrap-up: the queue gets the most, so a client's name and company stay readable in their
# own columns even on a 1280-pixel screen (the screenshots; the app keeps the operator's own splitter state).
PANE_SHARES = (0.40, 0.26, 0.34)


def _share_panes(window: OperatorWindow) -> None:
    width = window.width()
    window.splitter.setSizes([round(width * share) for share in PANE_SHARES])


def _save(picture: QPixmap, path: Path) -> None:
    if not picture.save(str(path)):  # the command line checked the folder: a failure here is logged as a bug
        raise OSError(f"could not write the screenshot to {path}")
