"""A readable queue (issue 13): name and company in their own columns, elided in the middle with the full text in
the tooltip; a distinct label for every reason in both languages; an empty queue says how to get clients in."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from callassist.domain import QueueReason
from callassist.storage.engine import Database
from tests.factories import make_client
from tests.gui.conftest import press
from tests.gui.test_queue_model import _model
from ui import labels
from ui.i18n import install_translations
from ui.import_wizard import ImportWizard
from ui.shell import Shell

LONG_NAME = "Константинопольская-Преображенская Александра Вячеславовна"
LONG_COMPANY = "Общество с ограниченной ответственностью «Северо-Западная торгово-промышленная компания»"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_name_and_company_have_their_own_columns_with_the_full_text_in_the_tooltip(
    qtmodeltester: ModelTester,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    language("ru")
    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), LONG_NAME, company=LONG_COMPANY)
    errors: list[BaseException] = []
    model, tasks = _model(seeded, errors)
    loop.run_until_complete(model.reload())
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Клиент", "Компания", "Причина", "Срок", "У клиента"]
    assert model.data(model.index(0, 0)) == LONG_NAME
    assert model.data(model.index(0, 1)) == LONG_COMPANY
    for column in (0, 1):
        tooltip = model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
        assert LONG_NAME in tooltip and LONG_COMPANY in tooltip
    qtmodeltester.check(model, force_py=True)
    loop.run_until_complete(tasks.idle())
    assert not errors


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_queue_reason_has_its_own_words(lang: str, language: Callable[[str], str]) -> None:
    language(lang)
    words = [labels.queue_reason(reason) for reason in QueueReason]
    assert len(set(words)) == len(words)
    # No label is the start of another ("Повтор" / "Повторный звонок" read as one thing).
    for one in words:
        for other in words:
            assert one == other or not other.lower().startswith(one.lower().split()[0]), (one, other)
    if lang == "ru":
        assert labels.queue_reason(QueueReason.FUTURE) == "Будущий"
        assert labels.queue_reason(QueueReason.RETRY) == "Недозвон"


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_queue_view_elides_in_the_middle_and_shows_the_guide_when_empty(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    language("ru")
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    window = shell.window
    assert window is not None
    loop.run_until_complete(shell.tasks.idle())
    panel = window.queue_panel
    assert panel.table.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert panel.empty_guide.isVisible() and not panel.table.isVisible()
    guide = panel.empty_guide.text()
    assert "Очередь пуста" in guide and "Shift+F5" in guide and "Импорт клиентов" in guide
    assert "Press F2" not in guide

    press(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # the key the guide names opens the import
    loop.run_until_complete(shell.tasks.idle())
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    wizard.close()

    make_client(seeded, fixed_now("2026-11-23T10:00:00+03:00"), "Иванов Пётр")
    window.refresh()
    loop.run_until_complete(shell.tasks.idle())
    assert panel.model.total == 1
    assert panel.table.isVisible() and not panel.empty_guide.isVisible()
