"""The queue panel: who to call next and why, and the button that takes the next client."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from callassist.services.queue import COUNT_CAP
from ui.queue_model import QueueModel

NAME_SHARE_COLUMNS = 2  # the name and the company: the columns that share what the short ones leave


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
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Константинопольский … Николаевич"
        header = self.table.horizontalHeader()
        # The short columns take what their texts need; name and company share the rest (see _share_the_rest).
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._short_column_resized)
        header.setMinimumSectionSize(48)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.activated.connect(self._chosen)
        layout.addWidget(self.table)
        self.empty_guide = QLabel(self._guide_text())
        self.empty_guide.setObjectName("queueEmptyGuide")
        self.empty_guide.setWordWrap(True)
        self.empty_guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_guide.setTextFormat(Qt.TextFormat.RichText)
        self.empty_guide.setContentsMargins(8, 8, 8, 8)
        self.empty_guide.setVisible(False)
        layout.addWidget(self.empty_guide, 1)
        self.next_button = QPushButton(self.tr("Next client (F2)"))
        self.next_button.setObjectName("nextClientButton")
        layout.addWidget(self.next_button)
        model.modelReset.connect(self._update_heading)
        model.modelReset.connect(self._show_guide_when_empty)
        model.rowsInserted.connect(self._update_heading)
        self._update_heading()

    def _guide_text(self) -> str:
        steps = (
            self.tr("The queue is empty: there is nobody to call yet."),
            self.tr("<b>Shift+F5</b> or File → Import leads… reads your clients from an Excel or CSV file."),
            self.tr("A supervisor can also import from a terminal: <code>callassist import FILE</code>."),
            self.tr("New clients appear here at once; then <b>F2</b> takes the first of them."),
        )
        return "<p>" + "</p><p>".join(steps) + "</p>"

    def _show_guide_when_empty(self) -> None:
        # Shown only after a load said the queue is empty, so a slow first load does not flash the guide.
        empty = self.model.total == 0
        self.empty_guide.setVisible(empty)
        self.table.setVisible(not empty)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_the_rest()

    def _short_column_resized(self, section: int, _old: int, _new: int) -> None:
        if section >= NAME_SHARE_COLUMNS:
            self._share_the_rest()

    def _share_the_rest(self) -> None:
        """Give the client's name three fifths of the width the short columns leave, the company two fifths."""
        header = self.table.horizontalHeader()
        short = sum(header.sectionSize(column) for column in range(NAME_SHARE_COLUMNS, header.count()))
        rest = max(self.table.viewport().width() - short, 2 * header.minimumSectionSize())
        name = rest * 3 // 5
        header.resizeSection(0, name)
        header.resizeSection(1, rest - name)

    def _chosen(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        self.itemChosen.emit(item)
        self.clientChosen.emit(item.client_id)

    def _update_heading(self) -> None:
        if self.model.total > COUNT_CAP:
            self.heading.setText(self.tr("Queue: more than %n client(s)", "", COUNT_CAP))
        else:
            self.heading.setText(self.tr("Queue: %n client(s)", "", self.model.total))
