"""The supervisor dashboard: figures per operator for a date range, three charts, and export to CSV or XLSX.

The report is built on the database executor and the export runs on the io executor; the GUI thread only
shows results. Export progress comes back from the worker thread through a Qt signal (queued to the GUI).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import Changes, ConversationResult
from callassist.export.service import export_range
from callassist.messages import format_percent
from callassist.stats.aggregate import build_report, operator_names
from callassist.stats.report import OperatorFigures, StatsReport
from callassist.storage.engine import Database
from ui import formatting
from ui.changes import ChangeHub
from ui.i18n import ui_language
from ui.supervisor.list_figures import ListFiguresPanel
from ui.tasks import TaskRunner

TOP_REASONS = 8


def _percent(value: float | None) -> str:
    """A share as the interface language writes it: "33,9 %" in Russian, "33.9%" in English."""
    return "" if value is None else format_percent(value, ui_language())


def _colour(role: QPalette.ColorRole) -> QColor:
    """Chart colours come from the palette, so the light and dark appearances both read well."""
    return QApplication.palette().color(role)


def _seconds(value: float | None) -> str:
    return "" if value is None else formatting.duration(round(value))


def measured_text(seconds: float, calls: int) -> str:
    """The softphone's share of the talk time: "0:12:30 · 14" (time, calls it timed); empty when it timed none."""
    return f"{_seconds(seconds)} · {calls}" if calls else ""


