"""Catalogue tabs about time: calling hours per weekday (the team's, or a client country's own), calendar overrides,
the delays, and each operator's daily goal. Saved settings reach this workstation's desk at once."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from callassist.services import calendar_admin as calendar
from callassist.services import catalogue_admin as admin
from callassist.settings import TeamSettings
from callassist.timekeeping.hours import CallingHours, DayWindow
from ui.supervisor.catalogue_tabs import CatalogueTab, yes_no
from ui.supervisor.common import RowsModel, selected_row, table_view
from ui.supervisor.context import Screens


class SettingsTab(CatalogueTab):
    """A tab whose edits are team settings: after a save the desk takes the stored settings."""

    def store(self, work: object) -> None:
        async def stored() -> TeamSettings:
            settings: TeamSettings = await work  # type: ignore[misc]
            self.screens.desk.settings = settings
            return settings

        # translate() with this class's context: tr() would look the text up under the subclass's name.
        self.run(stored(), QCoreApplication.translate("SettingsTab", "Saved: new follow-ups use it at once."))


class HoursTab(SettingsTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "hoursTab")
        self.model = RowsModel([(self.tr("Country"), lambda r: r[0]), (self.tr("Hours"), lambda r: r[1])], self)
        self.table = table_view(self.model, "hoursTable", stretch=1)
        self.country = QLineEdit()
        self.country.setObjectName("hoursCountry")
        self.country.setPlaceholderText(self.tr("empty: the whole team; RU, BY, KZ…: clients of that country"))
        days = QGridLayout()
        names = (self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"))
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for index, name in enumerate((*names, self.tr("Sun"))):
            calls, start, end = QCheckBox(name), QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(20, 0))
            start.setDisplayFormat("HH:mm")
            end.setDisplayFormat("HH:mm")
            calls.setChecked(True)
            days.addWidget(calls, index // 4 * 2, index % 4)
            pair = QHBoxLayout()
            pair.addWidget(start)
            pair.addWidget(end)
            days.addLayout(pair, index // 4 * 2 + 1, index % 4)
            self.days.append((calls, start, end))
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addLayout(days)
        layout.addWidget(QLabel(self.tr("Client's local time. Ctrl+Enter save · F8 back to the team's hours")))
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))
        self.settings: TeamSettings | None = None

    async def load(self) -> None:
        self.settings = await self.screens.tasks.db(calendar.team_settings, self.screens.desk.db)
        rows = [(self.tr("Team"), self._summary(self.settings.hours), "")]
        for code, hours in sorted((self.settings.country_hours or {}).items()):
            rows.append((code, self._summary(CallingHours.from_dict(hours)), code))
        self.model.set_rows(rows)
        if self.table.currentIndex().row() < 0:
            self._show(self.settings.hours)

    def _summary(self, hours: CallingHours) -> str:
        parts = []
        for (calls, _, _), window in zip(self.days, hours.windows, strict=True):
            if window is not None:
                parts.append(f"{calls.text()} {window.start:%H:%M}–{window.end:%H:%M}")
        return ", ".join(parts)

    def _fill(self, row: tuple[str, str, str] | None) -> None:
        if row is None or self.settings is None:
            return
        self.country.setText(row[2])
        self._show(self.settings.hours_for(row[2]) if row[2] else self.settings.hours)

    def _show(self, hours: CallingHours) -> None:
        for (calls, start, end), window in zip(self.days, hours.windows, strict=True):
            calls.setChecked(window is not None)
            if window is not None:
                start.setTime(QTime(window.start.hour, window.start.minute))
                end.setTime(QTime(window.end.hour, window.end.minute))

    def chosen(self) -> dict[str, list[str] | None]:
        """The hours on screen as stored (checked on the database thread by ``CallingHours.from_dict``)."""
        windows = []
        for calls, start, end in self.days:
            begin, finish = start.time(), end.time()
            windows.append(
                DayWindow(time(begin.hour(), begin.minute()), time(finish.hour(), finish.minute()))
                if calls.isChecked()
                else None
            )
        return CallingHours(windows=tuple(windows)).to_dict()

    def save(self) -> None:
        country = self.country.text().strip() or None
        db, chosen = self.screens.desk.db, self.chosen()

        def check_and_store() -> TeamSettings:
            return calendar.set_hours(db, CallingHours.from_dict(chosen), country)

        self.store(self.screens.tasks.db(check_and_store))

    def remove(self) -> None:
        country = self.country.text().strip()
        if country:
            self.store(self.screens.tasks.db(calendar.drop_country_hours, self.screens.desk.db, country))


class CalendarTab(CatalogueTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "calendarTab")
        self.model = RowsModel(
            [
                (self.tr("Day"), lambda r: QDate(r.day.year, r.day.month, r.day.day).toString("dd.MM.yyyy")),
                (self.tr("Country"), lambda r: r.country),
                (self.tr("Kind"), lambda r: self.tr("Working day") if r.working else self.tr("Day off")),
                (self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.table = table_view(self.model, "overridesTable", stretch=3)
        self.country = QLineEdit("RU")
        self.country.setObjectName("overrideCountry")
        self.day = QDateEdit()
        self.day.setObjectName("overrideDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        today = self.screens.desk.now().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.setObjectName("overrideKind")
        self.kind.addItem(self.tr("Day off (office closed, moved holiday)"), False)
        self.kind.addItem(self.tr("Working day (transferred)"), True)
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Day:"), self.day)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter save the day · F8 remove the chosen day")))
        layout.addWidget(self.message)

    async def load(self) -> None:
        self.model.set_rows(await self.screens.tasks.db(calendar.overrides, self.screens.desk.db))

    def save(self) -> None:
        picked = self.day.date()
        row = calendar.OverrideRow(
            self.country.text(), date(picked.year(), picked.month(), picked.day()), self.kind.currentData(),
            self.note.text(),
        )  # fmt: skip
        self.run(self.screens.tasks.db(calendar.set_override, self.screens.desk.db, row), self.tr("Saved."))

    def remove(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            self.run(self.screens.tasks.db(calendar.remove_override, self.screens.desk.db, row.country, row.day))


class DelaysTab(SettingsTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "delaysTab")
        self.lease = self._spin("leaseMinutes", 1, 24 * 60)
        self.handover = self._spin("handoverMinutes", 1, 7 * 24 * 60)
        self.post_sale = self._spin("postSaleDays", 1, admin.MAX_DELAY_DAYS)
        self.unreachable = self._spin("unreachableDays", 1, admin.MAX_DELAY_DAYS)
        form = QFormLayout()
        form.addRow(self.tr("An abandoned client is freed after (minutes):"), self.lease)
        form.addRow(self.tr("A personal callback passes to the team when overdue (minutes):"), self.handover)
        form.addRow(self.tr("Post-sale check-in after (days):"), self.post_sale)
        form.addRow(self.tr("Unreachable client called again after (days):"), self.unreachable)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter save")))
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _spin(self, name: str, low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        return spin

    async def load(self) -> None:
        settings = await self.screens.tasks.db(calendar.team_settings, self.screens.desk.db)
        self.lease.setValue(settings.lease_minutes)
        self.handover.setValue(settings.callback_handover_minutes)
        self.post_sale.setValue(settings.post_sale_days)
        self.unreachable.setValue(settings.unreachable_days)

    def save(self) -> None:
        delays = calendar.Delays(
            self.lease.value(), self.handover.value(), self.post_sale.value(), self.unreachable.value()
        )
        self.store(self.screens.tasks.db(calendar.set_delays, self.screens.desk.db, delays))


class GoalsTab(CatalogueTab):
    def __init__(self, screens: Screens) -> None:
        super().__init__(screens, "goalsTab")
        self.model = RowsModel(
            [
                (self.tr("Operator"), lambda g: g.operator),
                (self.tr("Role"), lambda g: self.tr("Supervisor") if g.role == "supervisor" else self.tr("Operator")),
                (self.tr("Active"), lambda g: yes_no(g.active)),
                (self.tr("Calls a day"), lambda g: g.daily_goal),
            ],
            self,
        )
        self.table = table_view(self.model, "goalsTable", stretch=0)
        self.goal = QSpinBox()
        self.goal.setObjectName("dailyGoal")
        self.goal.setRange(1, 2000)
        form = QFormLayout()
        form.addRow(self.tr("Calls a day for the chosen operator:"), self.goal)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter save")))
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))

    async def load(self) -> None:
        self.model.set_rows(await self.screens.tasks.db(calendar.goals, self.screens.desk.db))

    def _fill(self, row: calendar.GoalRow | None) -> None:
        if row is not None:
            self.goal.setValue(row.daily_goal)

    def save(self) -> None:
        row = selected_row(self.table)
        if row is not None:
            work = self.screens.tasks.db(calendar.set_goal, self.screens.desk.db, row.operator, self.goal.value())
            self.run(work, self.tr("Saved."))
