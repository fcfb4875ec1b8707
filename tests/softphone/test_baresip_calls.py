"""Real calls between two baresip processes on loopback: each scenario ends with the right attempt result and the
right talk time on the saved call, on SQLite and PostgreSQL.

The operator's phone is driven by :class:`BaresipConnector` through its ``ctrl_tcp``; the client's phone by the test
through its own. Nothing sleeps to synchronise: each step awaits the event it needs, with a timeout.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from callassist.domain import AttemptResult
from callassist.services.desk import OperatorDesk
from callassist.softphone.baresip import BaresipConnector
from callassist.softphone.connector import dial_target
from callassist.softphone.session import PhoneCall, PhoneState, Softphone
from callassist.stats.aggregate import build_report
from callassist.storage.engine import Database
from callassist.storage.models import Call
from tests.factories import FixedClock, make_client, outcome, refusal
from tests.softphone.rig import BaresipProcess, Behaviour, ClientPhone, closed_port

CALL_TIMEOUT = 8.0
RING_TIMEOUT = 1.0  # the app's own ring timeout for these tests (default 30 s)
TOLERANCE = 0.5
ZONE = "Europe/Moscow"


@dataclass(frozen=True)
class Scenario:
    behaviour: Behaviour | None  # None: dial a closed port
    fate: AttemptResult
    talk: float | None


SCENARIOS = {
    "answers_then_hangs_up": Scenario(Behaviour(answer_after=0.4, hang_up_after=1.2), AttemptResult.CONNECTED, 1.2),
    "rejects": Scenario(Behaviour(reject_after=0.2), AttemptResult.BUSY, None),
    "never_answers": Scenario(Behaviour(), AttemptResult.NO_ANSWER, None),
    "closed_port": Scenario(None, AttemptResult.NOT_IN_SERVICE, None),
}


async def place_call(folder: Path, silence: Path, scenario: Scenario, number: str) -> tuple[PhoneCall, ClientPhone]:
    """Dial ``number`` from the operator's phone to the client's (or to a closed port); returns the ended call."""
    operator_phone = await BaresipProcess(folder / "operator", ("operator",), silence).start()
    client_phone = await BaresipProcess(folder / "client", (number.lstrip("+"),), silence).start()
    client = await ClientPhone(client_phone).connect()
    phone = Softphone(BaresipConnector("127.0.0.1", operator_phone.ctrl_port), ring_timeout=RING_TIMEOUT)
    ended: asyncio.Future[PhoneCall] = asyncio.get_running_loop().create_future()
    phone.on_change(lambda call: call.state is PhoneState.ENDED and not ended.done() and ended.set_result(call))
    try:
        await phone.start()
        if scenario.behaviour is None:
            template = f"sip:{{digits}}@127.0.0.1:{closed_port()};transport=tcp"
        else:
            client.expect(scenario.behaviour)
            template = f"sip:{{digits}}@127.0.0.1:{client_phone.sip_port}"
        await phone.dial(number, dial_target(template, number))
        call = await asyncio.wait_for(ended, CALL_TIMEOUT)
        if scenario.behaviour is not None:
            await asyncio.wait_for(client.closed.wait(), CALL_TIMEOUT)
        return call, client
    finally:
        await phone.close()
        await client.close()
        await operator_phone.stop()
        await client_phone.stop()


def save(db: Database, clock: FixedClock, client_id: int, call: PhoneCall) -> Call:
    """The wrap-up the operator would save with the result the phone pre-filled, and the call as stored."""
    desk = OperatorDesk(db, "Anna", now=clock, language="en")
    desk.open_client(client_id)
    assert call.fate is not None
    if call.fate is AttemptResult.CONNECTED:
        made = refusal(client_id, "Anna", clock(), clock() + timedelta(days=3), measured=call.measured())
    else:
        made = outcome(client_id, "Anna", clock(), attempt=call.fate, measured=call.measured())
    desk.record(made)
    with db.read() as session:
        saved = session.scalars(select(Call).where(Call.client_id == client_id)).one()
        session.expunge(saved)
        return saved


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_real_call_fills_the_attempt_result_and_stores_the_talk_time(
    name: str, db: Database, clock: FixedClock, tmp_path: Path, silence: Path
) -> None:
    scenario = SCENARIOS[name]
    number = "+79161230001"
    client_id = make_client(db, clock(), phones=(number,))
    call, client = asyncio.run(place_call(tmp_path, silence, scenario, number))

    assert call.fate is scenario.fate, call.cause
    saved = save(db, clock, client_id, call)
    assert saved.attempt_result == scenario.fate.value
    if scenario.talk is None:
        assert saved.talk_seconds is None and saved.answered_at is None
        return
    assert saved.talk_seconds is not None and saved.answered_at is not None
    assert saved.talk_seconds == pytest.approx(scenario.talk, abs=TOLERANCE)
    # The far end's own answer and hang-up moments agree with what the operator's phone measured.
    far_end = client.moment("CALL_CLOSED") - client.moment("CALL_ESTABLISHED")
    assert saved.talk_seconds == pytest.approx(far_end, abs=TOLERANCE)
    # The statistics show the measured talk time, on both of their paths (hourly summaries and the calls).
    day = clock().astimezone(ZoneInfo(ZONE)).date()
    for from_calls in (False, True):
        total = build_report(db, day, day, ZONE, language="en", now=clock(), from_calls=from_calls).total
        assert total.measured_calls == 1
        assert total.measured_talk_seconds == pytest.approx(far_end, abs=TOLERANCE)
        assert total.talk_seconds_total == round(saved.talk_seconds)
