"""Correcting a client by hand: checked fields, a history row per change, and no edit lost to a colleague's.

Two operators may open the editor on one client. Each save says which version it started from and what the fields
were then. If the client moved on in between, the fields the other person did not touch are merged; a field both
changed to different values refuses the whole save (``client.edit_conflict``) so the editor reloads and the
operator sees the colleague's value first. Nothing is overwritten silently.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import phonenumbers
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from callassist.domain import BuyingStage, ClientChangeView
from callassist.errors import NotFound, UserInputError
from callassist.importing.names import NameParts, join_name, tidy
from callassist.storage.models import Client, ClientChange, Operator
from callassist.timekeeping.zones import parse_zone

# Field code (as the editor and the history name it) → column of ``clients``.
EDITABLE: dict[str, str] = {
    "firstName": "first_name",
    "patronymic": "patronymic",
    "lastName": "last_name",
    "addressAs": "address_as",
    "company": "company",
    "position": "position",
    "email": "email",
    "city": "city",
    "country": "region",
    "timezone": "timezone",
    "stage": "stage",
    "preferences": "preferences",
    "notes": "notes",
}
NAME_FIELDS = ("firstName", "patronymic", "lastName")
SEARCHED_FIELDS = (*NAME_FIELDS, "company")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
HISTORY_SHOWN = 50


@dataclass(frozen=True)
class ClientEdit:
    """What the editor saves: the version and values it loaded, and the fields the operator changed."""

    client_id: int
    base_version: int
    base: Mapping[str, str]
    changes: Mapping[str, str]


@dataclass(frozen=True)
class EditSaved:
    version: int
    changed: tuple[str, ...]  # field codes written
    merged: tuple[str, ...] = field(default_factory=tuple)  # fields a colleague had changed meanwhile (kept)


def editable_values(client: Client) -> dict[str, str]:
    """The editor's fields of ``client`` as text (None is "")."""
    return {code: str(getattr(client, column) or "") for code, column in EDITABLE.items()}


def check_value(code: str, value: str) -> str:
    """``value`` tidied for field ``code``, or refused with the field named.

    Raises:
        UserInputError: an unknown field, a malformed e-mail, an unknown country, time zone or stage.
    """
    if code not in EDITABLE:
        raise UserInputError("client.unknown_field", field=code, name=code)
    text = value.strip() if code in ("preferences", "notes") else tidy(value)
    if not text:
        return ""
    if code == "email" and not _EMAIL.match(text):
        raise UserInputError("client.bad_email", field="email", value=text)
    if code == "country":
        text = text.upper()
        if text not in phonenumbers.SUPPORTED_REGIONS:
            raise UserInputError("client.bad_country", field="country", value=text)
    if code == "timezone":
        try:
            text = parse_zone(text)
        except UserInputError:
            raise UserInputError("client.bad_timezone", field="timezone", value=text, example="Europe/Moscow") from None
    if code == "stage" and text not in {stage.value for stage in BuyingStage}:
        raise UserInputError("client.bad_stage", field="stage", value=text)
    return text


def apply_edit(session: Session, operator_id: int, edit: ClientEdit, now: datetime) -> EditSaved:
    """Check and write ``edit`` with a history row per changed field; returns the client's new version.

    Raises:
        NotFound: the client is gone.
        UserInputError: a bad value (``client.bad_*``), or ``client.edit_conflict`` when a colleague saved a
            different value of a field this edit changes too; nothing is written then.
    """
    client = session.get(Client, edit.client_id, with_for_update=True)
    if client is None:
        raise NotFound("client.not_found", field="client", client_id=edit.client_id)
    wanted = {code: check_value(code, value) for code, value in edit.changes.items()}
    current = editable_values(client)
    merged: list[str] = []
    if client.version != edit.base_version:
        clashes = [c for c in wanted if current[c] != edit.base.get(c, "") and current[c] != wanted[c]]
        if clashes:
            raise UserInputError("client.edit_conflict", field=clashes[0], fields=", ".join(clashes))
        merged = [c for c in EDITABLE if current[c] != edit.base.get(c, current[c]) and c not in wanted]
    changed = tuple(code for code, value in wanted.items() if current[code] != value)
    for code in changed:
        record_change(session, client.id, operator_id, now, code, current[code], wanted[code])
        setattr(client, EDITABLE[code], wanted[code] or (None if code in ("timezone", "stage") else ""))
    if changed:
        _after_change(client, changed, now)
    return EditSaved(client.version, changed, tuple(merged))


def _after_change(client: Client, changed: tuple[str, ...], now: datetime) -> None:
    if any(code in NAME_FIELDS for code in changed):
        parts = NameParts(last=client.last_name, first=client.first_name, patronymic=client.patronymic)
        client.full_name = join_name(parts) or client.full_name
    if any(code in SEARCHED_FIELDS for code in changed):
        client.search_stale = 1
    client.version += 1
    client.updated_at = now


def record_change(
    session: Session, client_id: int, operator_id: int | None, now: datetime, code: str, old: str, new: str
) -> None:
    session.add(
        ClientChange(
            client_id=client_id, operator_id=operator_id, changed_at=now, field=code, old_value=old, new_value=new
        )
    )


def changes_of(session: Session, client_id: int) -> tuple[ClientChangeView, ...]:
    """The client's hand edits, newest first (the card shows the last ``HISTORY_SHOWN``)."""
    rows = session.connection().execute(_CHANGES, {"client_id": client_id})
    return tuple(ClientChangeView(when, name or "", code, old, new) for when, name, code, old, new in rows)


# Built once: every claim opens a card, and the claim is the operator's hot path (see services.clients).
_CHANGES = (
    select(ClientChange.changed_at, Operator.name, ClientChange.field, ClientChange.old_value, ClientChange.new_value)
    .outerjoin(Operator, Operator.id == ClientChange.operator_id)
    .where(ClientChange.client_id == bindparam("client_id"))
    .order_by(ClientChange.changed_at.desc(), ClientChange.id.desc())
    .limit(HISTORY_SHOWN)
)
