"""Rule 17, the legitimate side: an export made with an operator's own login lists that operator's refusal reasons
and objections (row-level security hides the team's tallies from it), a supervisor's lists the team's; real files
written through ``export_range`` on the suite's PostgreSQL and reopened."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from callassist.domain import ConversationResult
from callassist.export.service import export_range, office_zone
from callassist.stats.aggregate import build_report
from callassist.stats.report import StatsReport
from callassist.storage.engine import Database
from tests.factories import outcome, refusal
from tests.team.attack_floor import ANNA, BORIS, SUPERVISOR, Floor

pytestmark = pytest.mark.postgres

# (operator, refusal reason or None for a callback, objections raised): floor.clients in order.
CALLS = (
    (ANNA, "too_expensive", ("price", "no_time")),
    (ANNA, "no_time", ("price/price_value",)),  # an objection with the rebuttal taken counts as the objection
    (ANNA, None, ("send_email",)),
    (BORIS, "too_expensive", ("have_supplier",)),
    (BORIS, "has_supplier", ("price", "price")),  # raised twice on one call: counted once
)
ANNA_REASONS = Counter({"too_expensive": 1, "no_time": 1})
ANNA_OBJECTIONS = Counter({"price": 2, "no_time": 1, "send_email": 1})
TEAM_REASONS = Counter({"too_expensive": 2, "no_time": 1, "has_supplier": 1})
TEAM_OBJECTIONS = Counter({"price": 3, "no_time": 1, "send_email": 1, "have_supplier": 1})
REASON_TITLES = {
    "too_expensive": "Too expensive",
    "no_time": "No time to talk",
    "has_supplier": "Already has a supplier",
}


def work_the_floor(floor: Floor) -> None:
    """Anna and Boris each save their calls through their own desks, as the workstations do."""
    now = floor.clock()
    for client_id, (name, reason, objections) in zip(floor.clients, CALLS, strict=False):
        desk = floor.desk(name)
        desk.open_client(client_id)
        if reason is None:
            done = outcome(
                client_id, name, now, result=ConversationResult.CALLBACK,
                next_contact_at=now + timedelta(days=2), objections=objections,
            )  # fmt: skip
        else:
            done = refusal(client_id, name, now, now + timedelta(days=30), refusal_reason=reason, objections=objections)
        desk.record(done)


def export(floor: Floor, name: str, fmt: str, folder: Path) -> Path:
    day = floor.clock().date()
    out = folder / f"{name}.{fmt}"
    export_range(floor.db(name), day - timedelta(days=1), day + timedelta(days=1), fmt, out, language="en")
    return out


def xlsx_counts(path: Path, sheet: str) -> Counter[str]:
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()
    return Counter({str(row[1]): int(row[2]) for row in rows[1:]})


def csv_section(path: Path, title: str) -> list[list[str]]:
    """The rows of one CSV section, its header row first."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    start = rows.index([title]) + 1
    end = next((i for i in range(start, len(rows)) if not rows[i]), len(rows))
    return rows[start:end]


def csv_counts(path: Path, title: str) -> Counter[str]:
    return Counter({row[1]: int(row[2]) for row in csv_section(path, title)[1:]})


@pytest.mark.parametrize(("login", "reasons", "objections"), [(ANNA, ANNA_REASONS, ANNA_OBJECTIONS),
                                                              (SUPERVISOR, TEAM_REASONS, TEAM_OBJECTIONS)])  # fmt: skip
def test_rule_17_an_export_lists_the_refusal_reasons_and_objections_its_login_may_read(
    floor: Floor, tmp_path: Path, login: str, reasons: Counter[str], objections: Counter[str]
) -> None:
    work_the_floor(floor)
    workbook = export(floor, login, "xlsx", tmp_path)
    table = export(floor, login, "csv", tmp_path)
    assert xlsx_counts(workbook, "Refusal reasons") == reasons
    assert xlsx_counts(workbook, "Objections") == objections
    assert csv_counts(table, "Refusal reasons") == reasons
    assert csv_counts(table, "Objections") == objections
    titles = {row[1]: row[0] for row in csv_section(table, "Refusal reasons")[1:]}
    assert titles == {code: REASON_TITLES[code] for code in reasons}


def test_rule_17_an_operators_report_from_summaries_agrees_with_its_own_calls(floor: Floor) -> None:
    """The dashboard reads the hourly summaries, a tally row at a time; counted from the calls instead (the other
    path of ``build_report``), the same login gets the same reasons and objections."""
    work_the_floor(floor)
    for login in (ANNA, BORIS, SUPERVISOR):
        summed, counted = (report_of(floor.db(login), floor, from_calls=flag) for flag in (False, True))
        assert summed.refusal_reasons == counted.refusal_reasons
        assert summed.objections == counted.objections
        assert summed.total == counted.total
    boris = report_of(floor.db(BORIS), floor, from_calls=False)
    assert {item.code: item.count for item in boris.refusal_reasons} == {"too_expensive": 1, "has_supplier": 1}
    assert {item.key: item.count for item in boris.objections} == {"have_supplier": 1, "price": 1}


def report_of(db: Database, floor: Floor, *, from_calls: bool) -> StatsReport:
    day = floor.clock().date()
    return build_report(
        db, day - timedelta(days=1), day + timedelta(days=1), office_zone(db), language="en", from_calls=from_calls
    )
