"""Rows of one file sharing a phone become one lead; the earlier row's values are never overwritten."""

from __future__ import annotations

from callassist.domain import Phone
from callassist.importing.cleaning import Lead
from callassist.importing.dedupe import merge_within_file

BLANK = Lead(
    full_name="",
    first_name="",
    patronymic="",
    last_name="",
    company="",
    position="",
    email="",
    city="",
    region="",
    timezone=None,
    comment="",
    source="",
    phones=(),
    row_number=0,
    original=(),
)


def make(row: int, *numbers: str, **fields: object) -> Lead:
    phones = tuple(Phone(e164=n, raw=n) for n in numbers)
    return BLANK._replace(row_number=row, phones=phones, original=(str(row),), **fields)  # type: ignore[arg-type]


def test_a_later_row_fills_empty_fields_and_adds_phones_without_overwriting() -> None:
    first = make(2, "+79161234567", full_name="Иванов Иван", company="Ромашка")
    later = make(5, "+74951234567", "+79161234567", full_name="Иван И.", email="i@x.ru", timezone="Europe/Moscow")

    unique, merged = merge_within_file([first, make(3, "+79990000000"), later])

    assert merged == [(5, 2)]
    assert [lead.row_number for lead in unique] == [2, 3]
    kept = unique[0]
    assert (kept.full_name, kept.company, kept.email, kept.timezone) == (
        "Иванов Иван",
        "Ромашка",
        "i@x.ru",
        "Europe/Moscow",
    )
    assert [p.e164 for p in kept.phones] == ["+79161234567", "+74951234567"]
    assert kept.original == ("2",)


def test_rule_16_people_sharing_a_switchboard_stay_apart_and_a_nameless_row_joins_the_first() -> None:
    board = "+74951234567"
    leads = [
        make(2, board, "+79161111111", full_name="Иванов Иван"),
        make(3, board, "+79162222222", full_name="Петров Пётр"),
        make(4, board, "+79163333333", full_name="Сидорова Анна"),
        make(5, "+79162222222", full_name="Пётр Петров", city="Казань"),  # row 3 again, words in another order
        make(6, board),  # no name: the first holder of the number
    ]

    unique, merged = merge_within_file(leads)

    assert [lead.row_number for lead in unique] == [2, 3, 4]
    assert sorted(merged) == [(5, 3), (6, 2)]
    assert [[p.e164 for p in lead.phones] for lead in unique] == [
        [board, "+79161111111"],
        [board, "+79162222222"],
        [board, "+79163333333"],
    ]
    assert unique[1].city == "Казань"


def test_leads_without_phones_are_never_merged() -> None:
    leads = [make(2, full_name="A"), make(3, full_name="A")]

    assert merge_within_file(leads) == ([*leads], [])
