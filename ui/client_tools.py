"""The operator window's client tools (issue 14): find a client (F11), edit the card (Shift+F12), the phone list,
a client added by hand, the wrap-up's buying stage (Alt+0) and the dial link with the phone's extension.

Kept out of ``OperatorWindow`` so the window only wires it: ``self.clients = ClientTools(self)``. Every change runs on
the database thread through ``ClientDesk`` and then shows the card again from the database, so the card always says
what is stored. A found client a colleague holds is shown read-only with their name (rule 8); a free one is claimed
and opened as a call, recorded with the usual wrap-up (an inbound call).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut

from callassist.domain import Changes, ClientView, PhoneStatus
from callassist.errors import UserInputError
from callassist.services.client_desk import ClientDesk
from callassist.services.client_phones import dial_target
from callassist.services.settings_service import DEFAULT_DIAL_TEMPLATE
from ui import window_state
from ui.client_editor import ClientEditor
from ui.client_search import ClientSearch
from ui.new_client import NewClientDialog

if TYPE_CHECKING:
    from ui.operator_window import OperatorWindow

FIND_KEY, EDIT_KEY, STAGE_KEY, PHONES_KEY = "F11", "Shift+F12", "Alt+0", "Shift+F4"


class ClientTools(QObject):
    def __init__(self, window: OperatorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk = ClientDesk(window.desk)
        self.search: ClientSearch | None = None
        self.editor: ClientEditor | None = None
        self.new_client: NewClientDialog | None = None
        for key, slot in (
            (FIND_KEY, self.open_search),
            (EDIT_KEY, self.edit_card),
            (STAGE_KEY, window.form.stage.step),
            (PHONES_KEY, window.card.phone_list.focus_phones),
        ):
            QShortcut(QKeySequence(key), window).activated.connect(slot)
        self._indexing = False
        window.hub.changed.connect(lambda _changes: self.index_backlog())  # an import adds clients to index
        self.index_backlog()
        card = window.card
        card.editRequested.connect(self.edit_card)
        phones = card.phone_list
        phones.addRequested.connect(lambda text: self._change(self.desk.add_phone, text))
        phones.editRequested.connect(lambda phone_id, text: self._change(self.desk.edit_phone, phone_id, text))
        phones.removeRequested.connect(lambda phone_id: self._change(self.desk.remove_phone, phone_id))
        phones.preferRequested.connect(lambda phone_id: self._change(self.desk.prefer_phone, phone_id))
        phones.statusRequested.connect(
            lambda phone_id, status: self._change(self.desk.mark_phone, phone_id, PhoneStatus(status))
        )

    @property
    def language(self) -> str:
        return self.window.desk.language

    # --- find ---------------------------------------------------------------------------------------------------
    def open_search(self) -> None:
        if self.search is None:
            self.search = ClientSearch(self.window.tasks, self._find, self.window)
            self.search.clientChosen.connect(self.open_found)
            self.search.newClientRequested.connect(self.open_new_client)
        self.search.open()  # window-modal until Enter opens a client or Esc closes it; never exec()
        self.search.activateWindow()
        self.search.field.setFocus()
        self.search.field.selectAll()

    async def _find(self, text: str) -> Any:
        return await self.window.tasks.db(self.desk.find, text)

    def open_found(self, client_id: int) -> None:
        self.window.tasks.spawn(self._open_found(client_id))

    async def _open_found(self, client_id: int) -> None:
        window = self.window
        if window.call is not None and window.call.client.id != client_id:
            window.statusBar().showMessage(self.tr("Save how this call ended before opening another client."), 8000)
            return
        try:
            opened = await window.tasks.db(self.desk.open_found, client_id)
        except UserInputError as error:
            window.statusBar().showMessage(error.render(self.language), 8000)
            return
        if self.search is not None:
            self.search.hide()
            window.activateWindow()
        if opened.read_only:  # rule 8: shown, not claimed; no call starts
            window.card.set_read_only(opened.holder)
            window.card.show_client(opened.view, window.desk.now(), window.desk.settings.office_timezone)
            return
        if window.call is None:  # the search claimed it for this operator: the call session takes it from here
            await window.tasks.db(window.session.adopt, opened.view)
            window._show_call(window.session.call)
        else:
            self._show(opened.view)

    def index_backlog(self) -> None:
        """Index clients added by an import for the find field, a batch per unit of work, in the background."""
        if not self._indexing:
            self._indexing = True
            self.window.tasks.spawn(self._index_backlog())

    async def _index_backlog(self) -> None:
        try:
            while await self.window.tasks.db(self.desk.index_backlog):
                pass
        finally:
            self._indexing = False

    # --- edit ---------------------------------------------------------------------------------------------------
    def edit_card(self) -> None:
        client = self.window.card.client
        if client is None or self.window.card.read_only:
            return
        tasks = self.window.tasks
        self.editor = ClientEditor(
            tasks,
            lambda client_id: tasks.db(self.desk.view, client_id),
            lambda edit: tasks.db(self.desk.edit, edit),
            lambda zone, country: tasks.db(self.desk.local_hours, zone, country),
            self.language,
            self.window,
        )
        self.editor.show_client(client)
        self.editor.saved.connect(lambda client_id: self.window.tasks.spawn(self.reload(client_id)))
        self.editor.finished.connect(lambda _result: self.window.activateWindow())  # the keyboard back to the call
        self.editor.open()
        self.editor.activateWindow()
        self.editor.fields["lastName"].setFocus()

    def open_new_client(self) -> None:
        self.new_client = NewClientDialog(
            self.window.tasks, lambda form: self.window.tasks.db(self.desk.add_client, form), self.language, self.window
        )
        self.new_client.added.connect(lambda client_id, _existing: self.open_found(client_id))
        self.new_client.open()

    def _change(self, action: Callable[..., Changes], *args: Any) -> None:
        client = self.window.card.client
        if client is not None:
            self.window.tasks.spawn(self._apply(action, client.id, *args))

    async def _apply(self, action: Callable[..., Changes], client_id: int, *args: Any) -> None:
        try:
            changes = await self.window.tasks.db(action, client_id, *args)
        except UserInputError as error:
            self.window.statusBar().showMessage(error.render(self.language), 8000)
            return
        self.window.card.phone_list.input.clear()
        await self.reload(client_id)
        self.window.hub.broadcast(changes)

    async def reload(self, client_id: int) -> None:
        """Show the client again as stored (after an edit), and let the open call dial its current numbers."""
        self._show(await self.window.tasks.db(self.desk.view, client_id))
        self.window.hub.broadcast(Changes(clients=frozenset({client_id}), queue=True))

    def _show(self, view: ClientView) -> None:
        window = self.window
        if window.call is not None and window.call.client.id == view.id:
            window.call.client = view
            target = view.phone_to_dial
            if not window.call.dialled and target is not None:
                window.call.phone = target.e164
        window.card.show_client(view, window.desk.now(), window.desk.settings.office_timezone)

    # --- dialling -----------------------------------------------------------------------------------------------
    def dial_url(self, number: str) -> str:
        """The link for ``number`` with this workstation's template, its extension put where the template says."""
        call = self.window.call
        phone = next((p for p in call.client.phones if p.e164 == number), None) if call is not None else None
        if phone is None:
            return window_state.dial_url(number)
        try:
            return dial_target(window_state.load_workstation().dial_template, phone)
        except UserInputError:
            return dial_target(DEFAULT_DIAL_TEMPLATE, phone)
