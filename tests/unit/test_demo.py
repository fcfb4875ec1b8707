"""Demo data: it fills only an empty database, says truthfully what it wrote, and obeys the product's rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.bootstrap import open_ready
from callassist.demo import OPERATORS, DemoSummary, fill_demo
from callassist.domain import ClientState, ConversationResult, FollowUpKind, NeverReason, QueueReason
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Call, Client, ClientPhone, FollowUp, Operator
from callassist.timekeeping.workdays import WorkCalendar

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Europe/Moscow"))  # a Monday morning


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One demo database for the read-only checks below (filling takes a few seconds)."""
    db = open_ready(f"sqlite:///{tmp_path_factory.mktemp('demo') / 'demo.db'}")
    summary = fill_demo(db, NOW)
    yield db, summary
    db.dispose()


def _count(session: Session, model: type, *where: object) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def test_summary_counts_what_is_in_the_database(filled: tuple[Database, DemoSummary]) -> None:
    db, summary = filled
    assert summary.filled
    assert 250 <= summary.clients <= 350  # "about three hundred clients"
    with db.read() as session:
        called = select(Call.client_id)
        assert summary.operators == _count(session, Operator, Operator.name.in_(OPERATORS)) == 3
        assert summary.clients == _count(session, Client)
        assert summary.calls == _count(session, Call)
        assert summary.sales == _count(session, Call, Call.conversation_result == ConversationResult.SALE.value)
        assert summary.untouched_leads == _count(session, Client, Client.id.not_in(called))
        assert summary.future_clients == _count(session, Client, Client.state == ClientState.FUTURE.value)
        assert summary.never_clients == _count(session, Client, Client.state == ClientState.NEVER.value)
        open_callbacks = (FollowUp.kind == FollowUpKind.CALLBACK.value, FollowUp.done_at.is_(None))
        assert summary.open_callbacks == _count(session, FollowUp, *open_callbacks)


def test_second_fill_on_a_database_with_clients_adds_nothing(filled: tuple[Database, DemoSummary]) -> None:
    db, _ = filled
    with db.read() as session:
        before = [_count(session, model) for model in (Client, ClientPhone, Call, FollowUp, Operator)]
    again = fill_demo(db, NOW, seed=99)
    with db.read() as session:
        after = [_count(session, model) for model in (Client, ClientPhone, Call, FollowUp, Operator)]
    assert not again.filled
    assert again.clients == again.calls == 0
    assert after == before


def test_every_client_has_a_valid_e164_phone_matching_its_raw_form(filled: tuple[Database, DemoSummary]) -> None:
    db, _ = filled
    with db.read() as session:
        clients = session.scalars(select(Client)).all()
        assert clients
        for client in clients:
            assert client.phones, client.full_name
            for phone in client.phones:
                number = phonenumbers.parse(phone.e164)
                assert phonenumbers.is_valid_number(number), phone.e164
                assert phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) == phone.e164
                assert phonenumbers.parse(phone.raw, "RU") == number, phone.raw


def test_refused_clients_are_future_with_a_working_day_inside_calling_hours(
    filled: tuple[Database, DemoSummary],
) -> None:
    db, _ = filled
    russia = WorkCalendar("RU")
    with db.read() as session:
        last_calls = _last_call_of_each_client(session)
        refused = [c for c in last_calls.values() if c.conversation_result == ConversationResult.REFUSED.value]
        assert refused
        for call in refused:
            client = session.get(Client, call.client_id)
            assert client is not None
            assert client.state == ClientState.FUTURE.value
            assert client.next_contact_at is not None and client.next_contact_at > call.ended_at
            local = client.next_contact_at.astimezone(ZoneInfo(client.timezone or "Europe/Moscow"))
            assert russia.is_working_day(local.date()), local
            assert time(9) <= local.time() < time(20), local
            assert call.refusal_reason_id is not None


def test_never_clients_have_an_objective_reason_and_leave_the_queue(filled: tuple[Database, DemoSummary]) -> None:
    db, _ = filled
    with db.read() as session:
        never = session.scalars(select(Client).where(Client.state == ClientState.NEVER.value)).all()
        assert never
        for client in never:
            assert client.never_reason in {reason.value for reason in NeverReason}
            assert client.queue_rank is None
            assert not _count(session, FollowUp, FollowUp.client_id == client.id, FollowUp.done_at.is_(None))


def test_history_lies_before_now_and_the_queue_shows_every_kind_of_reason(
    filled: tuple[Database, DemoSummary],
) -> None:
    db, _ = filled
    with db.read() as session:
        assert (session.scalar(select(func.max(Call.saved_at))) or NOW) < NOW
        assert (session.scalar(select(func.max(Client.created_at))) or NOW) < NOW
    reasons: set[QueueReason] = set()
    for operator in OPERATORS:  # promises and some callbacks are personal to the operator who made them
        desk = OperatorDesk(db, operator, now=lambda: NOW.astimezone(UTC))
        reasons |= {item.reason for item in desk.queue_page(limit=1000).items}
    assert {
        QueueReason.PROMISE,
        QueueReason.CALLBACK,
        QueueReason.FUTURE,
        QueueReason.RETRY,
        QueueReason.NEW,
    } <= reasons


def test_the_same_seed_gives_the_same_clients(filled: tuple[Database, DemoSummary], tmp_path: Path) -> None:
    first, summary = filled
    second = open_ready(f"sqlite:///{tmp_path / 'again.db'}")
    try:
        assert fill_demo(second, NOW) == summary
        assert _people(second) == _people(first)
    finally:
        second.dispose()


def _people(db: Database) -> list[tuple[str, str, str, tuple[str, ...]]]:
    with db.read() as session:
        clients = session.scalars(select(Client).order_by(Client.id)).all()
        return [(c.full_name, c.company, c.state, tuple(p.e164 for p in c.phones)) for c in clients]


def _last_call_of_each_client(session: Session) -> dict[int, Call]:
    last: dict[int, Call] = {}
    for call in session.scalars(select(Call).order_by(Call.started_at)):
        last[call.client_id] = call
    return last
