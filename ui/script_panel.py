"""The script panel: what to say right now, addressed to the client by name."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from callassist.domain import ClientView


class ScriptPanel(QWidget):
    def __init__(self, operator: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self._operator = operator
        layout = QVBoxLayout(self)
        self.line = QLabel()
        self.line.setObjectName("scriptLine")
        self.line.setWordWrap(True)
        layout.addWidget(self.line)
        layout.addStretch(1)
        self.show_client(None)

    def show_client(self, client: ClientView | None) -> None:
        if client is None:
            self.line.setText(self.tr("The script appears when a client is open."))
            return
        name = client.address_form or self.tr("good afternoon")
        self.line.setText(self.tr("Hello, %1! My name is %2.").replace("%1", name).replace("%2", self._operator))
