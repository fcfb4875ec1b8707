"""Rules 1, 2, 3, 5 and 10 (idempotency): what a wrap-up must say, and what saving it does. Both databases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from callassist import settings as team_settings
from callassist.bootstrap import open_ready
from callassist.domain import AttemptResult, ClientState, ConversationResult, FollowUpKind, NeverReason, SaleLine
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Call, DoNotCall, SaleItem
from callassist.wrapup import Field
from tests.factories import DeskFactory, FixedClock, card, count_calls, make_client, make_clients, outcome, refusal

MOSCOW = ZoneInfo("Europe/Moscow")


def queue_ids(desk: OperatorDesk) -> list[int]:
    return [item.client_id for item in desk.queue_page().items]


def assert_nothing_written(db: Database, client_id: int, calls_before: int) -> None:
    assert count_calls(db) == calls_before
    view = card(db, client_id)
    assert view.state is ClientState.NEW
    assert view.follow_ups == ()


# Rule 1: a connected call that is not a sale or an agreed callback records a refusal reason.


@pytest.mark.parametrize("result", [ConversationResult.REFUSED, ConversationResult.INTERESTED])
def test_rule_1_connected_call_without_refusal_reason_is_refused(
    db: Database, desk: OperatorDesk, clock: FixedClock, result: ConversationResult
) -> None:
    client = make_client(db, clock())
    desk.open_client(client)
    before = count_calls(db)
    wrap_up = outcome(client, "Anna", clock(), result=result, next_contact_at=clock() + timedelta(days=7))

    with pytest.raises(UserInputError) as raised:
        desk.record(wrap_up)

    assert raised.value.field == "refusalReason"
    assert_nothing_written(db, client, before)


def test_rule_1_refusal_reason_must_be_in_the_catalogue(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    before = count_calls(db)

    with pytest.raises(UserInputError, match="no_such_reason") as raised:
        desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=7), refusal_reason="no_such_reason"))

    assert raised.value.field == "refusalReason"
    assert_nothing_written(db, client, before)


def test_rule_1_other_reason_needs_the_clients_words(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    before = count_calls(db)
    later = clock() + timedelta(days=7)

    with pytest.raises(UserInputError) as raised:
        desk.record(refusal(client, "Anna", clock(), later, refusal_reason="other", refusal_text="   "))
    assert raised.value.field == "refusalText"
    assert_nothing_written(db, client, before)

    desk.record(refusal(client, "Anna", clock(), later, refusal_reason="other", refusal_text="Moving offices"))
    assert card(db, client).history[0].reason.endswith("Moving offices")


def test_rule_1_connected_call_with_a_reason_records_it(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())

    saved = desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=7), refusal_reason="no_budget_now"))

    with db.read() as session:
        call = session.get(Call, saved.call_id)
        assert call is not None and call.refusal_reason_id is not None
    assert card(db, client).history[0].reason == "No budget now"


def test_rule_1_sale_and_agreed_callback_need_no_reason(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    buyer, caller = make_clients(db, clock(), 2)
    product = desk.products()[0]
    sale = outcome(
        buyer, "Anna", clock(), result=ConversationResult.SALE, sale_lines=(SaleLine(product.id, 1, product.price),)
    )
    callback = outcome(
        caller, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=clock() + timedelta(hours=3)
    )

    assert desk.record(sale).client_state is ClientState.NOW
    assert desk.record(callback).client_state is ClientState.NOW
    assert count_calls(db) == 2


# Rule 2: a refused client becomes future with a concrete next-contact date, never empty.


def test_rule_2_refused_client_becomes_future_with_the_date_given(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    desk.open_client(client)
    when = datetime(2026, 12, 2, 11, 30, tzinfo=MOSCOW)

    saved = desk.record(refusal(client, "Anna", clock(), when))

    assert saved.client_state is ClientState.FUTURE
    assert saved.next_contact_at == when
    view = card(db, client)
    assert view.state is ClientState.FUTURE
    assert view.next_contact_at == when
    assert [(f.kind, f.due_at) for f in view.follow_ups] == [(FollowUpKind.FUTURE, when)]


def test_rule_2_refusal_without_a_date_is_refused(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    before = count_calls(db)

    with pytest.raises(UserInputError) as raised:
        desk.record(refusal(client, "Anna", clock(), None))

    assert raised.value.field == "nextContactDate"
    assert_nothing_written(db, client, before)


@pytest.mark.parametrize("ago", [timedelta(days=1), timedelta(minutes=1), timedelta(0)])
def test_rule_2_refusal_with_a_past_date_is_refused(
    db: Database, desk: OperatorDesk, clock: FixedClock, ago: timedelta
) -> None:
    client = make_client(db, clock())
    before = count_calls(db)

    with pytest.raises(UserInputError, match="future") as raised:
        desk.record(refusal(client, "Anna", clock(), clock() - ago))

    assert raised.value.field == "nextContactDate"
    assert_nothing_written(db, client, before)


def test_rule_2_refused_client_leaves_todays_queue_and_leads_it_on_the_date(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    leads = make_clients(db, clock(), 3)
    client = make_client(db, clock())
    when = datetime(2026, 11, 26, 12, 0, tzinfo=MOSCOW)  # Thursday
    desk.open_client(client)

    desk.record(refusal(client, "Anna", clock(), when))

    assert queue_ids(desk) == leads
    clock.set(datetime(2026, 11, 25, 19, 59, tzinfo=MOSCOW))  # the evening before: not yet
    assert client not in queue_ids(desk)
    clock.set(datetime(2026, 11, 26, 9, 0, tzinfo=MOSCOW))  # the morning of the date: first in the queue
    first = desk.queue_page().items[0]
    assert (first.client_id, first.reason, first.due) == (client, "future", when)
    assert queue_ids(desk)[1:] == leads


@pytest.mark.parametrize(
    "when",
    [datetime(2026, 11, 29, 12, 0, tzinfo=MOSCOW), datetime(2026, 11, 27, 23, 0, tzinfo=MOSCOW)],
    ids=["sunday", "friday-23h"],
)
def test_rule_2_next_contact_falls_on_a_working_day_inside_calling_hours(
    db: Database, desk: OperatorDesk, clock: FixedClock, when: datetime
) -> None:
    client = make_client(db, clock())
    try:
        saved = desk.record(refusal(client, "Anna", clock(), when))
    except UserInputError:
        return  # refusing a date outside working time is as good as moving it
    assert saved.next_contact_at is not None
    local = saved.next_contact_at.astimezone(MOSCOW)
    assert local.weekday() < 5
    assert 9 <= local.hour < 20


# Rule 3: never requires an objective reason; do-not-call numbers are never queued again.


def test_rule_3_never_without_objective_reason_is_refused(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    before = count_calls(db)

    with pytest.raises(UserInputError, match="objective reason") as raised:
        desk.record(outcome(client, "Anna", clock(), result=ConversationResult.NEVER))

    assert raised.value.field == "neverReason"
    assert "«Refused»" in str(raised.value)  # the message says what to choose instead
    assert_nothing_written(db, client, before)


def test_rule_3_not_reached_call_cannot_claim_the_client_is_gone(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    before = count_calls(db)
    wrap_up = outcome(
        client, "Anna", clock(), attempt=AttemptResult.NO_ANSWER, never_reason=NeverReason.ORGANISATION_CLOSED
    )

    with pytest.raises(UserInputError) as raised:
        desk.record(wrap_up)

    assert raised.value.field == "neverReason"
    assert_nothing_written(db, client, before)


@pytest.mark.parametrize("reason", list(NeverReason))
def test_rule_3_never_with_an_objective_reason_is_accepted(
    db: Database, desk: OperatorDesk, clock: FixedClock, reason: NeverReason
) -> None:
    client = make_client(db, clock())

    saved = desk.record(outcome(client, "Anna", clock(), result=ConversationResult.NEVER, never_reason=reason))

    assert saved.client_state is ClientState.NEVER
    view = card(db, client)
    assert (view.state, view.never_reason, view.next_contact_at) == (ClientState.NEVER, reason, None)
    assert client not in queue_ids(desk)


def test_rule_3_number_that_does_not_exist_is_never_without_a_conversation(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    wrap_up = outcome(
        client,
        "Anna",
        clock(),
        attempt=AttemptResult.NOT_IN_SERVICE,
        never_reason=NeverReason.NUMBER_DOES_NOT_EXIST,
    )

    assert desk.record(wrap_up).client_state is ClientState.NEVER
    assert client not in queue_ids(desk)


def test_rule_3_do_not_call_request_is_never_queued_again(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    phones = ("+74951234567", "+79161112233")
    client = make_client(db, clock(), phones=phones)
    others = make_clients(db, clock(), 2)
    desk.open_client(client)

    desk.record(
        outcome(client, "Anna", clock(), result=ConversationResult.NEVER, never_reason=NeverReason.DO_NOT_CALL_REQUEST)
    )

    with db.read() as session:
        blocked = session.scalars(select(DoNotCall.e164).order_by(DoNotCall.e164)).all()
    assert blocked == sorted(phones)
    boris = desk_for("Boris")
    for step in (timedelta(0), timedelta(days=30), timedelta(days=365)):
        clock.advance(step)
        assert client not in queue_ids(desk)
        assert client not in queue_ids(boris)
    claimed = [boris.next_client(), desk.next_client(), desk_for("Clara").next_client()]
    assert [view.id if view else None for view in claimed] == [others[0], others[1], None]


def test_rule_3_reimported_do_not_call_number_is_not_revived(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    phone = "+74957654321"
    client = make_client(db, clock(), phones=(phone,))
    desk.record(
        outcome(client, "Anna", clock(), result=ConversationResult.NEVER, never_reason=NeverReason.DO_NOT_CALL_REQUEST)
    )

    again = make_client(db, clock(), name="Same person, imported again", phones=(phone,))

    assert again not in queue_ids(desk)


# Rule 5: a sale records products and amount and schedules a post-sale check-in.


def test_rule_5_sale_records_products_amount_and_lifetime_value(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    first, second = desk.products()[:2]
    lines = (SaleLine(first.id, 2, first.price * 2), SaleLine(second.id, 1, Decimal("999.50")))

    saved = desk.record(outcome(client, "Anna", clock(), result=ConversationResult.SALE, sale_lines=lines))

    with db.read() as session:
        call = session.get(Call, saved.call_id)
        assert call is not None
        items = session.scalars(select(SaleItem).where(SaleItem.call_id == call.id).order_by(SaleItem.id)).all()
        recorded = [(i.product_id, i.quantity, i.amount) for i in items]
        amount = call.amount
    assert recorded == [(line.product_id, line.quantity, line.amount) for line in lines]
    total = first.price * 2 + Decimal("999.50")
    assert amount == total
    assert card(db, client).lifetime_value == total

    clock.advance(timedelta(days=20))
    more = (SaleLine(first.id, 1, Decimal("100.00")),)
    desk.record(outcome(client, "Anna", clock(), result=ConversationResult.SALE, sale_lines=more))
    assert card(db, client).lifetime_value == total + Decimal("100.00")


def test_rule_5_sale_schedules_a_check_in_after_14_days(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = make_client(db, clock())
    product = desk.products()[0]
    sold_at = clock()

    saved = desk.record(
        outcome(
            client,
            "Anna",
            sold_at,
            result=ConversationResult.SALE,
            sale_lines=(SaleLine(product.id, 1, product.price),),
        )
    )

    check_in = sold_at + timedelta(days=14)
    assert (saved.client_state, saved.next_contact_at) == (ClientState.NOW, check_in)
    assert [(f.kind, f.due_at) for f in card(db, client).follow_ups] == [(FollowUpKind.POST_SALE, check_in)]
    clock.set(sold_at + timedelta(days=13))
    assert client not in queue_ids(desk)
    clock.set(check_in)
    item = desk.queue_page().items[0]
    assert (item.client_id, item.reason, item.due) == (client, "post_sale", check_in)


def test_rule_5_check_in_delay_follows_the_team_setting(db: Database, desk_for: DeskFactory, clock: FixedClock) -> None:
    with db.write() as session:
        team_settings.save(session, team_settings.TeamSettings(post_sale_days=7))
    desk: OperatorDesk = desk_for("Anna")
    client = make_client(db, clock())
    product = desk.products()[0]

    saved = desk.record(
        outcome(
            client,
            "Anna",
            clock(),
            result=ConversationResult.SALE,
            sale_lines=(SaleLine(product.id, 1, product.price),),
        )
    )

    assert saved.next_contact_at == clock() + timedelta(days=7)


BAD_SALES: dict[str, tuple[Callable[[int], tuple[SaleLine, ...]], Field]] = {
    "no-products": (lambda product_id: (), Field.SALE_PRODUCT),
    "zero-amount": (lambda product_id: (SaleLine(product_id, 1, Decimal("0")),), Field.SALE_AMOUNT),
    "zero-quantity": (lambda product_id: (SaleLine(product_id, 0, Decimal("10.00")),), Field.SALE_QUANTITY),
    "unknown-product": (lambda product_id: (SaleLine(10**6, 1, Decimal("10.00")),), Field.SALE_PRODUCT),
}


@pytest.mark.parametrize("case", list(BAD_SALES))
def test_rule_5_sale_without_products_and_amounts_is_refused(
    db: Database, desk: OperatorDesk, clock: FixedClock, case: str
) -> None:
    client = make_client(db, clock())
    lines_of, wrong_field = BAD_SALES[case]
    sale_lines = lines_of(desk.products()[0].id)
    before = count_calls(db)

    with pytest.raises(UserInputError) as raised:
        desk.record(outcome(client, "Anna", clock(), result=ConversationResult.SALE, sale_lines=sale_lines))

    assert raised.value.field == wrong_field  # the field the form focuses
    assert_nothing_written(db, client, before)
    assert card(db, client).lifetime_value == Decimal("0.00")


# Rule 10: the outcome is confirmed only once committed, and saving it twice writes it once.


def test_rule_10_same_idempotency_key_twice_writes_one_call(
    db: Database, desk: OperatorDesk, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    wrap_up = refusal(client, "Anna", clock(), clock() + timedelta(days=3))

    first = desk.record(wrap_up)
    clock.advance(timedelta(seconds=5))
    again = desk.record(wrap_up)
    restarted: OperatorDesk = desk_for("Anna")
    after_restart = restarted.record(wrap_up)

    assert (first.duplicate, again.duplicate, after_restart.duplicate) == (False, True, True)
    assert first.call_id == again.call_id == after_restart.call_id
    assert count_calls(db) == 1
    assert len(card(db, client).follow_ups) == 1


def test_rule_10_saved_outcome_is_committed_when_record_returns(ready_url: str, clock: FixedClock) -> None:
    writer, reader = open_ready(ready_url), open_ready(ready_url)
    try:
        client = make_client(writer, clock())
        saved = OperatorDesk(writer, "Anna", now=clock).record(
            refusal(client, "Anna", clock(), clock() + timedelta(days=3))
        )
        writer.dispose()  # as if the app died right after the confirmation
        with reader.read() as session:
            call = session.get(Call, saved.call_id)
            assert call is not None and call.client_id == client
        assert card(reader, client).state is ClientState.FUTURE
    finally:
        writer.dispose()
        reader.dispose()
