"""Supervisor → Catalogues…: refusal reasons, retry rules, products, calling hours, calendar, delays and goals in one
window of tabs. Ctrl+1…7 picks a tab; F3, Ctrl+Enter, F8, F6/F7 and F5 act on the tab on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.supervisor.calendar_tabs import CalendarTab, DelaysTab, GoalsTab, HoursTab
from ui.supervisor.catalogue_tabs import CatalogueTab, ProductsTab, ReasonsTab, RetryTab
from ui.supervisor.common import bind_keys
from ui.supervisor.context import Screens


class CataloguesWindow(QWidget):
    """Signals:
    loaded(): every tab is filled.
    """

    loaded = Signal()

    def __init__(self, screens: Screens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogues")
        self.setWindowTitle(self.tr("Catalogues"))
        self.screens = screens
        self.reasons, self.retry, self.products = ReasonsTab(screens), RetryTab(screens), ProductsTab(screens)
        self.hours, self.calendar = HoursTab(screens), CalendarTab(screens)
        self.delays, self.goals = DelaysTab(screens), GoalsTab(screens)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogueTabs")
        titles = (
            self.tr("Refusal reasons"), self.tr("Retry rules"), self.tr("Products"), self.tr("Calling hours"),
            self.tr("Calendar"), self.tr("Delays"), self.tr("Daily goals"),
        )  # fmt: skip
        for number, (tab, title) in enumerate(zip(self.all_tabs(), titles, strict=True), start=1):
            self.tabs.addTab(tab, f"{title} (Ctrl+{number})")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        keys: dict[str, Callable[[], object]] = {f"Ctrl+{n}": self._tab_picker(n - 1) for n in range(1, 8)}
        keys.update(
            {
                "F3": lambda: self.current().new(),
                "Ctrl+Return": lambda: self.current().save(),
                "Ctrl+Enter": lambda: self.current().save(),
                "F8": lambda: self.current().remove(),
                "F6": lambda: self.current().shift(-1),
                "F7": lambda: self.current().shift(1),
                "F5": lambda: self.screens.tasks.spawn(self.load()),
            }
        )
        bind_keys(self, keys)

    def _tab_picker(self, index: int) -> Callable[[], None]:
        return lambda: self.tabs.setCurrentIndex(index)

    def all_tabs(self) -> tuple[CatalogueTab, ...]:
        return (self.reasons, self.retry, self.products, self.hours, self.calendar, self.delays, self.goals)

    def current(self) -> CatalogueTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, CatalogueTab)
        return tab

    async def load(self) -> None:
        for tab in self.all_tabs():
            await tab.load()
        self.loaded.emit()
