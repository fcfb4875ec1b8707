"""Export of a big call log: XLSX and CSV time and extra peak memory, next to a bare writer loop.

The call log is generated lazily, as the database cursor will give it, so memory measures the writer alone.
The baselines write the same cells from the same rows with no formats, labels, time zones or injection guard:
XLSX with a bare XlsxWriter loop (also ``constant_memory``), CSV with a bare ``csv.writer`` loop.
The bare XLSX loop already takes XlsxWriter's fastest public path: ``write_string``/``write_number`` straight
(the ``strings_to_*`` workbook options only affect the ``write()`` dispatch, which neither side uses). A second
XLSX figure adds the same number formats to the bare loop, which shows our own overhead apart from the extra
work XlsxWriter does for a formatted cell; the unformatted loop stays the headline baseline.
Time is measured without tracemalloc (it slows Python several times); memory in a second run under it.

Run: ``.venv/bin/python -m benchmarks.bench_export [--quick]``.
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import xlsxwriter

from benchmarks.harness import Figure
from callassist.domain import AttemptResult, ConversationResult
from callassist.export.csv_export import write_csv
from callassist.export.xlsx_export import write_xlsx
from callassist.stats.report import CallRow, NotReachedCounts, OperatorFigures, OutcomeCounts, StatsReport

FULL_ROWS = 100_000
QUICK_ROWS = 5_000
START = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
ATTEMPTS = list(AttemptResult)
NAMES = ("Иванов Иван Петрович", "ООО «Ромашка»", '=HYPERLINK("http://x")', "Smith & Sons", "-1")


def make_calls(count: int) -> Iterator[CallRow]:
    """``count`` varied call rows, made one at a time."""
    for i in range(count):
        started = START + timedelta(seconds=17 * i)
        attempt = ATTEMPTS[i % len(ATTEMPTS)]
        connected = attempt is AttemptResult.CONNECTED
        sale = connected and i % 4 == 0
        outcome = ConversationResult.SALE if sale else ConversationResult.REFUSED
        yield CallRow(
            started_at=started,
            ended_at=started + timedelta(seconds=30 + i % 400),
            operator=f"Оператор {i % 200:03d}",
            client_id=i,
            client_name=NAMES[i % len(NAMES)],
            company="ООО «Ромашка»",
            phone=f"+7999{i:07d}",
            attempt_result=attempt,
            conversation_result=outcome if connected else None,
            refusal_reason="" if sale or not connected else "Дорого",
            refusal_text="",
            never_reason=None,
            next_contact_at=started + timedelta(days=3) if connected and not sale else None,
            amount=Decimal("1250.50") if sale else None,
            note="перезвонить после обеда" if i % 3 == 0 else "",
        )


def report_with(count: int) -> StatsReport:
    team = OperatorFigures(
        operator=None, day=None, dials=1, connected=1, talk_seconds_total=60, first_call_at=START,
        last_call_at=START, avg_gap_seconds=None, outcomes=OutcomeCounts(sale=1), not_reached=NotReachedCounts(),
        revenue=Decimal("1250.50"), future_created=0, moved_to_never=0,
    )  # fmt: skip
    day = date(2026, 11, 23)
    return StatsReport(day, day, "Europe/Moscow", START, (team,), (team,), team, (), (), (), (), (), make_calls(count))


def bare_row(row: CallRow) -> list[object]:
    """The same cells as the call log, the plain way: UTC serials, raw enum values, no guard."""
    return [
        row.started_at.timestamp() / 86400 + 25569,
        row.ended_at.timestamp() / 86400 + 25569,
        (row.ended_at - row.started_at).total_seconds() / 86400,
        row.operator, row.client_id, row.client_name, row.company, row.phone, row.attempt_result.value,
        row.conversation_result.value if row.conversation_result else None, row.refusal_reason, row.refusal_text,
        None, row.next_contact_at.timestamp() / 86400 + 25569 if row.next_contact_at else None,
        float(row.amount) if row.amount is not None else None, row.note,
    ]  # fmt: skip


def bare_xlsx(count: int, path: Path) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Calls")
    for r, row in enumerate(make_calls(count), start=1):
        for c, value in enumerate(bare_row(row)):
            if isinstance(value, str):
                if value:
                    sheet.write_string(r, c, value)
            elif value is not None:
                sheet.write_number(r, c, value)
    workbook.close()


def bare_xlsx_formatted(count: int, path: Path) -> None:
    """The bare loop plus the number formats ours writes (dates, durations, money): XlsxWriter's own share."""
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = workbook.add_worksheet("Calls")
    moment = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    duration = workbook.add_format({"num_format": "[h]:mm:ss"})
    money = workbook.add_format({"num_format": "#,##0.00"})
    formats = {0: moment, 1: moment, 2: duration, 13: moment, 14: money}
    for r, row in enumerate(make_calls(count), start=1):
        for c, value in enumerate(bare_row(row)):
            if isinstance(value, str):
                if value:
                    sheet.write_string(r, c, value)
            elif value is not None:
                sheet.write_number(r, c, value, formats.get(c))
    workbook.close()


