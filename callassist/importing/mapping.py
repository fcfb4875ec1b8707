"""Which column of a lead file feeds which lead field: found from the headers, changed by the operator, remembered.

A ``ColumnMapping`` is a frozen value with one field per column. It turns into a plain dict (to store it
per source) and back, and re-fits a remembered mapping onto a file whose columns moved.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from callassist.errors import UserInputError
from callassist.importing.header_names import AMBIGUOUS_NAMES, LeadField, normalise_header, recognise

MAPPING_FORMAT = 1
NAME_FIELDS = frozenset({LeadField.FULL_NAME, LeadField.LAST_NAME, LeadField.FIRST_NAME})


@dataclass(frozen=True)
class ColumnMapping:
    """One ``LeadField`` per column of the file, in column order."""

    headers: tuple[str, ...]
    fields: tuple[LeadField, ...]

    def __post_init__(self) -> None:
        if len(self.headers) != len(self.fields):
            raise ValueError(f"{len(self.headers)} headers but {len(self.fields)} fields")

    def columns(self, field: LeadField) -> tuple[int, ...]:
        """Indexes of the columns mapped to ``field``, left to right."""
        return tuple(index for index, mapped in enumerate(self.fields) if mapped is field)

    @property
    def ignored_headers(self) -> tuple[str, ...]:
        """Headers whose columns are not imported, to tell the operator."""
        return tuple(
            header for header, field in zip(self.headers, self.fields, strict=True) if field is LeadField.IGNORE
        )

    def with_field(self, column: int, field: LeadField) -> ColumnMapping:
        """The same mapping with column ``column`` (0-based) sent to ``field``, as the wizard changes it."""
        if not 0 <= column < len(self.fields):
            raise UserInputError("import.no_such_column", "mapping", column=column + 1, count=len(self.fields))
        changed = list(self.fields)
        changed[column] = field
        return ColumnMapping(self.headers, tuple(changed))

    def validate(self) -> ColumnMapping:
        """Check the mapping can produce leads; returns itself so calls chain.

        Raises:
            UserInputError: no column is mapped to a phone or to a name.
        """
        if any(field is LeadField.PHONE or field in NAME_FIELDS for field in self.fields):
            return self
        raise UserInputError("import.no_mapping", "mapping")

    def to_dict(self) -> dict[str, object]:
        """A plain, JSON-ready form to remember the mapping for a source."""
        columns = [{"header": h, "field": f.value} for h, f in zip(self.headers, self.fields, strict=True)]
        return {"format": MAPPING_FORMAT, "columns": columns}

    @classmethod
    def from_dict(cls, data: Mapping[str, object], headers: Sequence[str] | None = None) -> ColumnMapping:
        """Rebuild a mapping from ``to_dict`` output.

        Args:
            data: what ``to_dict`` returned (e.g. loaded from settings).
            headers: the headers of the file at hand. When given, the remembered fields are matched by
                header name (the n-th "Телефон" to the n-th "Телефон"), and columns the remembered
                mapping does not know are recognised from their names.

        Raises:
            UserInputError: the stored mapping is damaged.
        """
        remembered = _parse_columns(data)
        if headers is None:
            return cls(tuple(h for h, _ in remembered), tuple(f for _, f in remembered))
        return _refit(remembered, tuple(headers))


def auto_map(headers: Sequence[str]) -> ColumnMapping:
    """Recognise each header by its name; unknown ones are ignored (see ``ignored_headers``).

    "Наименование"/"Название"/"Name" name a company only when nothing else does: next to a "Компания" column
    (amoCRM's contacts) it is the person's name, and a person's name is never taken for a company. A "Name"
    next to a last-name column (1C-Bitrix's NAME, LAST_NAME) is the first name.
    """
    fields = [recognise(header) for header in headers]
    keys = [normalise_header(header) for header in headers]
    ambiguous = [i for i, key in enumerate(keys) if key in AMBIGUOUS_NAMES]
    plain_company = any(f is LeadField.COMPANY and keys[i] not in AMBIGUOUS_NAMES for i, f in enumerate(fields))
    has_last = LeadField.LAST_NAME in fields
    for index in ambiguous:
        if has_last and keys[index] == "name":
            fields[index] = LeadField.FIRST_NAME if LeadField.FIRST_NAME not in fields else LeadField.FULL_NAME
        elif plain_company or (keys[index] != "name" and LeadField.FIRST_NAME in fields and has_last):
            fields[index] = LeadField.FULL_NAME
    return ColumnMapping(tuple(headers), tuple(fields))


def _parse_columns(data: Mapping[str, object]) -> list[tuple[str, LeadField]]:
    columns = data.get("columns")
    if data.get("format") != MAPPING_FORMAT or not isinstance(columns, list):
        raise UserInputError("import.mapping_damaged", "mapping")
    parsed = []
    for column in columns:
        if not isinstance(column, dict) or not isinstance(column.get("header"), str):
            raise UserInputError("import.mapping_damaged", "mapping")
        try:
            parsed.append((column["header"], LeadField(str(column.get("field")))))
        except ValueError as exc:
            raise UserInputError("import.mapping_damaged", "mapping") from exc
    return parsed


def _refit(remembered: list[tuple[str, LeadField]], headers: tuple[str, ...]) -> ColumnMapping:
    by_name: dict[str, list[LeadField]] = {}
    for header, field in remembered:
        by_name.setdefault(normalise_header(header), []).append(field)
    fields = []
    for header in headers:
        queue = by_name.get(normalise_header(header))
        fields.append(queue.pop(0) if queue else recognise(header))
    return ColumnMapping(headers, tuple(fields))
