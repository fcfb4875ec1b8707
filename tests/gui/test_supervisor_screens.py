"""The supervisor's screens of issue 15 on the real windows, driven by their keys: a new refusal reason reaches the
operator's next refusal, a retry cap of 2 makes the second no-answer future, a paused list leaves every queue and
comes back, a list assigned to one operator is offered to nobody else, moved clients keep their callbacks, and a
do-not-call number is never offered and the card says why. Every table model passes qtmodeltester."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from callassist.domain import AttemptResult, ClientState, ConversationResult, FollowUpKind, QueueReason
from callassist.services import lead_lists, scripts
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from callassist.timekeeping.workdays import WorkCalendar
from tests.factories import card, make_client, outcome
from tests.gui.conftest import OPERATOR, press
from ui.operator_window import OperatorWindow
from ui.shell import Shell
from ui.supervisor.catalogue_window import CataloguesWindow
from ui.supervisor.dnc_view import DoNotCallView
from ui.supervisor.lists_view import ListsView
from ui.supervisor.users_view import UsersView

CTRL = Qt.KeyboardModifier.ControlModifier
MOSCOW = ZoneInfo("Europe/Moscow")
BORIS = "Борис Котов"


def url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def open_screen(loop: asyncio.AbstractEventLoop, shell: Shell, key: Qt.Key) -> QWidget:
    """Open a supervisor screen with its menu key (Ctrl+F6…F9) and wait until it is filled."""
    from pytestqt.qtbot import QtBot

    window = shell.window
    assert window is not None
    window.activateWindow()
    QApplication.processEvents()
    QtBot.keyClick(window, key, CTRL)
    loop.run_until_complete(shell.tasks.idle())
    views = {Qt.Key.Key_F6: "catalogues", Qt.Key.Key_F7: "lists", Qt.Key.Key_F8: "dnc", Qt.Key.Key_F9: "users"}
    screen = shell.supervisor.views[views[key]]
    screen.activateWindow()
    return screen


def key(
    loop: asyncio.AbstractEventLoop,
    shell: Shell,
    screen: QWidget,
    which: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    from pytestqt.qtbot import QtBot

    screen.window().activateWindow()
    QApplication.processEvents()
    QtBot.keyClick(screen, which, modifier)
    loop.run_until_complete(shell.tasks.idle())


def queued(loop: asyncio.AbstractEventLoop, shell: Shell) -> list[int]:
    window = shell.window
    assert window is not None
    loop.run_until_complete(window.queue_model.reload())
    return [window.queue_model.item(row).client_id for row in range(window.queue_model.rowCount())]


def choose_list(view: ListsView, name: str) -> None:
    names = [view.model.row_at(row).name for row in range(view.model.rowCount())]
    view.table.selectRow(names.index(name))


def put_on_list(db: Database, name: str, clients: list[int], now: datetime) -> None:
    with db.write() as session:
        lead_lists.put_on_list(session, lead_lists.ensure_list(session, name, now), clients)


def test_a_new_reason_with_45_days_plans_the_operators_next_refusal_45_days_out_on_a_working_day(
    qtmodeltester: object,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client = make_client(seeded, now, "Петров Сергей")
    shell = shells(url(seeded))
    screen = open_screen(loop, shell, Qt.Key.Key_F6)
    assert isinstance(screen, CataloguesWindow)
    key(loop, shell, screen, Qt.Key.Key_1, CTRL)
    key(loop, shell, screen, Qt.Key.Key_F3)
    screen.reasons.title_ru.setText("Бюджет заморожен")
    screen.reasons.title_en.setText("Budget frozen")
    screen.reasons.delay.setValue(45)
    key(loop, shell, screen, Qt.Key.Key_Return, CTRL)
    assert "Budget frozen" in [screen.reasons.model.row_at(r).title_en for r in range(screen.reasons.model.rowCount())]
    qtmodeltester.check(screen.reasons.model)  # type: ignore[attr-defined]
    screen.close()

    window = shell.window
    assert window is not None
    window.activateWindow()
    QApplication.processEvents()
    press(window, Qt.Key.Key_F2)
    loop.run_until_complete(shell.tasks.idle())
    press(window, Qt.Key.Key_1, CTRL)
    press(window, Qt.Key.Key_F9)
    window.form.reason.setCurrentIndex(window.form.reason.findData("budget_frozen"))  # on the form at once
    press(window, Qt.Key.Key_Return, CTRL)
    loop.run_until_complete(shell.tasks.idle())

    saved = card(seeded, client)
    assert saved.state is ClientState.FUTURE and saved.next_contact_at is not None
    day = saved.next_contact_at.astimezone(MOSCOW).date()
    # 45 days from Monday 23 November is Thursday 7 January, a Russian holiday: the first working day after it.
    assert day == WorkCalendar("RU").next_working_day(date(2027, 1, 7), include_today=True) == date(2027, 1, 11)


def test_a_retry_rule_changed_to_cap_2_makes_the_second_no_answer_future(
    qtmodeltester: object,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client = make_client(seeded, now, "Орлова Мария")
    shell = shells(url(seeded))
    screen = open_screen(loop, shell, Qt.Key.Key_F6)
    assert isinstance(screen, CataloguesWindow)
    key(loop, shell, screen, Qt.Key.Key_2, CTRL)
    retry = screen.retry
    retry.table.selectRow(0)  # no answer
    assert retry.result.currentData() == AttemptResult.NO_ANSWER.value and retry.cap.value() == 4
    retry.cap.setValue(2)
    key(loop, shell, screen, Qt.Key.Key_Return, CTRL)
    assert retry.model.row_at(0)[1] == (120,)  # +2 h, then the cap
    qtmodeltester.check(retry.model)  # type: ignore[attr-defined]

    desk = OperatorDesk(seeded, OPERATOR, now=lambda: now)
    states = []
    for attempt in range(2):
        moment = now + timedelta(hours=3 * attempt)
        desk.now = lambda m=moment: m
        desk.open_client(client)
        states.append(desk.record(outcome(client, OPERATOR, moment, attempt=AttemptResult.NO_ANSWER)).client_state)
    assert states == [ClientState.NEW, ClientState.FUTURE]


def test_a_paused_list_leaves_every_queue_and_comes_back_on_resume(
    qtmodeltester: object,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    expo = [make_client(seeded, now, f"Выставка {i}") for i in range(2)]
    web = [make_client(seeded, now, "Сайт 1")]
    put_on_list(seeded, "Выставка", expo, now)
    put_on_list(seeded, "Сайт", web, now)
    supervisor, boris = shells(url(seeded)), shells(url(seeded), BORIS)
    view = open_screen(loop, supervisor, Qt.Key.Key_F7)
    assert isinstance(view, ListsView)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.figures.model)  # type: ignore[attr-defined]
    choose_list(view, "Выставка")

    key(loop, supervisor, view, Qt.Key.Key_F6)
    assert [r.paused for r in view.model.rows if r.name == "Выставка"] == [True]
    assert queued(loop, supervisor) == web
    assert queued(loop, boris) == web

    choose_list(view, "Выставка")
    key(loop, supervisor, view, Qt.Key.Key_F6)
    assert queued(loop, supervisor) == expo + web
    assert queued(loop, boris) == expo + web


def test_a_list_assigned_to_one_operator_is_offered_to_nobody_else(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    vip = [make_client(seeded, now, "VIP 1")]
    cold = [make_client(seeded, now, "Холодный 1")]
    put_on_list(seeded, "VIP", vip, now)
    put_on_list(seeded, "Холодные", cold, now)
    anna, boris = shells(url(seeded)), shells(url(seeded), BORIS)
    view = open_screen(loop, anna, Qt.Key.Key_F7)
    assert isinstance(view, ListsView)
    choose_list(view, "VIP")
    for row in range(view.operators.count()):
        item = view.operators.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.text() == OPERATOR else Qt.CheckState.Unchecked)

    key(loop, anna, view, Qt.Key.Key_F8)

    assert [r.assigned for r in view.model.rows if r.name == "VIP"] == [(OPERATOR,)]
    assert queued(loop, boris) == cold
    assert queued(loop, anna) == vip + cold
    boris_window = boris.window
    assert isinstance(boris_window, OperatorWindow)
    key(loop, boris, boris_window, Qt.Key.Key_F2)
    assert boris_window.card.client is not None and boris_window.card.client.id == cold[0]


def test_an_operators_clients_moved_to_another_keep_their_callbacks(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    client = make_client(seeded, now, "Сидоров Олег")
    at = now + timedelta(hours=2)
    anna_desk = OperatorDesk(seeded, OPERATOR, now=lambda: now)
    anna_desk.open_client(client)
    anna_desk.record(outcome(client, OPERATOR, now, result=ConversationResult.CALLBACK, next_contact_at=at))
    OperatorDesk(seeded, BORIS, now=lambda: now)
    shell = shells(url(seeded))
    view = open_screen(loop, shell, Qt.Key.Key_F7)
    assert isinstance(view, ListsView)
    view.move_from.setCurrentText(OPERATOR)
    view.move_to.setCurrentText(BORIS)

    key(loop, shell, view, Qt.Key.Key_F10)

    assert "1" in view.message.text()
    follow_ups = card(seeded, client).follow_ups
    assert [(f.kind, f.due_at) for f in follow_ups] == [(FollowUpKind.CALLBACK, at)]
    boris = OperatorDesk(seeded, BORIS, now=lambda: at)
    items = boris.queue_page().items
    assert [(i.client_id, i.reason, i.due) for i in items] == [(client, QueueReason.CALLBACK, at)]
    assert OperatorDesk(seeded, OPERATOR, now=lambda: at).queue_page().items == ()


def test_a_do_not_call_number_leaves_the_queue_and_the_card_says_why(
    qtmodeltester: object,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    blocked = make_client(seeded, now, "Жалобщик", phones=("+79165550001",))
    other = make_client(seeded, now, "Обычный", phones=("+79165550002",))
    shell = shells(url(seeded))
    view = open_screen(loop, shell, Qt.Key.Key_F8)
    assert isinstance(view, DoNotCallView)
    view.number.setText("8 916 555-00-01")
    view.reason.setText("Жалоба в письме")
    key(loop, shell, view, Qt.Key.Key_Return, CTRL)
    assert [e.e164 for e in view.model.rows] == ["+79165550001"]
    assert [(e.action, e.reason) for e in view.history_model.rows] == [("added", "Жалоба в письме")]
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.history_model)  # type: ignore[attr-defined]
    assert queued(loop, shell) == [other]

    window = shell.window
    assert window is not None
    window.open_client(blocked)
    loop.run_until_complete(shell.tasks.idle())
    note = window.card.do_not_call
    assert note.isVisibleTo(window.card) and "+79165550001" in note.text() and "Жалоба в письме" in note.text()


def test_users_screen_lists_people_and_refuses_a_short_password_in_the_ui_language(
    qtmodeltester: object,
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    fixed_now("2026-11-23T10:00:00+03:00")
    shell = shells(url(seeded))
    view = open_screen(loop, shell, Qt.Key.Key_F9)
    assert isinstance(view, UsersView)
    view.name.setText("Глеб")
    view.password.setText("short")
    key(loop, shell, view, Qt.Key.Key_Return, CTRL)
    assert view.message.text() and "8" in view.message.text()
    view.password.setText("long enough 1")
    key(loop, shell, view, Qt.Key.Key_Return, CTRL)
    assert "Глеб" in [u.name for u in view.model.rows]
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is not None


def test_a_lists_own_script_is_the_one_walked_on_its_clients_calls(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T10:00:00+03:00")
    expo_script = dataclasses.replace(scripts.default_script("ru"), key="expo-2026", title="Выставка: скрипт")
    expo_version = scripts.save_version(seeded, expo_script, "Света")
    team = scripts.default_script("ru")
    scripts.save_version(seeded, dataclasses.replace(team, title=team.title + " 2"), "Света")  # the team's: newest
    on_expo, other = make_client(seeded, now, "С выставки"), make_client(seeded, now, "С сайта")
    put_on_list(seeded, "Выставка", [on_expo], now)
    put_on_list(seeded, "Сайт", [other], now)
    shell = shells(url(seeded))
    view = open_screen(loop, shell, Qt.Key.Key_F7)
    assert isinstance(view, ListsView)
    choose_list(view, "Выставка")
    view.script.setCurrentIndex(view.script.findData("expo-2026"))
    key(loop, shell, view, Qt.Key.Key_F9)
    assert [r.script_key for r in view.model.rows if r.name == "Выставка"] == ["expo-2026"]
    view.close()
    window = shell.window
    assert window is not None
    team_version = window.script.script_version_id

    key(loop, shell, window, Qt.Key.Key_F2)
    assert window.card.client is not None and window.card.client.id == on_expo
    assert window.script.script_version_id == expo_version != team_version

    key(loop, shell, window, Qt.Key.Key_2, CTRL)  # no answer
    key(loop, shell, window, Qt.Key.Key_Return, CTRL)
    assert window.card.client is None
    key(loop, shell, window, Qt.Key.Key_F2)
    assert window.card.client is not None and window.card.client.id == other
    assert window.script.script_version_id == team_version
