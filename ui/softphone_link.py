"""The operator window's softphone: F4 dials through it, its verdict pre-fills the wrap-up, Ctrl+F4 hangs up, and
progressive dialling takes and dials the next client after a countdown.

Installed into the window with :func:`install`; the window calls :meth:`SoftphoneLink.dial`, ``measured``,
``call_opened`` and ``saved`` at its own moments and knows nothing else about phones. The event hook listens
whatever the connector is, so ``main.py call-event`` always reaches a running window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut

from callassist.domain import MeasuredTalk
from callassist.errors import UserInputError
from callassist.softphone.baresip import BaresipConnector
from callassist.softphone.connector import BARESIP, HOOK, Connector, SoftphoneChoice, choose, dial_target
from callassist.softphone.hook import HookListener
from callassist.softphone.progressive import ProgressiveDialler
from callassist.softphone.session import PhoneCall, PhoneState, Softphone
from ui import window_state
from ui.softphone_state import CountdownLine, SoftphoneState

HANG_UP_KEY = "Ctrl+F4"
PAUSE_KEY = "Ctrl+F2"
SKIP_KEY = "Shift+F2"
PROGRESSIVE_KEY = "Ctrl+Shift+F2"


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def help_rows() -> list[tuple[str, str]]:
    """The softphone's keys for the F1 help and docs/keyboard.md."""
    return [
        (HANG_UP_KEY, _t("SoftphoneLink", "Hang up the call")),
        (PROGRESSIVE_KEY, _t("SoftphoneLink", "Progressive dialling on / off (off is a break)")),
        (PAUSE_KEY, _t("SoftphoneLink", "Progressive dialling: pause / resume the countdown")),
        (SKIP_KEY, _t("SoftphoneLink", "Progressive dialling: dial the next client now")),
    ]


