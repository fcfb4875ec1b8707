"""``python main.py export`` end to end: a known history in, the files reopened with python-calamine and csv.

The figures in the files are compared with what was recorded (counted here from the test's own plan), and
client names a spreadsheet would execute come out inert (PRODUCT.md rule 12).
"""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from callassist.domain import AttemptResult, ConversationResult, Outcome, SaleLine
from callassist.export.labels import Labels
from callassist.export.safe import DANGEROUS_FIRST
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock, make_client

REPO = Path(__file__).resolve().parents[2]
DAY = date(2026, 11, 23)
DANGEROUS_NAMES = ('=HYPERLINK("x")', "+79161234567", "-1", "@SUM(A1)")
LABELS = Labels.for_language("ru")


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CALLASSIST_")}
    environment.update(CALLASSIST_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "main.py", "export", *args],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.fixture
def history(db: Database, desk_for: DeskFactory, clock: FixedClock) -> dict[str, int]:
    """Anna: two sales and a refusal to clients with dangerous names; Boris: one no-answer. 10:00 Moscow on."""
    anna, boris = desk_for("Anna"), desk_for("Boris")
    product = anna.products()[0]
    start = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    plan = [
        (anna, DANGEROUS_NAMES[0], ConversationResult.SALE, Decimal("1000.00")),
        (anna, DANGEROUS_NAMES[1], ConversationResult.SALE, Decimal("250.50")),
        (anna, DANGEROUS_NAMES[2], ConversationResult.REFUSED, None),
        (boris, DANGEROUS_NAMES[3], None, None),
    ]
    for index, (desk, name, result, amount) in enumerate(plan):
        client = make_client(db, start - timedelta(days=1), name=name)
        begin = start + timedelta(minutes=10 * index)
        clock.set(begin + timedelta(minutes=4))
        fields: dict[str, object] = {}
        if result is ConversationResult.SALE:
            assert amount is not None
            fields["sale_lines"] = (SaleLine(product.id, 1, amount),)
        if result is ConversationResult.REFUSED:
            fields.update(refusal_reason="too_expensive", next_contact_at=clock() + timedelta(days=10))
        desk.record(
            Outcome(
                client_id=client,
                operator=desk.operator_name,
                attempt_result=AttemptResult.CONNECTED if result else AttemptResult.NO_ANSWER,
                conversation_result=result,
                started_at=begin,
                ended_at=clock(),
                idempotency_key=uuid.uuid4().hex,
                **fields,  # type: ignore[arg-type]
            )
        )
    return {"dials": 4, "connected": 3, "sales": 2, "revenue_cents": 125050, "talk": 3 * 4 * 60}


def test_xlsx_holds_the_figures_and_inert_names(tmp_path: Path, ready_url: str, history: dict[str, int]) -> None:
    out = tmp_path / "day.xlsx"

    result = run(tmp_path, "--from", DAY.isoformat(), "--format", "xlsx", "--out", str(out), "--db", ready_url)

    assert result.returncode == 0, result.stderr
    book = CalamineWorkbook.from_path(str(out))
    summary = {row[0]: row[1] for row in book.get_sheet_by_name(LABELS["sheet.summary"]).to_python() if row}
    assert summary[LABELS["col.dials"]] == history["dials"]
    assert summary[LABELS["col.connected"]] == history["connected"]
    assert round(summary[LABELS["col.revenue"]] * 100) == history["revenue_cents"]
    assert summary[LABELS["col.talk_total"]] == timedelta(seconds=history["talk"])
    calls = book.get_sheet_by_name(LABELS["sheet.calls"]).to_python()
    name_col = calls[0].index(LABELS["col.client"])
    names = {row[name_col] for row in calls[1:]}
    assert names == {"'" + name for name in DANGEROUS_NAMES}
    assert_inert(
        cell for sheet in book.sheet_names for row in book.get_sheet_by_name(sheet).to_python() for cell in row
    )


def test_csv_holds_the_same_figures_and_inert_names(tmp_path: Path, ready_url: str, history: dict[str, int]) -> None:
    out = tmp_path / "day.csv"

    result = run(tmp_path, "--from", DAY.isoformat(), "--to", DAY.isoformat(), "--format", "csv", "--out", str(out))
    assert result.returncode == 2, result.stderr  # no default database yet: an export never makes one (rule 19)
    assert not out.exists() and not (tmp_path / "data" / "callassist.db").exists()
    result = run(tmp_path, "--from", DAY.isoformat(), "--format", "csv", "--out", str(out), "--db", ready_url)

    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    summary = {row[0]: row[1] for row in rows if len(row) == 2}
    assert summary[LABELS["col.dials"]] == str(history["dials"])
    assert summary[LABELS["col.connected"]] == str(history["connected"])
    assert summary[LABELS["col.revenue"]] == f"{history['revenue_cents'] // 100},{history['revenue_cents'] % 100:02d}"
    header = next(row for row in rows if LABELS["col.client"] in row and LABELS["col.phone"] in row)
    name_col = header.index(LABELS["col.client"])
    log = rows[rows.index(header) + 1 :]
    assert {row[name_col] for row in log} == {"'" + name for name in DANGEROUS_NAMES}
    assert_inert(cell for row in rows for cell in row)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-02-30"), "--from"),
        (("--from", "2026-11-23", "--to", "2026-11-22"), "before"),
        (("--from", "2026-11-23", "--out", "/nonexistent-folder/x.csv"), "does not exist"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    tmp_path: Path, sqlite_template: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "x.csv"
    full = ["--format", "csv", *args] if "--out" in args else ["--format", "csv", "--out", str(out), *args]
    database = tmp_path / "calls.db"  # an existing database: a missing one would be refused first (rule 19)
    shutil.copyfile(sqlite_template, database)
    full += ["--db", f"sqlite:///{database}"]

    result = run(tmp_path, *full)

    assert result.returncode == 2, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert result.stdout == ""
    assert list(tmp_path.glob("*.csv")) == []


def assert_inert(cells: object) -> None:
    for cell in cells:  # type: ignore[attr-defined]
        if isinstance(cell, str) and cell:
            assert cell[0] not in DANGEROUS_FIRST, cell
