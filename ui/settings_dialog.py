"""File → Settings…: the team's settings (stored in the database) and this workstation's (stored next to the data).

Team settings (calling hours, phone region, daily goal) are checked by the core and saved in one unit of work.
Workstation settings (operator, language, database, appearance, dial link) go to the workstation's INI file; the
operator, the language and the database take effect when CallAssist is restarted, and the dialog says so.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from callassist import credentials
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.services.settings_service import (
    SAMPLE_NUMBER,
    current_url,
    database_url,
    dial_link,
    save_team,
    validate_dial_template,
)
from callassist.settings import TeamSettings
from ui.database_password import DatabasePassword
from ui.errors import shown
from ui.softphone_settings import SoftphoneSettingsBox
from ui.tasks import TaskRunner
from ui.window_state import Workstation, apply_appearance, load_workstation, save_workstation

DIAL_PRESETS = ("tel:{e164}", "sip:{digits}@pbx.local", "callto:{e164}")
TIME_FORMAT = "HH:mm"


class SettingsDialog(QDialog):
    """Opened with ``open()``; ``saved`` carries the team settings after they are committed."""

    saved = Signal(object)

    def __init__(self, desk: OperatorDesk, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.desk, self.tasks = desk, tasks
        self._build()
        self.show_values(desk.settings, load_workstation(), current_url(desk.db))

    # --- building -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._workstation_box())
        layout.addWidget(self._team_box())
        self.softphone = SoftphoneSettingsBox(self.tasks, self.desk.language)  # issue 18
        layout.addWidget(self.softphone)
        self.error = QLabel()
        self.error.setObjectName("settingsError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.setObjectName("settingsButtons")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _workstation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This workstation"))
        form = QFormLayout(box)
        self.operator = QLineEdit()
        self.operator.setObjectName("settingsOperator")
        form.addRow(self.tr("Operator name:"), self.operator)
        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        self.language.addItem(self.tr("As the system"), "system")
        self.language.addItem("Русский", "ru")
        self.language.addItem("English", "en")
        form.addRow(self.tr("Language:"), self.language)
        self.db_kind = QComboBox()
        self.db_kind.setObjectName("settingsDbKind")
        self.db_kind.addItem(self.tr("File on this computer"), "file")
        self.db_kind.addItem(self.tr("PostgreSQL server"), "server")
        self.db_value = QLineEdit()
        self.db_value.setObjectName("settingsDbUrl")
        self.db_value.setMinimumWidth(360)
        self.db_kind.currentIndexChanged.connect(self._db_placeholder)
        database = QHBoxLayout()
        database.addWidget(self.db_kind)
        database.addWidget(self.db_value, stretch=1)
        form.addRow(self.tr("Database:"), database)
        self.db_password = DatabasePassword()
        form.addRow(self.db_password.label, self.db_password)
        restart = QLabel(self.tr("The operator name, the language and the database change when CallAssist restarts."))
        restart.setObjectName("settingsRestartNote")
        restart.setWordWrap(True)
        form.addRow(restart)
        self.appearance = QComboBox()
        self.appearance.setObjectName("settingsAppearance")
        self.appearance.addItem(self.tr("As the system"), "system")
        self.appearance.addItem(self.tr("Light"), "light")
        self.appearance.addItem(self.tr("Dark"), "dark")
        form.addRow(self.tr("Appearance:"), self.appearance)
        self.dial_template = QComboBox()
        self.dial_template.setObjectName("settingsDialTemplate")
        self.dial_template.setEditable(True)
        self.dial_template.addItems(DIAL_PRESETS)
        self.dial_template.setToolTip(
            self.tr("{e164} is the number with +, {digits} the same digits without it, e.g. zoiper://{digits}")
        )
        self.dial_test = QPushButton(self.tr("Test"))
        self.dial_test.setObjectName("settingsDialTest")
        self.dial_test.clicked.connect(self.test_dial)
        dial = QHBoxLayout()
        dial.addWidget(self.dial_template, stretch=1)
        dial.addWidget(self.dial_test)
        form.addRow(self.tr("Dial link:"), dial)
        self.dial_result = QLabel()
        self.dial_result.setObjectName("settingsDialResult")
        self.dial_result.setWordWrap(True)
        self.dial_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.dial_result)
        return box

    def _team_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The team (shared by everyone on this database)"))
        form = QFormLayout(box)
        self.calling_start = QTimeEdit()
        self.calling_start.setObjectName("settingsCallingStart")
        self.calling_start.setDisplayFormat(TIME_FORMAT)
        self.calling_end = QTimeEdit()
        self.calling_end.setObjectName("settingsCallingEnd")
        self.calling_end.setDisplayFormat(TIME_FORMAT)
        hours = QHBoxLayout()
        hours.addWidget(self.calling_start)
        hours.addWidget(QLabel("–"))
        hours.addWidget(self.calling_end)
        hours.addStretch(1)
        form.addRow(self.tr("Calling hours (client's time):"), hours)
        self.region = QLineEdit()
        self.region.setObjectName("settingsRegion")
        self.region.setMaxLength(2)
        self.region.setMaximumWidth(80)
        self.region.setToolTip(self.tr("Country of phone numbers written without a country code: RU, UA, KZ…"))
        form.addRow(self.tr("Default phone region:"), self.region)
        self.daily_goal = QSpinBox()
        self.daily_goal.setObjectName("settingsDailyGoal")
        self.daily_goal.setRange(1, 1000)
        self.daily_goal.setMaximumWidth(160)
        form.addRow(self.tr("Daily goal (calls):"), self.daily_goal)
        return box

    def _db_placeholder(self) -> None:
        server = self.db_kind.currentData() == "server"
        if not server:
            self.db_value.setPlaceholderText(self.tr("Path to the .db file"))
        else:
            self.db_value.setPlaceholderText(self.tr("user@server:5432/callassist"))
        self.db_password.setVisible(server)
        self.db_password.label.setVisible(server)

    # --- values -------------------------------------------------------------------------------------------
    def show_values(self, team: TeamSettings, workstation: Workstation, db_url: str) -> None:
        self.operator.setText(workstation.operator or self.desk.operator_name)
        self._select(self.language, workstation.language)
        self._select(self.appearance, workstation.appearance)
        server = not db_url.startswith("sqlite")
        self.db_kind.setCurrentIndex(1 if server else 0)
        shown = credentials.without_password(db_url)  # a password is never shown, not even masked in the URL
        self.db_value.setText(shown.removeprefix("sqlite:///") if not server else shown)
        self.db_password.show_choice(workstation.remember_password)
        self._db_placeholder()
        self.dial_template.setCurrentText(workstation.dial_template)
        self.calling_start.setTime(QTime.fromString(team.calling_start, TIME_FORMAT))
        self.calling_end.setTime(QTime.fromString(team.calling_end, TIME_FORMAT))
        self.region.setText(team.default_region)
        self.daily_goal.setValue(team.daily_goal)
        self.softphone.show_values(team)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def team_values(self) -> TeamSettings:
        return replace(
            self.desk.settings,
            calling_start=self.calling_start.time().toString(TIME_FORMAT),
            calling_end=self.calling_end.time().toString(TIME_FORMAT),
            default_region=self.region.text(),
            daily_goal=self.daily_goal.value(),
            **self.softphone.values(),
        )

    def test_dial(self) -> None:
        """Show the link a dial would open for a sample number, or what is wrong with the template."""
        try:
            link = dial_link(self.dial_template.currentText(), SAMPLE_NUMBER)
        except UserInputError as error:
            self.dial_result.setText(shown(error))
            return
        self.dial_result.setText(self.tr("A call to %1 opens: %2").replace("%1", SAMPLE_NUMBER).replace("%2", link))

    # --- saving -------------------------------------------------------------------------------------------
    def save(self) -> None:
        self.tasks.spawn(self._save())

    async def _save(self) -> None:
        try:
            url = database_url(str(self.db_kind.currentData()), self.db_value.text())
            server = self.db_kind.currentData() == "server"
            remember = server and self.db_password.remember.isChecked()
            # The password goes to the OS keyring (or nowhere); the file gets the URL without it.
            stored = await self.tasks.io(credentials.store_safely, url, self.db_password.text(), remember)
            workstation = Workstation(
                operator=" ".join(self.operator.text().split()),
                language=str(self.language.currentData()),
                db_url=stored,
                appearance=str(self.appearance.currentData()),
                dial_template=validate_dial_template(self.dial_template.currentText()),
                remember_password=remember,
            )
            if not workstation.operator:
                raise UserInputError("operators.name_missing", "operator")
            team = self.team_values()
            # Unchanged team settings are not written: in team mode an operator's login may not write them at all,
            # and saving only this workstation's choices must still work for an operator.
            if team != self.desk.settings:
                self.buttons.setEnabled(False)
                try:
                    team = await self.tasks.db(save_team, self.desk.db, team, self.desk.operator_name)
                finally:
                    self.buttons.setEnabled(True)
        except UserInputError as error:
            self._show_error(error)
            return
        save_workstation(workstation)
        self.desk.settings = team
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, workstation.appearance)
        self.saved.emit(team)
        self.accept()

    def _show_error(self, error: UserInputError) -> None:
        self.error.setText(shown(error))
        self.error.setVisible(True)
        fields: dict[str | None, QWidget] = {
            "calling_start": self.calling_start,
            "calling_end": self.calling_end,
            "default_region": self.region,
            "daily_goal": self.daily_goal,
            "dial_template": self.dial_template,
            "db": self.db_value,
            "operator": self.operator,
        }
        widget = fields.get(error.field)
        if widget is not None:
            widget.setFocus()
