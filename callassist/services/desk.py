"""The operator's desk: the one entry point the operator window uses. Every method is one unit of work that
returns plain frozen values; nothing from the ORM leaves it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from callassist import clock
from callassist.domain import (
    Changes,
    ClientState,
    ClientView,
    Outcome,
    OutcomeSaved,
    PipelineFigures,
    ProductView,
    RefusalReasonView,
    SeenClient,
)
from callassist.errors import NotFound
from callassist.scripts.model import Script
from callassist.services import (
    catalogues,
    clients,
    outcomes,
    pipeline,
    promises,
    queue,
    reminders,
    reopen,
    scripts,
    zones,
)
from callassist.services.operators import ensure_operator
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.storage.engine import Database
from callassist.storage.models import Client, Operator
from callassist.timekeeping.ics import CalendarItem, write_calendar
from callassist.wrapup import ClientClock

REMINDER_AHEAD = timedelta(minutes=10)  # the banner shows a callback this long before it is due


class OperatorDesk:
    def __init__(
        self,
        db: Database,
        operator: str,
        now: Callable[[], datetime] = clock.now,
        language: str = "ru",
        create_operator: bool = True,
    ) -> None:
        """``create_operator``: single-workstation mode adds a new name on first use; team mode only finds the user
        (raises UserInputError when missing) because an operator's login may not add users."""
        self.db = db
        self.operator_name = operator
        self.now = now
        self.language = language
        with db.write() as session:
            self._operator_row = ensure_operator(session, operator, create=create_operator)
            self.operator_id = self._operator_row.id
            self.settings: TeamSettings = load_settings(session)

    def _operator(self, session: Session) -> Operator:
        """This desk's operator row, attached to ``session`` without a query (the hot paths need only its id).

        ``merge(load=False)`` copies the row read at start-up into the session; anything that shows the operator's
        own fields (the daily goal) reads them fresh with ``_operator_fresh``.
        """
        return session.merge(self._operator_row, load=False)

    def _operator_fresh(self, session: Session) -> Operator:
        found = session.get(Operator, self.operator_id)
        assert found is not None
        return found

    def warm_up(self) -> None:
        """Read once what every queue query needs: the clients' zone pairs (one scan of all clients, about half a
        second at a million). Run it on the database thread while the window is being built, so the first queue
        page does not wait for the scan on the way to the screen."""
        with self.db.read() as session:
            zones.callable_now(session, self.now(), self.settings)

    def queue_page(self, offset: int = 0, limit: int = 200) -> queue.QueuePage:
        with self.db.read() as session:
            return queue.page(session, self._operator(session), self.now(), self.settings, offset, limit)

    def pipeline(self) -> PipelineFigures:
        with self.db.read() as session:
            return pipeline.figures(session, self._operator_fresh(session), self.now(), self.settings)

    def next_client(self) -> ClientView | None:
        """Claim and open the next client; an unfinished wrap-up's client comes back first (rule 9)."""
        with self.db.write() as session:
            client = queue.claim_next(session, self._operator(session), self.now(), self.settings)
            return None if client is None else clients.client_view(session, client, self.language)

    def held_client(self) -> ClientView | None:
        with self.db.read() as session:
            client = queue.held_by(session, self._operator(session), self.now())
            return None if client is None else clients.client_view(session, client, self.language)

    def open_client(self, client_id: int, seen: SeenClient | None = None) -> ClientView:
        """Claim and open one client. ``seen``: how a list row showed it (a queue row, a search result); the claim
        then refuses, naming who worked it and when, if it no longer stands so (``services.reopen``)."""
        with self.db.write() as session:
            if seen is not None:
                client = reopen.claim_seen(session, self._operator(session), client_id, seen, self.now(), self.settings)
            else:
                client = queue.claim(session, self._operator(session), client_id, self.now(), self.settings)
            return clients.client_view(session, client, self.language)

    def heartbeat(self, client_id: int) -> bool:
        with self.db.write() as session:
            return queue.heartbeat(session, self._operator(session), client_id, self.now(), self.settings)

    def record(self, outcome: Outcome) -> OutcomeSaved:
        """Save a wrap-up. It is confirmed only when this returns: the transaction has committed (rule 10)."""
        with self.db.write() as session:
            # Held here so the session's (weak) identity map keeps it: record() finds it without a query, and its
            # new state is read below without loading the row a second time.
            client = session.get(Client, outcome.client_id)
            call, duplicate = outcomes.record(session, self._operator(session), outcome, self.now(), self.settings)
            call_id = call.id
            assert client is not None
            state, next_at = ClientState(client.state), client.next_contact_at
        changes = Changes(clients=frozenset({outcome.client_id}), queue=True, calls=True)
        return OutcomeSaved(call_id, state, next_at, changes, duplicate)

    def callback_outside_hours(self, client_id: int, when: datetime) -> bool:
        """True when ``when`` falls outside the client's calling hours or on a day off of its country, so the
        wrap-up form can warn before an exact callback is saved (the callback keeps its time if the operator insists).
        """
        with self.db.read() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("wrapup.client_gone", field="client")
            return zones.outside_hours(session, client, when, self.settings)

    def client_clock(self, client_id: int) -> ClientClock:
        """The client's zone, calling hours and country calendar, for the wrap-up form's rounding (rule 2)."""
        with self.db.read() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("wrapup.client_gone", field="client")
            zone = zones.zone_of(client, self.settings)
            return ClientClock(zone, self.settings.hours, zones.client_calendar(session, client, self.settings))

    def close_promise(self, follow_up_id: int, note: str) -> Changes:
        """Mark a promise kept; the note saying how it was kept is required (rule 6)."""
        with self.db.write() as session:
            client_id = promises.close_promise(session, follow_up_id, note, self.now())
        return Changes(clients=frozenset({client_id}), queue=True)

    keep_promise = close_promise

    def move_promise(self, follow_up_id: int, new_due: datetime, reason: str) -> Changes:
        """Move a promise to a new date with the reason the client was told (rule 6)."""
        with self.db.write() as session:
            client_id = promises.move_promise(session, follow_up_id, new_due, reason, self.now(), self.settings)
        return Changes(clients=frozenset({client_id}), queue=True)

    def client_view(self, client_id: int) -> ClientView:
        """A client's card as it stands, without claiming it (refreshing an open card, a read-only render)."""
        with self.db.read() as session:
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("wrapup.client_gone", field="client")
            return clients.client_view(session, client, self.language)

    def calendar_items(self) -> tuple[CalendarItem, ...]:
        """This operator's open callbacks and promises, for a calendar file."""
        with self.db.read() as session:
            return reminders.calendar_items(session, self.operator_id)

    def export_calendar(self, path: Path) -> int:
        """Write this operator's open callbacks and promises to an .ics file; returns how many events it holds."""
        items = self.calendar_items()
        write_calendar(path, items, self.operator_name, self.now())
        return len(items)

    def due_reminders(self) -> tuple[reminders.Reminder, ...]:
        """This operator's personal callbacks due within ten minutes or overdue, unless snoozed."""
        with self.db.read() as session:
            return reminders.due_reminders(session, self.operator_id, self.now(), REMINDER_AHEAD)

    def snooze_reminder(self, follow_up_id: int, minutes: int = 5) -> datetime:
        """Put a callback reminder off for ``minutes``; returns when it comes back."""
        with self.db.write() as session:
            return reminders.snooze(session, self.operator_id, follow_up_id, self.now(), minutes)

    def refusal_reasons(self) -> tuple[RefusalReasonView, ...]:
        return catalogues.refusal_reasons(self.db)

    def products(self) -> tuple[ProductView, ...]:
        return catalogues.products(self.db)

    def current_script(self) -> tuple[int, Script]:
        """The script for this desk's language and its version id (a call records which version it used)."""
        return scripts.current_script(self.db, self.language)
