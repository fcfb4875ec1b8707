"""The supervisor's catalogues (issue 15): every change applies to the next follow-up planned. Both databases."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from callassist.domain import AttemptResult, ClientState, ConversationResult, SaleLine
from callassist.errors import UserInputError
from callassist.services import calendar_admin as calendar
from callassist.services import catalogue_admin as admin
from callassist.services import catalogues
from callassist.storage.engine import Database
from callassist.storage.models import Call
from callassist.timekeeping.hours import CallingHours, DayWindow
from callassist.timekeeping.workdays import WorkCalendar
from tests.factories import DeskFactory, FixedClock, make_client, no_answer, outcome, refusal

MOSCOW = ZoneInfo("Europe/Moscow")


def new_reason(db: Database, en: str, ru: str, days: int) -> admin.ReasonRow:
    return admin.save_reason(db, admin.ReasonRow(None, "", ru, en, days, True, 0))


def test_rule_2_a_new_reasons_default_delay_plans_the_next_refusal_on_a_working_day(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    reason = new_reason(db, "Budget frozen until spring", "Бюджет заморожен до весны", 45)
    assert reason.code == "budget_frozen_until_spring"
    assert reason.title_en in [r.title_en for r in catalogues.refusal_reasons(db)]
    client = make_client(db, clock())
    desk = desk_for("Anna")
    desk.open_client(client)

    # The form pre-fills "45 days out"; the core lands it on the client's next working day inside hours.
    saved = desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=45), refusal_reason=reason.code))

    assert saved.client_state is ClientState.FUTURE
    assert saved.next_contact_at is not None
    local = saved.next_contact_at.astimezone(MOSCOW)
    # 23 Nov + 45 days is Thursday 7 January 2027, a Russian New Year holiday: the next working day is the 11th.
    assert local.date() == date(2027, 1, 11)
    assert WorkCalendar("RU").is_working_day(local.date())


def test_a_reason_in_use_is_retired_never_deleted_and_an_unused_one_is_deleted(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    used = new_reason(db, "Moving office", "Переезжают", 20)
    unused = new_reason(db, "Holidays", "Праздники", 10)
    client = make_client(db, clock())
    desk = desk_for("Anna")
    desk.open_client(client)
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=20), refusal_reason=used.code))
    assert used.id is not None and unused.id is not None

    assert admin.remove_reason(db, used.id) is False
    assert admin.remove_reason(db, unused.id) is True

    rows = {row.code: row for row in admin.reasons(db)}
    assert rows[used.code].active is False and rows[used.code].in_use
    assert unused.code not in rows
    assert used.code not in [r.code for r in catalogues.refusal_reasons(db)]  # gone from the wrap-up form
    with db.read() as session:
        assert session.scalar(select(Call.refusal_reason_id)) == used.id  # the call keeps its reason


def test_rule_4_a_retry_rule_changed_to_cap_2_makes_the_second_no_answer_future(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    assert admin.retry_table(db).cap(AttemptResult.NO_ANSWER) == 4  # the default table: +2 h, +1 d, +3 d
    admin.set_retry_delays(db, AttemptResult.NO_ANSWER, admin.capped([60, 24 * 60, 3 * 24 * 60], 2))
    assert admin.retry_table(db).delays[AttemptResult.NO_ANSWER] == (60,)
    assert admin.retry_table(db).cap(AttemptResult.NO_ANSWER) == 2
    client = make_client(db, clock())
    desk = desk_for("Anna")

    states = []
    for _ in range(2):
        desk.open_client(client)
        states.append(desk.record(no_answer(client, "Anna", clock())).client_state)
        clock.advance(timedelta(hours=3))

    assert states == [ClientState.NEW, ClientState.FUTURE]
    assert admin.capped([60], 3) == (60, 60) and admin.capped([], 2) == (1440,) and admin.capped([5, 6], 1) == ()
    with pytest.raises(UserInputError):
        admin.set_retry_delays(db, AttemptResult.CONNECTED, [60])


def test_rule_7_calling_hours_per_client_country_win_over_the_teams(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    moscow = make_client(db, clock(), region="RU")
    minsk = make_client(db, clock(), region="BY", timezone="Europe/Minsk")
    desk = desk_for("Anna")
    assert {i.client_id for i in desk.queue_page().items} == {moscow, minsk}  # Monday 10:00 in both

    afternoon = CallingHours(windows=(DayWindow(time(14), time(18)),) * 7)
    calendar.set_hours(db, afternoon, country="by")
    desk.settings = calendar.team_settings(db)

    assert [i.client_id for i in desk.queue_page().items] == [moscow]
    clock.set(datetime(2026, 11, 23, 14, 30, tzinfo=MOSCOW))
    assert {i.client_id for i in desk.queue_page().items} == {moscow, minsk}
    calendar.drop_country_hours(db, "BY")
    assert calendar.team_settings(db).country_hours is None


def test_delays_and_overrides_apply_to_the_next_follow_up(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    calendar.set_delays(
        db, calendar.Delays(lease_minutes=20, callback_handover_minutes=15, post_sale_days=7, unreachable_days=30)
    )
    # Monday 30 November is made an office day off: a sale on Monday 23rd checks in on Tuesday 1 December.
    calendar.set_override(db, calendar.OverrideRow("ru", date(2026, 11, 30), False, "Office move"))
    assert calendar.overrides(db) == (calendar.OverrideRow("RU", date(2026, 11, 30), False, "Office move"),)
    client = make_client(db, clock())
    desk = desk_for("Anna")
    desk.settings = calendar.team_settings(db)
    product = catalogues.products(db)[0]
    desk.open_client(client)

    saved = desk.record(
        outcome(
            client,
            "Anna",
            clock(),
            result=ConversationResult.SALE,
            sale_lines=(SaleLine(product.id, 1, product.price),),
        )
    )

    assert saved.next_contact_at is not None
    assert saved.next_contact_at.astimezone(MOSCOW).date() == date(2026, 12, 1)
    with pytest.raises(UserInputError):
        calendar.set_delays(db, calendar.Delays(0, 15, 7, 30))
    calendar.remove_override(db, "RU", date(2026, 11, 30))
    assert calendar.overrides(db) == ()


def test_products_keep_their_currency_and_goals_are_per_operator(db: Database, desk_for: DeskFactory) -> None:
    row = admin.save_product(db, admin.ProductRow(None, "Audit", admin.parse_price("1 500,5"), "usd", True))
    assert (row.price, row.currency) == (Decimal("1500.50"), "USD")
    admin.save_product(db, admin.ProductRow(row.id, "Audit", row.price, "USD", False))
    assert "Audit" not in [p.name for p in catalogues.products(db)]
    with pytest.raises(UserInputError):
        admin.save_product(db, admin.ProductRow(None, "Bad", Decimal(1), "rubles", True))

    desk_for("Anna")
    calendar.set_goal(db, "Anna", 120)
    assert desk_for("Anna").pipeline().daily_goal == 120
    assert [g.daily_goal for g in calendar.goals(db) if g.operator == "Anna"] == [120]
