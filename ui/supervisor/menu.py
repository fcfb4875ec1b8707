"""Puts the issue-15 screens in the operator window's Supervisor menu (Ctrl+F6…F9), keeps the wrap-up form's
catalogues and the card's do-not-call note current, and renders each screen for ``--screenshot``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from callassist.domain import Changes
from callassist.messages import render
from callassist.services import catalogues, do_not_call, lead_lists, scripts
from ui import formatting
from ui.supervisor.context import Screens

VIEWS = ("catalogues", "lists", "dnc", "users")  # the --view names of these screens
SIZES = {"catalogues": (1100, 720), "lists": (1280, 820), "dnc": (1000, 720), "users": (900, 600)}


class SupervisorScreens(QObject):
    """The four screens of one operator window (``window``: ui.operator_window.OperatorWindow)."""

    def __init__(self, window: Any, screens: Screens) -> None:
        super().__init__(window)
        self.window, self.screens = window, screens
        self.views: dict[str, QWidget] = {}
        self.team_script: int | None = None  # the team's script version, once a list's own script replaced it
        menu = window.findChild(QMenu, "supervisorMenu")
        if menu is not None:
            entries = (
                ("catalogues", self.tr("Catalogues…"), "Ctrl+F6", "cataloguesAction"),
                ("lists", self.tr("Lead lists…"), "Ctrl+F7", "leadListsAction"),
                ("dnc", self.tr("Do-not-call list…"), "Ctrl+F8", "doNotCallAction"),
                ("users", self.tr("Users…"), "Ctrl+F9", "usersAction"),
            )
            for view, title, key, name in entries:
                action = menu.addAction(title)
                action.setObjectName(name)
                action.setShortcut(key)
                action.triggered.connect(lambda _=False, v=view: self.open(v))
        screens.hub.changed.connect(self._on_changes)
        window.card.clientShown.connect(self._show_do_not_call)
        window.card.clientShown.connect(self._use_list_script)

    def build(self, view: str) -> QWidget:
        # Imported when first opened: the users screen brings psycopg, the do-not-call one the file readers, and
        # an operator's start-up needs neither.
        from ui.supervisor.catalogue_window import CataloguesWindow
        from ui.supervisor.dnc_view import DoNotCallView
        from ui.supervisor.lists_view import ListsView
        from ui.supervisor.users_view import UsersView

        makers = {"catalogues": CataloguesWindow, "lists": ListsView, "dnc": DoNotCallView, "users": UsersView}
        return makers[view](self.screens, self.window)

    def open(self, view: str) -> QWidget:
        """Show a screen in its own window (never modal) and fill it from the database thread."""
        widget = self.build(view)
        self.views[view] = widget
        self.window._present(widget, window_size=SIZES[view], load=widget.load)  # type: ignore[attr-defined]
        return widget

    def _on_changes(self, changes: Changes) -> None:
        if changes.catalogues:
            self.screens.tasks.spawn(self._reload_form())

    async def _reload_form(self) -> None:
        """A supervisor's new reason or product reaches this workstation's wrap-up form at once."""
        db = self.screens.desk.db
        reasons = await self.screens.tasks.db(catalogues.refusal_reasons, db)
        products = await self.screens.tasks.db(catalogues.products, db)
        self.window.form.set_catalogues(reasons, products, self.screens.language)

    def _show_do_not_call(self, client_id: int) -> None:
        async def show() -> None:
            why = await self.screens.tasks.db(do_not_call.do_not_call_reason, self.screens.desk.db, client_id)
            card = self.window.card
            if card.client is None or card.client.id != client_id:
                return  # another client is on screen by now
            text = ""
            if why is not None:
                date = formatting.date_time(why.added_at)
                text = render("dnc.card_reason", self.screens.language, phone=why.e164, date=date, reason=why.reason)
            card.show_do_not_call(text)

        self.screens.tasks.spawn(show())

    def _use_list_script(self, client_id: int) -> None:
        """A client of a list with its own script is called with that script; any other with the team's."""

        async def choose() -> None:
            db, panel = self.screens.desk.db, self.window.script
            version = await self.screens.tasks.db(lead_lists.list_script_version, db, client_id)
            if version is None:
                if self.team_script is None or panel.script_version_id == self.team_script:
                    return  # the team's script is on the panel already
                version, script = await self.screens.tasks.db(self.screens.desk.current_script)
            elif version == panel.script_version_id:
                return
            else:
                if self.team_script is None:
                    self.team_script = panel.script_version_id
                script = await self.screens.tasks.db(scripts.script_version, db, version)
            await panel.use_for_call(client_id, version, script)

        self.screens.tasks.spawn(choose())


async def render_view(supervisor: SupervisorScreens, view: str, path: Path) -> None:
    """Open ``view``, let it fill, and save it as a PNG (``--screenshot --view NAME``)."""
    widget = supervisor.open(view)
    await supervisor.screens.tasks.idle()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write the screenshot to {path}")
