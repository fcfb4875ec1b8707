"""The dashboard in the UI language: shares as "33,3 %" in Russian, counted sentences with plurals, and an empty
period that says so instead of drawing empty axes (issue 13)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from callassist.domain import ConversationResult
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_client
from tests.gui.test_dashboard import _call
from ui.dashboard import StatsDashboard
from ui.i18n import install_translations
from ui.shell import Shell

CONVERSION, REVENUE = 12, 13  # FiguresModel columns


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


def _dashboard(loop: asyncio.AbstractEventLoop, shell: Shell) -> StatsDashboard:
    assert shell.window is not None
    shell.window.open_dashboard()
    loop.run_until_complete(shell.tasks.idle())
    dashboard = shell.window.findChild(StatsDashboard, "statsDashboard")
    assert dashboard is not None
    return dashboard


def _history(db: Database, now: datetime) -> None:
    """Three connected calls of one operator, one of them a sale of 500.00: a conversion of 1/3."""
    desk = OperatorDesk(db, "Анна")
    for index, result in enumerate((ConversationResult.SALE, ConversationResult.REFUSED, ConversationResult.REFUSED)):
        client = make_client(db, now - timedelta(days=2), f"Клиент {index}")
        desk.record(_call(desk, client, now - timedelta(hours=5 - index), result))


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("lang", "share", "exported"),
    [("ru", "33,3\u00a0%", "Выгружено 3 звонка в "), ("en", "33.3%", "Exported 3 calls to ")],
)
def test_shares_and_counts_follow_the_ui_language(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
    tmp_path: Path,
    lang: str,
    share: str,
    exported: str,
) -> None:
    _history(seeded, fixed_now("2026-11-23T16:00:00+03:00"))
    language(lang)
    dashboard = _dashboard(loop, shells(seeded.engine.url.render_as_string(hide_password=False)))
    total = dashboard.model.rowCount() - 1
    assert dashboard.model.data(dashboard.model.index(total, CONVERSION)) == share
    assert dashboard.model.data(dashboard.model.index(total, REVENUE)) == ("500,00" if lang == "ru" else "500.00")
    assert not dashboard.empty_note.isVisible() and dashboard.hours_plot.isVisible()
    dashboard.export_to(str(tmp_path / "stats.xlsx"))
    loop.run_until_complete(dashboard.tasks.idle())
    assert dashboard.status.text().startswith(exported)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_an_empty_period_says_so_instead_of_drawing_empty_charts(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    _history(seeded, fixed_now("2026-11-23T16:00:00+03:00"))
    language("ru")
    dashboard = _dashboard(loop, shells(seeded.engine.url.render_as_string(hide_password=False)))
    dashboard.date_from.setDate(QDate(2026, 11, 1))
    dashboard.date_to.setDate(QDate(2026, 11, 2))
    loop.run_until_complete(dashboard.tasks.idle())
    assert dashboard.empty_note.isVisible()
    assert dashboard.empty_note.text().startswith("За этот период звонков ещё нет")
    assert not any(plot.isVisible() for plot in (dashboard.hours_plot, dashboard.outcomes_plot, dashboard.reasons_plot))
    dashboard.date_to.setDate(QDate(2026, 11, 23))
    loop.run_until_complete(dashboard.tasks.idle())
    assert not dashboard.empty_note.isVisible() and dashboard.hours_plot.isVisible()
