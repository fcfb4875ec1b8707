"""Shift+F5 opens File → Import leads…: the key the empty queue's guide and the F1 help name.

Kept out of the operator window's module (owned by the call-session work) and applied to the window once it is
built; the integrator may fold this one line into the window's menu code.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

IMPORT_KEY = "Shift+F5"


def bind_import_key(window: QMainWindow) -> None:
    """Give the window's "Import leads…" action (objectName ``importAction``) its key."""
    action = window.findChild(QAction, "importAction")
    if action is not None:
        action.setShortcut(QKeySequence(IMPORT_KEY))
