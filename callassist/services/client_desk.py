"""The client desk: finding, opening, correcting and adding clients, for the operator window and the command line.

It sits beside the operator's ``OperatorDesk`` (same database, operator, clock and settings) so the call desk keeps
its hot path. Every method is one unit of work returning frozen values. A client another operator holds can be
read but not changed (rule 8): opening it gives a read-only card naming who holds it, and every write refuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from callassist.domain import Changes, ClientView, PhoneStatus
from callassist.errors import NotFound, UserInputError
from callassist.services import client_phones, client_search, clients, queue, zones
from callassist.services.client_create import Added, NewClient, add_client
from callassist.services.client_edits import ClientEdit, EditSaved, apply_edit
from callassist.services.desk import OperatorDesk
from callassist.storage.models import Client, Operator
from callassist.storage.read_only import ReadOnlyDatabase
from callassist.timekeeping.hours import is_callable
from callassist.timekeeping.zones import client_local_time


@dataclass(frozen=True)
class OpenedClient:
    """A found client as the card shows it; ``holder`` names the colleague holding it (then it is read-only)."""

    view: ClientView
    holder: str | None

    @property
    def read_only(self) -> bool:
        return self.holder is not None


@dataclass(frozen=True)
class LocalHours:
    """What a time zone means for calling the client now: the client's clock and whether it is inside hours."""

    local_time: datetime
    inside_hours: bool


class ClientDesk:
    def __init__(self, desk: OperatorDesk) -> None:
        self.desk = desk

    # --- finding and opening ------------------------------------------------------------------------------------
    def find(self, query: str) -> tuple[client_search.ClientMatch, ...]:
        """Clients matching ``query`` best first; clients not indexed yet are indexed first (a batch at a time)."""
        if not query.strip():
            return ()
        db = self.desk.db
        with db.read() as session:
            stale = client_search.has_stale(session)
        if stale and not isinstance(db, ReadOnlyDatabase):  # a read-only view reads unindexed clients directly
            with db.write() as session:
                client_search.index_stale(session)
        with db.read() as session:
            region = self.desk.settings.default_region
            return client_search.find(session, query, self.desk.now(), region, include_stale=stale)

    def index_backlog(self, batch: int = 2000) -> int:
        """Index up to ``batch`` clients the import added since the last time; returns how many (0: none left).
        The window runs it in the background until it returns 0, so the find field stays an index lookup.
        A read-only view (a screenshot) indexes nothing: the search reads unindexed clients directly."""
        if isinstance(self.desk.db, ReadOnlyDatabase):
            return 0
        with self.desk.db.read() as session:
            if not client_search.has_stale(session):
                return 0
        with self.desk.db.write() as session:
            return client_search.index_stale(session, batch) or 1  # phones alone still count as work done

    def open_found(self, client_id: int) -> OpenedClient:
        """Claim the client for a call (an inbound call is recorded with the same wrap-up), or, when a colleague
        holds it, read it without a claim and say who holds it (rule 8)."""
        with self.desk.db.write() as session:
            holder = self._holder(session, client_id)
            if holder is not None:
                return OpenedClient(self._view(session, client_id), holder)
            operator = session.get(Operator, self.desk.operator_id)
            assert operator is not None
            client = queue.claim(session, operator, client_id, self.desk.now(), self.desk.settings)
            return OpenedClient(clients.client_view(session, client, self.desk.language), None)

    def view(self, client_id: int) -> ClientView:
        """The card of a client, read without claiming it."""
        with self.desk.db.read() as session:
            return self._view(session, client_id)

    def _view(self, session: Session, client_id: int) -> ClientView:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client.not_found", field="client", client_id=client_id)
        return clients.client_view(session, client, self.desk.language)

    def _holder(self, session: Session, client_id: int) -> str | None:
        """The colleague with a live lease on the client, None when it is free or this operator's."""
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound("client.not_found", field="client", client_id=client_id)
        session.refresh(client)
        live = client.lease_expires_at is not None and client.lease_expires_at >= self.desk.now()
        if client.lease_operator_id in (None, self.desk.operator_id) or not live:
            return None
        holder = session.get(Operator, client.lease_operator_id)
        return holder.name if holder is not None else "?"

    def _refuse_if_held(self, session: Session, client_id: int) -> None:
        holder = self._holder(session, client_id)
        if holder is not None:
            raise UserInputError("client.held_by_other", field="client", holder=holder)

    # --- correcting -------------------------------------------------------------------------------------------
    def edit(self, edit: ClientEdit) -> tuple[EditSaved, Changes]:
        """Save the editor's changes (see ``client_edits.apply_edit``); refused while a colleague holds the client."""
        with self.desk.db.write() as session:
            self._refuse_if_held(session, edit.client_id)
            saved = apply_edit(session, self.desk.operator_id, edit, self.desk.now())
            if saved.changed:
                client_search.index_clients(session, [edit.client_id])
                queue.reposition(session, session.get(Client, edit.client_id))  # type: ignore[arg-type]
        if {"timezone", "country"} & set(saved.changed):
            zones.forget_zone_pairs()  # the queue's callable zones must learn the client's new pair
        return saved, self._changes(edit.client_id)

    def add_phone(self, client_id: int, text: str) -> Changes:
        with self.desk.db.write() as session:
            self._refuse_if_held(session, client_id)
            client_phones.add_phone(
                session, self.desk.operator_id, client_id, text, self.desk.settings.default_region, self.desk.now()
            )
        return self._changes(client_id)

    def edit_phone(self, client_id: int, phone_id: int, text: str) -> Changes:
        with self.desk.db.write() as session:
            self._refuse_if_held(session, client_id)
            region = self.desk.settings.default_region
            client_phones.edit_phone(session, self.desk.operator_id, phone_id, text, region, self.desk.now())
        return self._changes(client_id)

    def remove_phone(self, client_id: int, phone_id: int) -> Changes:
        with self.desk.db.write() as session:
            self._refuse_if_held(session, client_id)
            client_phones.remove_phone(session, self.desk.operator_id, phone_id, self.desk.now())
        return self._changes(client_id)

    def prefer_phone(self, client_id: int, phone_id: int) -> Changes:
        with self.desk.db.write() as session:
            self._refuse_if_held(session, client_id)
            client_phones.set_preferred(session, self.desk.operator_id, phone_id, self.desk.now())
        return self._changes(client_id)

    def mark_phone(self, client_id: int, phone_id: int, status: PhoneStatus) -> Changes:
        with self.desk.db.write() as session:
            self._refuse_if_held(session, client_id)
            client_phones.set_status(session, self.desk.operator_id, phone_id, status, self.desk.now())
        return self._changes(client_id)

    def add_client(self, form: NewClient) -> Added:
        """Add a client by hand, or name the stored one it duplicates (see ``client_create``)."""
        with self.desk.db.write() as session:
            return add_client(session, self.desk.operator_id, form, self.desk.now(), self.desk.settings)

    def local_hours(self, timezone: str, country: str) -> LocalHours:
        """The client's clock now in ``timezone`` and whether it is inside calling hours on a working day of
        ``country`` (the editor shows it as the operator changes the zone)."""
        now = self.desk.now()
        with self.desk.db.read() as session:
            calendar = zones.calendar_for(session, country, self.desk.settings)
        zone = timezone or self.desk.settings.office_timezone
        return LocalHours(client_local_time(now, zone), is_callable(now, zone, self.desk.settings.hours, calendar))

    @staticmethod
    def _changes(client_id: int) -> Changes:
        return Changes(clients=frozenset({client_id}), queue=True)
