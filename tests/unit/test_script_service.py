"""Scripts in the database: the default library, versions a call records, script files, analytics."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from callassist.bootstrap import open_ready
from callassist.domain import ConversationResult, SaleLine
from callassist.errors import UserInputError
from callassist.scripts import fileformat
from callassist.scripts.model import Rebuttal
from callassist.services import catalogues, scripts
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.storage.models import Script as ScriptRow
from callassist.storage.models import ScriptVersion
from tests.factories import FixedClock, make_client, outcome, refusal


def _counts(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(ScriptRow)) or 0,
            session.scalar(select(func.count()).select_from(ScriptVersion)) or 0,
        )


def test_default_library_is_stored_once(db: Database, ready_url: str) -> None:
    before = _counts(db)
    assert before == (len(scripts.DEFAULT_LANGUAGES), len(scripts.DEFAULT_LANGUAGES))
    again = open_ready(ready_url)  # the app opens the same base again
    again.dispose()
    assert _counts(db) == before
    for language in scripts.DEFAULT_LANGUAGES:
        _, script = scripts.current_script(db, language)
        assert script == scripts.default_script(language)


def test_unknown_language_falls_back_to_an_active_script(db: Database) -> None:
    version_id, script = scripts.current_script(db, "uk")
    assert script.language in scripts.DEFAULT_LANGUAGES
    assert scripts.script_version(db, version_id) == script


def test_a_new_version_is_recorded_and_a_call_records_the_version_it_used(
    db: Database, desk: OperatorDesk, clock: FixedClock
) -> None:
    first_id, script = scripts.current_script(db, "en")
    price = script.objection("price")
    edited = dataclasses.replace(
        script,
        objections=(
            dataclasses.replace(
                price, rebuttals=(*price.rebuttals, Rebuttal("roi", "It pays back in {product|a month}."))
            ),
            *script.objections[1:],
        ),
    )
    second_id = scripts.save_version(db, edited, "Supervisor Olga")
    assert second_id != first_id
    current_id, current = scripts.current_script(db, "en")
    assert current_id == second_id
    assert current.version == script.version + 1
    assert current == dataclasses.replace(edited, version=script.version + 1)
    assert scripts.script_version(db, first_id) == script  # the old text is kept for the calls that used it
    assert scripts.save_version(db, edited, "Supervisor Olga") == second_id  # nothing changed: no new version

    client = make_client(db, clock(), "Ivan Petrov")
    saved = desk.record(
        refusal(
            client,
            "Anna",
            clock(),
            clock() + timedelta(days=7),
            script_version_id=first_id,
            script_path=("opening", "qualify_role", "pitch"),
            objections=("price", "no_time"),
            unscripted=("We only buy from the state catalogue",),
        )
    )
    trace = scripts.call_trace(db, saved.call_id)
    assert trace == scripts.ScriptTrace(
        first_id, ("opening", "qualify_role", "pitch"), ("price", "no_time"), ("We only buy from the state catalogue",)
    )


def test_a_script_with_problems_is_not_saved(db: Database) -> None:
    _, script = scripts.current_script(db, "en")
    broken = dataclasses.replace(script, start_step="no_such_step")
    before = _counts(db)
    with pytest.raises(UserInputError, match="no_such_step"):
        scripts.save_version(db, broken, "Olga")
    assert _counts(db) == before


def test_export_then_import_round_trips_exactly(db: Database, tmp_path: Path) -> None:
    _, script = scripts.current_script(db, "ru")
    exported = tmp_path / "script.json"
    scripts.export_script_file(db, script.key, exported)
    assert fileformat.load_script(exported) == script

    # A supervisor edits the file elsewhere and imports it: a new version with exactly the file's content.
    changed = dataclasses.replace(script, title="Новый заголовок", objections=script.objections[:-1])
    fileformat.save_script(changed, tmp_path / "changed.json")
    version_id = scripts.import_script_file(db, tmp_path / "changed.json", "Ольга")
    assert scripts.script_version(db, version_id) == dataclasses.replace(changed, version=script.version + 1)
    scripts.export_script_file(db, script.key, tmp_path / "again.json")
    scripts.import_script_file(db, tmp_path / "again.json", "Ольга")  # same content: no new version
    scripts.export_script_file(db, script.key, tmp_path / "third.json")
    assert (tmp_path / "third.json").read_bytes() == (tmp_path / "again.json").read_bytes()


def test_an_imported_script_with_a_new_key_becomes_current(db: Database, tmp_path: Path) -> None:
    _, script = scripts.current_script(db, "en")
    fileformat.save_script(dataclasses.replace(script, key="winter-campaign", title="Winter"), tmp_path / "w.json")
    version_id = scripts.import_script_file(db, tmp_path / "w.json", "Olga")
    assert scripts.current_script(db, "en") == (
        version_id,
        dataclasses.replace(script, key="winter-campaign", title="Winter"),
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "callassist-script", "format_version": 1}', "key: is missing"),
        ("", "not valid JSON"),
    ],
)
def test_a_malformed_file_gives_a_clear_error_and_changes_nothing(
    db: Database, tmp_path: Path, content: str, message: str
) -> None:
    before = _counts(db)
    current = scripts.current_script(db, "ru")
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(UserInputError, match=message) as error:
        scripts.import_script_file(db, bad, "Olga")
    assert str(error.value).startswith("bad.json: ")
    assert _counts(db) == before
    assert scripts.current_script(db, "ru") == current


def test_a_file_whose_answer_leads_nowhere_names_the_place(db: Database, tmp_path: Path) -> None:
    _, script = scripts.current_script(db, "en")
    text = fileformat.dump_script(script).replace('"next": "pitch"', '"next": "pitch2"', 1)
    (tmp_path / "typo.json").write_text(text, encoding="utf-8")
    before = _counts(db)
    with pytest.raises(UserInputError, match=r'steps\[\d+\]\.answers\[\d+\]\.next: .*"pitch2"'):
        scripts.import_script_file(db, tmp_path / "typo.json", "Olga")
    assert _counts(db) == before


def test_export_of_an_unknown_script_is_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no-such"):
        scripts.export_script_file(db, "no-such", tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_analytics_on_a_known_history(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    day = clock()
    product = catalogues.products(db)[0]
    sale = {"sale_lines": (SaleLine(product.id, 1, Decimal("100.00")),)}
    anna, boris, clara, dmitry = (make_client(db, day, name) for name in ("Anna", "Boris", "Clara", "Dmitry"))

    def refused(client: int, *keys: str, path: tuple[str, ...] = ()) -> None:
        desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=7), objections=keys, script_path=path))

    # Day 0: three clients say "too expensive"; Anna also has no time, Clara agrees to a callback at once.
    refused(anna, "price", "no_time", path=("opening", "pitch"))
    refused(boris, "price", path=("opening", "pitch", "price_question"))
    desk.record(
        outcome(
            clara,
            "Anna",
            clock(),
            result=ConversationResult.CALLBACK,
            next_contact_at=clock() + timedelta(days=1),
            objections=("price", "price"),
            script_path=("opening", "pitch"),
            unscripted=("Only via tender",),
        )
    )
    clock.advance(timedelta(days=1))
    refused(anna, "price", path=("opening",))
    clock.advance(timedelta(days=3))  # day 4: outside the range asked below
    refused(dmitry, "no_budget", path=("opening",))
    clock.set(day + timedelta(days=30))
    desk.record(outcome(anna, "Anna", clock(), result=ConversationResult.SALE, **sale))  # within 90 days
    clock.set(day + timedelta(days=95))
    desk.record(outcome(boris, "Anna", clock(), result=ConversationResult.SALE, **sale))  # too late to count

    start = day.date()
    stats = {stat.key: stat for stat in scripts.objection_stats(db, start, start + timedelta(days=2))}
    assert stats == {
        "price": scripts.ObjectionStat("price", raised=4, clients=3, won_clients=2),
        "no_time": scripts.ObjectionStat("no_time", raised=1, clients=1, won_clients=1),
    }
    assert stats["price"].win_rate == pytest.approx(2 / 3)
    exits = scripts.step_exits(db, start, start + timedelta(days=2))
    assert exits == (
        scripts.StepExit("pitch", 2),
        scripts.StepExit("opening", 1),
        scripts.StepExit("price_question", 1),
    )
    entries = scripts.unscripted(db, start, start)
    assert [(entry.text, entry.operator, entry.client_id) for entry in entries] == [("Only via tender", "Anna", clara)]
    assert scripts.unscripted(db, start + timedelta(days=1), start + timedelta(days=2)) == ()


def test_analytics_refuse_a_range_that_ends_before_it_starts(db: Database) -> None:
    with pytest.raises(UserInputError, match="before it starts"):
        scripts.objection_stats(db, date(2026, 11, 23), date(2026, 11, 22))


def test_a_raised_entry_names_the_rebuttal_and_old_entries_still_read() -> None:
    assert scripts.raised_entry("price", "value") == "price/value"
    assert scripts.parse_raised("price/value") == ("price", "value")
    assert scripts.parse_raised("price") == ("price", None)  # saved before rebuttals were recorded
    assert scripts.raised_entry("price", None) == "price"


def test_rebuttal_analytics_on_a_known_history(db: Database, desk: OperatorDesk, clock: FixedClock) -> None:
    day = clock()
    product = catalogues.products(db)[0]
    sale = {"sale_lines": (SaleLine(product.id, 1, Decimal("100.00")),)}
    anna, boris, clara = (make_client(db, day, name) for name in ("Anna", "Boris", "Clara"))

    def refused(client: int, *entries: str) -> None:
        desk.record(refusal(client, "Anna", clock(), clock() + timedelta(days=7), objections=entries))

    # Day 0: Anna hears the "value" answer, Boris "compared_to" twice on one call; Clara's row is the old form.
    refused(anna, "price/value")
    refused(boris, "price/compared_to", "price/compared_to")
    refused(clara, "price")
    clock.advance(timedelta(days=1))
    refused(boris, "price/compared_to", "no_time/short")
    clock.set(day + timedelta(days=60))
    desk.record(outcome(anna, "Anna", clock(), result=ConversationResult.SALE, **sale))  # within 90 days
    clock.set(day + timedelta(days=92))
    desk.record(outcome(boris, "Anna", clock(), result=ConversationResult.SALE, **sale))  # 91 days after day 1

    start = day.date()
    assert scripts.rebuttal_stats(db, start, start + timedelta(days=1)) == (
        scripts.RebuttalStat("no_time", "short", used=1, clients=1, won_clients=0),
        scripts.RebuttalStat("price", "compared_to", used=2, clients=1, won_clients=0),
        scripts.RebuttalStat("price", "value", used=1, clients=1, won_clients=1),
    )
    rebuttals = {(s.objection_key, s.rebuttal_key): s for s in scripts.rebuttal_stats(db, start, start)}
    assert rebuttals[("price", "value")].win_rate == 1.0
    assert rebuttals[("price", "compared_to")].win_rate == 0.0
    objections = {stat.key: stat for stat in scripts.objection_stats(db, start, start + timedelta(days=1))}
    assert objections["price"] == scripts.ObjectionStat("price", raised=4, clients=3, won_clients=1)
