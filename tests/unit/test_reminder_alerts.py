"""Desktop callback notifications (issue 6): which fire at which moment, once each, again after a snooze.
The decision logic with a fixed clock; the tray itself is Qt's."""

from __future__ import annotations

from datetime import timedelta

from callassist.domain import ConversationResult
from callassist.services.alerts import AlertMoment, Fired, alerts_due, moment
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import FixedClock, make_client, outcome, refusal


def personal_callback(db: Database, desk: OperatorDesk, clock: FixedClock, minutes: int) -> int:
    client = make_client(db, clock())
    desk.open_client(client)
    due = clock() + timedelta(minutes=minutes)
    desk.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=due))
    return client


def test_moments_before_at_and_after_the_due_time(clock: FixedClock) -> None:
    due = clock() + timedelta(hours=1)
    assert moment(due, due - timedelta(minutes=11)) is None
    assert moment(due, due - timedelta(minutes=10)) is AlertMoment.BEFORE
    assert moment(due, due) is AlertMoment.AT
    assert moment(due, due + timedelta(minutes=4)) is AlertMoment.AT
    assert moment(due, due + timedelta(minutes=5)) is AlertMoment.OVERDUE


def test_a_callback_notifies_before_at_and_after_once_each(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = personal_callback(db, desk, clock, minutes=30)
    fired: Fired = {}
    shown: list[tuple[int, AlertMoment]] = []
    for _ in range(45):  # the banner's timer, once a minute, from now until well past the due time
        alerts, fired = alerts_due(desk.due_reminders(), clock(), fired)
        shown += [(alert.reminder.client_id, alert.moment) for alert in alerts]
        clock.advance(timedelta(minutes=1))
    assert shown == [(client, AlertMoment.BEFORE), (client, AlertMoment.AT), (client, AlertMoment.OVERDUE)]


def test_an_already_overdue_callback_notifies_once_as_overdue(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    personal_callback(db, desk, clock, minutes=30)
    clock.advance(timedelta(hours=2))  # the app was started late: no "in ten minutes" after the fact
    alerts, fired = alerts_due(desk.due_reminders(), clock(), {})
    assert [alert.moment for alert in alerts] == [AlertMoment.OVERDUE]
    again, _ = alerts_due(desk.due_reminders(), clock() + timedelta(minutes=1), fired)
    assert again == ()


def test_a_snoozed_reminder_notifies_again_when_the_snooze_ends(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    personal_callback(db, desk, clock, minutes=30)
    clock.advance(timedelta(minutes=31))
    alerts, fired = alerts_due(desk.due_reminders(), clock(), {})
    assert [alert.moment for alert in alerts] == [AlertMoment.AT]

    desk.snooze_reminder(alerts[0].reminder.follow_up_id, 5)
    quiet, fired = alerts_due(desk.due_reminders(), clock(), fired)
    assert quiet == () and fired == {}

    clock.advance(timedelta(minutes=5))
    back, fired = alerts_due(desk.due_reminders(), clock(), fired)
    assert [alert.moment for alert in back] == [AlertMoment.OVERDUE]


def test_a_callback_made_stops_its_notifications(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    client = personal_callback(db, desk, clock, minutes=5)
    alerts, fired = alerts_due(desk.due_reminders(), clock(), {})
    assert [alert.reminder.client_id for alert in alerts] == [client]
    desk.open_client(client)
    desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=30)))
    clock.advance(timedelta(minutes=10))
    later, _ = alerts_due(desk.due_reminders(), clock(), fired)
    assert later == ()
