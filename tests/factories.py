"""Test data made through the real models and services: clients with phones, outcomes, a clock tests can move."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from callassist.domain import AttemptResult, ClientView, ConversationResult, Outcome
from callassist.services import clients, queue
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Call, Client, ClientPhone

# Monday 23 November 2026, 10:00 in Moscow: a working day, inside calling hours.
START = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

_phone_numbers = itertools.count(1_000_001)

DeskFactory = Callable[[str], OperatorDesk]  # operator name → that operator's desk on the test database


class FixedClock:
    """A clock that stands still until the test moves it; pass it as ``now=`` to ``OperatorDesk``."""

    def __init__(self, start: datetime = START) -> None:
        self.set(start)

    def __call__(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("the test clock needs an aware datetime")
        self._now = moment.astimezone(UTC)

    def advance(self, delta: timedelta) -> datetime:
        """Move the clock forward by ``delta`` and return the new moment."""
        self._now += delta
        return self._now


def next_phone() -> str:
    """A fresh Moscow mobile number in E.164, never handed out twice in one session."""
    return f"+7916{next(_phone_numbers):07d}"


def add_client(
    session: Any, now: datetime, name: str = "", phones: tuple[str, ...] | None = None, **fields: Any
) -> int:
    """Add one client inside an open write session and put it in the queue; returns its id."""
    numbers = phones if phones is not None else (next_phone(),)
    client = Client(
        full_name=name or f"Client {numbers[0] if numbers else uuid.uuid4().hex[:6]}",
        timezone=fields.pop("timezone", "Europe/Moscow"),
        created_at=fields.pop("created_at", now),
        updated_at=now,
        **fields,
    )
    client.phones = [ClientPhone(e164=e164, raw=e164, position=i) for i, e164 in enumerate(numbers)]
    session.add(client)
    queue.reposition(session, client)
    return client.id


def make_client(
    db: Database, now: datetime, name: str = "", phones: tuple[str, ...] | None = None, **fields: Any
) -> int:
    """Create a new lead with phones, the way an import does, in its own unit of work."""
    with db.write() as session:
        return add_client(session, now, name, phones, **fields)


def make_clients(db: Database, now: datetime, count: int) -> list[int]:
    """Create ``count`` new leads in one unit of work, oldest first (so queue order is creation order)."""
    with db.write() as session:
        return [
            add_client(session, now, f"Lead {i:04d}", created_at=now - timedelta(minutes=count - i))
            for i in range(count)
        ]


def outcome(
    client_id: int,
    operator: str,
    now: datetime,
    attempt: AttemptResult = AttemptResult.CONNECTED,
    result: ConversationResult | None = None,
    **fields: Any,
) -> Outcome:
    """An ``Outcome`` for a call that just ended, with a fresh idempotency key."""
    return Outcome(
        client_id=client_id,
        operator=operator,
        attempt_result=attempt,
        conversation_result=result,
        started_at=now - timedelta(minutes=3),
        ended_at=now,
        idempotency_key=uuid.uuid4().hex,
        **fields,
    )


def refusal(client_id: int, operator: str, now: datetime, next_contact_at: datetime | None, **fields: Any) -> Outcome:
    """A connected call the client refused, with a catalogue reason unless the test gives another."""
    fields.setdefault("refusal_reason", "too_expensive")
    return outcome(
        client_id, operator, now, result=ConversationResult.REFUSED, next_contact_at=next_contact_at, **fields
    )


def no_answer(client_id: int, operator: str, now: datetime) -> Outcome:
    return outcome(client_id, operator, now, attempt=AttemptResult.NO_ANSWER)


def count_calls(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Call)) or 0


def card(db: Database, client_id: int) -> ClientView:
    """The client card as the operator window shows it, read without claiming the client."""
    with db.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        return clients.client_view(session, client, "en")
