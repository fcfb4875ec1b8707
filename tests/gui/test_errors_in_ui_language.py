"""Rule 18: every error of the statistics, export, script, settings and desk-tool areas reaches a Russian window in
Russian (and an English one in English), whether it is shown in the status bar, a dialog's error line or an editor.
"""

from __future__ import annotations

import asyncio
import re
import string
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from callassist import clock, messages
from callassist.errors import CallAssistError, UserInputError
from callassist.export.csv_export import write_csv
from callassist.export.labels import Labels
from callassist.export.service import export_range
from callassist.scripts import fileformat
from callassist.services import neglect, operators, reminders, scripts, settings_service, zones
from callassist.settings import TeamSettings
from callassist.stats.aggregate import period
from callassist.storage.engine import Database
from ui.errors import ErrorPresenter, shown
from ui.i18n import install_translations
from ui.settings_dialog import SettingsDialog
from ui.shell import Shell

# The message areas this part of the product owns (rule 18 for the screens around the call).
AREAS = ("stats.", "export.", "scripts.", "settings.", "neglect.", "reminders.", "zones.", "operators.", "queue.")
AREAS += ("clock.", "calendar.")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{4,}\b")


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    yield lambda lang: install_translations(qapp, lang)
    install_translations(qapp, "en")


def _sample_params(text: str) -> dict[str, Any]:
    text = re.sub(r"\{(\w+)\|[^{}]*\}", r"{\1}", text)
    return {name: 2 for _, name, _, _ in string.Formatter().parse(text) if name}


def _our_codes() -> list[str]:
    return sorted(code for code in messages.all_codes() if code.startswith(AREAS) and "." in code)


def test_rule_18_the_areas_have_codes() -> None:
    assert len(_our_codes()) > 60


@pytest.mark.parametrize("code", _our_codes())
def test_rule_18_each_code_is_russian_under_a_russian_ui(code: str, language: Callable[[str], str]) -> None:
    error = UserInputError(code, **_sample_params(messages.all_codes()[code]["en"]))
    language("ru")
    russian = shown(error)
    assert russian == messages.render(code, "ru", **error.params)
    if messages.all_codes()[code]["ru"] != messages.all_codes()[code]["en"]:
        assert russian != error.render("en")
    language("en")
    assert shown(error) == error.render("en")


def _raised(action: Callable[[], object]) -> CallAssistError:
    with pytest.raises(CallAssistError) as raised:
        action()
    return raised.value


