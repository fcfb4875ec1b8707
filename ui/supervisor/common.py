"""What every supervisor screen shares: a plain table model over frozen rows, a read-only table view, window
shortcuts, and one line that shows a refused edit in the person's language."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from callassist.errors import UserInputError

Column = tuple[str, Callable[[Any], Any]]  # header (already translated), value of a row


class RowsModel(QAbstractTableModel):
    """Frozen rows shown read-only; ``UserRole`` gives the raw value, ``row_at`` the row itself."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int) and not isinstance(value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def table_view(model: RowsModel, name: str, stretch: int = 0) -> QTableView:
    """A read-only, row-selecting table; column ``stretch`` takes the spare width."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView) -> Any:
    """The row object under the table's current index, or None."""
    model = table.model()
    assert isinstance(model, RowsModel)
    index = table.currentIndex()
    return model.row_at(index.row()) if index.isValid() else None


def bind_keys(window: QWidget, keys: Mapping[str, Callable[[], object]]) -> None:
    """Window shortcuts (F-keys, Ctrl+Enter…): each supervisor screen is its own window, so they never clash with
    the operator window's."""
    for sequence, slot in keys.items():
        shortcut = QShortcut(QKeySequence(sequence), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)


def message_line(name: str) -> QLabel:
    """The line that says what was refused (in the UI language) or what was done."""
    line = QLabel()
    line.setObjectName(name)
    line.setWordWrap(True)
    return line


async def guarded(line: QLabel, language: str, work: Coroutine[Any, Any, Any]) -> bool:
    """Await ``work``; a refused edit is shown on ``line`` instead of an error box. True when it succeeded."""
    try:
        await work
    except UserInputError as error:
        line.setStyleSheet("color: #b00020;")
        line.setText(error.render(language))
        return False
    line.setStyleSheet("")
    return True


def say(line: QLabel, text: str) -> None:
    line.setStyleSheet("")
    line.setText(text)
