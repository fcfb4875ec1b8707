"""The softphone's group in File → Settings: connector, baresip's address, dial template, ring timeout, progressive
countdown, and a Test button that reaches the phone without dialling anyone."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from callassist.errors import UserInputError
from callassist.settings import TeamSettings
from callassist.softphone.baresip import BaresipConnector
from callassist.softphone.connector import BARESIP, HOOK, NONE, parse_choice
from callassist.softphone.fate import DEFAULT_FATE_MAP
from callassist.softphone.hook import meeting_point
from callassist.softphone.settings_check import COUNTDOWN_RANGE, RING_TIMEOUT_RANGE


class SoftphoneSettingsBox(QGroupBox):
    """Reads and shows the softphone's team settings; ``values()`` gives the fields to store."""

    def __init__(self, tasks: Any, language: str) -> None:
        super().__init__()
        self.setObjectName("softphoneSettings")
        self.setTitle(self.tr("Softphone"))
        self.tasks, self.language = tasks, language
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.setObjectName("softphoneKind")
        self.kind.addItem(self.tr("None: F4 opens the dial link"), NONE)
        self.kind.addItem(self.tr("baresip (dials, follows the call)"), BARESIP)
        self.kind.addItem(self.tr("Event hook (main.py call-event)"), HOOK)
        form.addRow(self.tr("Connector:"), self.kind)
        self.address = QLineEdit()
        self.address.setObjectName("softphoneAddress")
        self.address.setToolTip(self.tr("baresip's ctrl_tcp_listen, e.g. 127.0.0.1:4444"))
        form.addRow(self.tr("baresip control address:"), self.address)
        self.template = QLineEdit()
        self.template.setObjectName("softphoneDialTemplate")
        self.template.setToolTip(self.tr("What baresip dials: {e164}, {digits}, {extension}, e.g. sip:{e164}@pbx"))
        form.addRow(self.tr("baresip dials:"), self.template)
        self.ring_timeout = self._seconds("ringTimeout", RING_TIMEOUT_RANGE)
        form.addRow(self.tr("Hang up unanswered after:"), self.ring_timeout)
        self.countdown = self._seconds("progressiveCountdown", COUNTDOWN_RANGE)
        form.addRow(self.tr("Progressive dialling pause:"), self.countdown)
        self.fate_map = QPlainTextEdit()
        self.fate_map.setObjectName("softphoneFateMap")
        self.fate_map.setToolTip(
            self.tr("How a call's end fills the attempt result, read in order (docs/softphone.md): cause → result")
        )
        self.fate_map.setMaximumHeight(72)
        self.fate_map.setTabChangesFocus(True)
        form.addRow(self.tr("Call fate map (JSON):"), self.fate_map)
        self.test = QPushButton(self.tr("Test"))
        self.test.setObjectName("softphoneTest")
        self.test.setToolTip(self.tr("Reach the softphone without dialling anyone"))
        self.test.clicked.connect(lambda: self.tasks.spawn(self.check()))
        self.result = QLabel()
        self.result.setObjectName("softphoneTestResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.test)
        row.addWidget(self.result, stretch=1)
        form.addRow(row)

    def _seconds(self, name: str, bounds: tuple[int, int]) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(*bounds)
        box.setSuffix(self.tr(" s"))
        box.setMaximumWidth(120)
        return box

    def show_values(self, settings: TeamSettings) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(settings.softphone), 0))
        self.address.setText(settings.softphone_address)
        self.template.setText(settings.softphone_dial_template)
        self.ring_timeout.setValue(settings.ring_timeout_seconds)
        self.countdown.setValue(settings.progressive_countdown_seconds)
        shown = settings.softphone_fate_map if settings.softphone_fate_map is not None else DEFAULT_FATE_MAP
        self.fate_map.setPlainText(json.dumps(shown, ensure_ascii=False, indent=0))

    def values(self) -> dict[str, Any]:
        return {
            "softphone": str(self.kind.currentData()),
            "softphone_address": self.address.text().strip(),
            "softphone_dial_template": self.template.text().strip(),
            "ring_timeout_seconds": self.ring_timeout.value(),
            "progressive_countdown_seconds": self.countdown.value(),
            "softphone_fate_map": self._fate_map(),
        }

    def _fate_map(self) -> dict[str, str] | None:
        """The edited map; None when it is the default (so a later default reaches this team too).

        Raises:
            UserInputError: ``softphone.bad_fate_map_json``.
        """
        try:
            edited = json.loads(self.fate_map.toPlainText() or "null")
        except ValueError as error:
            raise UserInputError("softphone.bad_fate_map_json", field="softphoneFateMap", detail=str(error)) from None
        if edited is None or edited == DEFAULT_FATE_MAP:
            return None
        if not isinstance(edited, dict) or not all(isinstance(v, str) for v in edited.values()):
            raise UserInputError("softphone.bad_fate_map_json", field="softphoneFateMap", detail="{…}")
        return {str(key): value for key, value in edited.items()}

    async def check(self) -> bool:
        """Reach the chosen phone without dialling; the result line says what answered or what failed."""
        kind = self.kind.currentData()
        if kind == NONE:
            self.result.setText(self.tr("No softphone: F4 opens the dial link."))
            return True
        if kind == HOOK:
            self.result.setText(self.tr("Softphones reach this app with main.py call-event (%1).").replace(
                "%1", str(meeting_point())))  # fmt: skip
            return True
        self.test.setEnabled(False)
        try:
            choice = parse_choice(f"baresip://{self.address.text().strip()}")
            connector = BaresipConnector(choice.host, choice.port)
            try:
                where = await connector.check()
            finally:
                await connector.close()
        except UserInputError as error:
            self.result.setText(error.render(self.language))
            return False
        finally:
            self.test.setEnabled(True)
        self.result.setText(self.tr("baresip answers at %1.").replace("%1", where))
        return True
