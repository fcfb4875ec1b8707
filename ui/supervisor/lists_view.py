"""Supervisor → Lead lists…: every list with its state and clients; pause or resume it (F6), set its priority
(F7), offer it to chosen operators or the whole team (F8), choose its script (F9), hand one operator's clients and
callbacks to another (F10); below, each list's figures for a period (F5 refreshes), filtered by list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import Changes
from callassist.services import calendar_admin, lead_lists, scripts
from ui.supervisor.common import RowsModel, bind_keys, guarded, message_line, say, selected_row, table_view
from ui.supervisor.context import Screens
from ui.supervisor.list_figures import ListFiguresPanel


class ListsView(QWidget):
    """Signals:
    loaded(): lists and figures are on screen.
    """

    loaded = Signal()

    def __init__(self, screens: Screens, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadLists")
        self.setWindowTitle(self.tr("Lead lists"))
        self.screens = screens
        self.model = RowsModel(
            [
                (self.tr("List"), lambda r: r.name),
                (self.tr("Status"), lambda r: self.tr("Paused") if r.paused else self.tr("Active")),
                (self.tr("Priority"), lambda r: r.priority),
                (self.tr("Offered to"), lambda r: ", ".join(r.assigned) or self.tr("whole team")),
                (self.tr("Script"), lambda r: r.script_key or self.tr("team's current")),
                (self.tr("New"), lambda r: r.counts.new),
                (self.tr("Future"), lambda r: r.counts.future),
                (self.tr("Now"), lambda r: r.counts.now),
                (self.tr("Never"), lambda r: r.counts.never),
            ],
            self,
        )
        self.table = table_view(self.model, "leadListsTable", stretch=0)
        zone = screens.desk.settings.office_timezone
        self.figures = ListFiguresPanel(screens.desk.db, screens.tasks, zone, screens.language, self)
        self.message = message_line("leadListsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, stretch=2)
        layout.addLayout(self._controls())
        layout.addWidget(self._figures_box(), stretch=2)
        layout.addWidget(self.message)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._fill(selected_row(self.table)))
        bind_keys(
            self,
            {
                "F5": lambda: self.screens.tasks.spawn(self.load()),
                "F6": self.toggle_pause,
                "F7": self.set_priority,
                "F8": self.assign,
                "F9": self.choose_script,
                "F10": self.move_clients,
            },
        )

    def _controls(self) -> QGridLayout:
        self.pause_button = QPushButton(self.tr("Pause / resume (F6)"))
        self.pause_button.setObjectName("pauseListButton")
        self.priority = QSpinBox()
        self.priority.setObjectName("listPriority")
        self.priority.setRange(0, lead_lists.MAX_PRIORITY)
        priority_button = QPushButton(self.tr("Set priority (F7)"))
        self.operators = QListWidget()
        self.operators.setObjectName("listOperators")
        self.operators.setMaximumHeight(110)
        assign_button = QPushButton(self.tr("Offer to the ticked, none: whole team (F8)"))
        self.script = QComboBox()
        self.script.setObjectName("listScript")
        script_button = QPushButton(self.tr("Use this script (F9)"))
        self.move_from, self.move_to = QComboBox(), QComboBox()
        self.move_from.setObjectName("moveFrom")
        self.move_to.setObjectName("moveTo")
        self.only_list = QCheckBox(self.tr("only the chosen list"))
        move_button = QPushButton(self.tr("Hand clients and callbacks over (F10)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        priority_button.clicked.connect(self.set_priority)
        assign_button.clicked.connect(self.assign)
        script_button.clicked.connect(self.choose_script)
        move_button.clicked.connect(self.move_clients)
        grid = QGridLayout()
        grid.addWidget(self.pause_button, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Priority (higher first among equal reasons):")))
        row.addWidget(self.priority)
        row.addWidget(priority_button)
        grid.addLayout(row, 0, 1)
        scripts_row = QHBoxLayout()
        scripts_row.addWidget(self.script, stretch=1)
        scripts_row.addWidget(script_button)
        grid.addLayout(scripts_row, 1, 1)
        grid.addWidget(QLabel(self.tr("Operators of the list:")), 1, 0)
        grid.addWidget(self.operators, 2, 0)
        grid.addWidget(assign_button, 3, 0)
        moves = QHBoxLayout()
        moves.addWidget(QLabel(self.tr("From")))
        moves.addWidget(self.move_from, stretch=1)
        moves.addWidget(QLabel(self.tr("to")))
        moves.addWidget(self.move_to, stretch=1)
        moves.addWidget(self.only_list)
        box = QVBoxLayout()
        box.addLayout(moves)
        box.addWidget(move_button)
        grid.addLayout(box, 2, 1)
        return grid

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Period"))
        today = self.screens.desk.now().date()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, day in ((self.date_from, today - timedelta(days=13)), (self.date_to, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.dateChanged.connect(lambda *_: self.screens.tasks.spawn(self.load_figures()))
        self.date_from.setObjectName("listFiguresFrom")
        self.date_to.setObjectName("listFiguresTo")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.date_to)
        top.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        return box

    # --- loading -----------------------------------------------------------------------------------------------
    async def load(self) -> None:
        db = self.screens.desk.db
        chosen = selected_row(self.table)
        lists = await self.screens.tasks.db(lead_lists.all_lists, db)
        people = await self.screens.tasks.db(calendar_admin.goals, db)
        known = await self.screens.tasks.db(scripts.scripts, db)
        self.model.set_rows(lists)
        self._fill_choices([p.operator for p in people if p.active], [(s.key, s.title) for s in known], lists)
        ids = [item.list_id for item in lists]
        if chosen is not None and chosen.list_id in ids:
            self.table.selectRow(ids.index(chosen.list_id))
        elif lists:
            self.table.selectRow(0)
        await self.load_figures()
        self.loaded.emit()

    def _fill_choices(
        self, people: list[str], known: list[tuple[str, str]], lists: tuple[lead_lists.LeadListView, ...]
    ) -> None:
        self.operators.clear()
        for name in people:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.operators.addItem(item)
        self.script.clear()
        self.script.addItem(self.tr("The team's current script"), None)
        for key, title in known:
            self.script.addItem(title, key)
        for combo in (self.move_from, self.move_to):
            combo.clear()
            for name in people:
                combo.addItem(name, name)
        self.move_to.addItem(self.tr("the whole team"), None)
        if len(people) > 1:
            self.move_to.setCurrentIndex(1)

    def _fill(self, row: lead_lists.LeadListView | None) -> None:
        if row is None:
            return
        self.priority.setValue(row.priority)
        for index in range(self.operators.count()):
            item = self.operators.item(index)
            ticked = item.text() in row.assigned
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.script.setCurrentIndex(max(0, self.script.findData(row.script_key)))

    async def load_figures(self) -> None:
        start, end = (self._day(edit) for edit in (self.date_from, self.date_to))

        async def read() -> None:
            await self.figures.load(start, max(start, end))

        await guarded(self.message, self.screens.language, read())

    @staticmethod
    def _day(edit: QDateEdit) -> date:
        picked = edit.date()
        return date(picked.year(), picked.month(), picked.day())

    # --- actions -----------------------------------------------------------------------------------------------
    def _edit(self, work: object, done: str) -> None:
        async def edit() -> None:
            if await guarded(self.message, self.screens.language, work):  # type: ignore[arg-type]
                say(self.message, done)
                self.screens.changed(Changes(queue=True))
                await self.load()

        self.screens.tasks.spawn(edit())

    def _chosen(self) -> lead_lists.LeadListView | None:
        row: lead_lists.LeadListView | None = selected_row(self.table)
        if row is None:
            say(self.message, self.tr("Choose a list first."))
        return row

    def toggle_pause(self) -> None:
        row = self._chosen()
        if row is not None:
            work = self.screens.tasks.db(lead_lists.set_paused, self.screens.desk.db, row.list_id, not row.paused)
            self._edit(
                work,
                self.tr("Resumed: its clients are back in the queue.")
                if row.paused
                else self.tr("Paused: its clients are offered to nobody."),
            )

    def set_priority(self) -> None:
        row = self._chosen()
        if row is not None:
            work = self.screens.tasks.db(
                lead_lists.set_priority, self.screens.desk.db, row.list_id, self.priority.value()
            )
            self._edit(work, self.tr("Priority set."))

    def assign(self) -> None:
        row = self._chosen()
        if row is not None:
            names = [
                self.operators.item(i).text()
                for i in range(self.operators.count())
                if self.operators.item(i).checkState() == Qt.CheckState.Checked
            ]
            work = self.screens.tasks.db(lead_lists.assign, self.screens.desk.db, row.list_id, names)
            self._edit(
                work,
                self.tr("Saved: the list is offered to the ticked operators only.")
                if names
                else self.tr("Saved: the list is offered to the whole team."),
            )

    def choose_script(self) -> None:
        row = self._chosen()
        if row is not None:
            work = self.screens.tasks.db(
                lead_lists.set_script, self.screens.desk.db, row.list_id, self.script.currentData()
            )
            self._edit(work, self.tr("Script chosen."))

    def move_clients(self) -> None:
        row = selected_row(self.table) if self.only_list.isChecked() else None
        source, target = self.move_from.currentData(), self.move_to.currentData()
        if not source:
            return
        db = self.screens.desk.db
        moved: list[lead_lists.Moved] = []

        def hand_over() -> None:
            moved.append(lead_lists.move_clients(db, source, target, row.list_id if row is not None else None))

        async def edit() -> None:
            if await guarded(self.message, self.screens.language, self.screens.tasks.db(hand_over)):
                text = self.tr("Handed over: %1 clients and %2 callbacks.")
                say(self.message, text.replace("%1", str(moved[0].clients)).replace("%2", str(moved[0].callbacks)))
                self.screens.changed(Changes(queue=True))
                await self.load()

        self.screens.tasks.spawn(edit())
