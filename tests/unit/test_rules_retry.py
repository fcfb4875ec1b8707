"""Rule 4: not-reached attempts are retried by the supervisor-editable table; past its cap the client is *future*
("unreachable", +30 days), never *never*. Both databases."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import delete, update

from callassist.domain import AttemptResult, ClientState, ConversationResult, FollowUpKind, OutcomeSaved, QueueReason
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import RetryRule
from tests.factories import FixedClock, card, make_client, no_answer, outcome

MOSCOW = ZoneInfo("Europe/Moscow")
DEFAULT_NO_ANSWER = (timedelta(hours=2), timedelta(days=1), timedelta(days=3))


def miss(
    desk: OperatorDesk, client: int, clock: FixedClock, attempt: AttemptResult = AttemptResult.NO_ANSWER
) -> OutcomeSaved:
    """Claim the client and record a not-reached attempt now."""
    desk.open_client(client)
    if attempt is AttemptResult.NO_ANSWER:
        return desk.record(no_answer(client, desk.operator_name, clock()))
    return desk.record(outcome(client, desk.operator_name, clock(), attempt=attempt))


def test_rule_4_no_answer_retries_follow_the_default_table(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())

    for delay in DEFAULT_NO_ANSWER:
        saved = miss(desk, client, clock)
        due = clock() + delay
        assert (saved.client_state, saved.next_contact_at) == (ClientState.NEW, due)
        assert [(f.kind, f.due_at) for f in card(db, client).follow_ups] == [(FollowUpKind.RETRY, due)]
        clock.set(due - timedelta(minutes=1))
        assert client not in [item.client_id for item in desk.queue_page().items]
        clock.set(due)
        item = desk.queue_page().items[0]
        assert (item.client_id, item.reason, item.due) == (client, QueueReason.RETRY, due)


def test_rule_4_past_the_cap_the_client_is_future_unreachable_never_never(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    for delay in DEFAULT_NO_ANSWER:
        miss(desk, client, clock)
        clock.advance(delay)

    saved = miss(desk, client, clock)

    # The fourth miss is on Friday 27 November at 12:00 Moscow; 30 days later is Sunday 27 December, so the
    # re-contact lands on the next working morning (rule 2 applies to unreachable clients too).
    assert clock() == datetime(2026, 11, 27, 12, 0, tzinfo=MOSCOW)
    due = datetime(2026, 12, 28, 9, 0, tzinfo=MOSCOW)
    assert (saved.client_state, saved.next_contact_at) == (ClientState.FUTURE, due)
    view = card(db, client)
    assert view.state is ClientState.FUTURE and view.never_reason is None
    assert [(f.kind, f.due_at, f.text) for f in view.follow_ups] == [(FollowUpKind.FUTURE, due, "unreachable")]
    clock.set(due)
    assert desk.queue_page().items[0].client_id == client
    # a new round starts from the first step of the table
    assert miss(desk, client, clock).next_contact_at == clock() + DEFAULT_NO_ANSWER[0]


def test_rule_4_busy_uses_its_own_row_of_the_table(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())

    saved = miss(desk, client, clock, AttemptResult.BUSY)

    assert saved.next_contact_at == clock() + timedelta(minutes=30)


def test_rule_4_supervisor_edits_to_the_table_take_effect(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    no_answer_rows = RetryRule.attempt_result == AttemptResult.NO_ANSWER.value
    with db.write() as session:
        session.execute(update(RetryRule).where(no_answer_rows, RetryRule.step == 1).values(delay_minutes=45))
        session.execute(delete(RetryRule).where(no_answer_rows, RetryRule.step == 3))  # cap after two retries
    client = make_client(db, clock())

    first = miss(desk, client, clock)
    assert first.next_contact_at == clock() + timedelta(minutes=45)
    clock.advance(timedelta(minutes=45))
    second = miss(desk, client, clock)
    assert second.next_contact_at == clock() + timedelta(days=1)
    clock.advance(timedelta(days=1))
    third = miss(desk, client, clock)

    assert (third.client_state, third.next_contact_at) == (ClientState.FUTURE, clock() + timedelta(days=30))


def test_rule_4_a_conversation_resets_the_retry_count(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    miss(desk, client, clock)
    clock.advance(timedelta(hours=2))
    miss(desk, client, clock)
    clock.advance(timedelta(days=1))
    callback_at = clock() + timedelta(hours=1)
    desk.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=callback_at))
    clock.set(callback_at)

    assert miss(desk, client, clock).next_contact_at == clock() + DEFAULT_NO_ANSWER[0]
