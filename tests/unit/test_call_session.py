"""Rules 8, 9 and 10 on the call session itself, without a QApplication: one call from claim to committed outcome,
its draft, its lease kept alive or lost, and the softphone's moments. Both databases."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from callassist.call_session import CallEvent, CallSaved, CallSession, LeaseLost
from callassist.domain import AttemptResult, ClientState, ConversationResult
from callassist.drafts import DraftStore
from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.storage.models import Call
from callassist.team.outbox import Outbox
from callassist.wrapup import Field, WrapUpEntry
from tests.factories import DeskFactory, FixedClock, card, count_calls, make_clients

REFUSED = WrapUpEntry(
    attempt_result=AttemptResult.CONNECTED,
    conversation_result=ConversationResult.REFUSED,
    refusal_reason="too_expensive",
)


def session_of(desk_for: DeskFactory, name: str, tmp_path: Path) -> tuple[CallSession, list[CallEvent]]:
    """A call session of operator ``name`` with its own drafts folder and outbox, and the events it told."""
    session = CallSession(
        desk_for(name), DraftStore(name, folder=tmp_path / "drafts"), Outbox(tmp_path / f"{name}.outbox")
    )
    events: list[CallEvent] = []
    session.subscribe(events.append)
    return session, events


def refused_in_a_week(clock: FixedClock) -> WrapUpEntry:
    return replace(REFUSED, next_contact_at=clock() + timedelta(days=7))


def test_rule_9_no_next_client_while_the_call_is_not_saved(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    first, second = make_clients(db, clock(), 2)
    session, _ = session_of(desk_for, "Anna", tmp_path)
    assert session.take_next() is not None and session.client is not None
    held = session.client.id

    for attempt in (session.take_next, lambda: session.open_client(second if held == first else first)):
        with pytest.raises(UserInputError) as refused:
            attempt()
        assert refused.value.code == "wrapup.finish_first"
    assert session.client is not None and session.client.id == held  # still the same call

    session.save(WrapUpEntry(attempt_result=AttemptResult.NO_ANSWER))
    nxt = session.take_next()
    assert nxt is not None and nxt.id != held


def test_rule_10_outcome_confirmed_only_after_the_commit(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    session, events = session_of(desk_for, "Anna", tmp_path)
    session.open_client(client)

    with pytest.raises(UserInputError) as refused:  # rule 1: no reason, nothing confirmed, the call stays open
        session.save(
            WrapUpEntry(attempt_result=AttemptResult.CONNECTED, conversation_result=ConversationResult.REFUSED)
        )
    assert (refused.value.code, refused.value.field) == ("wrapup.reason_required", Field.REFUSAL_REASON)
    assert events == [] and count_calls(db) == 0 and session.client is not None

    def committed_when_told(event: CallEvent) -> None:
        if isinstance(event, CallSaved):  # a fresh read from another connection already sees the call
            with db.read() as other:
                assert other.scalar(select(Call.id).where(Call.idempotency_key == event.outcome.idempotency_key))

    session.subscribe(committed_when_told)
    saved = session.save(refused_in_a_week(clock))

    assert [type(e) for e in events] == [CallSaved] and saved.saved is not None
    assert session.call is None and card(db, client).state is ClientState.FUTURE


def test_rule_10_draft_survives_a_crash_with_its_codes(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    session, _ = session_of(desk_for, "Anna", tmp_path)
    session.open_client(client)
    session.note_dialled("+74951234567")
    entry = refused_in_a_week(clock)
    session.update(entry)
    session.save_draft()
    key = session.call.key if session.call else ""

    restarted, _ = session_of(desk_for, "Anna", tmp_path)  # the process died; a new one starts
    call = restarted.resume()

    assert call is not None and call.client.id == client
    assert (call.entry, call.key, call.phone) == (entry, key, "+74951234567")
    restarted.save(call.entry)
    assert count_calls(db) == 1
    assert DraftStore("Anna", folder=tmp_path / "drafts").load() is None  # dropped only after the commit


def test_rule_8_lost_lease_is_noticed_by_the_heartbeat_not_at_save(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    anna, anna_events = session_of(desk_for, "Anna", tmp_path)
    anna.open_client(client)
    assert anna.heartbeat() and anna_events == []

    clock.advance(timedelta(minutes=desk_for("Anna").settings.lease_minutes + 1))  # Anna went away; it lapsed
    boris, _ = session_of(desk_for, "Boris", tmp_path)
    assert boris.take_next() is not None and boris.client is not None and boris.client.id == client

    assert anna.heartbeat() is False
    assert [type(e) for e in anna_events] == [LeaseLost]  # told at once, while the form is still open
    with pytest.raises(UserInputError) as refused:
        anna.save(refused_in_a_week(clock))
    assert refused.value.code == "wrapup.lease_lost" and refused.value.params["holder"] == "Boris"
    assert count_calls(db) == 0

    anna.abandon()  # closed unsaved; Boris's call is untouched
    assert anna.call is None
    boris.save(refused_in_a_week(clock))
    assert count_calls(db) == 1


def test_rule_8_save_after_the_lease_lapsed_and_another_operator_saved_is_refused(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    anna, _ = session_of(desk_for, "Anna", tmp_path)
    anna.open_client(client)
    clock.advance(timedelta(minutes=45))
    boris, _ = session_of(desk_for, "Boris", tmp_path)
    boris.open_client(client)
    boris.save(WrapUpEntry(attempt_result=AttemptResult.NO_ANSWER))  # Boris's call, the lease released

    with pytest.raises(UserInputError) as refused:
        anna.save(refused_in_a_week(clock))

    assert refused.value.code == "wrapup.lease_expired" and refused.value.field == Field.CLIENT
    assert count_calls(db) == 1


def test_softphone_moments_start_the_call_and_give_talk_seconds(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    session, _ = session_of(desk_for, "Anna", tmp_path)
    session.open_client(client)
    clock.advance(timedelta(seconds=20))
    session.note_dialled()
    dialled = clock()
    session.note_answered(dialled + timedelta(seconds=8))
    session.note_ended(dialled + timedelta(seconds=98), cause="remote hang-up")
    assert session.call is not None and session.call.talk_seconds == 90

    saved = session.save(refused_in_a_week(clock))

    assert (saved.outcome.started_at, saved.outcome.ended_at) == (dialled, dialled + timedelta(seconds=98))
