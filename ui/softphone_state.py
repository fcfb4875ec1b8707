"""The call state indicator (``softphoneState``) and the progressive-dialling countdown (``progressiveCountdown``).

The indicator reads: idle / dialling / ringing / talking 00:42 / ended, and with the phone's verdict once it is
over. The countdown line shows the seconds left before the next client is dialled and the keys that pause or skip it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from callassist.domain import AttemptResult
from callassist.softphone.progressive import Countdown
from callassist.softphone.session import PhoneCall, PhoneState


def clock_text(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


class SoftphoneState(QLabel):
    """Shows the softphone's call; a one-second timer keeps the talk time running while the client talks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softphoneState")
        self.call: PhoneCall | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._render)
        self.show_call(None)

    def show_call(self, call: PhoneCall | None) -> None:
        self.call = call
        talking = call is not None and call.state is PhoneState.TALKING
        if talking and not self._tick.isActive():
            self._tick.start()
        elif not talking:
            self._tick.stop()
        self._render()

    def state(self) -> PhoneState:
        return PhoneState.IDLE if self.call is None else self.call.state

    def _render(self) -> None:
        call = self.call
        state = self.state()
        if call is None or state is PhoneState.IDLE:
            self.setText(self.tr("Phone: idle"))
        elif state is PhoneState.DIALLING:
            self.setText(self.tr("Phone: dialling…"))
        elif state is PhoneState.RINGING:
            self.setText(self.tr("Phone: ringing"))
        elif state is PhoneState.TALKING:
            self.setText(self.tr("Phone: talking %1").replace("%1", clock_text(call.talking_for())))
        else:
            self.setText(self._ended_text(call))

    def _ended_text(self, call: PhoneCall) -> str:
        verdicts = {
            AttemptResult.CONNECTED: self.tr("talked %1").replace("%1", clock_text(call.talking_for())),
            AttemptResult.NO_ANSWER: self.tr("no answer"),
            AttemptResult.BUSY: self.tr("busy"),
            AttemptResult.NOT_IN_SERVICE: self.tr("not in service"),
        }
        verdict = verdicts.get(call.fate) if call.fate is not None else None
        return self.tr("Phone: ended, %1").replace("%1", verdict) if verdict else self.tr("Phone: ended")


class CountdownLine(QLabel):
    """Progressive dialling's line in the status bar; hidden while the mode is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressiveCountdown")
        self.show_countdown(Countdown.OFF, 0)

    def show_countdown(self, state: Countdown, left: int) -> None:
        self.setVisible(state is not Countdown.OFF)
        if state is Countdown.COUNTING:
            self.setText(self.tr("Next client in %1 s · Ctrl+F2 pause · Shift+F2 dial now").replace("%1", str(left)))
        elif state is Countdown.PAUSED:
            self.setText(self.tr("Progressive dialling paused · Ctrl+F2 resume · Shift+F2 dial now"))
        elif state is Countdown.DIALLING:
            self.setText(self.tr("Taking and dialling the next client…"))
        else:
            self.setText(self.tr("Progressive dialling on · Ctrl+Shift+F2 off"))
