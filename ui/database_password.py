"""The database password in Settings: a masked field that starts empty, and "remember it in the system keyring".

The password is never shown, not even masked from a stored value: the field starts empty, and an empty field on
saving means "keep what is kept". It is sent to the OS keyring only when "remember" is ticked
(``callassist.credentials``); ``callassist.ini`` never holds it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget


class DatabasePassword(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Password:"))
        self.field = QLineEdit()
        self.field.setObjectName("settingsDbPassword")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("unchanged"))
        self.label.setBuddy(self.field)
        self.remember = QCheckBox(self.tr("Remember in the system keyring"))
        self.remember.setObjectName("settingsDbRemember")
        self.remember.setToolTip(
            self.tr("Without it, the password is asked for at sign-in. It is never written to a file.")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, stretch=1)
        row.addWidget(self.remember)

    def show_choice(self, remembered: bool) -> None:
        """Start empty (nothing to see, nothing to copy), with "remember" as this workstation last chose."""
        self.field.clear()
        self.remember.setChecked(remembered)

    def text(self) -> str:
        return self.field.text()
