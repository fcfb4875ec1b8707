"""A client's phones by hand: add, correct, remove, choose the one F4 dials, mark one wrong or dead (rule 14).

A wrong number or a number not in service marks that phone only; the client stays callable on its other numbers and
leaves the queue only when none works (``queue.reposition`` asks ``working_count``). Numbers are read the way the
import reads them (``importing.phones.parse_phone_cell``): one E.164 number per phone, an extension kept apart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from callassist.domain import Phone, PhoneStatus
from callassist.errors import NotFound, UserInputError
from callassist.importing.phones import parse_phone_cell
from callassist.services import client_edits, client_search
from callassist.services.settings_service import dial_link
from callassist.storage.models import Client, ClientPhone, DoNotCall


def read_number(text: str, region: str) -> Phone:
    """The one number ``text`` holds, in E.164 with its extension.

    Raises:
        UserInputError: ``client.phone_invalid`` when the text holds no valid number, or more than one.
    """
    cell = parse_phone_cell(text, region)
    if len(cell.phones) != 1 or cell.invalid:
        raise UserInputError("client.phone_invalid", field="phone", value=text.strip())
    return cell.phones[0]


def owner_of(session: Session, e164: str) -> int | None:
    """The client that already holds this number (the oldest), None when nobody does."""
    return session.scalar(select(func.min(ClientPhone.client_id)).where(ClientPhone.e164 == e164))


def add_phone(session: Session, operator_id: int, client_id: int, text: str, region: str, now: datetime) -> int:
    """Add a number to the client; returns the new phone's id.

    Raises:
        UserInputError: ``client.phone_invalid``; ``client.phone_taken`` (another client holds it, named by id) or
            ``client.phone_known`` (this client has it already); ``client.phone_do_not_call`` (rule 3).
    """
    client = _client(session, client_id)
    phone = read_number(text, region)
    _refuse_taken(session, client_id, phone.e164)
    position = (
        session.scalar(select(func.max(ClientPhone.position)).where(ClientPhone.client_id == client_id)) or 0
    ) + 1
    row = ClientPhone(
        client_id=client_id,
        e164=phone.e164,
        raw=text.strip()[:80],
        extension=phone.extension[:20],
        position=position,
        status=PhoneStatus.OK.value,
        preferred=False,
        digits_reversed=client_search.reversed_digits(phone.e164),
    )
    session.add(row)
    session.flush()
    _changed(session, client, operator_id, now, "", _shown(phone.e164, phone.extension))
    return row.id


def _refuse_taken(session: Session, client_id: int, e164: str, except_phone: int | None = None) -> None:
    if session.get(DoNotCall, e164) is not None:
        raise UserInputError("client.phone_do_not_call", field="phone", value=e164)
    holders = select(ClientPhone.client_id, ClientPhone.id).where(ClientPhone.e164 == e164)
    for holder, phone_id in session.execute(holders):
        if phone_id == except_phone:
            continue
        if holder == client_id:
            raise UserInputError("client.phone_known", field="phone", value=e164)
        raise UserInputError("client.phone_taken", field="phone", value=e164, client_id=holder)


def edit_phone(session: Session, operator_id: int, phone_id: int, text: str, region: str, now: datetime) -> None:
    """Correct a number (its status becomes ok again: it is a different number now)."""
    row = _phone(session, phone_id)
    phone = read_number(text, region)
    _refuse_taken(session, row.client_id, phone.e164, except_phone=phone_id)
    old = _shown(row.e164, row.extension)
    row.e164, row.raw, row.extension = phone.e164, text.strip()[:80], phone.extension[:20]
    row.status = PhoneStatus.OK.value
    row.digits_reversed = client_search.reversed_digits(phone.e164)
    _changed(session, _client(session, row.client_id), operator_id, now, old, _shown(phone.e164, phone.extension))


def remove_phone(session: Session, operator_id: int, phone_id: int, now: datetime) -> None:
    """Remove a number. The last one stays (rule 14: mark it wrong instead, and the client leaves the queue).

    Raises:
        UserInputError: ``client.last_phone``.
    """
    row = _phone(session, phone_id)
    count = session.scalar(select(func.count()).where(ClientPhone.client_id == row.client_id)) or 0
    if count <= 1:
        raise UserInputError("client.last_phone", field="phone")
    client = _client(session, row.client_id)
    old = _shown(row.e164, row.extension)
    session.delete(row)
    session.flush()
    _changed(session, client, operator_id, now, old, "")


def set_preferred(session: Session, operator_id: int, phone_id: int, now: datetime) -> None:
    """Make this the number F4 dials (one preferred number per client)."""
    row = _phone(session, phone_id)
    session.execute(
        update(ClientPhone)
        .where(ClientPhone.client_id == row.client_id, ClientPhone.id != phone_id)
        .values(preferred=False)
        .execution_options(synchronize_session=False)
    )
    row.preferred = True
    _changed(session, _client(session, row.client_id), operator_id, now, "", f"F4: {row.e164}", "preferredPhone")


def set_status(session: Session, operator_id: int | None, phone_id: int, status: PhoneStatus, now: datetime) -> None:
    """Mark one number ok, wrong or not in service; the client's other numbers keep theirs (rule 14)."""
    row = _phone(session, phone_id)
    if row.status == status.value:
        return
    old = f"{row.e164}: {row.status}"
    row.status = status.value
    new = f"{row.e164}: {status.value}"
    _changed(session, _client(session, row.client_id), operator_id, now, old, new, "phoneStatus")


def mark_dialled(session: Session, client_id: int, e164: str, status: PhoneStatus, now: datetime) -> bool:
    """A call found ``e164`` wrong or dead: mark that number of the client. False when the client has no such number."""
    phone_id = session.scalar(
        select(ClientPhone.id).where(ClientPhone.client_id == client_id, ClientPhone.e164 == e164).limit(1)
    )
    if phone_id is None:
        return False
    set_status(session, None, phone_id, status, now)
    return True


def working_count(session: Session, client_id: int) -> tuple[int, int]:
    """(numbers that work, numbers in all) of the client."""
    rows = session.execute(select(ClientPhone.status).where(ClientPhone.client_id == client_id)).scalars().all()
    return sum(status == PhoneStatus.OK.value for status in rows), len(rows)


def dial_target(template: str, phone: Phone) -> str:
    """The softphone link for ``phone``: ``{ext}`` in the template takes the extension; for a number without one
    the placeholder goes with its parameter name (``tel:{e164};ext={ext}`` becomes ``tel:+7…``)."""
    return dial_link(template, phone.e164, phone.extension)


def _shown(e164: str, extension: str) -> str:
    return f"{e164} ext. {extension}" if extension else e164


def _changed(
    session: Session,
    client: Client,
    operator_id: int | None,
    now: datetime,
    old: str,
    new: str,
    code: str = "phone",
) -> None:
    from callassist.services import queue  # queue asks this module whether a client still has a working number

    client_edits.record_change(session, client.id, operator_id, now, code, old, new)
    client.version += 1
    client.updated_at = now
    queue.reposition(session, client)


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client.not_found", field="client", client_id=client_id)
    return client


def _phone(session: Session, phone_id: int) -> ClientPhone:
    row = session.get(ClientPhone, phone_id)
    if row is None:
        raise NotFound("client.phone_not_found", field="phone")
    return row
