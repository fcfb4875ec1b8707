"""The Russian translation is complete: every string the UI can show has a finished Russian text (issue 8).

The sources are re-read with lupdate into a temporary file, so a string added to ui/ without a Russian translation
in resources/translations/callassist_ru.ts fails here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools.update_translations import TRANSLATIONS, find_tool, run_lupdate

Key = tuple[str, str]


def _messages(ts: Path) -> dict[Key, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("type") not in ("obsolete", "vanished")
    }


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


@pytest.fixture(scope="module")
def russian() -> dict[Key, ET.Element]:
    return _messages(TRANSLATIONS / "callassist_ru.ts")


@pytest.fixture(scope="module")
def in_sources(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    if find_tool("pyside6-lupdate") is None:
        pytest.fail("pyside6-lupdate is needed to read the UI's strings; it ships with PySide6")
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh_ru.ts"
    run_lupdate([fresh], ("-locations", "none", "-target-language", "ru"))
    return _messages(fresh)


def test_the_sources_have_strings(in_sources: dict[Key, ET.Element]) -> None:
    # Guards the next test from passing on an empty scan.
    assert len(in_sources) > 20
    assert any(context == "Labels" for context, _ in in_sources)


def test_every_ui_string_has_a_russian_entry(in_sources: dict[Key, ET.Element], russian: dict[Key, ET.Element]) -> None:
    missing = sorted(set(in_sources) - set(russian))
    assert not missing, f"Run tools/update_translations.py and translate: {missing}"


def test_no_unfinished_or_empty_russian(russian: dict[Key, ET.Element]) -> None:
    unfinished = [key for key, m in russian.items() if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    empty = [key for key, m in russian.items() if not all(text.strip() for text in _texts(m))]
    assert not unfinished, f"unfinished: {unfinished}"
    assert not empty, f"empty: {empty}"


def test_russian_plurals_have_three_forms(russian: dict[Key, ET.Element]) -> None:
    numerus = {key: _texts(m) for key, m in russian.items() if m.get("numerus") == "yes"}
    assert numerus, "no plural messages found"
    for key, forms in numerus.items():
        assert len(forms) == 3, f"{key}: Russian needs one, few and many forms, got {forms}"
        assert all("%n" in form for form in forms), f"{key}: every form must show the number"


def test_placeholders_survive_translation(russian: dict[Key, ET.Element]) -> None:
    for (context, source), message in russian.items():
        wanted = sorted(set(re.findall(r"%\d", source)))
        for text in _texts(message):
            assert sorted(set(re.findall(r"%\d", text))) == wanted, f"{context}: {source!r} → {text!r}"
