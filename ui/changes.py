"""One object that tells the views what a unit of work changed (Anki's OpChanges idea)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from callassist.domain import Changes


class ChangeHub(QObject):
    """Signals:
    changed(Changes): a unit of work committed; views that care refresh themselves.
    """

    changed = Signal(object)

    def broadcast(self, changes: Changes) -> None:
        self.changed.emit(changes)
