"""Supervisor → Neglected clients… (issue 6): future clients whose date passed without a call, and clients nobody
called for N days. A read-only view: double-click opens nothing (a supervisor must not claim an operator's client),
but cells are selectable and Ctrl+C copies them, so a client id or phone can be passed on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callassist.services import neglect
from callassist.services.desk import OperatorDesk
from callassist.services.neglect import NeglectedClient, NeglectReport
from ui import formatting, labels
from ui.tasks import TaskRunner

DEFAULT_DAYS = 30


class NeglectModel(QAbstractTableModel):
    """One row per neglected client; the last column is days overdue or days untouched (``days_header``)."""

    def __init__(self, days_header: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: tuple[NeglectedClient, ...] = ()
        self.columns: list[tuple[str, Callable[[NeglectedClient], Any]]] = [
            (QCoreApplication.translate("NeglectView", "Client"), lambda c: c.name),
            (QCoreApplication.translate("NeglectView", "Company"), lambda c: c.company),
            (QCoreApplication.translate("NeglectView", "Phone"), lambda c: c.phone),
            (QCoreApplication.translate("NeglectView", "Client ID"), lambda c: c.client_id),
            (QCoreApplication.translate("NeglectView", "State"), lambda c: labels.state(c.state)),
            (
                QCoreApplication.translate("NeglectView", "Next contact"),
                lambda c: formatting.date_time(c.next_contact_at),
            ),
            (QCoreApplication.translate("NeglectView", "Last call"), lambda c: formatting.date_time(c.last_call_at)),
            (days_header, lambda c: c.days),
        ]

    def set_rows(self, rows: tuple[NeglectedClient, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.columns[index.column()][1](self.rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


def _table(model: NeglectModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the spare room
    copy = QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), table)
    copy.setContext(Qt.ShortcutContext.WidgetShortcut)
    copy.activated.connect(lambda: copy_selection(table))
    return table


def copy_selection(table: QTableView) -> str:
    """Put the selected cells on the clipboard, a tab between cells and a line per row; returns the text."""
    cells = sorted(table.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
    lines: dict[int, list[str]] = {}
    for index in cells:
        lines.setdefault(index.row(), []).append(str(index.data()))
    text = "\n".join("\t".join(line) for line in lines.values())
    QGuiApplication.clipboard().setText(text)
    return text


class NeglectView(QWidget):
    """Both lists with their counts, the N-days spin box and Refresh.

    Signals:
        loaded(): a report is on screen.
    """

    loaded = Signal()

    def __init__(self, desk: OperatorDesk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("neglectedClients")
        self.setWindowTitle(self.tr("Neglected clients"))
        self.desk, self.tasks = desk, tasks
        self.days = QSpinBox()
        self.days.setObjectName("neglectDays")
        self.days.setRange(1, neglect.MAX_UNTOUCHED_DAYS)
        self.days.setValue(DEFAULT_DAYS)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("neglectRefreshButton")
        self.overdue_model = NeglectModel(self.tr("Days overdue"), self)
        self.untouched_model = NeglectModel(self.tr("Days untouched"), self)
        self.overdue_table = _table(self.overdue_model, "overdueFutureTable")
        self.untouched_table = _table(self.untouched_model, "untouchedTable")
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueFutureCount")
        self.untouched_label = QLabel()
        self.untouched_label.setObjectName("untouchedCount")
        controls = QHBoxLayout()
        days_label = QLabel(self.tr("Untouched for at least (days):"))
        days_label.setBuddy(self.days)
        controls.addWidget(days_label)
        controls.addWidget(self.days)
        controls.addStretch(1)
        controls.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.overdue_label)
        layout.addWidget(self.overdue_table, stretch=1)
        layout.addWidget(self.untouched_label)
        layout.addWidget(self.untouched_table, stretch=1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.setObjectName("neglectCloseButtons")
        layout.addWidget(self.close_buttons)
        self._loaded_days: int | None = None
        self.refresh_button.clicked.connect(lambda: self.tasks.spawn(self.load()))
        self.close_buttons.rejected.connect(self.close)
        self.days.editingFinished.connect(self._days_edited)

    def _days_edited(self) -> None:
        # The box also finishes editing when it loses focus, which closing the window does: reload only for a new
        # number in a window still on screen, never for one being closed (and deleted).
        if self.isVisible() and self.days.value() != self._loaded_days:
            self.tasks.spawn(self.load())

    async def load(self) -> NeglectReport | None:
        """Read both lists on the database thread and show them; None when the window was closed meanwhile."""
        if not shiboken6.isValid(self) or not self.isVisible():
            return None  # a reload asked for by a window being closed: it has nothing left to show
        days = self.days.value()
        report = await self.tasks.db(neglect.neglected, self.desk.db, self.desk.now(), self.desk.settings, days)
        if shiboken6.isValid(self):  # the window may have been closed (and deleted) while the lists were read
            self._loaded_days = days
            self.show_report(report)
        return report

    def show_report(self, report: NeglectReport) -> None:
        self.overdue_model.set_rows(report.overdue_future)
        self.untouched_model.set_rows(report.untouched)
        overdue = self.tr("Future clients whose date passed without a call: %1")
        self.overdue_label.setText(overdue.replace("%1", str(len(report.overdue_future))))
        untouched = self.tr("Clients nobody called for %n day(s): %1", "", self.days.value())
        self.untouched_label.setText(untouched.replace("%1", str(len(report.untouched))))
        self.loaded.emit()
