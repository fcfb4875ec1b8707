"""Statistics count the softphone's measured talk time and say how many calls it covers; calls no phone timed
keep the dial-to-save figure. Both report paths (hourly summaries, the calls themselves) agree."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from callassist.domain import AttemptResult, MeasuredTalk
from callassist.services.desk import OperatorDesk
from callassist.stats.aggregate import build_report
from callassist.storage.engine import Database
from callassist.storage.models import Call
from tests.factories import FixedClock, card, make_client, outcome, refusal

ZONE = "Europe/Moscow"


def test_measured_talk_time_in_statistics_matches_the_calls_answer_and_hang_up(db: Database, clock: FixedClock) -> None:
    desk = OperatorDesk(db, "Anna", now=clock, language="en")
    talks = (12.25, 47.5)
    timed = []
    for talk in talks:  # two calls the softphone timed
        client_id = make_client(db, clock())
        timed.append(client_id)
        desk.open_client(client_id)
        answered = clock() + timedelta(seconds=5)
        measured = MeasuredTalk(answered, talk)
        desk.record(refusal(client_id, "Anna", clock() + timedelta(minutes=2), clock() + timedelta(days=3),
                            measured=measured))  # fmt: skip
        clock.advance(timedelta(minutes=5))
    untimed = make_client(db, clock())  # dialled by a tel: link: 3 minutes from dial to save, nothing measured
    desk.open_client(untimed)
    desk.record(refusal(untimed, "Anna", clock(), clock() + timedelta(days=3)))
    missed = make_client(db, clock())
    desk.open_client(missed)
    desk.record(outcome(missed, "Anna", clock(), attempt=AttemptResult.NO_ANSWER))

    with db.read() as session:
        stored = session.execute(select(Call.answered_at, Call.talk_seconds).order_by(Call.id)).all()
    assert [talk for _at, talk in stored] == [*talks, None, None]
    # The card's history (what `client show --json` prints as talk_seconds): measured, else None.
    assert card(db, timed[0]).history[0].talk_seconds == talks[0]
    assert card(db, untimed).history[0].talk_seconds is None
    day = clock().astimezone(ZoneInfo(ZONE)).date()
    reports = [build_report(db, day, day, ZONE, language="en", now=clock(), from_calls=flag) for flag in (False, True)]
    for report in reports:
        total = report.total
        assert total.measured_calls == 2
        assert total.measured_talk_seconds == pytest.approx(sum(talks))
        assert total.talk_seconds_total == round(sum(talks) + 180)  # the untimed call counts dial to save
    assert reports[0].total == reports[1].total
