"""The operator window: queue, client card, script and wrap-up, with the pipeline always in sight.

Every database call goes through the task runner; the window reacts when it returns. An outcome is confirmed only
after the core has committed it (rule 10), and the next client opens only after that (rule 9).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QKeyCombination, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from callassist.domain import AttemptResult, Changes, ClientView, ConversationResult, Outcome
from callassist.drafts import DraftStore
from callassist.errors import UserInputError
from callassist.scheduling import QuickPick
from callassist.services.desk import OperatorDesk
from callassist.services.queue import COUNT_CAP
from callassist.team.outbox import Outbox, Queued, ResilientDesk
from ui import help_overlay, reminders
from ui.changes import ChangeHub
from ui.client_card import ClientCard
from ui.client_tools import ClientTools
from ui.queue_model import QueueModel
from ui.queue_panel import QueuePanel
from ui.script_editor import ScriptEditor
from ui.script_panel import ScriptPanel
from ui.tasks import TaskRunner
from ui.wrapup_form import WrapUpForm

HEARTBEAT_MS = 60_000
OUTBOX_RETRY_MS = 15_000  # team mode: how often outcomes kept offline are sent again
DRAFT_DEBOUNCE_MS = 150


@dataclass
class OpenCall:
    client: ClientView
    started_at: datetime
    key: str
    phone: str
    dialed: bool = False


class OperatorWindow(QMainWindow):
    def __init__(self, desk: OperatorDesk, tasks: TaskRunner, hub: ChangeHub, drafts: DraftStore) -> None:
        super().__init__()
        self.setObjectName("operatorWindow")
        self.desk, self.tasks, self.hub, self.drafts = desk, tasks, hub, drafts
        self.resilient = ResilientDesk(desk, Outbox())
        self.call: OpenCall | None = None
        self.setWindowTitle(self.tr("CallAssist — %1").replace("%1", desk.operator_name))
        self._timers()
        self._build()
        self._shortcuts()
        self.clients = ClientTools(self)  # issue 14: F11 find, F12 edit, phones, Alt+0 stage
        self.help = help_overlay.install(self)  # F1
        self.reminders = reminders.install(self, self)  # callback banner, calendar export (issue 6)
        hub.changed.connect(self._on_changes)

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.queue_model = QueueModel(self.tasks, self._load_page)
        self.queue_panel = QueuePanel(self.queue_model)
        self.card = ClientCard()
        self.script = ScriptPanel(self.desk.operator_name, self.tasks)
        self.form = WrapUpForm(self.desk.settings.office_timezone, self.desk.settings.calling_start)
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
        self.queue_panel.clientChosen.connect(self.open_client)
        self.card.dialRequested.connect(self.dial)
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
        self._show_offline(await self.tasks.io(self.resilient.waiting))  # kept from an earlier session
        await self.script.load_script(*await self.tasks.db(self.desk.current_script))
        await self._refresh()
        await self._resume()

    async def _resume(self) -> None:
        draft = await self.tasks.io(self.drafts.load)
        held = await self.tasks.db(self.desk.held_client)
        if draft is not None and (held is None or held.id == draft.get("client_id")):
            client = await self.tasks.db(self.desk.open_client, int(draft["client_id"]))
            self._start_call(client, draft)
            self.statusBar().showMessage(self.tr("The unsaved wrap-up was restored."), 10_000)
        elif held is not None:
            self._start_call(held)

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
    def take_next(self) -> None:
        self.tasks.spawn(self._take_next())

    async def _take_next(self) -> None:
        if self.call is not None:
            self.statusBar().showMessage(self.tr("Save how this call ended before taking the next client."), 8000)
            self.form.save.setFocus()
            return
        client = await self.tasks.db(self.resilient.next_client)  # sends waiting outcomes first
        if client is None:
            self.statusBar().showMessage(self.tr("The queue is empty for now."), 8000)
            return
        self._start_call(client)

    def open_client(self, client_id: int) -> None:
        self.tasks.spawn(self._open_client(client_id))

    async def _open_client(self, client_id: int) -> None:
        if self.call is not None:
            self.statusBar().showMessage(self.tr("Save how this call ended before opening another client."), 8000)
            return
        self._start_call(await self.tasks.db(self.desk.open_client, client_id))

    def _start_call(self, client: ClientView, draft: dict[str, Any] | None = None) -> None:
        now = self.desk.now()
        started = datetime.fromisoformat(draft["started_at"]) if draft else now
        phone = client.phone_to_dial.e164 if client.phone_to_dial else ""
        self.card.set_read_only(None)
        self.call = OpenCall(client, started, draft["key"] if draft else uuid.uuid4().hex, phone)
        self.card.show_client(client, now, self.desk.settings.office_timezone)
        self.script.show_client(client)
        self.form.set_now(now)
        self.form.reset()
        if draft:
            self.form.restore(draft.get("form", {}))
        self._set_open(client)
        self.form.attempt.setFocus()

    def _set_open(self, client: ClientView | None) -> None:
        self.queue_panel.next_button.setEnabled(client is None)  # rule 9: wrap-up first
        self.form.setEnabled(client is not None)
        if client is None:
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
        if not self.call.dialed:
            self.call.started_at = self.desk.now()
            self.call.dialed = True
        self.call.phone = number
        self._tick.start()
        self._show_timer()
        if not QDesktopServices.openUrl(QUrl(self.clients.dial_url(number))):
            QGuiApplication.clipboard().setText(number)
            self.statusBar().showMessage(
                self.tr("No phone app answered: %1 is copied, paste it into your softphone.").replace("%1", number),
                8000,
            )
        self.save_draft()

    def _show_timer(self) -> None:
        if self.call is not None and self.call.dialed:
            seconds = int((self.desk.now() - self.call.started_at).total_seconds())
            self.timer_label.setText(self.tr("On the call: %1").replace("%1", f"{seconds // 60}:{seconds % 60:02d}"))

    def _send_heartbeat(self) -> None:
        if self.call is not None:
            self.tasks.spawn(self.tasks.db(self.desk.heartbeat, self.call.client.id))

    # --- saving -------------------------------------------------------------------------------------------
    def save_outcome(self) -> None:
        if self.call is not None:
            self.tasks.spawn(self._save_outcome())

    async def _save_outcome(self) -> None:
        call = self.call
        assert call is not None
        values = self.form.values()
        if values.attempt_result is None:
            self.form.show_error(self.tr("Choose how the attempt went (Ctrl+1…6)."), "attemptResult")
            return
        outcome = Outcome(
            client_id=call.client.id,
            operator=self.desk.operator_name,
            attempt_result=values.attempt_result,
            started_at=call.started_at,
            ended_at=max(self.desk.now(), call.started_at),
            idempotency_key=call.key,
            phone=call.phone,
            conversation_result=values.conversation_result,
            refusal_reason=values.refusal_reason,
            refusal_text=values.refusal_text,
            never_reason=values.never_reason,
            next_contact_at=values.next_contact_at,
            callback_personal=values.callback_personal,
            sale_lines=values.sale_lines,
            promise=values.promise,
            note=values.note,
            stage=values.stage,
            script_version_id=self.script.script_version_id,
            script_path=self.script.path(),
            objections=self.script.objections(),
            unscripted=self.script.unscripted(),
        )
        if not await self.reminders.callback_time_confirmed(outcome):
            return
        self.form.save.setEnabled(False)
        try:
            saved = await self.tasks.db(self.resilient.record, outcome)
        except UserInputError as error:
            self.form.show_error(str(error), error.field)
            return
        finally:
            self.form.save.setEnabled(True)
        # Committed: only now is the outcome confirmed and the draft dropped.
        self._draft_timer.stop()
        await self.tasks.io(self.drafts.clear)
        self.call = None
        self.card.show_client(None)
        self.script.show_client(None)
        self.form.reset()
        self._set_open(None)
        self.queue_panel.next_button.setFocus()
        if isinstance(saved, Queued):  # the server is away: kept on this computer, sent when it is back
            self._show_offline(saved.waiting)
            self.statusBar().showMessage(
                self.tr("The server cannot be reached: %1 is kept on this computer.").replace(
                    "%1", call.client.full_name
                ),
                8000,
            )
            return
        self.statusBar().showMessage(self.tr("Saved: %1.").replace("%1", call.client.full_name), 8000)
        self.hub.broadcast(saved.changes)

    async def _drain_outbox(self) -> None:
        """Every 15 s: send outcomes kept while the server was away; each lands once (idempotency keys)."""
        if not self.offline_label.isVisible():
            return
        sent, waiting = await self.tasks.db(self.resilient.drain)
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
        self._draft_timer.start()

    def save_draft(self) -> None:
        if self.call is not None:
            self.tasks.spawn(self.tasks.io(self.drafts.save, self.draft()))

    def draft(self) -> dict[str, Any]:
        assert self.call is not None
        return {
            "client_id": self.call.client.id,
            "started_at": self.call.started_at.isoformat(),
            "key": self.call.key,
            "phone": self.call.phone,
            "form": self.form.to_draft(),
        }
