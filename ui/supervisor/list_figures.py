"""Figures per lead list for a period, with a list filter: shown on the Lead lists screen and on the statistics
dashboard (whose export then carries the chosen list's figures)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from callassist.messages import format_percent
from callassist.services import lead_lists
from callassist.stats.by_list import ListFigures, list_figures
from callassist.storage.engine import Database
from ui.supervisor.common import RowsModel, table_view
from ui.tasks import TaskRunner


class ListFiguresPanel(QWidget):
    """Dials, connects, sales, conversion and refusals by reason per list; ``load(start, end)`` fills it."""

    def __init__(
        self, db: Database, tasks: TaskRunner, zone: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("listFigures")
        self.db, self.tasks, self.zone, self.language = db, tasks, zone, language
        self.period: tuple[date, date] | None = None
        self.model = RowsModel(
            [
                (self.tr("List"), lambda f: f.name or self.tr("(no list)")),
                (self.tr("Dials"), lambda f: f.dials),
                (self.tr("Connects"), lambda f: f.connects),
                (self.tr("Sales"), lambda f: f.sales),
                (self.tr("Conversion"), self._conversion),
                (self.tr("Refusals"), lambda f: f.refusals),
                (self.tr("Refusals by reason"), lambda f: "; ".join(f"{r.title}: {r.count}" for r in f.reasons)),
            ],
            self,
        )
        self.table = table_view(self.model, "listFiguresTable", stretch=6)
        self.filter = QComboBox()
        self.filter.setObjectName("listFilter")
        self.filter.addItem(self.tr("All lists"), None)
        self.filter.setMinimumWidth(240)
        self.filter.currentIndexChanged.connect(lambda *_: self.reload())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Figures by list")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("List:")))
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def _conversion(self, figures: ListFigures) -> str:
        return "" if figures.conversion is None else format_percent(figures.conversion, self.language)

    @property
    def list_id(self) -> int | None:
        """The chosen list; None: every list."""
        chosen = self.filter.currentData()
        return None if chosen is None else int(chosen)

    def reload(self) -> None:
        if self.period is not None:
            self.tasks.spawn(self.load(*self.period))

    async def load(self, start: date, end: date) -> None:
        self.period = (start, end)
        lists = await self.tasks.db(lead_lists.all_lists, self.db)
        self._set_lists([(item.list_id, item.name) for item in lists])
        figures = await self.tasks.db(list_figures, self.db, start, end, self.zone, self.list_id, self.language)
        self.model.set_rows(figures)

    def _set_lists(self, lists: list[tuple[int, str]]) -> None:
        known = [(self.filter.itemData(i), self.filter.itemText(i)) for i in range(1, self.filter.count())]
        if known == lists:
            return
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        while self.filter.count() > 1:
            self.filter.removeItem(1)
        for list_id, name in lists:
            self.filter.addItem(name, list_id)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)
