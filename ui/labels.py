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


def _t(context: str, text: str) -> str:
    """``QCoreApplication.translate``; tools/update_translations.py tells lupdate that ``_t`` is its alias."""
    return QCoreApplication.translate(context, text)


def attempt(result: AttemptResult) -> str:
    return {
        AttemptResult.CONNECTED: _t("Labels", "Connected"),
        AttemptResult.NO_ANSWER: _t("Labels", "No answer"),
        AttemptResult.BUSY: _t("Labels", "Busy"),
        AttemptResult.VOICEMAIL: _t("Labels", "Voicemail"),
        AttemptResult.WRONG_NUMBER: _t("Labels", "Wrong number"),
        AttemptResult.NOT_IN_SERVICE: _t("Labels", "Number not in service"),
    }[result]


def conversation(result: ConversationResult) -> str:
    return {
        ConversationResult.SALE: _t("Labels", "Sale"),
        ConversationResult.CALLBACK: _t("Labels", "Callback agreed"),
        ConversationResult.INTERESTED: _t("Labels", "Interested"),
        ConversationResult.REFUSED: _t("Labels", "Refused"),
        ConversationResult.NEVER: _t("Labels", "Never"),
    }[result]


def never(reason: NeverReason) -> str:
    return {
        NeverReason.NUMBER_DOES_NOT_EXIST: _t("Labels", "The number does not exist"),
        NeverReason.ORGANISATION_CLOSED: _t("Labels", "The organisation has closed"),
        NeverReason.PERSON_GONE: _t("Labels", "The person is gone"),
        NeverReason.DO_NOT_CALL_REQUEST: _t("Labels", "Asked not to be called"),
    }[reason]


def state(value: ClientState) -> str:
    return {
        ClientState.NEW: _t("Labels", "New"),
        ClientState.NOW: _t("Labels", "Now"),
        ClientState.FUTURE: _t("Labels", "Future"),
        ClientState.NEVER: _t("Labels", "Never"),
    }[value]


def stage(value: BuyingStage | None) -> str:
    if value is None:
        return _t("Labels", "Stage unknown")
    return {
        BuyingStage.GATHERING: _t("Labels", "Gathering information"),
        BuyingStage.CHOOSING: _t("Labels", "Choosing"),
        BuyingStage.READY: _t("Labels", "Ready to buy"),
    }[value]


def queue_reason(reason: QueueReason, overdue: bool = False) -> str:
    text = {
        QueueReason.PROMISE: _t("Labels", "Promise"),
        QueueReason.CALLBACK: _t("Labels", "Callback"),
        QueueReason.FUTURE: _t("Labels", "Future"),
        QueueReason.POST_SALE: _t("Labels", "After sale"),
        QueueReason.RETRY: _t("Labels", "Not reached"),
        QueueReason.NEW: _t("Labels", "New lead"),
    }[reason]
    return _t("Labels", "%1, overdue").replace("%1", text) if overdue else text