def _real_failures(tmp_path: Path, db: Database) -> dict[str, Callable[[], object]]:
    """Each a real call into the core with input the rules refuse."""
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "callassist-script", "format_version": 1,\n  "key": }', encoding="utf-8")
    bad_script = scripts.default_script("ru")
    bad_script = bad_script.__class__(**{**bad_script.__dict__, "start_step": "nowhere", "title": " "})
    day = date(2026, 12, 8)
    return {
        "stats.period_reversed": lambda: period(day, date(2026, 12, 1), "Europe/Moscow"),
        "stats.unknown_timezone": lambda: period(day, day, "Mars/Olympus"),
        "export.bad_format": lambda: export_range(db, day, day, "pdf", tmp_path / "x.pdf", "Europe/Moscow"),
        "export.period_reversed": lambda: export_range(
            db, day, date(2026, 12, 1), "csv", tmp_path / "x.csv", "Europe/Moscow"
        ),
        "export.out_folder_missing": lambda: export_range(db, day, day, "csv", tmp_path / "no" / "x.csv", "UTC"),
        "export.bad_language": lambda: Labels.for_language("de"),
        "export.bad_delimiter": lambda: write_csv(None, tmp_path / "x.csv", delimiter="|"),  # type: ignore[arg-type]
        "scripts.not_json": lambda: fileformat.load_script(broken),
        "scripts.no_such_file": lambda: fileformat.load_script(tmp_path / "missing.json"),
        "scripts.is_folder": lambda: fileformat.load_script(tmp_path),
        "scripts.empty": lambda: fileformat.save_script(bad_script, tmp_path / "s.json"),
        "scripts.no_default": lambda: scripts.default_script("de"),
        "scripts.no_version": lambda: scripts.script_version(db, 999_999),
        "scripts.no_call": lambda: scripts.call_trace(db, 999_999),
        "settings.unknown_region": lambda: settings_service.validate(TeamSettings(default_region="XX")),
        "settings.hours_reversed": lambda: settings_service.validate(
            TeamSettings(calling_start="18:00", calling_end="09:00")
        ),
        "settings.hours_start_not_time": lambda: settings_service.validate(TeamSettings(calling_start="9")),
        "settings.goal_too_small": lambda: settings_service.validate(TeamSettings(daily_goal=0)),
        "settings.dial_no_placeholder": lambda: settings_service.validate_dial_template("tel:{phone}"),
        "settings.dial_no_scheme": lambda: settings_service.validate_dial_template("{e164}"),
        "settings.dial_unknown_placeholder": lambda: settings_service.validate_dial_template("tel:{e164}{x}"),
        "settings.db_missing": lambda: settings_service.database_url("file", " "),
        "settings.db_folder_missing": lambda: settings_service.database_url("file", str(tmp_path / "no" / "a.db")),
        "neglect.days_out_of_range": lambda: neglect.neglected(
            db, datetime.fromisoformat("2026-12-08T11:00:00+03:00"), TeamSettings(), untouched_days=0
        ),
        "reminders.snooze_too_short": lambda: reminders.snooze(None, 1, 1, datetime.now(), 0),  # type: ignore[arg-type]
        "zones.negative_delay": lambda: zones.after_days(None, None, datetime.now(), -2, TeamSettings()),  # type: ignore[arg-type]
        "operators.name_missing": lambda: operators.ensure_operator(None, "  "),  # type: ignore[arg-type]
        "clock.not_iso": lambda: clock.parse_fixed_now("tomorrow"),
        "clock.no_offset": lambda: clock.parse_fixed_now("2026-12-08T11:00:00"),
    }


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_rule_18_real_refusals_reach_a_russian_window_in_russian(
    seeded: Database, tmp_path: Path, language: Callable[[str], str], qapp: QApplication
) -> None:
    language("ru")
    window = QMainWindow()
    presenter = ErrorPresenter(tmp_path / "callassist.log")
    presenter.window = window
    for code, action in _real_failures(tmp_path, seeded).items():
        error = _raised(action)
        assert error.code == code, (code, error.code, str(error))
        presenter(error)
        said = window.statusBar().currentMessage()
        assert CYRILLIC.search(said), f"{code}: {said!r}"
        assert said == error.render("ru")
        words = ENGLISH_WORD.findall(
            re.sub(
                r"'[^']*'|«[^»]*»|\S*[/\\]\S*|\{\w+\}|[\w.]+\[\d+\]\S*|\w+\.json|^- [\w.\[\]]+:", "", said, flags=re.M
            )
        )
        assert not [w for w in words if w not in ("JSON", "Expecting", "value", "xlsx", "callto")], (code, said)
    window.close()


def test_rule_18_several_script_problems_are_listed_in_russian(tmp_path: Path, language: Callable[[str], str]) -> None:
    script = scripts.default_script("en")
    script = script.__class__(**{**script.__dict__, "start_step": "nowhere", "title": " "})
    error = _raised(lambda: fileformat.save_script(script, tmp_path / "s.json"))
    language("ru")
    text = shown(error)
    assert text.startswith("2 ошибки:\n- title: пусто\n- start: нет шага «nowhere»"), text
    language("en")
    assert shown(error).startswith('2 problems:\n- title: is empty\n- start: no step "nowhere"')


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_rule_18_the_settings_dialog_refuses_in_russian(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    language: Callable[[str], str],
) -> None:
    language("ru")
    shell = shells(_url(seeded))
    assert shell.window is not None
    shell.window.findChild(QObject, "settingsAction").trigger()  # type: ignore[union-attr]
    loop.run_until_complete(shell.tasks.idle())
    dialog: SettingsDialog = shell.window.settings_dialog
    dialog.dial_template.setCurrentText("sip:{phone}@pbx.local")
    dialog.dial_test.click()
    assert dialog.dial_result.text().startswith("Ссылка набора 'sip:{phone}@pbx.local' должна содержать {e164}")
    dialog.dial_template.setCurrentText("tel:{e164}")
    dialog.region.setText("XX")
    dialog.buttons.accepted.emit()
    loop.run_until_complete(shell.tasks.idle())
    assert dialog.error.text().startswith("Неизвестный регион телефонов 'XX'")
    dialog.close()
