"""The queue panel: who to call next and why, and the button that takes the next client."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from callassist.services.queue import COUNT_CAP
from ui.queue_model import QueueModel


class QueuePanel(QWidget):
    """Signals:
    clientChosen(int): the operator opened a row of the queue.
    itemChosen(QueueItem): the same, with the row itself (it carries how the client stood when read).
    """

    clientChosen = Signal(int)
    itemChosen = Signal(object)

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("queueHeading")
        layout.addWidget(self.heading)
        self.table = QTableView()
        self.table.setObjectName("callQueue")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(48)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._chosen)
        layout.addWidget(self.table)
        self.next_button = QPushButton(self.tr("Next client (F2)"))
        self.next_button.setObjectName("nextClientButton")
        layout.addWidget(self.next_button)
        model.modelReset.connect(self._update_heading)
        model.rowsInserted.connect(self._update_heading)
        self._update_heading()

    def _chosen(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        self.itemChosen.emit(item)
        self.clientChosen.emit(item.client_id)

    def _update_heading(self) -> None:
        if self.model.total > COUNT_CAP:
            self.heading.setText(self.tr("Queue: more than %n client(s)", "", COUNT_CAP))
        else:
            self.heading.setText(self.tr("Queue: %n client(s)", "", self.model.total))
