"""The operator window speaks the language it is given: Russian with plurals and Qt's own buttons, or English."""

from __future__ import annotations

import asyncio
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from callassist.storage.engine import Database
from tests.factories import make_clients
from ui.i18n import TRANSLATIONS, install_translations
from ui.shell import Shell


def _russian(context: str, source: str) -> list[str]:
    """The translation(s) of ``source`` as written in the committed callassist_ru.ts."""
    root = ET.parse(TRANSLATIONS / "callassist_ru.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None
                forms = [form.text or "" for form in translation.iter("numerusform")]
                return forms or [translation.text or ""]
    raise AssertionError(f"{source!r} is not in callassist_ru.ts")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Switch the application's language; English again after the test."""
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def test_russian_window_with_plural_heading(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    make_clients(seeded, fixed_now("2026-11-23T10:00:00+03:00"), 3)
    assert language("ru") == "ru"
    window = shells(_url(seeded)).window
    assert window is not None
    assert window.queue_panel.next_button.text() == _russian("QueuePanel", "Next client (F2)")[0]
    assert window.queue_panel.next_button.text() != "Next client (F2)"
    assert window.queue_panel.heading.text() == "Очередь: 3 клиента"
    assert window.form.save.text() == _russian("WrapUpForm", "Save outcome (Ctrl+Enter)")[0]


@pytest.mark.parametrize(("count", "heading"), [(1, "Очередь: 1 клиент"), (5, "Очередь: 5 клиентов")])
def test_russian_plural_forms(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
    count: int,
    heading: str,
) -> None:
    make_clients(seeded, fixed_now("2026-11-23T10:00:00+03:00"), count)
    language("ru")
    window = shells(_url(seeded)).window
    assert window is not None
    assert window.queue_panel.heading.text() == heading


def test_english_window(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    make_clients(seeded, fixed_now("2026-11-23T10:00:00+03:00"), 3)
    assert language("en") == "en"
    window = shells(_url(seeded)).window
    assert window is not None
    assert window.queue_panel.next_button.text() == "Next client (F2)"
    assert window.queue_panel.heading.text() == "Queue: 3 clients"


def test_standard_buttons_speak_russian(qapp: QApplication, language: Callable[[str], str]) -> None:
    language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    language("en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
