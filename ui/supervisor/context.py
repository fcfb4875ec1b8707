"""What a supervisor screen needs from the running app: the desk (database, clock, language, team settings), the
task runner and the change hub."""

from __future__ import annotations

from dataclasses import dataclass

from callassist.domain import Changes
from callassist.services.desk import OperatorDesk
from ui.changes import ChangeHub
from ui.tasks import TaskRunner


@dataclass
class Screens:
    desk: OperatorDesk
    tasks: TaskRunner
    hub: ChangeHub

    @property
    def language(self) -> str:
        return self.desk.language

    def changed(self, changes: Changes) -> None:
        """Tell every view what an edit changed (the queue, the wrap-up form's catalogues)."""
        self.hub.broadcast(changes)
