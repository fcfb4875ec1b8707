"""Words for the core's enums, translatable. The core speaks codes; only the UI speaks a language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ClientState,
    ConversationResult,
    NeverReason,
    QueueReason,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def attempt(result: AttemptResult) -> str:
    return {
        AttemptResult.CONNECTED: _t("Connected"),
        AttemptResult.NO_ANSWER: _t("No answer"),
        AttemptResult.BUSY: _t("Busy"),
        AttemptResult.VOICEMAIL: _t("Voicemail"),
        AttemptResult.WRONG_NUMBER: _t("Wrong number"),
        AttemptResult.NOT_IN_SERVICE: _t("Number not in service"),
    }[result]


def conversation(result: ConversationResult) -> str:
    return {
        ConversationResult.SALE: _t("Sale"),
        ConversationResult.CALLBACK: _t("Callback agreed"),
        ConversationResult.INTERESTED: _t("Interested"),
        ConversationResult.REFUSED: _t("Refused"),
        ConversationResult.NEVER: _t("Never"),
    }[result]


def never(reason: NeverReason) -> str:
    return {
        NeverReason.NUMBER_DOES_NOT_EXIST: _t("The number does not exist"),
        NeverReason.ORGANISATION_CLOSED: _t("The organisation has closed"),
        NeverReason.PERSON_GONE: _t("The person is gone"),
        NeverReason.DO_NOT_CALL_REQUEST: _t("Asked not to be called"),
    }[reason]


def state(value: ClientState) -> str:
    return {
        ClientState.NEW: _t("New"),
        ClientState.NOW: _t("Now"),
        ClientState.FUTURE: _t("Future"),
        ClientState.NEVER: _t("Never"),
    }[value]


def stage(value: BuyingStage | None) -> str:
    if value is None:
        return _t("Stage unknown")
    return {
        BuyingStage.GATHERING: _t("Gathering information"),
        BuyingStage.CHOOSING: _t("Choosing"),
        BuyingStage.READY: _t("Ready to buy"),
    }[value]


def queue_reason(reason: QueueReason, overdue: bool = False) -> str:
    text = {
        QueueReason.PROMISE: _t("Promise"),
        QueueReason.CALLBACK: _t("Callback"),
        QueueReason.FUTURE: _t("Call again"),
        QueueReason.POST_SALE: _t("After-sale check-in"),
        QueueReason.RETRY: _t("Retry"),
        QueueReason.NEW: _t("New lead"),
    }[reason]
    return _t("%1, overdue").replace("%1", text) if overdue else text
