"""Team mode, the UI side of ``callassist.team.leases``: the supervisor's view of who holds which client, and the
poll that refreshes a workstation when someone else saved an outcome, claimed or released a client (rule 8).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import Changes
from callassist.storage.engine import Database
from callassist.team.leases import Lease, change_mark, leases, release
from ui import formatting
from ui.changes import ChangeHub
from ui.tasks import TaskRunner

POLL_MS = 5_000  # one aggregate query every 5 s per workstation: cheap for the server, quick enough for a queue


class ChangePoller(QObject):
    """Every 5 s reads the change mark; when it moved, tells the open views to refresh (queue, figures, dashboard)."""

    def __init__(self, db: Database, tasks: TaskRunner, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.tasks, self.hub = db, tasks, hub
        self.mark: tuple[object, ...] | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()  # the first reading is the baseline
        self.timer.start()

    def poll(self) -> None:
        """The timer's slot (tests call it directly)."""
        if not self._polling:  # a slow server: never pile up queries
            self._polling = True
            self.tasks.spawn(self._poll())

    async def _poll(self) -> None:
        try:
            mark = await self.tasks.db(change_mark, self.db)
        finally:
            self._polling = False
        moved = self.mark is not None and mark != self.mark
        self.mark = mark
        if moved:
            self.hub.broadcast(Changes(queue=True, calls=True))


class LeasesView(QDialog):
    """Supervisor → Leases…: who holds which client and until when; Release hands a client back to the queue."""

    COLUMNS = 4

    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        hub: ChangeHub,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leasesView")
        self.setWindowTitle(self.tr("Leases"))
        self.db, self.tasks, self.hub, self.now = db, tasks, hub, now
        self.rows: tuple[Lease, ...] = ()
        self._releasing = False
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("leasesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Client"), self.tr("Operator"), self.tr("Until"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("leasesStatus")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.release_button = self.buttons.addButton(self.tr("Release"), QDialogButtonBox.ButtonRole.ActionRole)
        self.release_button.setObjectName("releaseLeaseButton")
        self.release_button.setEnabled(False)
        self.release_button.clicked.connect(self.release_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Clients an operator holds. Release one to put it back in the queue.")))
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        hub.changed.connect(self._on_changes)

    async def load(self) -> None:
        self.rows = await self.tasks.db(leases, self.db, self.now())
        self.table.setRowCount(len(self.rows))
        for row, lease in enumerate(self.rows):
            state = self.tr("Abandoned, back in the queue") if lease.expired else self.tr("Held")
            cells = (lease.client_name, lease.operator, formatting.date_time(lease.expires_at), state)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, lease.client_id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if not self.rows:
            self.status.setText(self.tr("Nobody holds a client now."))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.release_button.setEnabled(self.selected() is not None)

    def selected(self) -> Lease | None:
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def release_selected(self) -> None:
        lease = self.selected()
        if lease is not None:
            self.tasks.spawn(self._release(lease))

    async def _release(self, lease: Lease) -> None:
        released = await self.tasks.db(release, self.db, lease.client_id)
        message = (
            self.tr("%1 is back in the queue.")
            if released
            else self.tr("Nobody holds %1 any more: the list is refreshed.")
        )
        await self.load()
        self.status.setText(message.replace("%1", lease.client_name))
        self._releasing = True  # this view is already up to date: only the others refresh
        try:
            self.hub.broadcast(Changes(clients=frozenset({lease.client_id}), queue=True))
        finally:
            self._releasing = False

    def _on_changes(self, changes: Changes) -> None:
        if changes.queue and self.isVisible() and not self._releasing:
            self.tasks.spawn(self.load())
