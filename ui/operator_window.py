"""The operator window: queue, client card, script and wrap-up, with the pipeline always in sight.

The call itself lives in a :class:`~callassist.call_session.CallSession` (no Qt): claiming, the draft, saving
through the outbox, the lease's heartbeat. The window shows it and forwards keys; it holds no call state of its own.
Every database call goes through the task runner; the window reacts when it returns. An outcome is confirmed only
after the core has committed it (rule 10), and the next client opens only after that (rule 9).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QKeyCombination, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from callassist.call_session import CallEvent, CallSaved, CallSession, LeaseLost, OfflineRefused, OpenCall, ScriptTrail
from callassist.domain import AttemptResult, Changes, ClientView, ConversationResult, SeenClient
from callassist.drafts import DraftStore
from callassist.errors import UserInputError
from callassist.messages import render
from callassist.scheduling import QuickPick
from callassist.services.desk import OperatorDesk
from callassist.services.queue import COUNT_CAP
from ui import help_overlay, reminders, softphone_link
from ui.changes import ChangeHub
from ui.client_card import ClientCard
from ui.client_tools import ClientTools
from ui.promise_dialog import PromiseDialog
from ui.queue_model import QueueModel
from ui.queue_panel import QueuePanel
from ui.script_editor import ScriptEditor
from ui.script_panel import ScriptPanel
from ui.tasks import TaskRunner
from ui.wrapup_form import WrapUpForm

HEARTBEAT_MS = 60_000
OUTBOX_RETRY_MS = 15_000  # team mode: how often outcomes kept offline are sent again
DRAFT_DEBOUNCE_MS = 150


class OperatorWindow(QMainWindow):
    """Signals:
    sessionEvent(object): a CallEvent from the call session, carried to the GUI thread.
    """

    sessionEvent = Signal(object)

    def __init__(self, desk: OperatorDesk, tasks: TaskRunner, hub: ChangeHub, drafts: DraftStore) -> None:
        super().__init__()
        self.setObjectName("operatorWindow")
        self.desk, self.tasks, self.hub = desk, tasks, hub
        self.session = CallSession(desk, drafts)
        self.session.subscribe(self.sessionEvent.emit)  # may fire on the database thread: queued to this one
        self.promise_dialog: PromiseDialog | None = None
        self.sessionEvent.connect(self._on_session_event)
        self.setWindowTitle(self.tr("CallAssist — %1").replace("%1", desk.operator_name))
        self._timers()
        self._build()
        self._shortcuts()
        self.clients = ClientTools(self)  # issue 14: F11 find, Shift+F12 edit, phones, Alt+0 stage
        self.help = help_overlay.install(self)  # F1
        self.reminders = reminders.install(self, self)  # callback banner, calendar export (issue 6)
        self.softphone = softphone_link.install(
            self
        )  # F4 through the phone, Ctrl+F4 hang-up, Ctrl/Shift+F2 progressive, call state (issue 18)
        hub.changed.connect(self._on_changes)

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.queue_model = QueueModel(self.tasks, self._load_page)
        self.queue_panel = QueuePanel(self.queue_model)
        self.card = ClientCard()
        self.script = ScriptPanel(self.desk.operator_name, self.tasks)
        settings = self.desk.settings
        self.form = WrapUpForm(settings.office_timezone, settings.calling_start, settings.currency)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.script, stretch=1)
        right_layout.addWidget(self.form)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        for pane in (self.queue_panel, self.card, right):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([520, 420, 500])  # the queue needs room for four columns in Russian
        self.setCentralWidget(self.splitter)
        file_menu = self.menuBar().addMenu(self.tr("File"))
        import_action = file_menu.addAction(self.tr("Import leads…"))
        import_action.setObjectName("importAction")
        import_action.triggered.connect(self.open_import)
        settings_action = file_menu.addAction(self.tr("Settings…"))
        settings_action.setObjectName("settingsAction")
        settings_action.triggered.connect(self.open_settings)
        supervisor = self.menuBar().addMenu(self.tr("Supervisor"))
        supervisor.setObjectName("supervisorMenu")  # team mode hides it from operators (ui/sign_in.apply_role)
        scripts_action = supervisor.addAction(self.tr("Scripts…"))
        scripts_action.setObjectName("scriptEditorAction")
        scripts_action.triggered.connect(self.open_script_editor)
        stats_action = supervisor.addAction(self.tr("Statistics…"))
        stats_action.setObjectName("statisticsAction")
        stats_action.triggered.connect(self.open_dashboard)
        neglect_action = supervisor.addAction(self.tr("Neglected clients…"))
        neglect_action.setObjectName("neglectedClientsAction")
        neglect_action.triggered.connect(self.open_neglected)
        leases_action = supervisor.addAction(self.tr("Leases…"))
        leases_action.setObjectName("leasesAction")
        leases_action.triggered.connect(self.open_leases)
        self.pipeline_label = QLabel()
        self.pipeline_label.setObjectName("pipelineStatus")
        self.timer_label = QLabel()
        self.timer_label.setObjectName("callTimer")
        self.statusBar().addPermanentWidget(self.timer_label)
        self.statusBar().addPermanentWidget(self.pipeline_label)
        self.offline_label = QLabel()  # team mode: outcomes kept in the local outbox while the server is away
        self.offline_label.setObjectName("offlineStatus")
        self.offline_label.setVisible(False)
        self.statusBar().addPermanentWidget(self.offline_label)
        self.queue_panel.next_button.clicked.connect(self.take_next)
        self.queue_panel.itemChosen.connect(lambda item: self.open_client(item.client_id, item.seen))
        self.card.dialRequested.connect(self.dial)
        self.card.keepRequested.connect(self.keep_promise)
        self.card.moveRequested.connect(self.move_promise)
        self.form.saveRequested.connect(self.save_outcome)
        self.form.changed.connect(self._draft_timer_start)
        self._set_open(None)

    def _shortcuts(self) -> None:
        def bind(sequence: QKeySequence | QKeyCombination | str, slot: Any) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        bind("F2", self.take_next)
        bind("F3", self.script.open_palette)
        bind("F4", self._dial_first)
        bind("F5", self.refresh)
        for number, attempt in enumerate(AttemptResult, start=1):
            bind(f"Ctrl+{number}", lambda r=attempt: self.form.set_attempt(r))
        for key, conversation in zip(("F6", "F7", "F8", "F9", "F10"), ConversationResult, strict=True):
            bind(key, lambda r=conversation: self.form.set_conversation(r))
        for digit, pick in zip("7890", QuickPick, strict=True):
            bind(f"Ctrl+{digit}", lambda p=pick: self.form.apply_quick_pick(p))
        bind("Ctrl+F11", lambda: self.keep_promise(None))
        bind("Ctrl+Shift+F11", lambda: self.move_promise(None))
        bind("F12", self.form.focus_first)  # from anywhere: into the wrap-up form
        bind(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return), self.save_outcome)
        bind(QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Enter), self.save_outcome)

    def _timers(self) -> None:
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._send_heartbeat)
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DEBOUNCE_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(OUTBOX_RETRY_MS)
        self._drain_timer.timeout.connect(lambda: self.tasks.spawn(self._drain_outbox()))
        self._drain_timer.start()

    # --- loading ------------------------------------------------------------------------------------------
    async def _load_page(self, offset: int, limit: int) -> Any:
        return await self.tasks.db(self.desk.queue_page, offset, limit)

    async def load(self) -> None:
        """Fill the window: catalogues, queue, figures, and a client left open by a crash with its draft."""
        reasons = await self.tasks.db(self.desk.refusal_reasons)
        products = await self.tasks.db(self.desk.products)
        self.form.set_catalogues(reasons, products, self.desk.language)
        self._show_offline(await self.tasks.io(self.session.waiting))  # kept from an earlier session
        await self.script.load_script(*await self.tasks.db(self.desk.current_script))
        await self._refresh()
        await self._resume()
        await self.tasks.db(self.session.report_refused)  # refused while this operator was away: shown now

    async def _resume(self) -> None:
        call = await self.tasks.db(self.session.resume)
        if call is not None:
            self._show_call(call)
            if call.entry.attempt_result is not None:
                self.statusBar().showMessage(self.tr("The unsaved wrap-up was restored."), 10_000)

    def refresh(self) -> None:
        self.tasks.spawn(self._refresh())

    async def _refresh(self) -> None:
        await self.queue_model.reload()
        figures = await self.tasks.db(self.desk.pipeline)
        self.pipeline_label.setText(
            self.tr("Future: %1 · Due today: %2 · Calls today: %3 of %4 · In queue: %5")
            .replace("%1", str(figures.future_clients))
            .replace("%2", str(figures.due_today))
            .replace("%3", str(figures.calls_today))
            .replace("%4", str(figures.daily_goal))
            .replace("%5", f"{COUNT_CAP}+" if figures.in_queue > COUNT_CAP else str(figures.in_queue))
        )
        await self.reminders.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.queue or changes.calls:
            self.refresh()

    # --- the call -----------------------------------------------------------------------------------------
    @property
    def call(self) -> OpenCall | None:
        """The session's open call (the window keeps none of its own)."""
        return self.session.call

    def show_error(self, error: UserInputError) -> None:
        """A refusal in the operator's language, with focus on the field it names."""
        self.form.show_error(error, language=self.desk.language)
        self.statusBar().showMessage(error.render(self.desk.language), 8000)

    def take_next(self) -> None:
        self.tasks.spawn(self._take_next())

    async def _take_next(self) -> None:
        if self.call is not None:  # rule 9, said here without a trip to the database thread
            self.statusBar().showMessage(self.tr("Save how this call ended before taking the next client."), 8000)
            self.form.focus_first()
            return
        try:
            client = await self.tasks.db(self.session.take_next)  # sends waiting outcomes first
        except UserInputError as error:
            self.show_error(error)
            return
        if client is None:
            self.statusBar().showMessage(self.tr("The queue is empty for now."), 8000)
            return
        self._show_call(self.session.call)

    def open_client(self, client_id: int, seen: SeenClient | None = None) -> None:
        """Open a client by id; ``seen`` (from a queue row) makes the claim refuse a client worked since."""
        self.tasks.spawn(self._open_client(client_id, seen))

    async def _open_client(self, client_id: int, seen: SeenClient | None = None) -> None:
        if self.call is not None:
            self.statusBar().showMessage(self.tr("Save how this call ended before opening another client."), 8000)
            return
        try:
            await self.tasks.db(self.session.open_client, client_id, seen)
        except UserInputError as error:
            if error.code.startswith("reopen."):  # the row was stale: say who worked it and when, show the queue now
                self.statusBar().showMessage(error.render(self.desk.language), 15_000)
                await self._refresh()
                return
            self.show_error(error)
            return
        self._show_call(self.session.call)

    async def preview_next(self) -> None:
        """Show the first client of the queue as a call would, read-only: no lease, no draft, nothing written (for
        ``--screenshot --view call``; the session holds no call, so nothing can be saved from it)."""
        page = await self.tasks.db(self.desk.queue_page, 0, 1)
        if not page.items:
            return
        client_id = page.items[0].client_id
        client = await self.tasks.db(self.desk.client_view, client_id)
        clock = await self.tasks.db(self.desk.client_clock, client_id)
        now = self.desk.now()
        self.card.show_client(client, now, self.desk.settings.office_timezone)
        self.script.show_client(client)
        self.form.set_now(now)
        self.form.set_client(client, clock)
        self.form.reset()
        self.form.setEnabled(True)

    def _show_call(self, call: OpenCall | None) -> None:
        if call is None:
            return
        now = self.desk.now()
        restored = call.entry  # a draft's entry, or an empty one
        self.card.set_read_only(None)
        self.card.show_client(call.client, now, self.desk.settings.office_timezone)
        self.script.show_client(call.client)
        self.form.set_now(now)
        self.form.set_client(call.client, call.clock)
        self.form.reset()
        if restored != type(restored)():
            self.form.restore(restored)
        self.session.update(self.form.entry())  # the session holds what the form shows
        self._set_open(call.client)
        self.softphone.call_opened()
        if call.dialled:
            self._tick.start()
        self.form.attempt.setFocus()

    def _set_open(self, client: ClientView | None) -> None:
        self.queue_panel.next_button.setEnabled(client is None)  # rule 9: wrap-up first
        self.form.setEnabled(client is not None)
        if client is None:
            self.form.set_client(None, None)
            self._heartbeat.stop()
            self._tick.stop()
            self.timer_label.clear()
        else:
            self._heartbeat.start()

    def _dial_first(self) -> None:
        if self.call is not None and self.call.client.phone_to_dial is not None:
            self.dial(self.call.client.phone_to_dial.e164)

    def dial(self, number: str) -> None:
        """Hand the number to the softphone; with nothing to handle ``tel:``, put it on the clipboard."""
        if self.call is None:
            return
        self.session.note_dialled(number)
        self._tick.start()
        self._show_timer()
        if not self.softphone.dial(number) and not QDesktopServices.openUrl(QUrl(self.clients.dial_url(number))):
            QGuiApplication.clipboard().setText(number)
            self.statusBar().showMessage(
                self.tr("No phone app answered: %1 is copied, paste it into your softphone.").replace("%1", number),
                8000,
            )
        self.save_draft()

    def _show_timer(self) -> None:
        call = self.call
        if call is not None and call.dialled:
            seconds = int((self.desk.now() - call.started_at).total_seconds())
            self.timer_label.setText(self.tr("On the call: %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}"))

    def _send_heartbeat(self) -> None:
        if self.call is not None:
            self.tasks.spawn(self.tasks.db(self.session.heartbeat))  # a lost lease comes back as an event

    # --- promises (rule 6) ----------------------------------------------------------------------------------
    def keep_promise(self, follow_up_id: int | None) -> None:
        self._ask_promise(follow_up_id, moving=False)

    def move_promise(self, follow_up_id: int | None) -> None:
        self._ask_promise(follow_up_id, moving=True)

    def _ask_promise(self, follow_up_id: int | None, moving: bool) -> None:
        """Open the keep/move dialog (``open()``, never ``exec()``) for a promise of the open client."""
        promise = self.card.promise(follow_up_id)
        if self.call is None or promise is None:
            return
        zone = ZoneInfo(self.desk.settings.office_timezone)
        self.promise_dialog = PromiseDialog(promise, moving, self.form.both_clocks, self.desk.now(), zone, self)
        self.promise_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.promise_dialog.answered.connect(lambda text, due: self.tasks.spawn(self._answer(promise.id, text, due)))
        self.promise_dialog.open()

    async def _answer(self, follow_up_id: int, text: str, due: Any) -> None:
        try:
            if due is None:
                client = await self.tasks.db(self.session.keep_promise, follow_up_id, text)
            else:
                client = await self.tasks.db(self.session.move_promise, follow_up_id, due, text)
        except UserInputError as error:
            if self.promise_dialog is not None:
                self.promise_dialog.show_error(error.render(self.desk.language), error.field)
            return
        if self.promise_dialog is not None:
            self.promise_dialog.accept()
        self.activateWindow()  # back to the call: keys reach the window's shortcuts again
        self.card.show_client(client, self.desk.now(), self.desk.settings.office_timezone)
        self.form.set_client(client, self.call.clock if self.call else None)
        self.form.focus_first()
        self.hub.broadcast(Changes(clients=frozenset({client.id}), queue=True))

    # --- saving -------------------------------------------------------------------------------------------
    def save_outcome(self) -> None:
        if self.call is not None:
            self.tasks.spawn(self._save_outcome())

    def _trail(self) -> ScriptTrail:
        script = self.script
        return ScriptTrail(script.script_version_id, script.path(), script.objections(), script.unscripted())

    async def _save_outcome(self) -> None:
        call = self.call
        assert call is not None
        if call.lease_lost:  # nothing can be saved over a client someone else holds: the call is closed unsaved
            await self.tasks.io(self.session.abandon)
            self._closed()
            return
        entry = self.form.entry()
        self.session.update(entry)
        if self.form.round_into_hours():  # shown first, saved on the next Ctrl+Enter: no silent change
            return
        try:
            outcome = self.session.build_outcome(entry, self._trail(), self.softphone.measured())
        except UserInputError as error:
            self.show_error(error)
            return
        if not await self.reminders.callback_time_confirmed(outcome):
            return
        self.form.save.setEnabled(False)
        try:
            await self.tasks.db(self.session.save, entry, self._trail(), self.softphone.measured())
        except UserInputError as error:
            self.show_error(error)
        finally:
            self.form.save.setEnabled(True)
        # Confirmation, the draft's removal and the next client follow the committed save (CallSaved).

    def _on_session_event(self, event: CallEvent) -> None:
        if isinstance(event, CallSaved):
            self._confirm(event)
        elif isinstance(event, LeaseLost):
            message = render("wrapup.lease_taken", self.desk.language, name=event.client.full_name, key="Ctrl+Enter")
            self.form.show_error(message, "client")
            self.form.save.setText(self.tr("Close this call unsaved (Ctrl+Enter)"))
            self.statusBar().showMessage(message)
        elif isinstance(event, OfflineRefused):
            kept = event.refused
            message = render(
                "wrapup.server_refused",
                self.desk.language,
                name=event.client_name,
                detail=kept.error.render(self.desk.language),
            )
            self.statusBar().showMessage(message)
            self.offline_label.setText(message)
            self.offline_label.setVisible(True)

    def _saved_message(self, event: CallSaved, name: str) -> str:
        """``Saved: Name. Next contact 11.01 10:00 for the client = 09:00 for you.``"""
        when = event.saved.next_contact_at if event.saved is not None else None
        if when is None:
            return self.tr("Saved: %1.").replace("%1", name)
        moment = self.form.both_clocks(when, event.client.timezone)
        return self.tr("Saved: %1. Next contact %2.").replace("%1", name).replace("%2", moment)

    def _confirm(self, event: CallSaved) -> None:
        """Only now, after the commit: the confirmation in both clocks, the next client may open."""
        self._closed()
        name = event.client.full_name
        if event.queued is not None:  # the server is away: kept on this computer, sent when it is back
            self._show_offline(event.queued.waiting)
            message = self.tr("The server cannot be reached: %1 is kept on this computer.").replace("%1", name)
            self.statusBar().showMessage(message, 8000)
            return
        assert event.saved is not None
        self.statusBar().showMessage(self._saved_message(event, name), 15_000)
        self.hub.broadcast(event.saved.changes)

    def _closed(self) -> None:
        self._draft_timer.stop()
        self.card.show_client(None)
        self.script.show_client(None)
        self.form.reset()
        self.form.save.setText(self.tr("Save outcome (Ctrl+Enter)"))
        self._set_open(None)
        self.softphone.saved()
        self.queue_panel.next_button.setFocus()

    async def _drain_outbox(self) -> None:
        """Every 15 s: send outcomes kept while the server was away; each lands once (idempotency keys)."""
        if not self.offline_label.isVisible():
            return
        sent, waiting = await self.tasks.db(self.session.drain)
        self._show_offline(waiting)
        if sent:
            self.hub.broadcast(Changes(queue=True, calls=True))

    def _show_offline(self, waiting: int) -> None:
        self.offline_label.setText(self.tr("Offline, %1 outcomes waiting").replace("%1", str(waiting)))
        self.offline_label.setVisible(waiting > 0)

    def open_settings(self) -> None:
        """File → Settings…; saved team settings apply at once (calling hours, region, goal)."""
        from ui.settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.desk, self.tasks, self)
        self.settings_dialog.saved.connect(lambda _settings: self.refresh())
        self._present(self.settings_dialog)

    # --- supervisor ---------------------------------------------------------------------------------------
    def open_script_editor(self) -> None:
        """The script editor; a saved version reaches the panel (an open call keeps the version it started with)."""
        self.script_editor = ScriptEditor(self.desk.db, self.tasks, self.desk.operator_name, self.desk.language, self)
        self.script_editor.saved.connect(lambda _version: self.tasks.spawn(self._reload_script()))
        self._present(self.script_editor, load=self.script_editor.load)

    def open_import(self) -> None:
        """File → Import leads…: the wizard imports on the database thread; the queue refreshes on success."""
        from ui.import_wizard import ImportWizard

        self.import_wizard = ImportWizard(self.desk.db, self.tasks, self.hub, self.desk.language, self)
        self._present(self.import_wizard)

    def open_dashboard(self) -> None:
        """The statistics dashboard in its own window; it refreshes itself when outcomes are saved."""
        from zoneinfo import ZoneInfo

        from ui.dashboard import StatsDashboard  # pyqtgraph loads only when a supervisor asks for it

        today = self.desk.now().astimezone(ZoneInfo(self.desk.settings.office_timezone)).date()
        zone = self.desk.settings.office_timezone
        self.dashboard = StatsDashboard(self.desk.db, self.tasks, self.hub, zone, self.desk.language, today, self)
        self._present(self.dashboard, window_size=(1280, 820), load=self.dashboard.load)

    def open_leases(self) -> None:
        """Who holds which client, with Release (team mode's leases; on one workstation, this operator's own)."""
        from ui.leases_view import LeasesView

        self.leases_view = LeasesView(self.desk.db, self.tasks, self.hub, self.desk.now, self)
        self._present(self.leases_view, load=self.leases_view.load)

    def open_neglected(self) -> None:
        """Supervisor → Neglected clients…: a read-only window of overdue future clients and untouched ones."""
        from ui.neglect_view import NeglectView

        self.neglect_view = NeglectView(self.desk, self.tasks, self)
        self._present(self.neglect_view, window_size=(1100, 700), load=self.neglect_view.load)

    def _present(
        self,
        view: QWidget,
        window_size: tuple[int, int] | None = None,
        load: Callable[[], Coroutine[Any, Any, object]] | None = None,
    ) -> None:
        """Show a secondary screen without blocking the loop (``open()``/``show()``, never ``exec()``); it is
        deleted when closed and, given ``load``, fills itself from the database thread."""
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if window_size is None and isinstance(view, QDialog):
            view.open()
        else:
            view.setWindowFlag(Qt.WindowType.Window)
            if window_size is not None:
                view.resize(*window_size)
            view.show()
        if load is not None:
            self.tasks.spawn(load())

    async def _reload_script(self) -> None:
        await self.script.load_script(*await self.tasks.db(self.desk.current_script))

    # --- drafts -------------------------------------------------------------------------------------------
    def _draft_timer_start(self) -> None:
        self.session.update(self.form.entry())
        self._draft_timer.start()

    def save_draft(self) -> None:
        """Write the open call's draft now, off the GUI thread (rule 10)."""
        if self.call is not None:
            self.session.update(self.form.entry())
            self.tasks.spawn(self.tasks.io(self.session.save_draft))
