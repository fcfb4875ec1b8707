"""The per-list tables of an export (issue 15): figures per lead list and its refusals by reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from callassist.export.labels import Labels
from callassist.export.tables import Column, Kind, Table
from callassist.stats.by_list import ListFigures


@dataclass(frozen=True)
class _ListReason:
    list_name: str
    title: str
    code: str
    count: int


def list_tables(lists: tuple[ListFigures, ...], labels: Labels) -> list[Table[Any]]:
    """The two per-list tables; none when the export has no list figures."""
    if not lists:
        return []
    words = labels

    def name(item: ListFigures) -> str:
        return item.name or words["col.no_list"]

    figures: tuple[Column[ListFigures], ...] = (
        Column(words["col.list"], Kind.TEXT, name, 28),
        Column(labels["col.dials"], Kind.INT, lambda f: f.dials, 9),
        Column(labels["col.connected"], Kind.INT, lambda f: f.connects, 9),
        Column(words["col.sales"], Kind.INT, lambda f: f.sales, 9),
        Column(words["col.conversion"], Kind.PERCENT, lambda f: f.conversion, 10),
        Column(words["col.refusals"], Kind.INT, lambda f: f.refusals, 9),
    )
    reasons = [_ListReason(name(item), r.title, r.code, r.count) for item in lists for r in item.reasons]
    reason_columns: tuple[Column[_ListReason], ...] = (
        Column(words["col.list"], Kind.TEXT, lambda r: r.list_name, 28),
        Column(labels["col.reason"], Kind.TEXT, lambda r: r.title, 30),
        Column(labels["col.code"], Kind.TEXT, lambda r: r.code, 14),
        Column(labels["col.count"], Kind.INT, lambda r: r.count, 10),
    )
    return [Table("sheet.by_list", figures, lists), Table("sheet.list_refusals", reason_columns, reasons)]
