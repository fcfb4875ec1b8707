"""safe_cell (PRODUCT.md rule 12), the label tables and the report's own checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from callassist.domain import AttemptResult, ConversationResult, NeverReason
from callassist.errors import UserInputError
from callassist.export import labels
from callassist.export.safe import DANGEROUS_FIRST, safe_cell
from callassist.stats.report import NotReachedCounts, OperatorFigures, OutcomeCounts, StatsReport

RISKY = st.sampled_from(sorted(DANGEROUS_FIRST))


@given(st.one_of(st.text(), st.builds(lambda first, rest: first + rest, RISKY, st.text())))
def test_rule_12_no_text_comes_out_starting_with_a_dangerous_character(text: str) -> None:
    cell = safe_cell(text)
    assert isinstance(cell, str)
    assert cell[:1] not in DANGEROUS_FIRST
    assert cell.endswith(text)  # nothing is lost, at most an apostrophe is added


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.decimals(allow_nan=False), st.dates(), st.datetimes()))
def test_numbers_and_dates_stay_what_they_are(value: object) -> None:
    assert safe_cell(value) is value


def test_none_is_empty_and_objects_become_inert_text() -> None:
    assert safe_cell(None) == ""
    assert safe_cell(timedelta(seconds=5)) == timedelta(seconds=5)
    assert safe_cell(Decimal("-1.5")) == Decimal("-1.5")
    assert safe_cell(ConversationResult.SALE) == "sale"

    class Sneaky:
        def __str__(self) -> str:
            return "=1+1"

    assert safe_cell(Sneaky()) == "'=1+1"


def test_both_languages_label_the_same_things_and_every_enum_member() -> None:
    assert labels.keys("ru") == labels.keys("en")
    wanted = {f"attempt.{m.value}" for m in AttemptResult} | {f"conversation.{m.value}" for m in ConversationResult}
    wanted |= {f"never.{m.value}" for m in NeverReason}
    assert wanted <= labels.keys("ru")
    sheets = [labels.Labels.for_language(lang)[key] for lang in labels.LANGUAGES for key in labels.keys(lang)
              if key.startswith("sheet.")]  # fmt: skip
    assert all(len(name) <= 31 and not set(name) & set("[]:*?/\\") for name in sheets)


def figures(dials: int, connected: int, no_answer: int, sales: int = 0) -> OperatorFigures:
    return OperatorFigures(
        operator="Анна", day=None, dials=dials, connected=connected, talk_seconds_total=600, first_call_at=None,
        last_call_at=None, avg_gap_seconds=None, outcomes=OutcomeCounts(sale=sales),
        not_reached=NotReachedCounts(no_answer=no_answer), revenue=Decimal(0), future_created=0, moved_to_never=0,
    )  # fmt: skip


def test_derived_figures_and_consistency_checks() -> None:
    good = figures(dials=5, connected=4, no_answer=1, sales=1)
    assert (good.talk_seconds_avg, good.conversion) == (150.0, 0.25)
    nobody = figures(dials=2, connected=0, no_answer=2)
    assert (nobody.talk_seconds_avg, nobody.conversion) == (None, None)
    with pytest.raises(ValueError, match="dials"):
        figures(dials=5, connected=1, no_answer=1)
    with pytest.raises(ValueError, match="outcomes"):
        figures(dials=2, connected=1, no_answer=1, sales=2)
    with pytest.raises(ValueError, match="connected"):
        good.not_reached.of(AttemptResult.CONNECTED)


def report(date_from: date, date_to: date, timezone: str) -> StatsReport:
    team = figures(dials=1, connected=0, no_answer=1)
    generated = datetime(2026, 1, 1, tzinfo=UTC)
    return StatsReport(date_from, date_to, timezone, generated, (), (), team, (), (), (), (), (), [])


def test_report_refuses_a_backwards_period_and_an_unknown_time_zone() -> None:
    with pytest.raises(UserInputError, match="ends"):
        report(date(2026, 2, 1), date(2026, 1, 31), "Europe/Moscow")
    with pytest.raises(UserInputError, match="Mars/Olympus"):
        report(date(2026, 1, 1), date(2026, 1, 31), "Mars/Olympus")
