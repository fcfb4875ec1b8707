"""Random and malformed files thrown at the reader and the cleaner: only ``UserInputError``, and every row counted."""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callassist.errors import UserInputError
from callassist.importing.cleaning import Lead, clean_row
from callassist.importing.dedupe import merge_within_file
from callassist.importing.header_names import LeadField
from callassist.importing.mapping import ColumnMapping
from callassist.importing.reader import read_table

# Every field gets a column in turn, so the cleaner sees phones, names and text in every position.
FIELD_CYCLE = [LeadField.PHONE, LeadField.FULL_NAME, LeadField.PHONE, LeadField.COMPANY, LeadField.EMAIL]
CSV_ALPHABET = ';,\t|"\r\n 0123456789+()-.eE=@#ИвановПетрДОБдобxтелефон\x00\x1a'
SUFFIXES = [".csv", ".txt", ".xlsx", ".ods", ".xls", ".dat"]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def account_for(data: bytes, suffix: str) -> None:
    """Read, clean and merge ``data``; refuse only in plain words; check rows read = leads + merged + rejected."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"leads{suffix}"
        path.write_bytes(data)
        try:
            table = read_table(path)
        except UserInputError as error:
            assert str(error).strip()
            return
    mapping = ColumnMapping(table.headers, tuple(itertools.islice(itertools.cycle(FIELD_CYCLE), len(table.headers))))
    results = [clean_row(row, mapping, "RU") for row in table.rows]
    leads = [result for result in results if isinstance(result, Lead)]
    rejected = len(results) - len(leads)
    unique, merged = merge_within_file(leads)
    assert len(table.rows) == len(unique) + len(merged) + rejected
    assert all(row.number >= 2 for row in table.rows)
    assert len({row.number for row in table.rows}) == len(table.rows)
    for lead in unique:
        assert all(phone.e164.startswith("+") and phone.e164[1:].isdigit() for phone in lead.phones)


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_are_read_or_refused_in_plain_words(data: bytes, suffix: str) -> None:
    account_for(data, suffix)


@FAST
@given(
    text=st.text(alphabet=CSV_ALPHABET, max_size=600),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8_r", "utf-16"]),
)
def test_malformed_csv_text_keeps_the_accounting(text: str, encoding: str) -> None:
    account_for(text.encode(encoding), ".csv")


@FAST
@given(
    rows=st.lists(
        st.lists(
            st.sampled_from(["89161234567", "+7 495 123-45-67 доб. 5", "8916", "Иванов Иван", "", '"', ";", "=1+2"]),
            min_size=1,
            max_size=6,
        ),
        max_size=30,
    )
)
def test_csv_made_of_realistic_cells_keeps_the_accounting(rows: list[list[str]]) -> None:
    text = "Телефон;ФИО;Мобильный;Компания\r\n" + "".join(";".join(row) + "\r\n" for row in rows)
    account_for(text.encode("cp1251"), ".csv")
