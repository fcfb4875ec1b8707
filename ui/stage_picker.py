"""The wrap-up's buying stage (Alt+0 steps through it): the stage the call moved the client to, or "unchanged"."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from callassist.domain import BuyingStage
from ui import labels


class StagePicker(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUpStage")
        self.setToolTip(self.tr("Alt+0 steps through the stages"))
        self.addItem(self.tr("Unchanged"), None)
        for stage in BuyingStage:
            self.addItem(labels.stage(stage), stage.value)

    def chosen(self) -> BuyingStage | None:
        """The stage to record, None to leave the client's stage as it is."""
        value = self.currentData()
        return BuyingStage(value) if value else None

    def step(self) -> None:
        """The next stage, wrapping round to "unchanged" (the keyboard way to choose one)."""
        self.setCurrentIndex((self.currentIndex() + 1) % self.count())

    def reset(self) -> None:
        self.setCurrentIndex(0)
