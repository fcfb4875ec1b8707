"""Per-list figures (issue 15): dials, connects, sales, conversion and refusals by reason per lead list equal what
the calls themselves say, in the report and in the export. Both databases."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from callassist.domain import AttemptResult, ConversationResult, SaleLine
from callassist.export.service import export_range
from callassist.services import catalogues, lead_lists
from callassist.stats.by_list import NO_LIST, list_figures
from callassist.storage.engine import Database
from callassist.storage.models import Call, Client, RefusalReason
from tests.factories import DeskFactory, FixedClock, make_client, no_answer, outcome, refusal

DAY = date(2026, 11, 23)
ZONE = "Europe/Moscow"


def work_a_day(db: Database, desk_for: DeskFactory, clock: FixedClock) -> dict[str, int]:
    """Two lists and a client on none; calls of every kind on them. Returns the list ids by name."""
    ids: dict[str, int] = {}
    for name, count in (("Expo", 4), ("Web", 3)):
        clients = [make_client(db, clock()) for _ in range(count)]
        with db.write() as session:
            found = lead_lists.ensure_list(session, name, clock())
            lead_lists.put_on_list(session, found, clients)
            ids[name] = found.id
    make_client(db, clock())  # on no list
    product = catalogues.products(db)[0]
    desk = desk_for("Anna")
    reasons = ["too_expensive", "no_budget_now", "too_expensive", "has_supplier"]
    for turn in range(8):
        client = desk.next_client()
        assert client is not None
        now = clock()
        if turn % 4 == 0:
            desk.record(no_answer(client.id, "Anna", now))
        elif turn % 4 == 1:
            lines = (SaleLine(product.id, 1, product.price),)
            desk.record(outcome(client.id, "Anna", now, result=ConversationResult.SALE, sale_lines=lines))
        else:
            later = now + timedelta(days=7)
            desk.record(refusal(client.id, "Anna", now, later, refusal_reason=reasons[turn % len(reasons)]))
        clock.advance(timedelta(minutes=7))
    return ids


def counted_from_calls(db: Database) -> dict[int, tuple[int, int, int, int, Counter[str]]]:
    """Per list, straight from the calls: dials, connects, sales, refusals and the refusal reasons' codes."""
    figures: dict[int, tuple[int, int, int, int, Counter[str]]] = {}
    with db.read() as session:
        rows = session.execute(
            select(Client.list_id, Call.attempt_result, Call.conversation_result, RefusalReason.code)
            .join(Client, Client.id == Call.client_id)
            .outerjoin(RefusalReason, RefusalReason.id == Call.refusal_reason_id)
        )
        for list_id, attempt, result, code in rows:
            dials, connects, sales, refusals, reasons = figures.get(list_id or NO_LIST, (0, 0, 0, 0, Counter()))
            if code:
                reasons[code] += 1
            figures[list_id or NO_LIST] = (
                dials + 1,
                connects + (attempt == AttemptResult.CONNECTED.value),
                sales + (result == ConversationResult.SALE.value),
                refusals + (result == ConversationResult.REFUSED.value),
                reasons,
            )
    return figures


def test_per_list_figures_equal_the_figures_counted_from_the_calls(
    db: Database, desk_for: DeskFactory, clock: FixedClock
) -> None:
    ids = work_a_day(db, desk_for, clock)

    shown = {f.list_id: f for f in list_figures(db, DAY, DAY, ZONE, language="en")}

    expected = counted_from_calls(db)
    assert set(shown) == set(expected) and len(expected) >= 2
    for list_id, (dials, connects, sales, refusals, reasons) in expected.items():
        figures = shown[list_id]
        assert (figures.dials, figures.connects, figures.sales, figures.refusals) == (dials, connects, sales, refusals)
        assert {r.code: r.count for r in figures.reasons} == dict(reasons)
        assert figures.conversion == (sales / connects if connects else None)
    only = list_figures(db, DAY, DAY, ZONE, ids["Expo"])
    assert [f.name for f in only] == ["Expo"]
    assert list_figures(db, DAY + timedelta(days=1), DAY + timedelta(days=1), ZONE) == ()


def test_the_export_shows_the_same_per_list_figures(
    db: Database, desk_for: DeskFactory, clock: FixedClock, tmp_path: Path
) -> None:
    ids = work_a_day(db, desk_for, clock)
    out = tmp_path / "report.csv"

    export_range(db, DAY, DAY, "csv", out, zone=ZONE, language="en", list_id=ids["Web"])

    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, delimiter=";"))
    start = rows.index(["By list"])
    header, web = rows[start + 1], rows[start + 2]
    assert header[:6] == ["List", "Dials", "Connected", "Sales", "Conversion", "Refusals"]
    figures = counted_from_calls(db)[ids["Web"]]
    assert web[0] == "Web" and [int(cell) for cell in (web[1], web[2], web[3], web[5])] == list(figures[:4])
    assert rows[start + 3] == [] or rows[start + 3][0] != "Expo"  # only the chosen list
