"""The queue as a lazy table model: the first page arrives at once, more pages as the view scrolls.

Pages load on the database thread; ``fetchMore`` only starts the load, so scrolling never waits for I/O and the
model holds only the rows seen so far, whatever the size of the queue.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from callassist.domain import QueueItem
from callassist.services.queue import QueuePage
from ui import formatting, labels
from ui.tasks import TaskRunner

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
# The roles this model answers; a view asks for a dozen per cell on every frame, so the rest return at once.
ROLES = frozenset(
    (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.UserRole,
    )
)


class QueueModel(QAbstractTableModel):
    # Name and company apart: each elides in the middle on its own and shows in full in its tooltip.
    COLUMNS = ("client", "company", "reason", "due", "local_time")

    def __init__(self, tasks: TaskRunner, loader: Callable[[int, int], Awaitable[QueuePage]]) -> None:
        super().__init__()
        self._tasks = tasks
        self._loader = loader
        self._items: list[QueueItem] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # a row's cells, formatted once: repaints stay cheap
        self._total = 0
        self._fetching = False
        self._more = False  # the last page was full, so there may be more
        self._generation = 0  # a reload makes pages still in flight from before it stale

    @property
    def total(self) -> int:
        """How many clients the queue holds, counted up to ``COUNT_CAP + 1``."""
        return self._total

    def item(self, row: int) -> QueueItem:
        return self._items[row]

    async def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        page = await self._loader(0, PAGE)
        if generation != self._generation:
            return
        self.beginResetModel()
        self._items = list(page.items)
        self._texts = {}
        self._total = page.total
        self._more = len(page.items) == PAGE
        self._fetching = False
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._fetching and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        self._tasks.spawn(self._fetch(len(self._items), self._generation))

    async def _fetch(self, offset: int, generation: int) -> None:
        try:
            page = await self._loader(offset, PAGE)
        finally:
            if generation == self._generation:
                self._fetching = False
        if generation != self._generation or offset != len(self._items):
            return
        self._more = len(page.items) == PAGE
        if not page.items:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(page.items) - 1)
        self._items.extend(page.items)
        self._total = page.total
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (
            self.tr("Client"),
            self.tr("Company"),
            self.tr("Reason"),
            self.tr("Due"),
            self.tr("Client's time"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid() or index.row() >= len(self._items):
            return None
        row = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = tuple(self._display(self._items[row], column) for column in self.COLUMNS)
            return texts[index.column()]
        item = self._items[row]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column in ("client", "company"):
            return "\n".join(filter(None, (item.name, item.company, item.phone)))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("reason", "due"):
            return "\n".join(filter(None, (labels.queue_reason(item.reason, item.overdue), item.promise_text)))
        if role == Qt.ItemDataRole.FontRole and item.overdue and column in ("reason", "due"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return item.client_id
        return None

    def _display(self, item: QueueItem, column: str) -> str:
        if column == "client":
            return item.name
        if column == "company":
            return item.company
        if column == "reason":  # overdue shows as bold, and in words in the tooltip
            if item.promise_text:  # a promise says what was promised, quoted; whole in the tooltip
                text = item.promise_text if len(item.promise_text) <= 15 else item.promise_text[:14] + "…"
                return f"«{text}»"
            return labels.queue_reason(item.reason)
        if column == "due":
            return formatting.short_date_time(item.due)
        if item.client_local_time is None:
            return ""
        return formatting.clock_time(item.client_local_time, item.client_local_time.tzinfo)
