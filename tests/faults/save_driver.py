"""A process that saves outcomes in a loop until it is killed: ``python -m tests.faults.save_driver DB_URL``.

It prints ``READY`` once the database is open, then ``SAVED <idempotency key>`` for every outcome after
``OperatorDesk.record`` returned, which is when the operator window tells the operator the call is saved (rule 10).
"""

from __future__ import annotations

import sys
import uuid
from datetime import timedelta

from callassist.domain import AttemptResult, ConversationResult, Outcome
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import open_database
from tests.factories import START

OPERATOR = "fault-driver"
_ATTEMPTS = (AttemptResult.NO_ANSWER, AttemptResult.BUSY, AttemptResult.CONNECTED)


def _outcome(client_id: int, turn: int) -> Outcome:
    attempt = _ATTEMPTS[turn % len(_ATTEMPTS)]
    connected = attempt is AttemptResult.CONNECTED
    return Outcome(
        client_id=client_id,
        operator=OPERATOR,
        attempt_result=attempt,
        conversation_result=ConversationResult.REFUSED if connected else None,
        refusal_reason="too_expensive" if connected else None,
        next_contact_at=START + timedelta(days=30) if connected else None,
        started_at=START - timedelta(minutes=3),
        ended_at=START,
        idempotency_key=uuid.uuid4().hex,
        note=f"turn {turn}",
    )


def main(url: str) -> None:
    desk = OperatorDesk(open_database(url), OPERATOR, now=lambda: START)
    print("READY", flush=True)
    turn = 0
    while True:
        client = desk.next_client()
        if client is None:
            print("EMPTY", flush=True)
            return
        outcome = _outcome(client.id, turn)
        saved = desk.record(outcome)
        assert not saved.duplicate
        print(f"SAVED {outcome.idempotency_key}", flush=True)  # only now is it confirmed
        turn += 1


if __name__ == "__main__":
    main(sys.argv[1])
