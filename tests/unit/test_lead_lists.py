"""Lead lists (issue 15): imports land on a named list; paused and assigned lists shape every operator's queue;
priority orders clients within a reason rank of rule 7; moving an operator's clients keeps their callbacks. Both
databases."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from callassist.cli import main
from callassist.domain import ConversationResult, QueueReason
from callassist.errors import UserInputError
from callassist.importing.service import import_file
from callassist.services import lead_lists
from callassist.storage.engine import Database
from callassist.storage.models import Client, FollowUp
from tests.factories import DeskFactory, FixedClock, make_client, outcome


def write_leads(folder: Path, name: str, phones: list[str]) -> Path:
    path = folder / name
    path.write_text("name,phone\n" + "".join(f"Lead {p},{p}\n" for p in phones), encoding="utf-8")
    return path


def on_list(db: Database, name: str, clock: FixedClock, *phones: str) -> tuple[int, list[int]]:
    """A list called ``name`` holding one new client per phone: (list id, client ids)."""
    ids = [make_client(db, clock(), phones=(phone,)) for phone in phones]
    with db.write() as session:
        found = lead_lists.ensure_list(session, name, clock())
        lead_lists.put_on_list(session, found, ids)
        return found.id, ids


def offered(desk_for: DeskFactory, operator: str) -> list[int]:
    return [item.client_id for item in desk_for(operator).queue_page().items]


def list_named(db: Database, name: str) -> lead_lists.LeadListView:
    return next(item for item in lead_lists.all_lists(db) if item.name == name)


def test_an_import_creates_a_list_named_after_the_file_and_a_reimport_moves_merged_clients_to_its_list(
    db: Database, tmp_path: Path, clock: FixedClock
) -> None:
    first = write_leads(tmp_path, "expo-2026.csv", ["+79161110001", "+79161110002"])
    import_file(db, first, now=clock())
    assert list_named(db, "expo-2026").counts.new == 2

    second = write_leads(tmp_path, "cold.csv", ["+79161110002", "+79161110003"])
    report = import_file(db, second, now=clock(), list_name="Холодная база")

    assert (report.imported, report.merged) == (1, 1)
    assert list_named(db, "Холодная база").counts.new == 2  # the merged client and the new one
    assert list_named(db, "expo-2026").counts.new == 1


def test_a_paused_list_leaves_every_queue_and_comes_back_in_its_place_on_resume(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    paused_id, paused_clients = on_list(db, "Expo", clock, "+79161110011", "+79161110012")
    _, other = on_list(db, "Web", clock, "+79161110013")
    before = offered(desk_for, "Anna")

    lead_lists.set_paused(db, paused_id, True)
    assert offered(desk_for, "Anna") == other
    assert offered(desk_for, "Boris") == other
    assert desk_for("Boris").next_client().id == other[0]  # type: ignore[union-attr]

    lead_lists.set_paused(db, paused_id, False)
    assert offered(desk_for, "Anna") == [c for c in before if c != other[0]]
    assert set(paused_clients) <= set(offered(desk_for, "Anna"))


def test_a_list_assigned_to_one_operator_is_offered_to_nobody_else(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    desk_for("Anna"), desk_for("Boris")
    list_id, clients = on_list(db, "VIP", clock, "+79161110021", "+79161110022")
    lead_lists.assign(db, list_id, ["Anna"])

    assert offered(desk_for, "Anna") == clients
    assert offered(desk_for, "Boris") == []
    assert desk_for("Boris").next_client() is None
    assert desk_for("Anna").next_client().id == clients[0]  # type: ignore[union-attr]
    assert list_named(db, "VIP").assigned == ("Anna",)

    lead_lists.assign(db, list_id, [])  # the whole team again
    assert offered(desk_for, "Boris") == clients[1:]  # Anna holds the first


def test_rule_7_priority_orders_lists_within_a_reason_rank_never_across_ranks(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    low_id, low = on_list(db, "Old base", clock, "+79161110031", "+79161110032")
    high_id, high = on_list(db, "Hot leads", clock, "+79161110033")
    desk = desk_for("Anna")
    # A callback of the low-priority list is due now: callbacks outrank new leads whatever the list.
    desk.open_client(low[0])
    at = clock() + timedelta(minutes=5)
    desk.record(outcome(low[0], "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=at))
    clock.set(at)

    lead_lists.set_priority(db, high_id, 10)

    items = desk.queue_page().items
    assert [(i.client_id, i.reason) for i in items] == [
        (low[0], QueueReason.CALLBACK),
        (high[0], QueueReason.NEW),  # a newer lead, but its list comes first among new leads
        (low[1], QueueReason.NEW),
    ]
    lead_lists.set_priority(db, high_id, 0)
    assert [i.client_id for i in desk.queue_page().items][1:] == [low[1], high[0]]  # back to the due order
    with pytest.raises(UserInputError, match="priority"):
        lead_lists.set_priority(db, low_id, 101)


def test_moving_an_operators_clients_hands_over_their_callbacks_with_their_times(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    anna = desk_for("Anna")
    anna.open_client(client)
    at = clock() + timedelta(days=1)
    anna.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=at))
    with db.write() as session:
        session.execute(update(Client).where(Client.id == client).values(owner_id=anna.operator_id))
    boris = desk_for("Boris")

    moved = lead_lists.move_clients(db, "Anna", "Boris")

    assert (moved.clients, moved.callbacks) == (1, 1)
    with db.read() as session:
        callback = session.scalars(select(FollowUp).where(FollowUp.client_id == client)).one()
        row = session.get(Client, client)
        assert row is not None
        assert (callback.operator_id, callback.due_at, callback.done_at) == (boris.operator_id, at, None)
        assert (row.owner_id, row.queue_operator_id) == (boris.operator_id, boris.operator_id)
    clock.set(at)
    assert offered(desk_for, "Boris") == [client]
    assert offered(desk_for, "Anna") == []  # the callback is Boris's now (until the team handover)


def test_rule_19_lists_command_prints_the_contract_json_and_a_missing_file_is_refused_untouched(
    ready_url: str, tmp_path: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    from callassist.bootstrap import open_ready

    db = open_ready(ready_url)
    try:
        list_id, _ = on_list(db, "Expo", clock, "+79161110041")
        lead_lists.assign(db, list_id, [])
        lead_lists.set_paused(db, list_id, True)
    finally:
        db.dispose()
    assert main(["lists", "--json", "--db", ready_url]) == 0
    shown = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert shown == {
        "items": [
            {
                "list_id": list_id,
                "name": "Expo",
                "status": "paused",
                "priority": 0,
                "assigned": [],
                "counts": {"new": 1, "future": 0, "now": 0, "never": 0},
            }
        ]
    }
    missing = tmp_path / "nothing-here.db"
    assert main(["lists", "--db", f"sqlite:///{missing}"]) == 2
    assert not missing.exists()
    assert "no database file" in capsys.readouterr().err


def test_the_migration_puts_existing_clients_on_a_default_list_and_keeps_them_on_the_way_down(
    db: Database, clock: FixedClock
) -> None:
    from sqlalchemy import text

    from callassist.storage import migrate

    migrate.downgrade(db, "0004")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO clients (full_name, first_name, patronymic, last_name, company, position, email, city,"
                " region, source, state, notes, preferences, created_at, updated_at, failed_attempts)"
                " VALUES ('Old client', '', '', '', '', '', '', '', 'RU', '', 'new', '', '', :at, :at, 0)"
            ),
            {"at": clock().replace(tzinfo=None)},
        )

    migrate.upgrade(db)

    lists = lead_lists.all_lists(db)
    assert [(item.name, item.counts.new, item.priority, item.paused) for item in lists] == [("Default", 1, 0, False)]
    migrate.downgrade(db, "0004")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT full_name FROM clients")).scalars().all() == ["Old client"]
    migrate.upgrade(db)


def test_an_operators_callbacks_handed_to_the_whole_team_are_offered_to_anyone_at_their_time(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock())
    anna = desk_for("Anna")
    anna.open_client(client)
    at = clock() + timedelta(hours=2)
    anna.record(outcome(client, "Anna", clock(), result=ConversationResult.CALLBACK, next_contact_at=at))
    desk_for("Boris")

    moved = lead_lists.move_clients(db, "Anna", None)

    assert moved.callbacks == 1
    clock.set(at)
    assert offered(desk_for, "Boris") == [client] == offered(desk_for, "Vera")