class FiguresModel(QAbstractTableModel):
    """One row per operator plus the team total; the columns a supervisor reads first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[OperatorFigures] = []
        self.columns: list[tuple[str, Any]] = [
            (
                QCoreApplication.translate("StatsDashboard", "Operator"),
                lambda f: f.operator or QCoreApplication.translate("StatsDashboard", "Total"),
            ),
            (QCoreApplication.translate("StatsDashboard", "Dials"), lambda f: f.dials),
            (QCoreApplication.translate("StatsDashboard", "Connected"), lambda f: f.connected),
            (QCoreApplication.translate("StatsDashboard", "Talk time"), lambda f: _seconds(f.talk_seconds_total)),
            (QCoreApplication.translate("StatsDashboard", "Average call"), lambda f: _seconds(f.talk_seconds_avg)),
            (QCoreApplication.translate("StatsDashboard", "Average pause"), lambda f: _seconds(f.avg_gap_seconds)),
            (QCoreApplication.translate("StatsDashboard", "Sales"), lambda f: f.outcomes.sale),
            (QCoreApplication.translate("StatsDashboard", "Callbacks"), lambda f: f.outcomes.callback),
            (QCoreApplication.translate("StatsDashboard", "Interested"), lambda f: f.outcomes.interested),
            (QCoreApplication.translate("StatsDashboard", "Refused"), lambda f: f.outcomes.refused),
            (QCoreApplication.translate("StatsDashboard", "Never"), lambda f: f.outcomes.never),
            (QCoreApplication.translate("StatsDashboard", "Not reached"), lambda f: f.not_reached.total),
            (QCoreApplication.translate("StatsDashboard", "Conversion"), lambda f: _percent(f.conversion)),
            (QCoreApplication.translate("StatsDashboard", "Revenue"), lambda f: formatting.money(f.revenue)),
            (  # issue 18: the part of the talk time the softphone measured, and over how many calls
                QCoreApplication.translate("StatsDashboard", "Measured by phone"),
                lambda f: measured_text(f.measured_talk_seconds, f.measured_calls),
            ),
        ]

    def set_report(self, report: StatsReport) -> None:
        self.beginResetModel()
        self.rows = [*report.per_operator, report.total]
        self.endResetModel()

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figures = self.rows[index.row()]
        value = self.columns[index.column()][1](figures)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


class StatsDashboard(QWidget):
    """Signals:
    exportProgress(int): call-log rows written so far; emitted from the io thread, delivered on the GUI thread.
    loaded(): a report is on screen.
    """

    exportProgress = Signal(int)
    exportFinished = Signal(str)
    loaded = Signal()

    def __init__(
        self,
        db: Database,
        tasks: TaskRunner,
        hub: ChangeHub,
        zone: str,
        language: str,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statsDashboard")
        self.setWindowTitle(self.tr("Statistics"))
        self.db, self.tasks, self.zone, self.language = db, tasks, zone, language
        self.report: StatsReport | None = None
        self._generation = 0
        self.date_from = self._date_edit("dateFrom", today)
        self.date_to = self._date_edit("dateTo", today)
        self.operator = QComboBox()
        self.operator.setObjectName("operatorFilter")
        self.operator.addItem(self.tr("All operators"), None)
        self.operator.setMinimumWidth(240)
        self.operator.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportButton")
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setVisible(False)
        self.status = QLabel()
        self.model = FiguresModel(self)
        self.table = QTableView()
        self.table.setObjectName("statsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.hours_plot = self._plot(self.tr("Calls per hour"))
        self.outcomes_plot = self._plot(self.tr("Outcomes"))
        self.reasons_plot = self._plot(self.tr("Top refusal reasons"))
        self.empty_note = QLabel(self.tr("No calls in this period yet: the charts appear after the first call."))
        self.empty_note.setObjectName("dashboardEmpty")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)
        self.by_list = ListFiguresPanel(db, tasks, zone, language, self)  # issue 15: figures per lead list
        self._layout()
        self.date_from.dateChanged.connect(self.reload)
        self.date_to.dateChanged.connect(self.reload)
        self.operator.currentIndexChanged.connect(self.reload)
        self.export_button.clicked.connect(self.ask_export_file)
        self.exportProgress.connect(self._show_progress)
        hub.changed.connect(self._changed)

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _plot(self, title: str) -> pg.PlotWidget:
        plot = pg.PlotWidget(background=_colour(QPalette.ColorRole.Base))
        plot.setTitle(title, color=_colour(QPalette.ColorRole.Text), size="11pt")
        plot.setMinimumHeight(220)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        return plot

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("To")))
        filters.addWidget(self.date_to)
        filters.addWidget(QLabel(self.tr("Operator")))
        filters.addWidget(self.operator)
        filters.addStretch(1)
        filters.addWidget(self.progress)
        filters.addWidget(self.export_button)
        charts = QGridLayout()
        charts.addWidget(self.hours_plot, 0, 0)
        charts.addWidget(self.outcomes_plot, 0, 1)
        charts.addWidget(self.reasons_plot, 0, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(charts, 1)
        layout.addWidget(self.by_list)
        layout.addWidget(self.empty_note, 1)
        layout.addWidget(self.status)

    # --- loading -------------------------------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        assert isinstance(start, date) and isinstance(end, date)
        return start, max(start, end)

    def reload(self, *_args: object) -> None:
        self.tasks.spawn(self.load())

    def _changed(self, changes: Changes) -> None:
        if changes.calls:
            self.reload()

    async def load(self) -> None:
        """Build the report for the chosen range and operator off the GUI thread, then show it."""
        self._generation += 1
        generation = self._generation
        start, end = self.period()
        operator = self.operator.currentData()
        names = await self.tasks.db(operator_names, self.db)
        report = await self.tasks.db(build_report, self.db, start, end, self.zone, operator, self.language)
        if generation != self._generation:
            return  # a newer request is on its way; showing this one would flicker back
        self._set_operators(names)
        self.report = report
        self.model.set_report(report)
        self._draw(report)
        self.loaded.emit()
        # Per-list figures count from the calls (no summaries by list): they follow without holding the rest back.
        self.tasks.spawn(self.by_list.load(start, end))

    def _set_operators(self, names: tuple[str, ...]) -> None:
        known = [self.operator.itemData(i) for i in range(1, self.operator.count())]
        if list(names) == known:
            return
        current = self.operator.currentData()
        self.operator.blockSignals(True)
        while self.operator.count() > 1:
            self.operator.removeItem(1)
        for name in names:
            self.operator.addItem(name, name)
        self.operator.setCurrentIndex(max(0, self.operator.findData(current)) if current else 0)
        self.operator.blockSignals(False)

    # --- charts --------------------------------------------------------------------------------------------
    def _draw(self, report: StatsReport) -> None:
        empty = report.total.dials == 0
        # An empty period says so instead of drawing axes with nothing on them.
        self.empty_note.setVisible(empty)
        for plot in (self.hours_plot, self.outcomes_plot, self.reasons_plot):
            plot.setVisible(not empty)
        self._draw_hours(report)
        self._draw_outcomes(report)
        self._draw_reasons(report)

    def _draw_hours(self, report: StatsReport) -> None:
        plot = self.hours_plot
        plot.clear()
        hours = [item.hour for item in report.by_hour]
        dials = [i.dials for i in report.by_hour]
        plot.addItem(pg.BarGraphItem(x=hours, height=dials, width=0.8, brush=_colour(QPalette.ColorRole.Mid)))
        connected = [i.connected for i in report.by_hour]
        plot.addItem(pg.BarGraphItem(x=hours, height=connected, width=0.5, brush=_colour(QPalette.ColorRole.Highlight)))
        plot.getAxis("bottom").setTicks([[(h, str(h)) for h in hours]])

    def _draw_outcomes(self, report: StatsReport) -> None:
        plot = self.outcomes_plot
        plot.clear()
        labels = {
            ConversationResult.SALE: self.tr("Sale"),
            ConversationResult.CALLBACK: self.tr("Callback"),
            ConversationResult.INTERESTED: self.tr("Interested"),
            ConversationResult.REFUSED: self.tr("Refused"),
            ConversationResult.NEVER: self.tr("Never"),
        }
        results = list(ConversationResult)
        heights = [report.total.outcomes.of(result) for result in results]
        heights.append(report.total.not_reached.total)
        names = [labels[result] for result in results] + [self.tr("Not reached")]
        # Horizontal bars: Russian outcome names are too long to stand side by side under vertical ones.
        rows = list(range(len(heights)))[::-1]
        brush = _colour(QPalette.ColorRole.Highlight)
        plot.addItem(pg.BarGraphItem(x0=0, y=rows, width=heights, height=0.7, brush=brush))
        plot.getAxis("left").setTicks([list(zip(rows, names, strict=True))])

    def _draw_reasons(self, report: StatsReport) -> None:
        plot = self.reasons_plot
        plot.clear()
        top = list(report.refusal_reasons[:TOP_REASONS])[::-1]  # the most frequent at the top
        rows = list(range(len(top)))
        counts = [item.count for item in top]
        plot.addItem(
            pg.BarGraphItem(x0=0, y=rows, width=counts, height=0.7, brush=_colour(QPalette.ColorRole.Highlight))
        )
        plot.getAxis("left").setTicks([[(row, item.title) for row, item in zip(rows, top, strict=True)]])

    # --- export --------------------------------------------------------------------------------------------
    def ask_export_file(self) -> None:
        """Ask where to save, without blocking: the dialog reports back through ``fileSelected``."""
        dialog = QFileDialog(self, self.tr("Export statistics"))
        dialog.setObjectName("exportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV for Excel (*.csv)")])
        start, end = self.period()
        dialog.selectFile(f"calls-{start.isoformat()}-{end.isoformat()}.xlsx")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.export_to)
        self.export_dialog = dialog
        dialog.open()

    def export_to(self, path: str) -> None:
        self.tasks.spawn(self.export(Path(path)))

    async def export(self, path: Path) -> None:
        """Write the current range to ``path`` (CSV when it ends in .csv, XLSX otherwise) on the io executor."""
        fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix(".xlsx")
        start, end = self.period()
        total = self.report.total.dials if self.report is not None else 0
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        try:
            summary = await self.tasks.io(
                export_range,
                self.db,
                start,
                end,
                fmt,
                path,
                self.zone,
                ";",
                self.language,
                self.exportProgress.emit,
                self.by_list.list_id,
            )
        finally:
            self.export_button.setEnabled(True)
            self.progress.setVisible(False)
        self.status.setText(self.tr("Exported %n call(s) to %1", "", summary.dials).replace("%1", str(path)))
        self.exportFinished.emit(str(path))

    def _show_progress(self, rows: int) -> None:
        self.progress.setValue(min(rows, self.progress.maximum()))