def bare_csv(count: int, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        for row in make_calls(count):
            writer.writerow(bare_row(row))


def seconds(action: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``action`` (CPU time shows how much of the wall time was a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mb(action: Callable[[], object]) -> float:
    """Peak Python memory allocated while ``action`` runs, above what was held before it."""
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def figures(quick: bool) -> list[Figure]:
    count = QUICK_ROWS if quick else FULL_ROWS
    size = f"{count:,} call rows"
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        out = Path(folder)
        ours_xlsx = lambda: write_xlsx(report_with(count), out / "ours.xlsx")  # noqa: E731
        plain_xlsx = lambda: bare_xlsx(count, out / "bare.xlsx")  # noqa: E731
        formatted_xlsx = lambda: bare_xlsx_formatted(count, out / "formatted.xlsx")  # noqa: E731
        ours_csv = lambda: write_csv(report_with(count), out / "ours.csv")  # noqa: E731
        plain_csv = lambda: bare_csv(count, out / "bare.csv")  # noqa: E731
        (xlsx_s, xlsx_cpu), (bare_xlsx_s, bare_xlsx_cpu) = seconds(ours_xlsx), seconds(plain_xlsx)
        formatted_s, formatted_cpu = seconds(formatted_xlsx)
        xlsx_mb, bare_xlsx_mb = peak_mb(ours_xlsx), peak_mb(plain_xlsx)
        (csv_s, csv_cpu), (bare_csv_s, bare_csv_cpu) = seconds(ours_csv), seconds(plain_csv)
        csv_mb = peak_mb(ours_csv)
        file_mb = (out / "ours.xlsx").stat().st_size / 1e6
    xlsx_note = f"file {file_mb:.1f} MB; CPU {xlsx_cpu:.1f} s vs {bare_xlsx_cpu:.1f} s"
    return [
        Figure(f"XLSX export, {size}", xlsx_s, "s", bare_xlsx_s, "bare XlsxWriter loop, same cells, no formats",
               "<= 6 s", None if quick else xlsx_s <= 6, xlsx_note),
        Figure(f"XLSX export vs a bare loop with the same number formats, {size}", xlsx_s, "s", formatted_s,
               "bare XlsxWriter loop, same cells and number formats",
               note=f"CPU {xlsx_cpu:.1f} s vs {formatted_cpu:.1f} s; our overhead apart from formatted cells' cost"),
        Figure(f"XLSX export extra peak memory, {size}", xlsx_mb, "MB", bare_xlsx_mb,
               "bare XlsxWriter loop (tracemalloc peak)", "<= 50 MB", None if quick else xlsx_mb <= 50),
        Figure(f"CSV export, {size}", csv_s, "s", bare_csv_s, "bare csv.writer loop, same cells",
               note=f"peak memory {csv_mb:.1f} MB (tracemalloc); CPU {csv_cpu:.1f} s vs {bare_csv_cpu:.1f} s"),
    ]  # fmt: skip


if __name__ == "__main__":
    for figure in figures(quick="--quick" in sys.argv):
        print(json.dumps(figure.as_dict(), ensure_ascii=False))
