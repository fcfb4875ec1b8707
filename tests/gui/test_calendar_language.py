"""Rule 18: the calendar (.ics) events carry titles in the UI language, and the status line counts them correctly."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from callassist.domain import FollowUpKind
from callassist.services.operators import ensure_operator
from callassist.storage.engine import Database
from callassist.storage.models import FollowUp
from tests.factories import make_client
from tests.gui.conftest import OPERATOR
from ui.i18n import install_translations
from ui.shell import Shell


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


def _follow_ups(db: Database, now: datetime) -> None:
    """One personal callback and one promise of the operator, both tomorrow."""
    client = make_client(db, now, "Петрова Анна", company="ООО «Ромашка»")
    with db.write() as session:
        operator = ensure_operator(session, OPERATOR)
        for kind, text, hours in ((FollowUpKind.CALLBACK, "", 24), (FollowUpKind.PROMISE, "прислать счёт", 25)):
            due = now + timedelta(hours=hours)
            session.add(
                FollowUp(
                    client_id=client,
                    kind=kind.value,
                    due_at=due,
                    surface_at=due,
                    operator_id=operator.id,
                    text=text,
                    created_at=now,
                )
            )


def _export(loop: asyncio.AbstractEventLoop, shell: Shell, target: Path) -> list[str]:
    window = shell.window
    assert window is not None
    window.reminders.export_action.trigger()
    dialog = window.findChild(QFileDialog, "exportCalendarDialog")
    assert dialog is not None
    dialog.fileSelected.emit(str(target))
    dialog.close()
    loop.run_until_complete(shell.tasks.idle())
    return [str(event["summary"]) for event in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")]


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
@pytest.mark.parametrize(
    ("lang", "titles", "status"),
    [
        (
            "ru",
            ["Перезвонить: Петрова Анна (ООО «Ромашка»)", "Обещание для Петрова Анна (ООО «Ромашка»): прислать счёт"],
            "Календарь сохранён: 2 события, файл ",
        ),
        (
            "en",
            ["Call back Петрова Анна (ООО «Ромашка»)", "Promise to Петрова Анна (ООО «Ромашка»): прислать счёт"],
            "Calendar saved: 2 events in ",
        ),
    ],
)
def test_rule_18_calendar_titles_follow_the_ui_language(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
    tmp_path: Path,
    lang: str,
    titles: list[str],
    status: str,
) -> None:
    _follow_ups(seeded, fixed_now("2026-11-23T10:00:00+03:00"))
    language(lang)
    shell = shells(seeded.engine.url.render_as_string(hide_password=False))
    assert _export(loop, shell, tmp_path / "anna.ics") == titles
    assert shell.window is not None
    assert shell.window.statusBar().currentMessage().startswith(status)
