"""The find-a-client window (F11): type any spelling of a phone, or words of a name or company; Enter opens the client.

Every keystroke (after a short pause) asks the core on the database thread; an answer to an older keystroke that
arrives late is dropped. The results say the client's state, owner and who holds it now, so the operator knows
before opening whether the card will be read-only (rule 8).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callassist.services.client_search import ClientMatch
from ui import labels
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
DEBOUNCE_MS = 120


class ClientSearchModel(QAbstractTableModel):
    """The found clients, best first: name, company, phones, state, owner, and who holds the client now."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matches: tuple[ClientMatch, ...] = ()

    def set_matches(self, matches: Sequence[ClientMatch]) -> None:
        self.beginResetModel()
        self._matches = tuple(matches)
        self.endResetModel()

    def found(self, row: int) -> ClientMatch:
        return self._matches[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Client"),
            self.tr("Company"),
            self.tr("Phones"),
            self.tr("State"),
            self.tr("Owner"),
            self.tr("Held by"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._matches):
            return None
        found = self._matches[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return found.client_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        cells = (
            found.name,
            found.company,
            ", ".join(found.phones),
            labels.state(found.state),
            found.owner or "",
            found.holder or "",
        )
        return cells[index.column()] if 0 <= index.column() < len(cells) else None


class ClientSearch(QDialog):
    """Signals:
    clientChosen(int): the operator opened this client (Enter or double click).
    newClientRequested(): the operator asked to add a client by hand.
    """

    clientChosen = Signal(int)
    newClientRequested = Signal()

    def __init__(
        self,
        tasks: TaskRunner,
        find: Callable[[str], Awaitable[Sequence[ClientMatch]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientSearchWindow")
        self.setWindowTitle(self.tr("Find a client"))
        self._tasks, self._find = tasks, find
        self._asked = 0  # the keystroke whose answer the list should show
        self._shown = ""  # the text the list answers
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(lambda: self._tasks.spawn(self._search_then_open()))
        self.results.doubleClicked.connect(lambda _index: self.open_current())
        self.resize(1040, 480)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setObjectName("clientSearch")
        self.field.setPlaceholderText(self.tr("Phone in any form, name or company"))
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field)
        self.model = ClientSearchModel(self)
        self.results = QTableView()
        self.results.setObjectName("clientSearchResults")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().setVisible(False)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.results.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.results, stretch=1)
        self.summary = QLabel()
        self.summary.setObjectName("clientSearchSummary")
        row = QHBoxLayout()
        row.addWidget(self.summary, stretch=1)
        self.add_button = QPushButton(self.tr("New client…"))
        self.add_button.setAutoDefault(False)  # Enter in a field must not press it
        self.add_button.setObjectName("addClientButton")
        self.add_button.clicked.connect(self.newClientRequested.emit)
        self.open_button = QPushButton(self.tr("Open (Enter)"))
        self.open_button.setAutoDefault(False)  # Enter in a field must not press it
        self.open_button.setObjectName("openFoundClientButton")
        self.open_button.clicked.connect(self.open_current)
        row.addWidget(self.add_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        # Down from the field walks the results; Enter anywhere opens the chosen one.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.field)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._into_results)

    def _into_results(self) -> None:
        self.results.setFocus()
        if self.model.rowCount() and not self.results.currentIndex().isValid():
            self.results.selectRow(0)

    def search_now(self) -> None:
        self._timer.stop()
        self._tasks.spawn(self._search(self.field.text()))

    async def _search(self, text: str) -> None:
        self._asked += 1
        asked = self._asked
        matches = await self._find(text) if text.strip() else ()
        if asked != self._asked:  # the operator typed on meanwhile: a newer answer is coming
            return
        self.model.set_matches(matches)
        self._shown = text
        if matches:
            self.results.selectRow(0)
        self.summary.setText(
            self.tr("%n client(s) found", "", len(matches)) if text.strip() else self.tr("Type to search")
        )
        self.results.resizeColumnsToContents()

    async def _search_then_open(self) -> None:
        """Enter typed faster than the pause: answer what is in the field first, then open the best match."""
        if self._timer.isActive() or self._shown != self.field.text():
            self._timer.stop()
            await self._search(self.field.text())
        self.open_current()

    def open_current(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.clientChosen.emit(self.model.found(index.row()).client_id)
