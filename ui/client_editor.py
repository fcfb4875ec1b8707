"""The client editor (Shift+F12, "Edit client"): names, form of address, company, contacts, place and time zone with
what it means for calling now, buying stage, preferences and notes.

Saving sends only the fields the operator changed, with the version and values the editor was opened on, so a
colleague's save in between is merged or, on the same field, refused and the editor reloads (no silent loss).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import BuyingStage, ClientChangeView, ClientView
from callassist.errors import UserInputError
from callassist.services.client_desk import LocalHours
from callassist.services.client_edits import ClientEdit
from ui import formatting, labels
from ui.tasks import TaskRunner

COMMON_ZONES = (
    "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk", "Asia/Novosibirsk",
    "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok", "Asia/Magadan", "Asia/Kamchatka",
    "Europe/Kyiv", "Europe/Minsk", "Asia/Almaty", "Asia/Tashkent",
)  # fmt: skip


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate`` (lupdate knows ``_t`` as its alias)."""
    return QCoreApplication.translate(context, text)


def field_name(code: str) -> str:
    """A client field's name as the card's history says it."""
    names = {
        "firstName": _t("ClientFields", "first name"),
        "patronymic": _t("ClientFields", "patronymic"),
        "lastName": _t("ClientFields", "last name"),
        "addressAs": _t("ClientFields", "form of address"),
        "company": _t("ClientFields", "company"),
        "position": _t("ClientFields", "position"),
        "email": _t("ClientFields", "e-mail"),
        "city": _t("ClientFields", "city"),
        "country": _t("ClientFields", "country"),
        "timezone": _t("ClientFields", "time zone"),
        "stage": _t("ClientFields", "buying stage"),
        "preferences": _t("ClientFields", "preferences"),
        "notes": _t("ClientFields", "notes"),
        "phone": _t("ClientFields", "phone"),
        "preferredPhone": _t("ClientFields", "number F4 dials"),
        "phoneStatus": _t("ClientFields", "phone status"),
        "created": _t("ClientFields", "added by hand"),
    }
    return names.get(code, code)


def _shown(field: str, value: str) -> str:
    """A stored value as the card shows it: a buying stage in words, an empty value as a dash."""
    if field == "stage" and value in set(BuyingStage):
        return labels.stage(BuyingStage(value))
    return value or "—"


def change_row(change: ClientChangeView) -> QTreeWidgetItem:
    """One hand edit as a row of the card's history: when and who, then field: old → new."""
    old, new = _shown(change.field, change.old_value), _shown(change.field, change.new_value)
    text = f"{field_name(change.field)}: {old} → {new}"
    item = QTreeWidgetItem([f"{formatting.date_time(change.changed_at)}\n{change.operator}", text])
    item.setToolTip(1, text)
    return item


def editor_values(client: ClientView) -> dict[str, str]:
    """The editor's fields of a card, as text, keyed by the core's field codes."""
    return {
        "firstName": client.first_name,
        "patronymic": client.patronymic,
        "lastName": client.last_name,
        "addressAs": client.address_override,
        "company": client.company,
        "position": client.position,
        "email": client.email,
        "city": client.city,
        "country": client.region,
        "timezone": client.timezone or "",
        "stage": client.stage.value if client.stage else "",
        "preferences": client.preferences,
        "notes": client.notes,
    }


