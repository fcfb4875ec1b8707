"""The card's phones: each with its status and the one F4 dials, and the buttons that change them.

A view only: it says what the operator asked for through signals and the window's client tools do it on the
database thread, then show the card again. A wrong or dead number stays listed, marked, and is not dialled (rule 14).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from callassist.domain import ClientView, Phone, PhoneStatus


class PhoneList(QGroupBox):
    """Signals:
    dialRequested(str): dial this E.164 number.
    addRequested(str): add the number typed in the field.
    editRequested(int, str): replace phone ``id`` with the number typed.
    removeRequested(int): remove phone ``id``.
    preferRequested(int): F4 dials phone ``id`` from now on.
    statusRequested(int, str): mark phone ``id`` with a ``PhoneStatus`` value.
    """

    dialRequested = Signal(str)
    addRequested = Signal(str)
    editRequested = Signal(int, str)
    removeRequested = Signal(int)
    preferRequested = Signal(int)
    statusRequested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phones"), parent)
        self.setObjectName("phoneList")
        self._phones: tuple[Phone, ...] = ()
        layout = QVBoxLayout(self)
        self.view = QListWidget()
        self.view.setObjectName("phoneListView")
        self.view.setMaximumHeight(92)
        layout.addWidget(self.view)
        self.reason = QLabel()  # rule 14: why a client without a working number is out of the queue
        self.reason.setObjectName("noWorkingPhone")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet("color: #b00020;")
        layout.addWidget(self.reason)
        self.input = QLineEdit()
        self.input.setObjectName("phoneInput")
        self.input.setPlaceholderText(self.tr("New number, e.g. 8 916 123-45-67 ext. 12"))
        self.input.returnPressed.connect(self._add)
        layout.addWidget(self.input)
        layout.addLayout(self._buttons())
        self.view.currentRowChanged.connect(lambda _row: self._enable())
        order = (self.view, self.input, self.dial, self.add, self.edit, self.remove, self.prefer, self.wrong)
        for first, second in itertools.pairwise((*order, self.dead, self.works)):
            QWidget.setTabOrder(first, second)

    def _buttons(self) -> QGridLayout:
        grid = QGridLayout()
        self.dial = self._button("dialButton", self.tr("Dial (F4)"), self._dial)
        self.add = self._button("addPhoneButton", self.tr("Add"), self._add)
        self.edit = self._button("editPhoneButton", self.tr("Replace"), self._edit)
        self.remove = self._button("removePhoneButton", self.tr("Remove"), lambda: self._with_id(self.removeRequested))
        self.prefer = self._button(
            "preferPhoneButton", self.tr("F4 dials this"), lambda: self._with_id(self.preferRequested)
        )
        self.wrong = self._button(
            "markWrongButton", self.tr("Wrong number"), lambda: self._mark(PhoneStatus.WRONG_NUMBER)
        )
        self.dead = self._button(
            "markDeadButton", self.tr("Not in service"), lambda: self._mark(PhoneStatus.NOT_IN_SERVICE)
        )
        self.works = self._button("markWorksButton", self.tr("Works"), lambda: self._mark(PhoneStatus.OK))
        for place, button in enumerate((self.dial, self.add, self.edit, self.remove)):
            grid.addWidget(button, 0, place)
        for place, button in enumerate((self.prefer, self.wrong, self.dead, self.works)):
            grid.addWidget(button, 1, place)
        return grid

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return button

    def show_phones(self, client: ClientView | None, read_only: bool = False) -> None:
        self._phones = client.phones if client is not None else ()
        self._read_only = read_only
        self.view.clear()
        target = client.phone_to_dial if client is not None else None
        for phone in self._phones:
            item = QListWidgetItem(self._line(phone, phone == target))
            item.setData(Qt.ItemDataRole.UserRole, phone.id)
            if not phone.works:
                item.setForeground(Qt.GlobalColor.gray)
            self.view.addItem(item)
        if target is not None:
            self.view.setCurrentRow(self._phones.index(target))
        none_works = client is not None and bool(self._phones) and target is None
        self.reason.setText(
            self.tr("No working number: the client is out of the queue until one is added.") if none_works else ""
        )
        self.reason.setVisible(none_works)
        self._enable()

    def _line(self, phone: Phone, dialled: bool) -> str:
        text = phone.e164
        if phone.extension:
            text = self.tr("%1, ext. %2").replace("%1", phone.e164).replace("%2", phone.extension)
        if phone.shared:  # an office line other clients hold too (rule 16)
            text = self.tr("%1 (shared with other clients)").replace("%1", text)
        if phone.status is PhoneStatus.WRONG_NUMBER:
            text = self.tr("%1 — wrong number").replace("%1", text)
        elif phone.status is PhoneStatus.NOT_IN_SERVICE:
            text = self.tr("%1 — not in service").replace("%1", text)
        return f"★ {text}  (F4)" if dialled else text

    def _enable(self) -> None:
        current = self.current()
        editable = not getattr(self, "_read_only", False) and bool(self._phones)
        self.dial.setEnabled(current is not None and current.works)
        for button in (self.edit, self.remove, self.prefer, self.wrong, self.dead, self.works):
            button.setEnabled(editable and current is not None)
        self.add.setEnabled(editable)
        self.input.setEnabled(editable)

    def focus_phones(self) -> None:
        """Shift+F4: the keyboard into the list (↑ ↓ choose a number, Tab reaches its buttons)."""
        self.view.setFocus()
        if self.view.currentRow() < 0 and self._phones:
            self.view.setCurrentRow(0)

    def current(self) -> Phone | None:
        row = self.view.currentRow()
        return self._phones[row] if 0 <= row < len(self._phones) else None

    def _dial(self) -> None:
        phone = self.current()
        if phone is not None and phone.works:
            self.dialRequested.emit(phone.e164)

    def _add(self) -> None:
        if self.input.text().strip():
            self.addRequested.emit(self.input.text().strip())

    def _edit(self) -> None:
        phone = self.current()
        if phone is not None and self.input.text().strip():
            self.editRequested.emit(phone.id, self.input.text().strip())

    def _with_id(self, signal: SignalInstance) -> None:
        phone = self.current()
        if phone is not None:
            signal.emit(phone.id)

    def _mark(self, status: PhoneStatus) -> None:
        phone = self.current()
        if phone is not None:
            self.statusRequested.emit(phone.id, status.value)
