"""Catalogue tabs: refusal reasons, retry rules and products. Each tab is a table and a form; the window routes
its keys (F3 new, Ctrl+Enter save, F8 remove, F6/F7 move) to the tab on screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import AttemptResult
from callassist.services import catalogue_admin as admin
from ui import formatting, labels
from ui.supervisor.common import RowsModel, guarded, message_line, say, selected_row, table_view
from ui.supervisor.context import Screens

CATALOGUES = admin.CATALOGUE_CHANGED


def yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CatalogueTab", "Yes") if value else QCoreApplication.translate("CatalogueTab", "No")
    )


def delay_text(minutes: int) -> str:
    """30 min, 2 h, 3 d: the largest whole unit."""
    if minutes % 1440 == 0:
        return QCoreApplication.translate("CatalogueTab", "%1 d").replace("%1", str(minutes // 1440))
    if minutes % 60 == 0:
        return QCoreApplication.translate("CatalogueTab", "%1 h").replace("%1", str(minutes // 60))
    return QCoreApplication.translate("CatalogueTab", "%1 min").replace("%1", str(minutes))


class CatalogueTab(QWidget):
    """A table above a form; subclasses fill ``load`` and the actions they have."""

    def __init__(self, screens: Screens, name: str) -> None:
        super().__init__()
        self.screens = screens
        self.setObjectName(name)
        self.message = message_line(f"{name}Message")

    async def load(self) -> None:
        raise NotImplementedError

    def new(self) -> None:
        """F3: an empty form for a new entry."""

    def save(self) -> None:
        """Ctrl+Enter."""

    def remove(self) -> None:
        """F8."""

    def shift(self, step: int) -> None:
        """F6 (-1) / F7 (+1)."""

    def run(self, work: object, done: str = "") -> None:
        """Run an edit on the database thread, show a refusal or ``done``, reload, and tell the other views."""

        async def edit() -> None:
            if await guarded(self.message, self.screens.language, work):  # type: ignore[arg-type]
                if done:
                    say(self.message, done)
                self.screens.changed(CATALOGUES)
                await self.load()

        self.screens.tasks.spawn(edit())


class ReasonsTab(CatalogueTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "reasonsTab")
        self.model = RowsModel(
            [
                (self.tr("Order"), lambda r: r.position + 1),
                (self.tr("Russian"), lambda r: r.title_ru),
                (self.tr("English"), lambda r: r.title_en),
                (self.tr("Call again in (days)"), lambda r: r.delay_days),
                (self.tr("Active"), lambda r: yes_no(r.active) if r.active or not r.in_use else self.tr("Retired")),
                (self.tr("Used by calls"), lambda r: yes_no(r.in_use)),
            ],
            self,
        )
        self.table = table_view(self.model, "reasonsTable", stretch=2)
        self.title_ru, self.title_en = QLineEdit(), QLineEdit()
        self.title_ru.setObjectName("reasonTitleRu")
        self.title_en.setObjectName("reasonTitleEn")
        self.delay = QSpinBox()
        self.delay.setObjectName("reasonDelay")
        self.delay.setRange(1, admin.MAX_DELAY_DAYS)
        self.delay.setValue(30)
        self.active = QCheckBox(self.tr("Offered in the wrap-up form"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Name in Russian:"), self.title_ru)
        form.addRow(self.tr("Name in English:"), self.title_en)
        form.addRow(self.tr("Call again in (days):"), self.delay)
        form.addRow("", self.active)
        hint = QLabel(self.tr("F3 new · Ctrl+Enter save · F8 remove (a reason calls used is retired) · F6/F7 move"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        self.editing: admin.ReasonRow | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))

    async def load(self) -> None:
        self.model.set_rows(await self.screens.tasks.db(admin.reasons, self.screens.desk.db))

    def _fill(self, row: admin.ReasonRow | None) -> None:
        self.editing = row
        if row is None:
            return
        self.title_ru.setText(row.title_ru)
        self.title_en.setText(row.title_en)
        self.delay.setValue(row.delay_days)
        self.active.setChecked(row.active)

    def new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.title_ru.clear()
        self.title_en.clear()
        self.delay.setValue(30)
        self.active.setChecked(True)
        self.title_ru.setFocus()

    def save(self) -> None:
        base = self.editing or admin.ReasonRow(None, "", "", "", 30, True, 0)
        row = admin.ReasonRow(
            base.id, base.code, self.title_ru.text(), self.title_en.text(), self.delay.value(),
            self.active.isChecked(), base.position, base.needs_text,
        )  # fmt: skip
        self.run(self.screens.tasks.db(admin.save_reason, self.screens.desk.db, row), self.tr("Saved."))

    def remove(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.run(self.screens.tasks.db(admin.remove_reason, self.screens.desk.db, row.id))

    def shift(self, step: int) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.run(self.screens.tasks.db(admin.move_reason, self.screens.desk.db, row.id, step))


class RetryTab(CatalogueTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "retryTab")
        self.table_data: admin.RetryTable | None = None
        self.model = RowsModel(
            [
                (self.tr("Attempt result"), lambda r: labels.attempt(r[0])),
                (self.tr("Retry after"), lambda r: ", ".join(delay_text(m) for m in r[1])),
                (self.tr("Cap (attempts)"), lambda r: len(r[1]) + 1),
                (self.tr("At the cap"), lambda r: self._after_cap(len(r[1]) + 1)),
            ],
            self,
        )
        self.table = table_view(self.model, "retryTable", stretch=1)
        self.result = QComboBox()
        self.result.setObjectName("retryResult")
        for result in admin.NOT_REACHED:
            self.result.addItem(labels.attempt(result), result.value)  # Qt keeps the text of a str enum
        self.delays = QLineEdit()
        self.delays.setObjectName("retryDelays")
        self.delays.setPlaceholderText(self.tr("e.g. 2h, 1d, 3d"))
        self.cap = QSpinBox()
        self.cap.setObjectName("retryCap")
        self.cap.setRange(1, admin.MAX_RETRY_STEPS + 1)
        form = QFormLayout()
        form.addRow(self.tr("Attempt result:"), self.result)
        form.addRow(self.tr("Retry after (in a row):"), self.delays)
        form.addRow(self.tr("Cap: the attempt that makes the client future:"), self.cap)
        hint = QLabel(self.tr("Units: min, h, d. Ctrl+Enter save; the delays are cut or repeated to fit the cap."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))

    def _after_cap(self, cap: int) -> str:
        days = self.table_data.unreachable_days if self.table_data else 30
        text = self.tr("attempt %1: future, call again in %2 days")
        return text.replace("%1", str(cap)).replace("%2", str(days))

    async def load(self) -> None:
        self.table_data = await self.screens.tasks.db(admin.retry_table, self.screens.desk.db)
        self.model.set_rows([(result, self.table_data.delays.get(result, ())) for result in admin.NOT_REACHED])

    def _fill(self, row: tuple[AttemptResult, tuple[int, ...]] | None) -> None:
        if row is None:
            return
        self.result.setCurrentIndex(self.result.findData(row[0].value))
        self.delays.setText(", ".join(delay_text(m) for m in row[1]))
        self.cap.setValue(len(row[1]) + 1)

    def save(self) -> None:
        result, text, cap = AttemptResult(self.result.currentData()), self.delays.text(), self.cap.value()

        def parse_and_store() -> None:
            admin.set_retry_delays(self.screens.desk.db, result, admin.capped(admin.parse_delays(text), cap))

        self.run(self.screens.tasks.db(parse_and_store), self.tr("Saved: new retries follow it at once."))


class ProductsTab(CatalogueTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "productsTab")
        self.model = RowsModel(
            [
                (self.tr("Product"), lambda p: p.name),
                (self.tr("Price"), lambda p: formatting.money(p.price)),
                (self.tr("Currency"), lambda p: p.currency),
                (self.tr("Active"), lambda p: yes_no(p.active)),
                (self.tr("Sold"), lambda p: yes_no(p.sold)),
            ],
            self,
        )
        self.table = table_view(self.model, "productsTable", stretch=0)
        self.name, self.price = QLineEdit(), QLineEdit()
        self.name.setObjectName("productName")
        self.price.setObjectName("productPrice")
        self.currency = QComboBox()
        self.currency.setObjectName("productCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(["RUB", "USD", "EUR", "KZT", "BYN", "UAH"])
        self.active = QCheckBox(self.tr("On sale"))
        self.active.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        prices = QHBoxLayout()
        prices.addWidget(self.price, stretch=1)
        prices.addWidget(self.currency)
        form.addRow(self.tr("Price:"), prices)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("F3 new · Ctrl+Enter save · a sold product is made inactive, never deleted")))
        layout.addWidget(self.message)
        self.editing: admin.ProductRow | None = None
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))

    async def load(self) -> None:
        self.model.set_rows(await self.screens.tasks.db(admin.products, self.screens.desk.db))

    def _fill(self, row: admin.ProductRow | None) -> None:
        self.editing = row
        if row is None:
            return
        self.name.setText(row.name)
        self.price.setText(formatting.money(row.price))
        self.currency.setCurrentText(row.currency)
        self.active.setChecked(row.active)

    def new(self) -> None:
        self.table.clearSelection()
        self.editing = None
        self.name.clear()
        self.price.clear()
        self.active.setChecked(True)
        self.name.setFocus()

    def save(self) -> None:
        ident = self.editing.id if self.editing else None
        name, price, currency, active = (
            self.name.text(), self.price.text(), self.currency.currentText(), self.active.isChecked(),
        )  # fmt: skip

        def parse_and_store() -> None:
            row = admin.ProductRow(ident, name, admin.parse_price(price), currency, active)
            admin.save_product(self.screens.desk.db, row)

        self.run(self.screens.tasks.db(parse_and_store), self.tr("Saved."))
