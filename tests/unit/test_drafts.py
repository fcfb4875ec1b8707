"""Rule 10: an unsaved wrap-up survives a crash as a draft, and a torn write never replaces a good draft."""

from __future__ import annotations

import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from callassist.domain import AttemptResult, ConversationResult, SaleLine
from callassist.drafts import CallDraft, DraftStore
from callassist.wrapup import WrapUpEntry

DRAFT = {
    "client_id": 42,
    "attempt_result": "connected",
    "conversation_result": "refused",
    "refusal_reason": "other",
    "refusal_text": "Директор в отпуске до 5-го, «перезвоните»",
    "next_contact_at": "2026-12-05T11:00:00+03:00",
}


def test_rule_10_draft_saves_loads_and_clears(tmp_path: Path) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    assert store.load() is None

    store.save(DRAFT)
    assert store.load() == DRAFT
    assert DraftStore("Anna", folder=tmp_path).load() == DRAFT  # a restarted app finds it

    store.clear()
    assert store.load() is None
    store.clear()  # clearing twice is harmless


def test_rule_10_later_save_replaces_the_draft(tmp_path: Path) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    store.save(DRAFT)

    store.save({**DRAFT, "note": "second thoughts"})

    assert store.load() == {**DRAFT, "note": "second thoughts"}
    assert [p.name for p in tmp_path.iterdir()] == [store.path.name]  # no temp file left behind


def test_rule_10_write_torn_half_way_never_replaces_a_good_draft(tmp_path: Path) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    store.save(DRAFT)

    # json.dump writes the first keys, then fails on the value it cannot encode: a write torn half-way.
    with pytest.raises(TypeError):
        store.save({"client_id": 43, "note": "half written", "broken": object()})

    assert store.load() == DRAFT


def test_rule_10_leftover_temp_file_from_a_crash_is_ignored(tmp_path: Path) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    store.save(DRAFT)
    store.path.with_suffix(".tmp").write_text('{"client_id": 43, "note": "cut of', encoding="utf-8")

    assert store.load() == DRAFT
    store.save({**DRAFT, "note": "after the crash"})
    assert store.load() == {**DRAFT, "note": "after the crash"}


@pytest.mark.parametrize("content", ['{"client_id": 4', "", "[1, 2, 3]", "\x00\x00\x00"])
def test_rule_10_unreadable_draft_file_loads_as_no_draft(tmp_path: Path, content: str) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text(content, encoding="utf-8")

    assert store.load() is None


def test_rule_10_each_operator_has_their_own_draft(tmp_path: Path) -> None:
    anna, boris = DraftStore("Anna", folder=tmp_path), DraftStore("Boris", folder=tmp_path)

    anna.save(DRAFT)
    boris.save({"client_id": 7})

    assert (anna.load(), boris.load()) == (DRAFT, {"client_id": 7})
    anna.clear()
    assert boris.load() == {"client_id": 7}


@pytest.mark.parametrize("name", ["../../etc/passwd", "Ольга Петровна", "a/b\\c", "   ", "con:"])
def test_rule_10_operator_name_never_leaves_the_drafts_folder(tmp_path: Path, name: str) -> None:
    store = DraftStore(name, folder=tmp_path / "drafts")

    store.save(DRAFT)

    assert store.path.parent == tmp_path / "drafts"
    assert json.loads(store.path.read_text(encoding="utf-8")) == DRAFT


def test_rule_10_drafts_live_in_the_app_data_folder_by_default(isolated_environment: Path) -> None:
    store = DraftStore("Anna")

    store.save(DRAFT)

    assert store.path.is_relative_to(isolated_environment)
    assert store.load() == DRAFT


def test_rule_10_call_draft_is_typed_and_keyed_by_codes(tmp_path: Path) -> None:
    """A draft names the reason by its code and the product by its id, so a catalogue changed meanwhile (products
    reordered, one added) still restores what the operator chose; an older draft's unknown keys are ignored."""
    moment = datetime(2026, 12, 5, 11, 0, tzinfo=ZoneInfo("Europe/Moscow"))
    entry = WrapUpEntry(
        attempt_result=AttemptResult.CONNECTED,
        conversation_result=ConversationResult.SALE,
        refusal_reason="other",
        refusal_text="Директор в отпуске",
        next_contact_at=moment,
        next_contact_chosen=True,
        sale_lines=(SaleLine(product_id=17, quantity=3, amount=Decimal("4500.50")),),
        promise_on=True,
        promise_text="Выслать счёт",
        promise_due=moment,
    )
    store = DraftStore("Anna", folder=tmp_path)
    store.save_call(CallDraft(42, moment, "key-1", "+74951234567", entry, dialled_at=moment))

    restored = DraftStore("Anna", folder=tmp_path).load_call()

    assert restored == CallDraft(42, moment, "key-1", "+74951234567", entry, dialled_at=moment)
    on_disk = json.loads(store.path.read_text(encoding="utf-8"))
    assert on_disk["entry"]["sale_lines"] == [{"product_id": 17, "quantity": 3, "amount": "4500.50"}]
    assert on_disk["entry"]["refusal_reason"] == "other"
    on_disk["entry"]["combo_index"] = 3  # written by an older version
    store.save(on_disk)
    assert store.load_call() == restored


def test_rule_10_a_draft_in_an_older_shape_is_not_restored_as_garbage(tmp_path: Path) -> None:
    store = DraftStore("Anna", folder=tmp_path)
    store.save({"client_id": 42, "form": {"attempt": 1}})  # no start, no key: nothing to reopen a call with

    assert store.load_call() is None
