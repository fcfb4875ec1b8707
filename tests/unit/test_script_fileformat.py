"""The script file: export and import round-trip exactly; a malformed file says what and where, changes nothing."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from callassist.domain import BuyingStage, ConversationResult
from callassist.errors import UserInputError
from callassist.scripts.fileformat import dump_script, load_script, loads_script, save_script
from callassist.scripts.model import Answer, Objection, Rebuttal, Script, Step, StepKind


def default_text(language: str) -> str:
    return resources.files("callassist.data").joinpath(f"scripts_{language}.json").read_text(encoding="utf-8")


def small_script() -> Script:
    return Script(
        key="demo",
        title='Демо «кавычки» and "quotes"\nи перевод строки',
        language="ru",
        version=7,
        start_step="hello",
        steps=(
            Step(
                "hello",
                "Добрый день, {name|коллега}!",
                answers=(Answer("Да", "sold"), Answer("Выйти", None)),
                stage=BuyingStage.CHOOSING,
            ),
            Step("sold", "Спасибо!", kind=StepKind.GOAL, outcome=ConversationResult.SALE),
        ),
        objections=(Objection("price", "Дорого", ("слишком дорого",), (Rebuttal("value", "Посчитаем?"),)),),
    )


def good_document() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(dump_script(small_script()))
    return document


@pytest.mark.parametrize("language", ["ru", "en"])
def test_default_libraries_round_trip_exactly(tmp_path: Path, language: str) -> None:
    script = loads_script(default_text(language))
    target = tmp_path / "exported.json"
    save_script(script, target)
    assert load_script(target) == script
    assert target.read_text(encoding="utf-8") == dump_script(script)


def test_a_script_using_every_feature_round_trips(tmp_path: Path) -> None:
    script = small_script()
    save_script(script, tmp_path / "s.json")
    assert load_script(tmp_path / "s.json") == script


def test_optional_keys_may_be_left_out() -> None:
    document = good_document()
    del document["objections"]
    for step in document["steps"]:
        for key in ("kind", "stage", "outcome"):
            del step[key]
    document["steps"][1]["kind"] = "goal"
    del document["steps"][1]["answers"]
    script = loads_script(json.dumps(document))
    assert script.objections == () and script.steps[0].kind is StepKind.LINE and script.steps[0].stage is None


def test_saving_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")
    save_script(small_script(), target)
    assert load_script(target) == small_script()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["s.json"]


def test_an_invalid_script_is_not_saved(tmp_path: Path) -> None:
    broken = Script("demo", "T", "ru", 1, "nowhere", small_script().steps)
    target = tmp_path / "s.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(UserInputError, match='start: no step "nowhere"'):
        save_script(broken, target)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["s.json"]


def test_bad_json_names_line_and_column(tmp_path: Path) -> None:
    target = tmp_path / "broken.json"
    target.write_text('{\n  "format": "callassist-script",\n  "key" "demo"\n}', encoding="utf-8")
    with pytest.raises(UserInputError, match=r"broken\.json: not valid JSON at line 3, column 9"):
        load_script(target)


def test_missing_file_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no such file"):
        load_script(tmp_path / "absent.json")
    with pytest.raises(UserInputError, match="is a folder"):
        load_script(tmp_path)


def test_not_utf8_is_named(tmp_path: Path) -> None:
    target = tmp_path / "cp1251.json"
    target.write_bytes(dump_script(small_script()).encode("cp1251", errors="replace"))
    with pytest.raises(UserInputError, match=r"cp1251\.json: is not UTF-8 text"):
        load_script(target)


def test_utf8_with_byte_order_mark_loads(tmp_path: Path) -> None:
    target = tmp_path / "bom.json"
    target.write_bytes(dump_script(small_script()).encode("utf-8-sig"))
    assert load_script(target) == small_script()


def edit(change: Any) -> str:
    document = good_document()
    change(document)
    return json.dumps(document, ensure_ascii=False)


MALFORMED = [
    (lambda d: d["steps"][0]["answers"][0].update(next="close2"), r'steps\[0\]\.answers\[0\]\.next: no step "close2"'),
    (lambda d: d.update(start="opening"), r'start: no step "opening"'),
    (lambda d: d["steps"][1].update(key="hello"), r'steps\[1\]\.key: "hello" is already the key of steps\[0\]'),
    (
        lambda d: d["objections"].append(dict(d["objections"][0])),
        r'objections\[1\]\.key: "price" is already the key of objections\[0\]',
    ),
    (lambda d: d["steps"][0].pop("text"), r"steps\[0\]\.text: is missing"),
    (lambda d: d["steps"][0].update(text=5), r"steps\[0\]\.text: should be text, not a number"),
    (lambda d: d.update(version="2"), r"version: should be a whole number, not text"),
    (lambda d: d.update(version=True), r"version: should be a whole number, not true/false"),
    (lambda d: d.update(version=0), r"version: must be 1 or more, not 0"),
    (lambda d: d["steps"][0].update(kind="question"), r'steps\[0\]\.kind: "question" is not one of "line", "goal"'),
    (lambda d: d["steps"][0].update(stage="soon"), r'steps\[0\]\.stage: "soon" is not one of "gathering"'),
    (lambda d: d["steps"][1].update(outcome="win"), r'steps\[1\]\.outcome: "win" is not one of "sale"'),
    (lambda d: d["steps"][0].update(nxt="x"), r"steps\[0\]\.nxt: unknown key"),
    (lambda d: d.update(steps={}), r"steps: should be a list \[\.\.\.\], not an object"),
    (lambda d: d.update(steps=[]), r"steps: a script needs at least one step"),
    (lambda d: d["steps"].__setitem__(0, "hello"), r"steps\[0\]: should be an object \{\.\.\.\}, not text"),
    (lambda d: d["steps"][0].update(text="Привет, {nmae}!"), r"steps\[0\]\.text: unknown field \{nmae\}"),
    (lambda d: d["steps"][0].update(text="Привет, {name!"), r'steps\[0\]\.text: has a "\{" or "\}"'),
    (lambda d: d["steps"][0].update(text="  "), r"steps\[0\]\.text: is empty"),
    (lambda d: d["steps"][0].update(answers=[]), r"steps\[0\]\.answers: a line step needs at least one answer"),
    (
        lambda d: d["steps"][1].update(kind="end", answers=[{"label": "x", "next": None}]),
        r"steps\[1\]\.answers: an end step has no answers",
    ),
    (lambda d: d["steps"][0]["answers"][0].update(label=""), r"steps\[0\]\.answers\[0\]\.label: is empty"),
    (lambda d: d["steps"][0].update(key="при вет"), r'steps\[0\]\.key: "при вет" is not a valid key'),
    (lambda d: d.update(format="something-else"), r'format: should be "callassist-script"'),
    (lambda d: d.update(format_version=2), r"format_version: this CallAssist reads version 1, the file has 2"),
    (lambda d: d.update(language="Russian"), r'language: "Russian" is not a language code'),
    (lambda d: d["objections"][0].update(rebuttals=[]), r"objections\[0\]\.rebuttals: an objection needs at least"),
    (lambda d: d["objections"][0].update(triggers=["ok", 3]), r"objections\[0\]\.triggers\[1\]: should be text"),
    (
        lambda d: d["objections"][0]["rebuttals"].append({"key": "value", "text": "again"}),
        r'objections\[0\]\.rebuttals\[1\]\.key: "value" is used twice',
    ),
]


@pytest.mark.parametrize(("change", "message"), MALFORMED)
def test_malformed_script_says_what_and_where(change: Any, message: str) -> None:
    with pytest.raises(UserInputError, match=message):
        loads_script(edit(change))


def test_a_key_given_twice_in_one_object_is_named() -> None:
    text = dump_script(small_script()).replace('"key": "hello",', '"key": "hello", "key": "hi",', 1)
    with pytest.raises(UserInputError, match=r'steps\[0\]\.key: is given twice; keep one "key"'):
        loads_script(text)


def test_the_top_level_must_be_an_object() -> None:
    with pytest.raises(UserInputError, match=r"the file: should be an object \{\.\.\.\}, not a list"):
        loads_script("[]")


def test_several_problems_are_listed_together() -> None:
    def break_twice(document: dict[str, Any]) -> None:
        document["start"] = "nowhere"
        document["steps"][0]["answers"][0]["next"] = "gone"

    with pytest.raises(UserInputError) as raised:
        loads_script(edit(break_twice))
    assert str(raised.value).startswith("2 problems:")
    assert 'start: no step "nowhere"' in str(raised.value)
    assert 'steps[0].answers[0].next: no step "gone"' in str(raised.value)
    assert raised.value.field == "start"


def test_file_errors_start_with_the_file_name(tmp_path: Path) -> None:
    target = tmp_path / "team-script.json"
    target.write_text(edit(lambda d: d.update(start="nowhere")), encoding="utf-8")
    with pytest.raises(UserInputError, match=r'^team-script\.json: start: no step "nowhere"$'):
        load_script(target)
