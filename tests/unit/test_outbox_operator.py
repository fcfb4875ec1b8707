"""The outbox belongs to one operator: an invalid outcome is refused before it is kept offline, each outcome is sent
as the operator who saved it, and one the server refuses on sending is shown to that operator with the client."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from callassist.call_session import CallEvent, CallSession, OfflineRefused
from callassist.drafts import DraftStore
from callassist.errors import UserInputError
from callassist.storage.engine import Database
from callassist.team.outbox import Outbox, ResilientDesk, default_path
from tests.factories import DeskFactory, FixedClock, card, count_calls, make_clients, refusal


def test_an_invalid_outcome_is_refused_at_once_not_kept_offline(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    outbox = Outbox(tmp_path / "anna.outbox", operator="Anna")
    resilient = ResilientDesk(desk_for("Anna"), outbox)

    with pytest.raises(UserInputError) as refused:
        resilient.record(refusal(client, "Anna", clock(), None))  # rule 2: no date

    assert refused.value.code == "wrapup.next_contact_required"
    assert outbox.waiting() == 0 and count_calls(db) == 0


def test_each_outcome_is_sent_as_the_operator_who_saved_it(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    mine, boris_client = make_clients(db, clock(), 2)
    shared = Outbox(tmp_path / "shared.outbox")  # an outbox file two operators once shared
    shared.append(refusal(mine, "Anna", clock(), clock() + timedelta(days=7)))
    shared.append(refusal(boris_client, "Boris", clock(), clock() + timedelta(days=7)))

    assert shared.drain(desk_for("Anna")) == (1, 1)  # Boris's outcome waits for Boris
    assert card(db, boris_client).history == ()
    assert shared.drain(desk_for("Boris")) == (1, 0)
    (call,) = card(db, boris_client).history
    assert call.operator == "Boris"
    assert default_path("Anna") != default_path("Boris")


def test_an_outcome_the_server_refuses_is_shown_to_its_operator_with_the_client(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    (client,) = make_clients(db, clock(), 1)
    outbox = Outbox(tmp_path / "anna.outbox", operator="Anna")
    outbox.append(refusal(client, "Anna", clock(), clock() + timedelta(days=7), refusal_reason="gone_from_catalogue"))
    session = CallSession(desk_for("Anna"), DraftStore("Anna", folder=tmp_path), outbox)
    events: list[CallEvent] = []
    session.subscribe(events.append)

    assert session.drain() == (0, 0)
    session.report_refused()  # told once per session, not at every drain

    (event,) = events
    assert isinstance(event, OfflineRefused)
    assert event.client_name == card(db, client).full_name
    assert event.refused.error.code == "wrapup.reason_unknown"
    assert "gone_from_catalogue" in event.refused.error.render("ru")
    assert len(outbox.refused()) == 1  # kept, never dropped silently


def test_outcomes_kept_by_the_one_workstation_outbox_of_older_versions_are_still_sent(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    mine, boris_client = make_clients(db, clock(), 2)
    legacy = Outbox(default_path())  # the data directory is the test's own
    legacy.append(refusal(mine, "Anna", clock(), clock() + timedelta(days=7)))
    legacy.append(refusal(boris_client, "Boris", clock(), clock() + timedelta(days=7)))
    session = CallSession(desk_for("Anna"), DraftStore("Anna", folder=tmp_path))

    assert session.waiting() == 1  # Anna's own; Boris's waits for Boris
    assert session.drain() == (1, 0)
    assert len(card(db, mine).history) == 1 and card(db, boris_client).history == ()
