"""The import wizard: choose a lead file, check its first rows and the column mapping, import with progress and cancel.

The file is read and cleaned on the task runner's io thread and only stored on its database thread; progress
crosses back through a Qt signal, so it is queued onto the GUI thread in chunks. The import is one transaction:
Cancel leaves the database as it was. On success the queue refreshes through the change hub.
"""

from __future__ import annotations

import csv
import functools
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import Changes
from callassist.errors import UserInputError
from callassist.importing import ColumnMapping, LeadField, Table, auto_map, preview
from callassist.importing.service import Example, ImportCancelled, ImportReport, prepare, remembered_mapping, store
from callassist.storage.engine import Database
from ui.changes import ChangeHub
from ui.tasks import TaskRunner

PREVIEW_ROWS = 20
REGIONS = ("RU", "BY", "KZ", "UA", "UZ", "KG", "AM", "GE", "AZ")


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the import thread emits, Qt queues the call onto the GUI thread."""

    progressed = Signal(int, int)


class ImportWizard(QDialog):
    """Signals:
    imported(object): an import committed; carries its ``ImportReport``.
    """

    imported = Signal(object)

    def __init__(
        self, db: Database, tasks: TaskRunner, hub: ChangeHub, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import leads"))
        self.db, self.tasks, self.hub, self.language = db, tasks, hub, language
        self.table: Table | None = None
        self.combos: list[QComboBox] = []
        self.cancel_event: threading.Event | None = None
        self.relay = _ProgressRelay(self)
        self.relay.progressed.connect(self._show_progress)
        self._build()
        self._set_busy(False)

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importFilePath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose a CSV or Excel file with leads"))
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("importChooseButton")
        self.choose_button.clicked.connect(self.choose_file)
        self.region = QComboBox()
        self.region.setObjectName("importRegion")
        self.region.setEditable(True)
        self.region.addItems(REGIONS)
        self.region.setToolTip(self.tr("The country of phone numbers written without a country code"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.path_edit, stretch=1)
        top.addWidget(self.choose_button)
        top.addWidget(QLabel(self.tr("Phone region:")))
        top.addWidget(self.region)
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_table.setMinimumHeight(240)
        self.hint = QLabel(self.tr("The first row under the headers says where each column goes; change it if needed."))
        self.hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setRange(0, 100)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("importDryRunButton")
        self.preview_button.setToolTip(self.tr("Show what the import would do, without writing anything"))
        self.preview_button.clicked.connect(self.start_preview)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("importCancelButton")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("importCloseButton")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, stretch=1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.preview_table, stretch=1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.resize(960, 560)

    # --- choosing and previewing ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        """Open the file dialog without blocking; the chosen file arrives through ``fileSelected``."""
        dialog = QFileDialog(self, self.tr("Choose a file with leads"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Lead files (*.csv *.txt *.xlsx *.xls *.xlsb *.ods);;All files (*)"))
        dialog.fileSelected.connect(lambda name: self.set_path(Path(name)))
        self.file_dialog = dialog
        dialog.open()

    def set_path(self, path: Path) -> None:
        """Show ``path`` and start reading its preview (also how tests and the screenshot choose a file)."""
        self.path_edit.setText(str(path))
        self.summary.clear()
        self.progress.setValue(0)
        self.tasks.spawn(self.load_preview(path))

    async def load_preview(self, path: Path) -> None:
        self.table = None
        self._set_busy(False)
        try:
            table = await self.tasks.io(preview, path, PREVIEW_ROWS)
        except UserInputError as exc:
            self._show_table(None, None)
            self.summary.setText(exc.render(self.language))
            return
        remembered = await self.tasks.db(_remembered_or_none, self.db, table.headers)
        self.table = table
        self._show_table(table, remembered or auto_map(table.headers))
        self._set_busy(False)

    def _show_table(self, table: Table | None, mapping: ColumnMapping | None) -> None:
        self.combos = []
        self.preview_table.clear()
        if table is None or mapping is None:
            self.preview_table.setRowCount(0)
            self.preview_table.setColumnCount(0)
            return
        self.preview_table.setColumnCount(len(table.headers))
        self.preview_table.setRowCount(len(table.rows) + 1)
        self.preview_table.setHorizontalHeaderLabels(list(table.headers))
        self.preview_table.setVerticalHeaderLabels(["→", *(str(row.number) for row in table.rows)])
        for column, field in enumerate(mapping.fields):
            combo = QComboBox()
            combo.setObjectName(f"importMapping{column}")
            for choice in LeadField:
                combo.addItem(self.field_title(choice), choice.value)
            combo.setCurrentIndex(combo.findData(field.value))
            self.preview_table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for row_index, row in enumerate(table.rows, start=1):
            for column, value in enumerate(row.values[: len(table.headers)]):
                self.preview_table.setItem(row_index, column, QTableWidgetItem(value))
        self.preview_table.resizeColumnsToContents()
        for column in range(len(table.headers)):
            width = self.preview_table.columnWidth(column)
            self.preview_table.setColumnWidth(column, max(120, min(width, 240)))

    def field_title(self, field: LeadField) -> str:
        """The lead field in words, for the mapping combo boxes."""
        titles = {
            LeadField.FULL_NAME: self.tr("Full name"),
            LeadField.LAST_NAME: self.tr("Last name"),
            LeadField.FIRST_NAME: self.tr("First name"),
            LeadField.PATRONYMIC: self.tr("Patronymic"),
            LeadField.COMPANY: self.tr("Company"),
            LeadField.POSITION: self.tr("Position"),
            LeadField.PHONE: self.tr("Phone"),
            LeadField.EMAIL: self.tr("E-mail"),
            LeadField.CITY: self.tr("City"),
            LeadField.REGION: self.tr("Region"),
            LeadField.TIMEZONE: self.tr("Time zone"),
            LeadField.COMMENT: self.tr("Comment"),
            LeadField.SOURCE: self.tr("Source"),
            LeadField.IGNORE: self.tr("Do not import"),
        }
        return titles[field]

    def mapping(self) -> ColumnMapping | None:
        """The mapping as the combo boxes show it now."""
        if self.table is None:
            return None
        fields = tuple(LeadField(combo.currentData()) for combo in self.combos)
        return ColumnMapping(self.table.headers, fields)

    # --- importing ------------------------------------------------------------------------------------------
    def start_import(self) -> None:
        """Import with the mapping and region shown; Cancel works from this moment on."""
        mapping = self.mapping()
        if mapping is None or self.cancel_event is not None:
            return
        self.cancel_event = threading.Event()  # set here, not in the task, so an early Cancel is never lost
        self._set_busy(True)
        self.progress.setValue(0)
        self.summary.setText(self.tr("Importing…"))
        self.tasks.spawn(self.run_import(mapping, self.cancel_event))

    def start_preview(self) -> None:
        """Run the import as a dry run and show what it would do; nothing is written."""
        mapping = self.mapping()
        if mapping is None or self.cancel_event is not None:
            return
        self.cancel_event = threading.Event()
        self._set_busy(True)
        self.summary.setText(self.tr("Checking the file…"))
        self.tasks.spawn(self.run_import(mapping, self.cancel_event, dry_run=True))

    async def run_import(self, mapping: ColumnMapping, cancel: threading.Event, dry_run: bool = False) -> None:
        path = Path(self.path_edit.text())
        region = self.region.currentText().strip().upper() or "RU"
        progress = self.relay.progressed.emit  # called on the io and database threads: queued to the GUI thread
        reading = functools.partial(prepare, path, region=region, mapping=mapping, progress=progress, cancel=cancel)
        try:
            # Reading and cleaning touch no database: on the io thread, so operators' saves are not held up.
            # The prepared leads go straight from one job to the next without a name here: ``store`` frees them
            # chunk by chunk on the database thread, never all at once on the GUI thread.
            report = await self.tasks.db(
                functools.partial(
                    store, self.db, progress=progress, cancel=cancel, language=self.language, dry_run=dry_run
                ),
                await self.tasks.io(reading),
            )
        except ImportCancelled:
            self.summary.setText(self.tr("The import was cancelled. Nothing was written."))
            self.progress.setValue(0)
            return
        except UserInputError as exc:
            self.summary.setText(self.tr("Nothing was imported: %1").replace("%1", exc.render(self.language)))
            return
        finally:
            self.cancel_event = None
            self._set_busy(False)
        self.progress.setValue(100)
        if dry_run:
            self.summary.setText(self.describe_preview(report))
            return
        self.summary.setText(self.describe(report))
        self.hub.broadcast(Changes(queue=True))
        self.imported.emit(report)

    def describe_preview(self, report: ImportReport) -> str:
        """What an import would do, with a few rows of each kind (the preview: nothing is written)."""
        lines = [
            self.tr("Preview: %1 new, %2 merged into known clients, %3 of them left untouched, %4 rejected. "
                    "Nothing was written.")
            .replace("%1", str(report.imported))
            .replace("%2", str(report.merged))
            .replace("%3", str(report.untouched))
            .replace("%4", str(report.rejected))
        ]  # fmt: skip
        titles = {
            "new": self.tr("New"),
            "merged": self.tr("Merged"),
            "untouched": self.tr("Left untouched"),
            "rejected": self.tr("Rejected"),
        }
        for kind, title in titles.items():
            examples = report.examples.get(kind, ())
            if examples:
                shown = "; ".join(
                    self.tr("row %1").replace("%1", str(e.row)) + ": " + _example_text(e) for e in examples[:3]
                )
                lines.append(f"{title}: {shown}")
        return "\n".join(lines)

    def cancel_import(self) -> None:
        if self.cancel_event is not None:
            self.cancel_event.set()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _set_busy(self, busy: bool) -> None:
        self.import_button.setEnabled(not busy and self.table is not None)
        self.preview_button.setEnabled(not busy and self.table is not None)
        self.cancel_button.setEnabled(busy)
        self.choose_button.setEnabled(not busy)
        self.region.setEnabled(not busy)
        for combo in self.combos:
            combo.setEnabled(not busy)

    def describe(self, report: ImportReport) -> str:
        """The result in plain words (PRODUCT.md rule 13: every row read is accounted for)."""
        text = (
            self.tr("Rows read: %1. Imported: %2, merged with known clients or duplicates: %3, rejected: %4.")
            .replace("%1", str(report.read))
            .replace("%2", str(report.imported))
            .replace("%3", str(report.merged))
            .replace("%4", str(report.rejected))
        )
        if report.untouched:
            text += " " + self.tr(
                "%n of them are marked never or on the do-not-call list: they were left as they are.",
                "",
                report.untouched,
            )
        if report.rejects_file is not None:
            text += " " + self.tr("The rejected rows and the reasons are in %1.").replace(
                "%1", str(report.rejects_file)
            )
        return text

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_import()  # closing mid-import cancels it: nothing half-written
        super().closeEvent(event)


def _remembered_or_none(db: Database, headers: tuple[str, ...]) -> ColumnMapping | None:
    try:
        return remembered_mapping(db, headers)
    except UserInputError:  # a damaged remembered mapping: recognise the headers afresh
        return None


def write_sample(folder: Path) -> Path:
    """A small lead file as Excel saves it in a Russian locale, for the screenshot view."""
    path = folder / "лиды-пример.csv"
    rows = [
        ["ФИО", "Телефон", "Мобильный", "Компания", "Город", "Комментарий"],
        ["Иванов Иван Иванович", "8 (495) 123-45-67", "+7 916 123-45-67", 'ООО "Ромашка"', "Москва", "после 15:00"],
        ["Петрова Мария Сергеевна", "+7 843 222-33-44", "", "АО Вектор", "Казань", ""],
        ["Сидоров Пётр", "8 383 765 43 21", "8 913 000 11 22", "ИП Сидоров", "Новосибирск", "перезвонить"],
        ["Кузнецова Анна", "12-34", "", "ООО Берёза", "Тверь", "номер неполный"],
    ]
    with path.open("w", encoding="cp1251", newline="") as stream:
        csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(rows)
    return path


def _example_text(example: Example) -> str:
    """ "Иванов Иван, +79161234567 (detail)": who, the number (or what the phone cells held), and why."""
    phone = example.phone if example.phone not in example.detail else ""  # a rejection's reason may quote it
    said = ", ".join(part for part in (example.name, phone) if part)
    if not example.detail:
        return said
    return f"{said} ({example.detail})" if said else example.detail
