"""A client added by hand: the import's own cleaning, E.164 reading and duplicate checks, for one row.

The operator's fields go through ``importing.cleaning.clean_row`` as a one-row file would, so a hand-added client is
exactly what the same line in a spreadsheet would have become. A number another client holds means the client
exists: its id comes back instead of a new one (the operator opens it);
a number on the do-not-call list is refused (rule 3); a client needs a valid number (rule 14).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from callassist.domain import ClientState
from callassist.errors import UserInputError
from callassist.importing.cleaning import Lead, Rejection, clean_row
from callassist.importing.header_names import LeadField
from callassist.importing.mapping import ColumnMapping
from callassist.importing.reader import RawRow
from callassist.services import client_edits, client_phones, client_search, queue, zones
from callassist.settings import TeamSettings
from callassist.storage.models import Client, ClientPhone, DoNotCall

# The form's fields, in the order a one-row file of them has its columns.
FORM_FIELDS: tuple[LeadField, ...] = (
    LeadField.FULL_NAME,
    LeadField.COMPANY,
    LeadField.POSITION,
    LeadField.PHONE,
    LeadField.EMAIL,
    LeadField.CITY,
)


@dataclass(frozen=True)
class NewClient:
    full_name: str = ""
    company: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""
    city: str = ""


@dataclass(frozen=True)
class Added:
    client_id: int
    existing: bool  # the client was already stored: open it instead


def add_client(session: Session, operator_id: int, form: NewClient, now: datetime, settings: TeamSettings) -> Added:
    """Store the client the form describes, or name the stored client it duplicates.

    Raises:
        UserInputError: ``client.phone_invalid`` or ``client.phone_required`` (no valid number, rule 14),
            ``client.phone_do_not_call`` (rule 3),
            ``client.nothing_to_identify``.
    """
    lead = _lead(form, settings.default_region)
    existing = _existing(session, lead)
    if existing is not None:
        return Added(existing, True)
    client = Client(
        full_name=lead.full_name,
        first_name=lead.first_name,
        patronymic=lead.patronymic,
        last_name=lead.last_name,
        company=lead.company,
        position=lead.position,
        email=lead.email,
        city=lead.city,
        region=lead.region or settings.default_region,
        timezone=lead.timezone,
        source="manual",
        state=ClientState.NEW.value,
        created_at=now,
        updated_at=now,
    )
    client.phones = [
        ClientPhone(e164=phone.e164, raw=phone.raw[:80], extension=phone.extension[:20], position=index)
        for index, phone in enumerate(lead.phones)
    ]
    zones.assign_timezone(client, settings)
    session.add(client)
    session.flush()
    client_edits.record_change(session, client.id, operator_id, now, "created", "", client.full_name or client.company)
    queue.reposition(session, client)
    client_search.index_clients(session, [client.id])
    zones.forget_zone_pairs()  # a new (zone, country) pair may have come with it
    return Added(client.id, False)


def _lead(form: NewClient, region: str) -> Lead:
    values = (form.full_name, form.company, form.position, form.phone, form.email, form.city)
    mapping = ColumnMapping(tuple(field.value for field in FORM_FIELDS), FORM_FIELDS)
    cleaned = clean_row(RawRow(1, values), mapping, region)
    if isinstance(cleaned, Rejection):
        if form.phone.strip():
            raise UserInputError("client.phone_invalid", field="phone", value=form.phone.strip())
        if any(value.strip() for value in values):  # someone, but no number to call (rule 14)
            raise UserInputError("client.phone_required", field="phone")
        raise UserInputError("client.nothing_to_identify", field="fullName")
    if not cleaned.phones:  # rule 14: nobody enters the queue without a number to dial
        raise UserInputError("client.phone_invalid", field="phone", value=form.phone.strip())
    return cleaned


def _existing(session: Session, lead: Lead) -> int | None:
    for phone in lead.phones:
        if session.get(DoNotCall, phone.e164) is not None:
            raise UserInputError("client.phone_do_not_call", field="phone", value=phone.e164)
        holder = client_phones.owner_of(session, phone.e164)
        if holder is not None:
            return holder
    return None