class SoftphoneLink(QObject):
    """Signals:
    callChanged(PhoneCall): the softphone's call moved (dialling, ringing, talking, ended, idle).
    """

    callChanged = Signal(object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        settings = window.desk.settings
        self.hook = HookListener(now=window.desk.now)
        self.choice = self._choice(settings.softphone, settings.softphone_address)
        connector: Connector = self.hook
        if self.choice.kind == BARESIP:
            connector = BaresipConnector(self.choice.host, self.choice.port, now=window.desk.now)
        self.phone = Softphone(connector, settings.ring_timeout_seconds, settings.softphone_fate_map, window.desk.now)
        self.phone.on_change(self._on_call)
        self.state = SoftphoneState()
        self.countdown = CountdownLine()
        window.statusBar().addPermanentWidget(self.countdown)
        window.statusBar().addPermanentWidget(self.state)
        self.progressive = ProgressiveDialler(
            self._take_and_dial,
            self.countdown.show_countdown,
            settings.progressive_countdown_seconds,
            spawn=window.tasks.spawn,
        )
        self._bind(HANG_UP_KEY, self.hang_up)
        self._bind(PROGRESSIVE_KEY, self.toggle_progressive)
        self._bind(PAUSE_KEY, self.progressive.pause)
        self._bind(SKIP_KEY, self.progressive.skip)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.window:
            self._closing()
        return False

    def _closing(self) -> None:
        self.window.tasks.spawn(self.close())  # the hook's socket and baresip's connection go with the window

    def _choice(self, kind: str, address: str) -> SoftphoneChoice:
        try:
            return choose(kind, address)
        except UserInputError as error:
            self._tell(error)
            return SoftphoneChoice()

    def _bind(self, key: str, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(key), self.window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)

    async def start(self) -> None:
        """Listen for hook events and connect the phone; a phone that cannot be reached is said once."""
        try:
            await self.hook.start(self.phone.feed)
            if self.phone.connector is not self.hook:
                await self.phone.start()
        except UserInputError as error:
            self._tell(error)

    async def close(self) -> None:
        await self.progressive.close()
        await self.phone.close()
        if self.phone.connector is not self.hook:
            await self.hook.close()

    # --- the window's moments -----------------------------------------------------------------------------
    def dial(self, number: str) -> bool:
        """F4: True when the phone dials ``number`` itself; False when the window must open the ``tel:`` link
        (the event hook still follows the call the operator's softphone places)."""
        self._apply_settings()
        if not self.phone.connector.can_dial:
            if self.choice.kind == HOOK:  # the softphone dials from the link and reports through the hook
                self.phone.expect(number)
            return False
        extension = ""
        call = self.window.call
        if call is not None:
            extension = next((p.extension for p in call.client.phones if p.e164 == number), "")
        target = dial_target(self.window.desk.settings.softphone_dial_template, number, extension)
        self.window.tasks.spawn(self._dial(number, target))
        return True

    async def _dial(self, number: str, target: str) -> None:
        try:
            await self.phone.dial(number, target)
        except UserInputError as error:  # the phone is away: say so, and dial the old way so the call still happens
            self._tell(error)
            QDesktopServices.openUrl(QUrl(window_state.dial_url(number)))

    def hang_up(self) -> None:
        self.window.tasks.spawn(self._hang_up())

    async def _hang_up(self) -> None:
        try:
            await self.phone.hang_up()
        except UserInputError as error:
            self._tell(error)

    def measured(self) -> MeasuredTalk | None:
        """The talk the phone timed on the call being saved: up to the hang-up, or up to now when the operator
        saves while still talking (``saved`` then hangs up); None when the client never answered through it."""
        call = self.phone.call
        if call is None:
            return None
        if call.state is PhoneState.TALKING and call.answered_at is not None:
            return MeasuredTalk(call.answered_at, round(call.talking_for(), 3))
        return call.measured()

    def call_opened(self) -> None:
        self.progressive.call_opened()

    def saved(self) -> None:
        """The wrap-up is committed: a call still going is hung up, the indicator goes idle and progressive
        dialling counts to the next client."""
        call = self.phone.call
        if call is not None and call.state is not PhoneState.ENDED and self.phone.connector.can_dial:
            self.window.tasks.spawn(self._end_quietly())
        self.phone.forget()
        self.progressive.wrap_up_saved()

    async def _end_quietly(self) -> None:
        try:
            await self.phone.connector.hang_up()
        except UserInputError as error:
            self._tell(error)

    def _apply_settings(self) -> None:
        """Saved settings take effect on the next call; a new connector or address takes a restart."""
        settings = self.window.desk.settings
        self.phone.ring_timeout = settings.ring_timeout_seconds
        self.phone.fate_map = settings.softphone_fate_map
        self.progressive.seconds = settings.progressive_countdown_seconds

    def toggle_progressive(self) -> None:
        self._apply_settings()
        self.progressive.switch(not self.progressive.enabled, call_open=self.window.call is not None)

    def take_break(self) -> None:
        """A break stops progressive dialling (a break feature calls this; Ctrl+Shift+F2 does the same)."""
        self.progressive.switch(False)

    # --- the phone's side ---------------------------------------------------------------------------------
    def _on_call(self, call: PhoneCall) -> None:
        self.state.show_call(call)
        self._tell_session(call)
        if call.state is PhoneState.ENDED and call.fate is not None and self.window.call is not None:
            self.window.form.set_attempt(call.fate)  # pre-filled; the operator may still change it before saving
        self.callChanged.emit(call)

    def _tell_session(self, call: PhoneCall) -> None:
        """The call session keeps the phone's moments: the call ends when the phone hung up, not at the save."""
        open_call = self.window.call
        if open_call is None:
            return
        if call.answered_at is not None and open_call.answered_at is None:
            self.window.session.note_answered(call.answered_at)
        if call.state is PhoneState.ENDED and call.ended_at is not None and open_call.ended_at is None:
            self.window.session.note_ended(call.ended_at, call.cause)

    async def _take_and_dial(self) -> None:
        await self.window._take_next()
        if self.window.call is not None:
            self.window._dial_first()

    def _tell(self, error: UserInputError) -> None:
        self.window.statusBar().showMessage(error.render(self.window.desk.language), 10_000)


def install(window: Any) -> SoftphoneLink:
    link = SoftphoneLink(window)
    window.tasks.spawn(link.start())
    return link
