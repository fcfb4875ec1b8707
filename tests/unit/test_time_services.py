"""Time wired into the services (issue 6): client zones, calling hours and working days in the queue and in
outcomes, promises, post-sale check-ins and callback handover. Fixed clock, both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from callassist.bootstrap import open_ready
from callassist.domain import AttemptResult, ConversationResult, FollowUpKind, PromiseInput, QueueReason, SaleLine
from callassist.errors import UserInputError
from callassist.scheduling import QuickPick, quick_pick_day
from callassist.services.desk import OperatorDesk
from callassist.services.zones import assign_timezone
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.settings import save as save_settings
from callassist.storage.engine import Database
from callassist.storage.models import Client
from callassist.timekeeping.workdays import WorkCalendar
from tests.factories import DeskFactory, FixedClock, add_client, card, make_client, outcome, refusal

MOSCOW = ZoneInfo("Europe/Moscow")
NOVOSIBIRSK = ZoneInfo("Asia/Novosibirsk")
KALININGRAD = ZoneInfo("Europe/Kaliningrad")
NOVOSIBIRSK_LANDLINE = "+73832123456"  # +7 383: a Novosibirsk city number
KALININGRAD_LANDLINE = "+74012123456"  # +7 4012: a Kaliningrad city number


def imported_client(db: Database, now: datetime, phone: str, **fields: object) -> int:
    """A client created the way an import creates one: no zone field, its zone derived by ``assign_timezone``."""
    with db.write() as session:
        client_id = add_client(session, now, phones=(phone,), timezone=None, **fields)
        client = session.get(Client, client_id)
        assert client is not None
        assign_timezone(client, load_settings(session))
        return client_id


def offered(desk: OperatorDesk) -> list[int]:
    return [item.client_id for item in desk.queue_page().items]


def at(zone: ZoneInfo, *parts: int) -> datetime:
    return datetime(*parts, tzinfo=zone)  # type: ignore[misc]


# Client time zones and calling hours (rule 7).


def test_rule_7_novosibirsk_landline_waits_for_its_own_morning_whatever_the_time_in_moscow(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    clock.set(at(NOVOSIBIRSK, 2026, 11, 24, 8, 59))  # 04:59 in Moscow
    novosibirsk = imported_client(db, clock(), NOVOSIBIRSK_LANDLINE)
    moscow = make_client(db, clock())
    assert card(db, novosibirsk).timezone == "Asia/Novosibirsk"

    assert offered(desk) == []
    assert desk.next_client() is None

    clock.set(at(NOVOSIBIRSK, 2026, 11, 24, 9, 0))  # the window opens in Novosibirsk; Moscow is at 05:00
    assert offered(desk) == [novosibirsk]
    assert desk.pipeline().in_queue == 1
    item = desk.queue_page().items[0]
    assert item.client_local_time == clock().astimezone(NOVOSIBIRSK)
    claimed = desk.next_client()
    assert claimed is not None and claimed.id == novosibirsk

    clock.set(at(MOSCOW, 2026, 11, 24, 9, 0))  # 13:00 in Novosibirsk: both are callable
    assert moscow in offered(desk)


def test_rule_7_clients_past_their_evening_leave_the_queue(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    clock.set(at(MOSCOW, 2026, 11, 24, 16, 30))  # 20:30 in Novosibirsk
    novosibirsk = imported_client(db, clock(), NOVOSIBIRSK_LANDLINE)
    moscow = make_client(db, clock())

    assert offered(desk) == [moscow]
    assert novosibirsk not in [item.client_id for item in desk.queue_page(limit=1000).items]


@pytest.mark.parametrize(
    "moment", [datetime(2026, 7, 15, 10, 0), datetime(2026, 1, 14, 10, 0)], ids=["summer", "winter"]
)
def test_kaliningrad_client_has_utc_plus_2_in_summer_and_winter(
    db: Database, desk: OperatorDesk, clock: FixedClock, moment: datetime
) -> None:
    # Kaliningrad has kept UTC+2 all year since 2014; phonenumbers' own answer (Europe/Bucharest) is +3 in summer.
    clock.set(moment.replace(tzinfo=UTC) - timedelta(hours=2))
    client = imported_client(db, clock(), KALININGRAD_LANDLINE)

    (item,) = desk.queue_page().items
    assert item.client_id == client
    assert item.client_local_time is not None
    assert item.client_local_time.utcoffset() == timedelta(hours=2)
    assert item.client_local_time.replace(tzinfo=None) == moment


def test_clients_without_a_zone_get_one_when_the_database_is_opened(
    db: Database, ready_url: str, clock: FixedClock
) -> None:
    with db.write() as session:
        legacy = add_client(session, clock(), phones=(NOVOSIBIRSK_LANDLINE,), timezone=None)
        unknown = add_client(session, clock(), phones=("+79161234567",), timezone=None)  # a mobile: any zone
    reopened = open_ready(ready_url)
    reopened.dispose()

    assert card(db, legacy).timezone == "Asia/Novosibirsk"
    assert card(db, unknown).timezone == TeamSettings().office_timezone


def test_an_explicit_zone_field_wins_and_a_bad_one_is_refused(clock: FixedClock) -> None:
    client = Client(full_name="x", timezone="МСК+4", city="Калининград", created_at=clock(), updated_at=clock())
    assert assign_timezone(client, TeamSettings()).source == "explicit"
    assert client.timezone == "Asia/Novosibirsk"
    client.timezone = "Mars/Olympus"
    with pytest.raises(UserInputError, match="Mars/Olympus"):
        assign_timezone(client, TeamSettings())


def test_rule_7_calling_hours_per_weekday_come_from_the_team_settings(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    hours = TeamSettings().hours.to_dict() | {"tue": ["12:00", "18:00"]}
    with db.write() as session:
        save_settings(session, replace(load_settings(session), calling_hours=hours))
    clock.set(at(MOSCOW, 2026, 11, 24, 11, 0))  # a Tuesday
    client = make_client(db, clock())
    desk = desk_for("Anna")

    assert offered(desk) == []
    clock.set(at(MOSCOW, 2026, 11, 24, 12, 0))
    assert offered(desk) == [client]


def test_callback_outside_hours_is_reported_before_saving(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = imported_client(db, clock(), NOVOSIBIRSK_LANDLINE)

    assert desk.callback_outside_hours(client, at(NOVOSIBIRSK, 2026, 11, 24, 21, 0))
    assert desk.callback_outside_hours(client, at(NOVOSIBIRSK, 2026, 11, 28, 12, 0))  # Saturday
    assert not desk.callback_outside_hours(client, at(NOVOSIBIRSK, 2026, 11, 24, 19, 59))


# Working days (rule 2).


def test_rule_2_refusal_on_the_friday_before_a_holiday_lands_on_the_next_working_day(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    # 8 March 2026 is a Sunday, so Monday 9 March is the day off: the next working day after Friday is Tuesday.
    clock.set(at(MOSCOW, 2026, 3, 6, 12, 0))
    client = make_client(db, clock())
    desk.open_client(client)
    one_day_later = clock() + timedelta(days=1)

    saved = desk.record(refusal(client, "Anna", clock(), one_day_later))

    assert saved.next_contact_at == at(MOSCOW, 2026, 3, 10, 9, 0)
    assert [f.due_at for f in card(db, client).follow_ups] == [saved.next_contact_at]
    assert quick_pick_day(QuickPick.TOMORROW, date(2026, 3, 6), WorkCalendar("RU")) == date(2026, 3, 10)


def test_rule_2_refusal_date_lands_in_the_clients_hours_not_the_offices(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = imported_client(db, clock(), KALININGRAD_LANDLINE)
    desk.open_client(client)
    moscow_morning = at(MOSCOW, 2026, 11, 25, 9, 30)  # 08:30 in Kaliningrad

    saved = desk.record(refusal(client, "Anna", clock(), moscow_morning))

    assert saved.next_contact_at == at(KALININGRAD, 2026, 11, 25, 9, 0)


def test_rule_2_transferred_working_saturday_counts_as_working(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    # Saturday 1 November 2025 was a working day in Russia (its day off moved to Monday 3 November).
    clock.set(at(MOSCOW, 2025, 10, 31, 19, 0))
    client = make_client(db, clock())
    desk.open_client(client)
    saved = desk.record(refusal(client, "Anna", clock(), at(MOSCOW, 2025, 11, 1, 8, 0)))
    assert saved.next_contact_at == at(MOSCOW, 2025, 11, 1, 9, 0)

    lead = make_client(db, clock())
    clock.set(at(MOSCOW, 2025, 11, 1, 10, 0))
    assert lead in offered(desk)
    clock.set(at(MOSCOW, 2025, 11, 8, 10, 0))  # an ordinary Saturday
    assert offered(desk) == []


def test_rule_4_retry_that_would_fall_at_night_waits_for_the_morning(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    clock.set(at(MOSCOW, 2026, 11, 27, 19, 0))  # Friday evening; the first retry is +2 h
    client = make_client(db, clock())
    desk.open_client(client)

    saved = desk.record(outcome(client, "Anna", clock(), attempt=AttemptResult.NO_ANSWER))

    assert saved.next_contact_at == at(MOSCOW, 2026, 11, 30, 9, 0)


# Promises (rule 6) and post-sale check-ins (rule 5).


def test_rule_6_promise_from_creation_to_queue_to_overdue_to_closed(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    desk.open_client(client)
    due = at(MOSCOW, 2026, 11, 30, 12, 0)  # Monday: the working day before is Friday
    desk.record(
        refusal(client, "Anna", clock(), clock() + timedelta(days=10), promise=PromiseInput("Send the offer", due))
    )
    (promise,) = [f for f in card(db, client).follow_ups if f.kind is FollowUpKind.PROMISE]

    clock.set(at(MOSCOW, 2026, 11, 26, 23, 59))  # Thursday night
    assert client not in offered(desk)

    clock.set(at(MOSCOW, 2026, 11, 27, 10, 0))  # Friday: the working day before
    (item,) = desk.queue_page().items
    assert (item.client_id, item.reason, item.due, item.overdue) == (client, QueueReason.PROMISE, due, False)

    clock.set(due + timedelta(minutes=1))
    (item,) = desk.queue_page().items
    assert (item.reason, item.overdue) == (QueueReason.PROMISE, True)

    with pytest.raises(UserInputError, match="promise"):
        desk.close_promise(promise.id, "   ")
    assert promise.id in [f.id for f in card(db, client).follow_ups]

    changes = desk.close_promise(promise.id, "Offer sent by e-mail")
    assert changes.clients == {client}
    assert promise.id not in [f.id for f in card(db, client).follow_ups]
    assert client not in offered(desk)  # the refusal's date is still ten days away
    with pytest.raises(UserInputError, match="already closed"):
        desk.close_promise(promise.id, "again")


def test_rule_6_promise_due_after_a_holiday_surfaces_the_working_day_before_it(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    # Wednesday 4 November 2026 is Unity Day: a promise due on Thursday 5th surfaces on Tuesday 3rd.
    clock.set(at(MOSCOW, 2026, 11, 2, 10, 0))
    client = make_client(db, clock())
    desk.open_client(client)
    promise = PromiseInput("Call with the delivery date", at(MOSCOW, 2026, 11, 5, 15, 0))
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=20), promise=promise))

    clock.set(at(MOSCOW, 2026, 11, 2, 23, 0))
    assert client not in offered(desk)
    clock.set(at(MOSCOW, 2026, 11, 3, 9, 0))
    assert [(i.client_id, i.reason) for i in desk.queue_page().items] == [(client, QueueReason.PROMISE)]


def test_rule_5_sale_schedules_a_check_in_after_the_configured_delay_on_a_working_day(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    with db.write() as session:
        save_settings(session, replace(load_settings(session), post_sale_days=5))
    desk = desk_for("Anna")
    client = make_client(db, clock())
    desk.open_client(client)
    product = desk.products()[0]
    sale = outcome(
        client, "Anna", clock(), result=ConversationResult.SALE, sale_lines=(SaleLine(product.id, 1, product.price),)
    )

    desk.record(sale)

    # Monday + 5 days is a Saturday: the check-in waits for Monday morning.
    check_ins = [f.due_at for f in card(db, client).follow_ups if f.kind is FollowUpKind.POST_SALE]
    assert check_ins == [at(MOSCOW, 2026, 11, 30, 9, 0)]
    clock.set(at(MOSCOW, 2026, 11, 30, 9, 0))
    assert [(i.client_id, i.reason) for i in desk.queue_page().items] == [(client, QueueReason.POST_SALE)]


# Callback handover (issue 6).


def test_personal_callback_overdue_by_the_handover_time_passes_to_the_team(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    anna, boris = desk_for("Anna"), desk_for("Boris")
    client = make_client(db, clock())
    anna.open_client(client)
    due = clock() + timedelta(hours=1)
    anna.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=due))
    handover = timedelta(minutes=TeamSettings().callback_handover_minutes)

    clock.set(due)
    assert offered(anna) == [client]
    assert offered(boris) == []
    clock.set(due + handover)
    assert offered(boris) == []
    clock.set(due + handover + timedelta(minutes=1))
    assert offered(boris) == [client]
    taken = boris.next_client()
    assert taken is not None and taken.id == client
    assert offered(anna) == []  # Boris holds it now


# Calendar export (issue 6).


def test_ics_export_holds_the_operators_open_callbacks_and_promises_in_utc(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    anna, boris = desk_for("Anna"), desk_for("Boris")
    called, promised, other = (make_client(db, clock(), name) for name in ("Ivanov", "Petrova", "Sidorov"))
    callback_at = at(NOVOSIBIRSK, 2026, 11, 24, 15, 0)
    promise_due = at(MOSCOW, 2026, 11, 27, 12, 0)
    anna.open_client(called)
    anna.record(outcome(called, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=callback_at))
    anna.open_client(promised)
    promise = PromiseInput("Send the contract", promise_due)
    anna.record(refusal(promised, "Anna", clock(), clock() + timedelta(days=10), promise=promise))
    boris.open_client(other)
    boris.record(outcome(other, "Boris", clock(), result=ConversationResult.CALLBACK, next_contact_at=callback_at))

    path = tmp_path / "anna.ics"
    assert anna.export_calendar(path) == 2

    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    events = [component for component in parsed.walk("VEVENT")]
    starts = [event.decoded("dtstart") for event in events]
    assert starts == [callback_at, promise_due]
    assert all(start.utcoffset() == timedelta(0) for start in starts)
    summaries = [str(event.get("summary")) for event in events]
    assert "Ivanov" in summaries[0] and "Send the contract" in summaries[1]
    assert not any("Sidorov" in summary for summary in summaries)


# Reminders (issue 6): before, at and after the due time, with snooze.


def test_callback_reminder_comes_ten_minutes_before_can_be_snoozed_and_stays_until_the_call(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    anna, boris = desk_for("Anna"), desk_for("Boris")
    client = make_client(db, clock(), "Ivanov")
    anna.open_client(client)
    due = clock() + timedelta(hours=1)
    anna.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=due))

    clock.set(due - timedelta(minutes=11))
    assert anna.due_reminders() == ()
    clock.set(due - timedelta(minutes=10))
    (reminder,) = anna.due_reminders()
    assert (reminder.client_id, reminder.client_name, reminder.due_at, reminder.overdue) == (
        client,
        "Ivanov",
        due,
        False,
    )
    assert boris.due_reminders() == ()

    assert anna.snooze_reminder(reminder.follow_up_id, 5) == clock() + timedelta(minutes=5)
    assert anna.due_reminders() == ()
    with pytest.raises(UserInputError, match="at least one minute"):
        anna.snooze_reminder(reminder.follow_up_id, 0)
    with pytest.raises(UserInputError, match="no longer open for you"):
        boris.snooze_reminder(reminder.follow_up_id, 5)

    clock.set(due + timedelta(minutes=1))
    (late,) = anna.due_reminders()
    assert (late.follow_up_id, late.overdue) == (reminder.follow_up_id, True)

    anna.open_client(client)
    anna.record(refusal(client, "Anna", clock(), clock() + timedelta(days=7)))
    assert anna.due_reminders() == ()
