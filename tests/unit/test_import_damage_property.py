"""Random byte damage in a good UTF-8 lead file: no valid row is ever garbled, and no row is lost silently.

A stray byte (a code-page letter, a lone UTF-8 piece, a NUL) lands in up to three rows, at most one per row. The
file must still be read as UTF-8: the damaged rows are rejected with their reason, every other row comes through
exactly as written, and rows read = leads + merged + rejected (rule 13).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from callassist.importing.cleaning import RejectReason
from callassist.importing.pipeline import prepare

FIRST = ["Иван", "Пётр", "Ольга", "Анна", "Тарас", "Айгерим", "Олена", "Сергей"]
LAST = ["Иванов", "Петров", "Смирнова", "Орлова", "Шевченко", "Ахметова", "Коваленко", "Ёлкин"]
ROWS = 40


def good_rows() -> list[tuple[str, str, str]]:
    return [
        (f"{LAST[i % 8]} {FIRST[(i * 3) % 8]} Номер{i}", f"+7 916 {i // 100:03d}-{i % 100:02d}-00", f"ООО «Заря-{i}»")
        for i in range(ROWS)
    ]


def file_bytes(rows: list[tuple[str, str, str]]) -> list[bytes]:
    lines = ["ФИО;Телефон;Компания", *(";".join(row) for row in rows)]
    return [line.encode("utf-8") for line in lines]


STRAY = st.one_of(st.integers(0x80, 0xFF), st.just(0))
DAMAGE = st.dictionaries(
    keys=st.integers(1, ROWS),  # a data line (0 is the header), at most one damage per line
    values=st.tuples(st.floats(0, 1, exclude_max=True), STRAY),
    min_size=1,
    max_size=3,
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damage=DAMAGE)
def test_byte_damage_rejects_only_the_damaged_rows_and_garbles_none(damage: dict[int, tuple[float, int]]) -> None:
    rows = good_rows()
    lines = file_bytes(rows)
    for line, (where, byte) in damage.items():
        at = int(where * len(lines[line]))
        lines[line] = lines[line][:at] + bytes([byte]) + lines[line][at:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "leads.csv"
        path.write_bytes(b"\r\n".join(lines) + b"\r\n")

        prepared = prepare(path)

    assert prepared.read == ROWS
    assert prepared.read == len(prepared.leads) + len(prepared.merged) + len(prepared.rejections)
    damaged_rows = {line + 1 for line in damage}  # file line numbers: the header is line 1
    assert {r.row_number for r in prepared.rejections} == damaged_rows
    assert all(r.reason in (RejectReason.BAD_BYTES, RejectReason.BINARY) for r in prepared.rejections)
    expected = {number: rows[number - 2] for number in range(2, ROWS + 2) if number not in damaged_rows}
    got = {lead.row_number: (lead.full_name, lead.phones[0].raw, lead.company) for lead in prepared.leads}
    assert got == expected
