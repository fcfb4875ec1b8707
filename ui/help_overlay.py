"""The keyboard help (F1): every operator shortcut on one card over the window, plus shortcuts in tooltips.

The list is built from the same enums the window binds (attempt results on Ctrl+1…6, conversation results on
F6…F10, quick picks on Ctrl+7…0), so the card cannot drift from the keys. The card is non-modal: the operator keeps
typing into the wrap-up form while it is open; F1 or Esc closes it. docs/keyboard.md carries the same list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from callassist.domain import AttemptResult, ConversationResult
from ui import labels, softphone_link

OBJECT_NAME = "helpOverlay"
QUICK_PICK_KEYS = ("Ctrl+7", "Ctrl+8", "Ctrl+9", "Ctrl+0")
CONVERSATION_KEYS = ("F6", "F7", "F8", "F9", "F10")


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def shortcuts() -> list[tuple[str, str]]:
    """(key, what it does) for every operator shortcut, in the order of a call."""
    rows = [
        ("F1", _t("HelpOverlay", "Show or hide this help")),
        ("F2", _t("HelpOverlay", "Take the next client from the queue")),
        ("F3", _t("HelpOverlay", "Search the objection palette")),
        ("F4", _t("HelpOverlay", "Dial the client's chosen phone (★)")),
        ("F5", _t("HelpOverlay", "Refresh the queue and the figures")),
        ("Shift+F5", _t("HelpOverlay", "Import leads from an Excel or CSV file")),
        ("Alt+1…9", _t("HelpOverlay", "Choose the client's answer in the script")),
        ("Ctrl+← / Ctrl+→", _t("HelpOverlay", "Previous / next answer to the chosen objection")),
    ]
    for number, result in enumerate(AttemptResult, start=1):
        rows.append((f"Ctrl+{number}", _t("HelpOverlay", "Attempt: %1").replace("%1", labels.attempt(result))))
    for key, conversation in zip(CONVERSATION_KEYS, ConversationResult, strict=True):
        rows.append((key, _t("HelpOverlay", "Conversation: %1").replace("%1", labels.conversation(conversation))))
    picks = (
        _t("HelpOverlay", "Call again tomorrow"),
        _t("HelpOverlay", "Call again in a week"),
        _t("HelpOverlay", "Call again in a month"),
        _t("HelpOverlay", "Call again in 3 months"),
    )
    rows += list(zip(QUICK_PICK_KEYS, picks, strict=True))
    rows += softphone_link.help_rows()  # issue 18: hang up, progressive dialling
    rows += [  # issue 14: the client card
        ("Shift+F4", _t("HelpOverlay", "To the client's phones: ↑ ↓ choose, Tab to add, mark wrong, choose for F4")),
        ("F11", _t("HelpOverlay", "Find a client by phone, name or company")),
        ("Shift+F12", _t("HelpOverlay", "Edit the client")),
        ("Alt+0", _t("HelpOverlay", "Wrap-up: next buying stage")),
    ]
    rows += [
        ("Ctrl+F11", _t("HelpOverlay", "Mark the client's promise kept (with a note)")),
        ("Ctrl+Shift+F11", _t("HelpOverlay", "Move the client's promise to a new date (with a reason)")),
        ("F12", _t("HelpOverlay", "Jump to the wrap-up form (its first empty required field)")),
        ("Tab / Shift+Tab", _t("HelpOverlay", "Next / previous field of the wrap-up form")),
        ("↑ ↓", _t("HelpOverlay", "Change the value of a list or date")),
        ("Ctrl+Enter", _t("HelpOverlay", "Save the outcome")),
        ("Esc", _t("HelpOverlay", "Close this help")),
    ]
    return rows


def _tooltips() -> dict[str, str]:
    """objectName → tooltip; each names its key so a mouse user learns it."""
    return {
        "nextClientButton": _t("HelpOverlay", "Take the next client from the queue (F2)"),
        "dialButton": _t("HelpOverlay", "Dial the chosen phone (F4)"),
        "editClientButton": _t("HelpOverlay", "Edit the client (Shift+F12)"),
        "wrapUpStage": _t("HelpOverlay", "Buying stage after this call: Alt+0 steps through"),
        "attemptResult": _t("HelpOverlay", "How the attempt went: Ctrl+1…6"),
        "conversationResult": _t("HelpOverlay", "How the conversation ended: F6…F10"),
        "nextContactDate": _t(
            "HelpOverlay", "Quick picks: Ctrl+7 tomorrow, Ctrl+8 week, Ctrl+9 month, Ctrl+0 3 months"
        ),
        "saveOutcomeButton": _t("HelpOverlay", "Save the outcome (Ctrl+Enter)"),
        "objectionSearch": _t("HelpOverlay", "Search the objection palette (F3)"),
        "keepPromiseButton": _t("HelpOverlay", "Mark the selected promise kept (Ctrl+F11)"),
        "movePromiseButton": _t("HelpOverlay", "Move the selected promise to a new date (Ctrl+Shift+F11)"),
    }


class HelpOverlay(QFrame):
    """A card listing the shortcuts, floating over the top-right corner of its window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Keyboard shortcuts"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for row, (key, action) in enumerate(shortcuts()):
            key_label = QLabel(key)
            key_font = key_label.font()
            key_font.setBold(True)
            key_label.setFont(key_font)
            grid.addWidget(key_label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(QLabel(action), row, 1)
        layout.addLayout(grid)
        parent.installEventFilter(self)
        self.hide()

    close_key: QShortcut | None = None

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
        else:
            parent = self.parentWidget()
            if parent is not None:
                set_tooltips(parent)  # widgets made since start-up (a dial button) get theirs too
            self._place()
            self.show()
            self.raise_()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.close_key is not None:
            self.close_key.setEnabled(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.close_key is not None:
            self.close_key.setEnabled(False)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        margin = 12
        self.move(max(0, parent.width() - self.width() - margin), margin + 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def install(window: QMainWindow) -> HelpOverlay:
    """Add the F1 help card and Esc to close it to ``window``, and put shortcuts into the key widgets' tooltips."""
    overlay = HelpOverlay(window)
    help_key = QShortcut(QKeySequence("F1"), window)
    help_key.activated.connect(overlay.toggle)
    # Esc belongs to the card only while it is shown, so it never steals Esc from the rest of the window.
    overlay.close_key = QShortcut(QKeySequence("Esc"), window)
    overlay.close_key.setEnabled(False)
    overlay.close_key.activated.connect(overlay.hide)
    set_tooltips(window)
    return overlay


def set_tooltips(window: QWidget) -> None:
    """Name the key in the tooltip of every key widget present (widgets made later can call this again)."""
    for name, text in _tooltips().items():
        for widget in window.findChildren(QWidget, name):
            widget.setToolTip(text)
