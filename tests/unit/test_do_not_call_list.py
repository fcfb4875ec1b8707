"""The supervisor's do-not-call list (issue 15, rule 3): a listed number is never queued and the card can say why;
every change is kept in the audit trail. Both databases."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from callassist.errors import UserInputError
from callassist.importing.service import import_file
from callassist.services import do_not_call
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, make_client


def queued(desk_for: DeskFactory, operator: str = "Anna") -> list[int]:
    return [item.client_id for item in desk_for(operator).queue_page().items]


def test_rule_3_a_listed_number_leaves_every_queue_and_the_card_says_why(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), phones=("+79161230001",))
    other = make_client(db, clock(), phones=("+79161230002",))
    assert queued(desk_for) == [client, other]

    do_not_call.add(db, "8 (916) 123-00-01", "Asked by letter", "Sveta", clock())

    assert queued(desk_for) == [other]
    assert queued(desk_for, "Boris") == [other]
    why = do_not_call.do_not_call_reason(db, client)
    assert why is not None and (why.e164, why.reason) == ("+79161230001", "Asked by letter")
    assert do_not_call.do_not_call_reason(db, other) is None
    with pytest.raises(UserInputError, match="already"):
        do_not_call.add(db, "+79161230001", "again", "Sveta", clock())


def test_removing_a_number_needs_a_reason_is_audited_and_brings_the_client_back(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    client = make_client(db, clock(), phones=("+79161230011",))
    do_not_call.add(db, "+79161230011", "Complaint", "Sveta", clock())
    with pytest.raises(UserInputError):
        do_not_call.remove(db, "+79161230011", "  ", "Sveta", clock())
    clock.advance(timedelta(minutes=5))

    do_not_call.remove(db, "+79161230011", "Entered by mistake", "Sveta", clock())

    assert queued(desk_for) == [client]
    trail = [(e.action, e.reason, e.by_name) for e in do_not_call.history(db)]
    assert trail == [("removed", "Entered by mistake", "Sveta"), ("added", "Complaint", "Sveta")]


def test_rule_3_an_imported_list_of_numbers_is_cleaned_to_e164_and_a_reimport_does_not_revive_them(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    client = make_client(db, clock(), phones=("+79161230021",))
    numbers = tmp_path / "dnc.csv"
    numbers.write_text("phone\n8 916 123-00-21\n+7 916 123 00 22;note\nnot a number\n89161230021\n", encoding="cp1251")

    result = do_not_call.import_numbers(db, numbers, "Regulator list", "Sveta", clock())

    assert (result.added, result.already, result.rejected) == (2, 0, ("not a number",))
    assert [e.e164 for e in do_not_call.entries(db, "0022")] == ["+79161230022"]
    assert queued(desk_for) == []
    leads = tmp_path / "leads.csv"
    leads.write_text("name,phone\nIvan,+79161230021\nOlga,+79161230022\n", encoding="utf-8")
    import_file(db, leads, now=clock())
    assert queued(desk_for) == []  # neither the known client nor the listed newcomer comes back
    assert client not in queued(desk_for, "Boris")