class ClientEditor(QDialog):
    """Signals:
    saved(int): the client with this id was saved.
    """

    saved = Signal(int)

    def __init__(
        self,
        tasks: TaskRunner,
        load: Callable[[int], Awaitable[ClientView]],
        save: Callable[[ClientEdit], Awaitable[object]],
        hours: Callable[[str, str], Awaitable[LocalHours]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clientEditor")
        self.setWindowTitle(self.tr("Edit client"))
        self._tasks, self._load, self._save, self._hours, self._language = tasks, load, save, hours, language
        self._client: ClientView | None = None
        self._base: dict[str, str] = {}
        self._build()
        self._hours_timer = QTimer(self)
        self._hours_timer.setSingleShot(True)
        self._hours_timer.setInterval(150)
        self._hours_timer.timeout.connect(lambda: self._tasks.spawn(self.refresh_hours()))
        for combo in (self.fields["timezone"], self.fields["country"]):
            combo.editTextChanged.connect(lambda _text: self._hours_timer.start())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Any] = {}
        rows = (
            ("lastName", self.tr("Last name:")),
            ("firstName", self.tr("First name:")),
            ("patronymic", self.tr("Patronymic:")),
            ("addressAs", self.tr("Address as (if not by name):")),
            ("company", self.tr("Company:")),
            ("position", self.tr("Position:")),
            ("email", self.tr("E-mail:")),
            ("city", self.tr("City:")),
        )
        for code, title in rows:
            self.fields[code] = self._line(code)
            form.addRow(title, self.fields[code])
        self.fields["country"] = self._combo("country", ("RU", "UA", "BY", "KZ", "UZ", "GB", "US"))
        self.fields["timezone"] = self._combo("timezone", COMMON_ZONES)
        form.addRow(self.tr("Country:"), self.fields["country"])
        form.addRow(self.tr("Time zone:"), self.fields["timezone"])
        self.local_hours = QLabel()
        self.local_hours.setObjectName("editorLocalHours")
        form.addRow("", self.local_hours)
        stage = QComboBox()
        stage.setObjectName("editStage")
        stage.addItem(labels.stage(None), "")
        for value in BuyingStage:
            stage.addItem(labels.stage(value), value.value)
        self.fields["stage"] = stage
        form.addRow(self.tr("Buying stage:"), stage)
        for code, title in (("preferences", self.tr("Preferences, expectations:")), ("notes", self.tr("Notes:"))):
            text = QPlainTextEdit()
            text.setObjectName(f"edit{code[0].upper()}{code[1:]}")
            text.setTabChangesFocus(True)
            text.setMaximumHeight(70)
            self.fields[code] = text
            form.addRow(title, text)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("clientEditorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.setAutoDefault(False)  # Enter in a field must not press it
        self.cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setAutoDefault(False)  # Enter in a field must not press it
        self.save_button.setObjectName("saveClientButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(QKeyCombination(Qt.KeyboardModifier.ControlModifier, key)), self)
            shortcut.activated.connect(self.save)

    def _line(self, code: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(f"edit{code[0].upper()}{code[1:]}")
        return line

    def _combo(self, code: str, choices: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"edit{code[0].upper()}{code[1:]}")
        combo.setEditable(True)
        combo.addItems(list(choices))
        return combo

    # --- values ---------------------------------------------------------------------------------------------------
    def show_client(self, client: ClientView) -> None:
        """Fill the fields from ``client``; its version and values are what a save starts from."""
        self._client = client
        self._base = editor_values(client)
        for code, value in self._base.items():
            self._write(code, value)
        self.setWindowTitle(self.tr("Edit client: %1").replace("%1", client.full_name))
        self._hours_timer.start()

    def _write(self, code: str, value: str) -> None:
        widget = self.fields[code]
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif code == "stage":
            widget.setCurrentIndex(max(0, widget.findData(value)))
        else:
            widget.setEditText(value)

    def value(self, code: str) -> str:
        widget = self.fields[code]
        if isinstance(widget, QLineEdit):
            return str(widget.text())
        if isinstance(widget, QPlainTextEdit):
            return str(widget.toPlainText())
        if code == "stage":
            return str(widget.currentData() or "")
        return str(widget.currentText())

    def changes(self) -> dict[str, str]:
        """The fields the operator changed since the editor was filled."""
        return {code: self.value(code) for code, old in self._base.items() if self.value(code).strip() != old.strip()}

    # --- actions --------------------------------------------------------------------------------------------------
    def save(self) -> None:
        self._tasks.spawn(self._save_now())

    async def _save_now(self) -> None:
        client = self._client
        if client is None:
            return
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.save_button.setEnabled(False)
        try:
            await self._save(ClientEdit(client.id, client.version, dict(self._base), changes))
        except UserInputError as error:
            self.error.setText(error.render(self._language))
            if error.code == "client.edit_conflict":  # show the colleague's values; the operator saves again
                self.show_client(await self._load(client.id))
            return
        finally:
            self.save_button.setEnabled(True)
        self.saved.emit(client.id)
        self.accept()

    async def refresh_hours(self) -> None:
        """Say what the time zone means for calling the client now."""
        zone, country = self.value("timezone").strip(), self.value("country").strip()
        try:
            hours = await self._hours(zone, country)
        except (UserInputError, KeyError, ValueError):
            self.local_hours.setText(self.tr("Unknown time zone"))
            return
        clock = formatting.clock_time(hours.local_time, hours.local_time.tzinfo)
        text = (
            self.tr("Client's time now: %1 — inside calling hours")
            if hours.inside_hours
            else self.tr("Client's time now: %1 — outside calling hours, the queue holds the client back")
        )
        self.local_hours.setText(text.replace("%1", clock))
