"""Every count sentence of the screens around the call agrees with its number in both languages (issue 13)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from callassist.importing.service import ImportReport
from callassist.storage.engine import Database
from ui.i18n import install_translations
from ui.shell import Shell


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("lang", "untouched", "said"),
    [
        ("en", 1, "1 of them is marked never or on the do-not-call list: it was left as it is."),
        ("en", 2, "2 of them are marked never or on the do-not-call list: they were left as they are."),
        ("ru", 1, "Из них 1 отмечен «никогда» или в списке «не звонить»: оставлен как есть."),
        ("ru", 3, "Из них 3 отмечены «никогда» или в списке «не звонить»: оставлены как есть."),
        ("ru", 21, "Из них 21 отмечен «никогда» или в списке «не звонить»: оставлен как есть."),
    ],
)
def test_the_import_summary_counts_the_untouched_with_plurals(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
    lang: str,
    untouched: int,
    said: str,
) -> None:
    language(lang)
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    assert shell.window is not None
    shell.window.open_import()
    report = ImportReport(read=30, imported=0, merged=30, rejected=0, untouched=untouched)
    assert shell.window.import_wizard.describe(report).endswith(said)
    shell.window.import_wizard.close()
