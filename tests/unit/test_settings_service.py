"""Team settings as the settings dialog saves them: refused input leaves the database as it was; the dial link."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.services.settings_service import (
    database_url,
    dial_link,
    load_team,
    save_team,
    validate,
    validate_dial_template,
)
from callassist.settings import TeamSettings
from callassist.storage.engine import Database


def test_saved_settings_come_back_and_reach_a_new_desk(db: Database) -> None:
    wanted = replace(TeamSettings(), calling_start="08:30", calling_end="19:15", default_region="kz", daily_goal=120)
    stored = save_team(db, wanted, operator="Ольга")
    assert stored.default_region == "KZ"
    assert load_team(db) == stored
    desk = OperatorDesk(db, "Ольга")
    assert desk.settings == stored
    assert desk.pipeline().daily_goal == 120


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"calling_start": "9:00"}, "calling_start", "09:00"),
        ({"calling_end": "24:00"}, "calling_end", "24:00"),
        ({"calling_start": "18:00", "calling_end": "09:00"}, "calling_end", "before"),
        ({"calling_start": "10:00", "calling_end": "10:00"}, "calling_end", "before"),
        ({"default_region": "XX"}, "default_region", "XX"),
        ({"default_region": ""}, "default_region", "region"),
        ({"daily_goal": 0}, "daily_goal", "at least 1"),
    ],
)
def test_refused_settings_say_what_is_wrong_and_write_nothing(
    db: Database, change: dict[str, object], field: str, words: str
) -> None:
    before = save_team(db, replace(TeamSettings(), daily_goal=55))
    with pytest.raises(UserInputError) as refused:
        save_team(db, replace(before, **change))  # type: ignore[arg-type]
    assert refused.value.field == field
    assert words in str(refused.value)
    assert load_team(db) == before


def test_the_goal_is_the_saving_operators_own_and_the_others_keep_theirs(db: Database) -> None:
    colleague = OperatorDesk(db, "Пётр").pipeline().daily_goal
    save_team(db, replace(TeamSettings(), daily_goal=colleague + 7), operator="Ольга")
    assert OperatorDesk(db, "Ольга").pipeline().daily_goal == colleague + 7
    assert OperatorDesk(db, "Пётр").pipeline().daily_goal == colleague


def test_a_valid_region_is_accepted_in_any_case() -> None:
    assert validate(replace(TeamSettings(), default_region=" ua ")).default_region == "UA"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("tel:{e164}", "tel:+74951234567"),
        ("sip:{digits}@pbx.local", "sip:74951234567@pbx.local"),
        ("callto:{e164}", "callto:+74951234567"),
        ("  zoiper://{digits}  ", "zoiper://74951234567"),
        ("microsip:{digits};{e164}", "microsip:74951234567;+74951234567"),
    ],
)
def test_dial_link_fills_the_template(template: str, expected: str) -> None:
    assert dial_link(template, "+7 495 123-45-67") == expected


@pytest.mark.parametrize(
    ("template", "words"),
    [
        ("tel:", "{e164}"),
        ("sip:{number}@pbx", "{e164}"),
        ("{e164}", "scheme"),
        ("sip:{digits}@{host}", "{host}"),
        ("", "{digits}"),
    ],
)
def test_unusable_dial_templates_are_refused(template: str, words: str) -> None:
    with pytest.raises(UserInputError) as refused:
        validate_dial_template(template)
    assert refused.value.field == "dial_template"
    assert words in str(refused.value)


def test_database_url_from_a_file_or_a_server(tmp_path: Path) -> None:
    assert database_url("file", str(tmp_path / "calls.db")) == f"sqlite:///{tmp_path / 'calls.db'}"
    assert database_url("server", "user:pw@db.office:5432/calls") == "postgresql://user:pw@db.office:5432/calls"
    with pytest.raises(UserInputError, match="does not exist"):
        database_url("file", str(tmp_path / "missing" / "calls.db"))
    with pytest.raises(UserInputError, match="Unsupported database"):
        database_url("server", "mysql://db.office/calls")
    with pytest.raises(UserInputError, match="Give the database"):
        database_url("server", "  ")
