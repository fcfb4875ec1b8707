"""The wrap-up contract seen from the window: the form shows exactly the fields the core needs for every attempt ×
conversation result, and every wrap-up error the core can raise reaches the operator in the UI language with the
focus on the field it names."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from callassist import messages, wrapup
from callassist.call_session import CallSession
from callassist.domain import AttemptResult, ConversationResult, NeverReason, PromiseInput, SaleLine
from callassist.drafts import DraftStore
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.team.outbox import Outbox
from callassist.wrapup import CallFacts, Field, WrapUpEntry, build_outcome, fields_for
from tests.factories import outcome, refusal
from tests.gui.conftest import start_on
from ui.operator_window import OperatorWindow
from ui.shell import Shell
from ui.wrapup_form import WrapUpForm

NOW = "2026-11-23T10:00:00+03:00"
WINDOW_ONLY = {"wrapup.lease_taken", "wrapup.server_refused"}  # said by the window itself, not raised by the core


def _set_result(form: WrapUpForm, attempt: AttemptResult | None, result: ConversationResult | None) -> None:
    form.reset()
    form.attempt.setCurrentIndex(max(0, form.attempt.findData(attempt)))
    form.conversation.setCurrentIndex(max(0, form.conversation.findData(result)))
    form.promise_on.setChecked(attempt is AttemptResult.CONNECTED)


def _fill_shown(form: WrapUpForm, now: datetime) -> None:
    """Fill every field the form shows with a value the rules accept."""
    attempt = form.attempt.currentData()
    form.reason.setCurrentIndex(form.reason.findData("too_expensive"))
    never = NeverReason.NUMBER_DOES_NOT_EXIST if attempt != AttemptResult.CONNECTED else NeverReason.PERSON_GONE
    form.never_reason.setCurrentIndex(form.never_reason.findData(never))
    form._write_moment(form.next_contact, now + timedelta(days=3))
    form.product.setCurrentIndex(1)
    form.quantity.setValue(2)
    form.amount.setValue(100)
    form.promise_text.setText("Выслать счёт")
    form._write_moment(form.promise_due, now + timedelta(days=2))


def _empty(form: WrapUpForm, field: Field) -> None:
    """Leave one required field unanswered, as an operator might."""
    if field is Field.REFUSAL_REASON:
        form.reason.setCurrentIndex(0)
    elif field is Field.NEVER_REASON:
        form.never_reason.setCurrentIndex(0)
    elif field is Field.NEXT_CONTACT:
        form._write_moment(form.next_contact, form._read_moment(form.next_contact) - timedelta(days=30))
    elif field is Field.SALE_PRODUCT:
        form.product.setCurrentIndex(0)
    elif field is Field.SALE_QUANTITY:
        form.quantity.setValue(0)
    elif field is Field.SALE_AMOUNT:
        form.amount.setValue(0)
    elif field is Field.CONVERSATION:
        form.conversation.setCurrentIndex(0)
    elif field is Field.ATTEMPT:
        form.attempt.setCurrentIndex(0)


def _validate(form: WrapUpForm, now: datetime) -> None:
    facts = CallFacts(1, "Анна", now - timedelta(minutes=3), now, "key")
    wrapup.validate(build_outcome(form.entry(), facts), now)


@pytest.fixture
def window(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> OperatorWindow:
    shell, window, _ = start_on(seeded, shells, fixed_now(NOW), "Зайцев Олег", "Петрова Анна", "Сидоров Пётр")
    window.take_next()
    loop.run_until_complete(shell.tasks.idle())
    assert window.call is not None
    return window


@pytest.mark.parametrize("attempt", list(AttemptResult))
def test_form_and_core_agree_on_the_fields_of_every_result(window: OperatorWindow, attempt: AttemptResult) -> None:
    form, now = window.form, window.desk.now()
    for result in (None, *ConversationResult):
        _set_result(form, attempt, result)
        needs = fields_for(attempt, result if attempt is AttemptResult.CONNECTED else None)
        shown = form.shown_fields() - {Field.CLIENT}
        assert shown == needs.shown, (attempt, result)
        assert needs.required <= shown, (attempt, result)

        _fill_shown(form, now)
        unanswered = {Field.CONVERSATION} if result is None and Field.CONVERSATION in needs.required else set()
        if unanswered:  # connected, the conversation not chosen: the only thing the core still asks for
            with pytest.raises(UserInputError) as refused:
                _validate(form, now)
            assert refused.value.field == Field.CONVERSATION
        else:
            _validate(form, now)  # everything the form shows, filled: the core accepts it
        for field in sorted(needs.required - {Field.ATTEMPT} - unanswered):
            _set_result(form, attempt, result)
            _fill_shown(form, now)
            _empty(form, field)
            with pytest.raises(UserInputError) as refused:
                _validate(form, now)
            assert refused.value.field == field, (attempt, result, field)


Case = tuple[UserInputError, tuple[AttemptResult | None, ConversationResult | None]]


def _core_errors(window: OperatorWindow, seeded: Database, tmp_path: Path) -> dict[str, Case]:
    """Every wrap-up error code, raised by the real core, with the attempt × result that shows its field."""
    desk = window.desk
    now = desk.now()
    held = window.call.client.id if window.call else 0
    others = [item.client_id for item in desk.queue_page().items if item.client_id != held]
    boris = OperatorDesk(seeded, "Борис", now=desk.now, language="ru")
    vera = OperatorDesk(seeded, "Вера", now=desk.now, language="ru")
    product = desk.products()[0].id
    connected = (AttemptResult.CONNECTED, None)
    refused = (AttemptResult.CONNECTED, ConversationResult.REFUSED)
    sale = (AttemptResult.CONNECTED, ConversationResult.SALE)
    base = outcome(held, desk.operator_name, now, result=ConversationResult.REFUSED, refusal_reason="too_expensive")
    later = now + timedelta(days=3)

    def raised(action: Callable[[], object]) -> UserInputError:
        with pytest.raises(UserInputError) as caught:
            action()
        return caught.value

    def rule(**changes: object) -> UserInputError:
        return raised(lambda: wrapup.validate(replace(base, **changes), now))

    boris.open_client(others[0])  # held by Boris now
    # A call of Boris's that started after the outcome below:
    boris.record(outcome(others[1], "Борис", now, attempt=AttemptResult.NO_ANSWER))
    idle_session = CallSession(desk, DraftStore("idle", folder=tmp_path), Outbox(tmp_path / "idle.outbox"))
    lease_lost = refusal(others[0], desk.operator_name, now, later)
    lease_expired = replace(refusal(others[1], desk.operator_name, now, later), started_at=now - timedelta(hours=1))
    return {
        "wrapup.attempt_required": (
            raised(lambda: build_outcome(WrapUpEntry(), CallFacts(1, "x", now, now, "k"))),
            (None, None),
        ),
        "wrapup.ended_before_start": (rule(ended_at=now - timedelta(hours=1)), refused),
        "wrapup.conversation_needs_connection": (rule(attempt_result=AttemptResult.NO_ANSWER), connected),
        "wrapup.never_needs_conversation": (
            rule(
                attempt_result=AttemptResult.NOT_IN_SERVICE,
                conversation_result=None,
                never_reason=NeverReason.PERSON_GONE,
            ),
            (AttemptResult.NOT_IN_SERVICE, None),
        ),
        "wrapup.conversation_required": (rule(conversation_result=None), connected),
        "wrapup.reason_required": (rule(refusal_reason=None), refused),
        "wrapup.reason_unknown": (
            raised(lambda: desk.record(replace(lease_lost, client_id=held, refusal_reason="нет"))),
            refused,
        ),
        "wrapup.reason_text_required": (
            raised(lambda: wrapup.validate(replace(base, next_contact_at=later), now, frozenset({"too_expensive"}))),
            refused,
        ),
        "wrapup.next_contact_required": (rule(next_contact_at=None), refused),
        "wrapup.callback_time_required": (
            rule(conversation_result=ConversationResult.CALLBACK, refusal_reason=None),
            (AttemptResult.CONNECTED, ConversationResult.CALLBACK),
        ),
        "wrapup.next_contact_past": (rule(next_contact_at=now - timedelta(days=1)), refused),
        "wrapup.next_contact_too_far": (rule(next_contact_at=now + timedelta(days=5 * 365)), refused),
        "wrapup.never_reason_required": (
            rule(conversation_result=ConversationResult.NEVER),
            (AttemptResult.CONNECTED, ConversationResult.NEVER),
        ),
        "wrapup.sale_product_required": (rule(conversation_result=ConversationResult.SALE), sale),
        "wrapup.sale_quantity_invalid": (
            rule(conversation_result=ConversationResult.SALE, sale_lines=(SaleLine(product, 0, Decimal(5)),)),
            sale,
        ),
        "wrapup.sale_amount_invalid": (
            rule(conversation_result=ConversationResult.SALE, sale_lines=(SaleLine(product, 1, Decimal(0)),)),
            sale,
        ),
        "wrapup.product_unknown": (
            raised(
                lambda: desk.record(
                    replace(
                        base, conversation_result=ConversationResult.SALE, sale_lines=(SaleLine(10**6, 1, Decimal(5)),)
                    )
                )
            ),
            sale,
        ),
        "wrapup.promise_text_required": (rule(next_contact_at=later, promise=PromiseInput(" ", later)), connected),
        "wrapup.promise_due_past": (
            rule(next_contact_at=later, promise=PromiseInput("Счёт", now - timedelta(hours=1))),
            connected,
        ),
        "wrapup.promise_due_required": (
            raised(
                lambda: build_outcome(
                    WrapUpEntry(attempt_result=AttemptResult.CONNECTED, promise_on=True),
                    CallFacts(1, "x", now, now, "k"),
                )
            ),
            connected,
        ),
        "wrapup.client_gone": (raised(lambda: desk.record(replace(lease_lost, client_id=10**6))), refused),
        "wrapup.lease_lost": (raised(lambda: desk.record(lease_lost)), refused),
        "wrapup.lease_expired": (raised(lambda: desk.record(lease_expired)), refused),
        "wrapup.client_taken": (raised(lambda: vera.open_client(held)), refused),
        "wrapup.finish_first": (raised(lambda: desk.open_client(others[2] if len(others) > 2 else others[1])), refused),
        "wrapup.no_call_open": (raised(lambda: idle_session.build_outcome(WrapUpEntry())), refused),
    }


def _walk_every_error(window: OperatorWindow, seeded: Database, tmp_path: Path, language: str) -> None:
    errors = _core_errors(window, seeded, tmp_path)
    expected = {code for code in messages.all_codes() if code.startswith("wrapup.")} - WINDOW_ONLY
    assert set(errors) == expected  # a new wrap-up code fails here until it is walked
    form = window.form
    for code, (error, (attempt, result)) in errors.items():
        assert error.code == code
        _set_result(form, attempt, result)
        if code == "wrapup.reason_text_required":
            form.reason.setCurrentIndex(form.reason.findData("other"))
        window.show_error(error)
        shown = form.error.text()
        assert shown == messages.render(code, language, **error.params), code
        other = "en" if language == "ru" else "ru"
        assert shown != messages.render(code, other, **error.params), code
        words = shown
        for value in error.params.values():  # names and codes are the client's, not the language's
            words = words.replace(str(value), "")
        assert bool(re.search("[а-яё]", words, re.IGNORECASE)) == (language == "ru"), (code, shown)
        target = form.field_widgets[Field(error.field)]
        assert QApplication.focusWidget() is target, (code, error.field)


def test_every_wrapup_error_in_russian_with_focus_on_its_field(
    window: OperatorWindow, seeded: Database, tmp_path: Path
) -> None:
    _walk_every_error(window, seeded, tmp_path, "ru")


def test_every_wrapup_error_in_english_with_focus_on_its_field(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    fixed_now(NOW)
    from tests.factories import make_client

    for name in ("Oleg Zaitsev", "Anna Petrova", "Peter Sidorov"):
        make_client(seeded, datetime.fromisoformat(NOW), name)
    shell = shells(seeded.engine.url.render_as_string(hide_password=False), language="en")
    window = shell.window
    assert window is not None
    window.take_next()
    loop.run_until_complete(shell.tasks.idle())
    _walk_every_error(window, seeded, tmp_path, "en")
