"""CSV and XLSX exports of a hand-built report: reopened with the csv module and python-calamine."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from callassist.domain import AttemptResult, ConversationResult, NeverReason
from callassist.errors import UserInputError
from callassist.export.csv_export import write_csv
from callassist.export.safe import DANGEROUS_FIRST
from callassist.export.xlsx_export import write_xlsx
from callassist.stats.report import (
    CallbackFigures,
    CallRow,
    HourFigures,
    NeverMove,
    NotReachedCounts,
    ObjectionCount,
    OperatorFigures,
    OutcomeCounts,
    ReasonCount,
    StatsReport,
)

DAY = date(2026, 11, 23)
MSK = "Europe/Moscow"  # UTC+3 all year
NASTY_NAMES = ('=HYPERLINK("http://x")', "+7 999 000-00-00", "-1", "@SUM(A1)", "\tTAB", "\rCR")


def utc(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 23, hour, minute, tzinfo=UTC)


ANNA = OperatorFigures(
    operator="Анна",
    day=DAY,
    dials=10,
    connected=4,
    talk_seconds_total=754,
    first_call_at=utc(6, 5),
    last_call_at=utc(14, 40),
    avg_gap_seconds=185.5,
    outcomes=OutcomeCounts(sale=1, callback=1, refused=1, never=1),
    not_reached=NotReachedCounts(no_answer=3, busy=2, voicemail=1),
    revenue=Decimal("12500.50"),
    future_created=1,
    moved_to_never=1,
)
BORIS = OperatorFigures(
    operator="Борис",
    day=DAY,
    dials=5,
    connected=2,
    talk_seconds_total=3725,
    first_call_at=utc(7),
    last_call_at=utc(9, 30),
    avg_gap_seconds=None,
    outcomes=OutcomeCounts(sale=1, interested=1),
    not_reached=NotReachedCounts(wrong_number=1, not_in_service=2),
    revenue=Decimal("999.99"),
    future_created=0,
    moved_to_never=0,
)
TEAM = OperatorFigures(
    operator=None,
    day=None,
    dials=15,
    connected=6,
    talk_seconds_total=754 + 3725,
    first_call_at=utc(6, 5),
    last_call_at=utc(14, 40),
    avg_gap_seconds=185.5,
    outcomes=OutcomeCounts(sale=2, callback=1, interested=1, refused=1, never=1),
    not_reached=NotReachedCounts(no_answer=3, busy=2, voicemail=1, wrong_number=1, not_in_service=2),
    revenue=Decimal("13500.49"),
    future_created=1,
    moved_to_never=1,
)


def call(name: str, minute: int, amount: Decimal | None = None) -> CallRow:
    return CallRow(
        started_at=utc(6, minute),
        ended_at=utc(6, minute) + timedelta(seconds=125),
        operator="Анна",
        client_id=100 + minute,
        client_name=name,
        company="ООО «Ромашка»",
        phone="+79990000000",
        attempt_result=AttemptResult.CONNECTED,
        conversation_result=ConversationResult.SALE if amount else ConversationResult.REFUSED,
        refusal_reason="" if amount else "Дорого",
        refusal_text="",
        never_reason=None,
        next_contact_at=None if amount else utc(7) + timedelta(days=3),
        amount=amount,
        note="=1+1",
    )


def calls() -> list[CallRow]:
    rows = [call(name, minute) for minute, name in enumerate(NASTY_NAMES)]
    return [*rows, call("Иван Петров", 30, Decimal("12500.50"))]


def build_report(call_rows: object = None, timezone: str = MSK) -> StatsReport:
    return StatsReport(
        date_from=DAY,
        date_to=DAY,
        timezone=timezone,
        generated_at=utc(18),
        per_operator_day=(ANNA, BORIS),
        per_operator=(ANNA, BORIS),
        total=TEAM,
        by_hour=(HourFigures(9, 6, 3), HourFigures(10, 9, 3)),
        refusal_reasons=(ReasonCount("no_time", "Нет времени", 2), ReasonCount("expensive", "Дорого", 5)),
        objections=(ObjectionCount("send_offer", "Пришлите предложение", 3),),
        callbacks=(CallbackFigures("Анна", 4, 3, 1), CallbackFigures("Борис", 2, 1, 0)),
        never_moves=(NeverMove(7, "=cmd|' /C calc'!A0", NeverReason.ORGANISATION_CLOSED, "Анна", utc(8)),),
        calls=calls() if call_rows is None else call_rows,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- CSV


def read_csv(path: Path, delimiter: str = ";") -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def section(rows: list[list[str]], title: str) -> list[list[str]]:
    """The rows under a section title, up to the blank row that ends the section."""
    start = rows.index([title]) + 1
    end = next((i for i in range(start, len(rows)) if not rows[i]), len(rows))
    return rows[start:end]


def test_csv_has_a_bom_and_the_summary_figures(tmp_path: Path) -> None:
    out = tmp_path / "stats.csv"
    write_csv(build_report(), out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    summary = dict(row for row in section(read_csv(out), "Итоги") if len(row) == 2)
    assert summary["Наборы"] == "15"
    assert summary["Дозвоны"] == "6"
    assert summary["Время разговоров"] == "1:14:39"  # 754 s + 3725 s = 4479 s
    assert summary["Продажа"] == "2"
    assert summary["Отказ → «будущий»"] == "1"
    assert summary["Номер не обслуживается"] == "2"
    assert summary["Конверсия"] == "33,3%"  # 2 sales / 6 connected
    assert summary["Выручка"] == "13500,49"
    assert summary["Первый звонок"] == "2026-11-23 09:05:00"  # 06:05 UTC in Moscow
    assert summary["Часовой пояс"] == MSK


def test_csv_rows_per_operator_and_the_call_log(tmp_path: Path) -> None:
    out = tmp_path / "stats.csv"
    write_csv(build_report(), out)
    rows = read_csv(out)
    by_operator = section(rows, "По операторам")
    header = by_operator[0]
    anna = dict(zip(header, by_operator[1], strict=True))
    assert (anna["Оператор"], anna["Наборы"], anna["Время разговоров"]) == ("Анна", "10", "0:12:34")
    assert anna["Средний разговор"] == "0:03:08"  # 754 / 4 = 188.5 s, rounded to even
    assert anna["Средняя пауза"] == "0:03:06"  # 185.5 s rounds to even: 186
    assert by_operator[-1][0] == "Итого"
    log = section(rows, "Звонки")
    assert len(log) == 1 + len(NASTY_NAMES) + 1
    names = [row[log[0].index("Клиент")] for row in log[1:]]
    assert names[: len(NASTY_NAMES)] == ["'" + name for name in NASTY_NAMES]
    sale = dict(zip(log[0], log[-1], strict=True))
    assert (sale["Сумма"], sale["Длительность"], sale["Итог разговора"]) == ("12500,50", "0:02:05", "Продажа")


def test_csv_never_has_a_cell_a_spreadsheet_would_execute(tmp_path: Path) -> None:
    out = tmp_path / "stats.csv"
    write_csv(build_report(), out)
    cells = [cell for row in read_csv(out) for cell in row]
    assert "'=cmd|' /C calc'!A0" in cells
    assert [cell for cell in cells if cell[:1] in DANGEROUS_FIRST] == []


def test_csv_with_comma_delimiter_uses_decimal_points_and_english(tmp_path: Path) -> None:
    out = tmp_path / "stats.csv"
    write_csv(build_report(), out, delimiter=",", language="en")
    summary = dict(row for row in section(read_csv(out, ","), "Summary") if len(row) == 2)
    assert (summary["Revenue"], summary["Conversion"], summary["Dials"]) == ("13500.49", "33.3%", "15")


def test_csv_shows_wall_clock_time_across_a_daylight_saving_change(tmp_path: Path) -> None:
    # Berlin leaves summer time at 01:00 UTC on 2026-10-25: 00:30 UTC and 01:30 UTC are both 02:30 locally.
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    rows = [
        CallRow(start, start + timedelta(minutes=1), "Анна", 1, "Клиент", "", "", AttemptResult.BUSY, None, "", "",
                None, None, None, "")
        for start in (first, first + timedelta(hours=1))
    ]  # fmt: skip
    out = tmp_path / "dst.csv"
    write_csv(build_report(rows, timezone="Europe/Berlin"), out)
    log = section(read_csv(out), "Звонки")
    assert [row[0] for row in log[1:]] == ["2026-10-25 02:30:00", "2026-10-25 02:30:00"]
    assert [row[2] for row in log[1:]] == ["0:01:00", "0:01:00"]


# ---------------------------------------------------------------- XLSX


def sheet(path: Path, name: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def test_xlsx_has_every_sheet_with_its_headers(tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    write_xlsx(build_report(), out)
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names == [
        "Итоги", "По операторам", "По операторам и дням", "По часам", "Причины отказов",
        "Возражения", "Перезвоны", "Перевод в «никогда»", "Звонки",
    ]  # fmt: skip
    assert sheet(out, "Причины отказов")[0] == ["Причина", "Код", "Количество", "Доля"]
    assert sheet(out, "Звонки")[0][:4] == ["Начало", "Конец", "Длительность", "Оператор"]
    assert sheet(out, "По операторам и дням")[0][:3] == ["Оператор", "День", "Наборы"]


def test_xlsx_holds_real_numbers_dates_and_durations(tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    write_xlsx(build_report(), out)
    summary = {row[0]: row[1] for row in sheet(out, "Итоги") if row[0]}
    assert summary["Наборы"] == 15
    assert summary["Время разговоров"] == timedelta(seconds=4479)
    assert summary["Выручка"] == pytest.approx(13500.49)
    assert summary["Конверсия"] == pytest.approx(2 / 6)
    assert summary["Первый звонок"] == datetime(2026, 11, 23, 9, 5)
    assert summary["Период"] == DAY
    rows = sheet(out, "По операторам и дням")
    boris = dict(zip(rows[0], rows[2], strict=True))
    assert (boris["Оператор"], boris["День"], boris["Дозвоны"]) == ("Борис", DAY, 2)
    assert boris["Время разговоров"] == timedelta(seconds=3725)
    assert boris["Средняя пауза"] == ""  # None: one call, no gap


def test_xlsx_ranks_refusal_reasons_and_totals_callbacks(tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    write_xlsx(build_report(), out)
    reasons = sheet(out, "Причины отказов")[1:]
    assert [(row[1], row[2]) for row in reasons] == [("expensive", 5), ("no_time", 2)]
    assert reasons[0][3] == pytest.approx(5 / 7)
    assert sheet(out, "Перезвоны")[-1] == ["Итого", 6, 4, 1]


def test_xlsx_cells_are_inert(tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    write_xlsx(build_report(), out)
    book = CalamineWorkbook.from_path(str(out))
    texts = [cell for name in book.sheet_names for row in sheet(out, name) for cell in row if isinstance(cell, str)]
    assert [text for text in texts if text[:1] in DANGEROUS_FIRST] == []
    log = sheet(out, "Звонки")
    names = [row[log[0].index("Клиент")] for row in log[1:]]
    assert names[: len(NASTY_NAMES)] == ["'" + name for name in NASTY_NAMES]
    with zipfile.ZipFile(out) as archive:
        assert not any("<f>" in archive.read(part).decode() for part in archive.namelist() if "worksheets" in part)


def test_xlsx_has_frozen_headers_autofilter_and_charts(tmp_path: Path) -> None:
    out = tmp_path / "stats.xlsx"
    write_xlsx(build_report(), out, language="en")
    with zipfile.ZipFile(out) as archive:
        parts = archive.namelist()
        calls_xml = archive.read("xl/worksheets/sheet9.xml").decode()
    assert len([part for part in parts if part.startswith("xl/charts/chart")]) == 2
    assert 'state="frozen"' in calls_xml
    assert '<autoFilter ref="A1:Q' in calls_xml
    assert sheet(out, "Calls")[0][:2] == ["Started", "Ended"]


def test_xlsx_reports_progress_while_streaming_the_call_log(tmp_path: Path) -> None:
    many = (call(f"Клиент {i}", i % 60) for i in range(4_500))
    seen: list[int] = []
    write_xlsx(build_report(many), tmp_path / "big.xlsx", progress=seen.append)
    assert seen == [2_000, 4_000, 4_500]
    assert len(sheet(tmp_path / "big.xlsx", "Звонки")) == 4_501


def test_xlsx_call_log_past_the_sheet_limit_continues_on_numbered_sheets(tmp_path: Path) -> None:
    """Excel holds 1,048,576 rows a sheet; past that the log goes on in "Звонки (2)"…, nothing dropped."""
    out = tmp_path / "month.xlsx"
    names_in = [f"Клиент {i}" for i in range(11)]
    seen: list[int] = []
    write_xlsx(build_report(call(name, i) for i, name in enumerate(names_in)), out, progress=seen.append, sheet_rows=5)
    book = CalamineWorkbook.from_path(str(out))
    parts = [name for name in book.sheet_names if name.startswith("Звонки")]
    assert parts == ["Звонки", "Звонки (2)", "Звонки (3)"]
    header = sheet(out, "Звонки")[0]
    client_col = header.index("Клиент")
    rows = [row for part in parts for row in sheet(out, part)[1:]]
    assert all(sheet(out, part)[0] == header for part in parts)  # each part has its header
    assert [row[client_col] for row in rows] == names_in  # every call, in order, once
    assert [len(sheet(out, part)) for part in parts] == [5, 5, 4]  # 4 + 4 + 3 calls, each under a header
    assert seen[-1] == 11


# ---------------------------------------------------------------- failures


def failing_calls() -> Iterator[CallRow]:
    yield from calls()
    raise RuntimeError("database went away")


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_failure_midway_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"stats.{suffix}"
    out.write_bytes(b"yesterday's export")
    writer = write_csv if suffix == "csv" else write_xlsx
    with pytest.raises(RuntimeError, match="database went away"):
        writer(build_report(failing_calls()), out)
    assert out.read_bytes() == b"yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_missing_folder_is_refused_and_nothing_is_written(tmp_path: Path, suffix: str) -> None:
    writer = write_csv if suffix == "csv" else write_xlsx
    with pytest.raises(UserInputError, match="does not exist"):
        writer(build_report(), tmp_path / "missing" / f"stats.{suffix}")
    assert list(tmp_path.iterdir()) == []


def test_bad_language_and_delimiter_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="language"):
        write_xlsx(build_report(), tmp_path / "a.xlsx", language="de")
    with pytest.raises(UserInputError, match="delimiter"):
        write_csv(build_report(), tmp_path / "a.csv", delimiter="\t")
    assert list(tmp_path.iterdir()) == []
