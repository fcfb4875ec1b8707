"""The supervisor dashboard on a known history: its table shows the right totals and follows new outcomes."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from python_calamine import CalamineWorkbook

from callassist.domain import AttemptResult, ConversationResult, Outcome, SaleLine
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import make_client
from ui.dashboard import StatsDashboard
from ui.shell import Shell


def _call(desk: OperatorDesk, client: int, start: datetime, result: ConversationResult | None) -> Outcome:
    fields: dict[str, object] = {}
    if result is ConversationResult.SALE:
        fields["sale_lines"] = (SaleLine(desk.products()[0].id, 1, Decimal("500.00")),)
    if result is ConversationResult.REFUSED:
        fields.update(refusal_reason="too_expensive", next_contact_at=start + timedelta(days=30))
    return Outcome(
        client_id=client,
        operator=desk.operator_name,
        attempt_result=AttemptResult.CONNECTED if result else AttemptResult.BUSY,
        conversation_result=result,
        started_at=start,
        ended_at=start + timedelta(minutes=5),
        idempotency_key=uuid.uuid4().hex,
        **fields,  # type: ignore[arg-type]
    )


DIALS, CONNECTED, SALES, REFUSED = 1, 2, 6, 9  # FiguresModel columns


def _row(dashboard: StatsDashboard, name: str) -> list[object]:
    """The raw values (UserRole) of the table row whose first cell reads ``name``."""
    model = dashboard.model
    for row in range(model.rowCount()):
        if model.data(model.index(row, 0)) == name:
            return [model.data(model.index(row, c), Qt.ItemDataRole.UserRole) for c in range(model.columnCount())]
    raise AssertionError(f"no row {name!r} in {[model.data(model.index(r, 0)) for r in range(model.rowCount())]}")


def test_dashboard_totals_and_refresh_after_a_new_outcome(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
) -> None:
    now = fixed_now("2026-11-23T16:00:00+03:00")
    anna, boris = OperatorDesk(seeded, "Анна"), OperatorDesk(seeded, "Борис")
    plan = [
        (anna, ConversationResult.SALE),
        (anna, ConversationResult.REFUSED),
        (anna, None),
        (boris, ConversationResult.SALE),
    ]
    for index, (desk, result) in enumerate(plan):
        client = make_client(seeded, now - timedelta(days=2), f"Клиент {index}")
        desk.record(_call(desk, client, now - timedelta(hours=5 - index), result))
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    assert shell.window is not None

    shell.window.open_dashboard()
    loop.run_until_complete(shell.tasks.idle())

    dashboard = shell.window.findChild(StatsDashboard, "statsDashboard")
    assert dashboard is not None and dashboard.isVisible()
    total = _row(dashboard, dashboard.tr("Total"))
    assert (total[DIALS], total[CONNECTED], total[SALES], total[REFUSED]) == (4, 3, 2, 1)
    assert (_row(dashboard, "Анна")[DIALS], _row(dashboard, "Борис")[DIALS]) == (3, 1)
    assert dashboard.findChild(QPushButton, "exportButton") is not None

    client = make_client(seeded, now - timedelta(days=2), "Новый клиент")
    saved = boris.record(_call(boris, client, now - timedelta(minutes=30), ConversationResult.SALE))
    shell.hub.broadcast(saved.changes)
    loop.run_until_complete(shell.tasks.idle())

    total = _row(dashboard, dashboard.tr("Total"))
    assert (total[DIALS], total[SALES]) == (5, 3)
    assert _row(dashboard, "Борис")[SALES] == 2


def test_export_from_the_dashboard_runs_off_the_gui_thread_with_progress(
    loop: asyncio.AbstractEventLoop,
    seeded: Database,
    shells: Callable[..., Shell],
    fixed_now: Callable[[str], datetime],
    tmp_path: Path,
) -> None:
    now = fixed_now("2026-11-23T16:00:00+03:00")
    anna = OperatorDesk(seeded, "Анна")
    for index in range(3):
        client = make_client(seeded, now - timedelta(days=2), f"=Клиент {index}")
        anna.record(_call(anna, client, now - timedelta(hours=3 - index), ConversationResult.SALE))
    shell = shells(str(seeded.engine.url.render_as_string(hide_password=False)))
    assert shell.window is not None
    shell.window.open_dashboard()
    loop.run_until_complete(shell.tasks.idle())
    dashboard = shell.window.dashboard
    seen: list[int] = []
    dashboard.exportProgress.connect(seen.append)
    target = tmp_path / "day.xlsx"

    dashboard.export_to(str(target))
    loop.run_until_complete(shell.tasks.idle())
    QApplication.processEvents()  # queued progress signals from the io thread

    assert target.is_file()
    assert seen and seen[-1] == 3
    assert dashboard.export_button.isEnabled() and not dashboard.progress.isVisible()
    log = CalamineWorkbook.from_path(str(target)).get_sheet_by_name("Звонки").to_python()
    assert len(log) == 4 and all(not str(cell).startswith("=") for row in log for cell in row)
