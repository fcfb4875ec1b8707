"""One call, from claiming the client to a committed outcome, with no Qt in sight (rules 8, 9 and 10).

A :class:`CallSession` owns the open call: the client, the wrap-up entry and its draft on disk, the lease kept
alive by the heartbeat, the softphone's moments, and saving through the resilient path (the server, or the local
outbox when the server is away). The operator window only shows it and forwards keys; tests drive it directly.

Every method that touches the database or the disk blocks: the window runs them on its database thread. What
happens on the session's own initiative (the lease was lost, an outcome kept offline was refused by the server) is
told to subscribers as a :class:`CallEvent`, possibly from that thread.

A softphone (issue 18) feeds :meth:`CallSession.note_dialled`, :meth:`note_answered` and :meth:`note_ended`; the
session keeps the moments, the call starts when the number is dialled, and :attr:`OpenCall.talk_seconds` is
derived from answered → ended.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from callassist import wrapup
from callassist.domain import Changes, ClientView, MeasuredTalk, Outcome, OutcomeSaved, SeenClient
from callassist.drafts import CallDraft, DraftStore
from callassist.errors import UserInputError
from callassist.team.outbox import Outbox, Queued, Refused, ResilientDesk, default_path
from callassist.wrapup import CallFacts, ClientClock, Field, WrapUpEntry


class SessionDesk(Protocol):
    """What a call session works through: :class:`~callassist.services.desk.OperatorDesk`."""

    operator_name: str

    def now(self) -> datetime: ...

    def next_client(self) -> ClientView | None: ...

    def held_client(self) -> ClientView | None: ...

    def open_client(self, client_id: int, seen: SeenClient | None = None) -> ClientView: ...

    def client_view(self, client_id: int) -> ClientView: ...

    def client_clock(self, client_id: int) -> ClientClock: ...

    def heartbeat(self, client_id: int) -> bool: ...

    def record(self, outcome: Outcome) -> OutcomeSaved: ...

    def close_promise(self, follow_up_id: int, note: str) -> Changes: ...

    def move_promise(self, follow_up_id: int, new_due: datetime, reason: str) -> Changes: ...


@dataclass(frozen=True)
class ScriptTrail:
    """What the script panel saw during the call: the version, the steps walked, the objections raised."""

    version_id: int | None = None
    path: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    unscripted: tuple[str, ...] = ()


@dataclass
class OpenCall:
    """The call in progress. ``started_at`` is when the client was opened, or dialled once the number was."""

    client: ClientView
    started_at: datetime
    key: str
    phone: str
    clock: ClientClock
    entry: WrapUpEntry = field(default_factory=WrapUpEntry)
    dialled_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    end_cause: str = ""
    lease_lost: bool = False

    @property
    def dialled(self) -> bool:
        return self.dialled_at is not None

    @property
    def talk_seconds(self) -> int | None:
        """Seconds between answer and hang-up, when a softphone reported both."""
        if self.answered_at is None or self.ended_at is None:
            return None
        return max(0, int((self.ended_at - self.answered_at).total_seconds()))

    def draft(self) -> CallDraft:
        return CallDraft(self.client.id, self.started_at, self.key, self.phone, self.entry, self.dialled_at)


class CallEvent:
    """Something the session tells its subscribers (the window shows it)."""


@dataclass(frozen=True)
class LeaseLost(CallEvent):
    """The heartbeat found the client no longer held by this operator: the outcome cannot be saved over it."""

    client: ClientView


@dataclass(frozen=True)
class CallSaved(CallEvent):
    """The outcome is committed (or kept in the outbox, ``queued``): only now is it confirmed (rule 10)."""

    client: ClientView
    outcome: Outcome
    saved: OutcomeSaved | None
    queued: Queued | None


@dataclass(frozen=True)
class OfflineRefused(CallEvent):
    """The server refused an outcome that had been kept offline; its operator must see it with the client."""

    refused: Refused
    client_name: str


Listener = Callable[[CallEvent], None]


class CallSession:
    """The one open call of one operator on this workstation."""

    def __init__(self, desk: SessionDesk, drafts: DraftStore, outbox: Outbox | None = None) -> None:
        self.desk = desk
        self.drafts = drafts
        self.resilient = ResilientDesk(desk, outbox or Outbox(operator=desk.operator_name))
        # Outcomes kept by a version that had one outbox per workstation: sent as their own operators, once.
        legacy = default_path()
        self._legacy = Outbox(legacy) if outbox is None and legacy.exists() else None
        self.call: OpenCall | None = None
        self._listeners: list[Listener] = []
        self._refused_seen: set[str] = set()

    # --- subscribers --------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: CallEvent) -> None:
        for listener in self._listeners:
            listener(event)

    # --- opening a client (rule 9: the next one only after this one is saved) ------------------------------
    @property
    def client(self) -> ClientView | None:
        return None if self.call is None else self.call.client

    def _refuse_while_open(self) -> None:
        if self.call is not None:
            raise UserInputError("wrapup.finish_first", field=Field.CLIENT, name=self.call.client.full_name)

    def take_next(self) -> ClientView | None:
        """Claim the next client of the queue (outcomes waiting offline are sent first); None when it is empty.

        Raises:
            UserInputError: ``wrapup.finish_first`` while a call is open (rule 9).
        """
        self._refuse_while_open()
        client = self.resilient.next_client()
        if client is not None:
            self._open(client)
        return client

    def open_client(self, client_id: int, seen: SeenClient | None = None) -> ClientView:
        """Claim one client chosen in the queue. Raises ``wrapup.finish_first`` while a call is open (rule 9), and
        a ``reopen.*`` refusal when ``seen`` (the row's marker) says the client was worked since the row was read."""
        self._refuse_while_open()
        client = self.desk.open_client(client_id, seen)
        self._open(client)
        return client

    def adopt(self, client: ClientView) -> ClientView:
        """Open a call on a client already claimed for this operator elsewhere (a client found by the search, which
        checked rule 8 in its own claim). Raises ``wrapup.finish_first`` while another call is open (rule 9)."""
        self._refuse_while_open()
        self._open(client)
        return client

    def resume(self) -> OpenCall | None:
        """After a start: the call left by a crash with its draft (rule 10), or a client still held; else None."""
        draft = self.drafts.load_call()
        held = self.desk.held_client()
        if draft is not None and (held is None or held.id == draft.client_id):
            client = self.desk.open_client(draft.client_id)
            clock = self.desk.client_clock(client.id)
            self.call = OpenCall(client, draft.started_at, draft.key, draft.phone, clock, draft.entry, draft.dialled_at)
        elif held is not None:
            self._open(held)
        # Otherwise the draft stays on disk untouched: it may belong to another database opened from this computer.
        return self.call

    def _open(self, client: ClientView) -> None:
        phone = client.phone_to_dial.e164 if client.phone_to_dial else ""  # the number F4 dials (rule 14)
        self.call = OpenCall(client, self.desk.now(), uuid.uuid4().hex, phone, self.desk.client_clock(client.id))

    def refresh_client(self) -> ClientView:
        """Read the open client's card again (after a promise was kept or moved)."""
        call = self._open_call()
        call.client = self.desk.client_view(call.client.id)
        return call.client

    def _open_call(self) -> OpenCall:
        if self.call is None:
            raise UserInputError("wrapup.no_call_open", field=Field.CLIENT)
        return self.call

    # --- the softphone's moments --------------------------------------------------------------------------
    def note_dialled(self, phone: str = "", at: datetime | None = None) -> None:
        """The number was dialled: the call starts now (the first dial only), on ``phone`` when given."""
        call = self._open_call()
        if call.dialled_at is None:
            call.dialled_at = at or self.desk.now()
            call.started_at = call.dialled_at
        if phone:
            call.phone = phone

    def note_answered(self, at: datetime | None = None) -> None:
        self._open_call().answered_at = at or self.desk.now()

    def note_ended(self, at: datetime | None = None, cause: str = "") -> None:
        call = self._open_call()
        call.ended_at = at or self.desk.now()
        call.end_cause = cause

    # --- the draft (rule 10) ------------------------------------------------------------------------------
    def update(self, entry: WrapUpEntry) -> None:
        """The form changed; kept in memory until :meth:`save_draft` writes it."""
        if self.call is not None:
            self.call.entry = entry

    def save_draft(self) -> None:
        """Write the open call's draft to disk atomically (a whole draft, the old or the new)."""
        if self.call is not None:
            self.drafts.save_call(self.call.draft())

    def abandon(self) -> None:
        """Close a call whose lease was lost, unsaved: another operator holds the client, nothing can be saved.

        Raises:
            UserInputError: ``wrapup.finish_first`` while the lease is still this operator's (rule 9).
        """
        call = self._open_call()
        if not call.lease_lost:
            raise UserInputError("wrapup.finish_first", field=Field.CLIENT, name=call.client.full_name)
        self.drafts.clear()
        self.call = None

    # --- the lease (rule 8) -------------------------------------------------------------------------------
    def heartbeat(self) -> bool:
        """Keep the lease alive. When it was lost, tell subscribers at once (not at save) and return False."""
        call = self.call
        if call is None or call.lease_lost:
            return call is None
        if self.desk.heartbeat(call.client.id):
            return True
        call.lease_lost = True
        self._emit(LeaseLost(call.client))
        return False

    # --- saving (rule 10: confirmed only after the commit) -------------------------------------------------
    def build_outcome(
        self, entry: WrapUpEntry, trail: ScriptTrail = ScriptTrail(), measured: MeasuredTalk | None = None
    ) -> Outcome:
        """The outcome of the open call as the entry says it, checked against rules 1–5; ``measured`` is the talk
        the softphone timed (issue 18), stored with the call.

        Raises:
            UserInputError: a ``wrapup.*`` code with the field at fault.
        """
        call = self._open_call()
        facts = CallFacts(
            client_id=call.client.id,
            operator=self.desk.operator_name,
            started_at=call.started_at,
            ended_at=call.ended_at or self.desk.now(),
            idempotency_key=call.key,
            phone=call.phone,
            script_version_id=trail.version_id,
            script_path=trail.path,
            objections=trail.objections,
            unscripted=trail.unscripted,
            measured=measured,
        )
        outcome = wrapup.build_outcome(entry, facts)
        wrapup.validate(outcome, self.desk.now())
        return outcome

    def save(
        self, entry: WrapUpEntry, trail: ScriptTrail = ScriptTrail(), measured: MeasuredTalk | None = None
    ) -> CallSaved:
        """Save the open call's outcome; the call closes and the draft goes only once it is committed or queued.

        Raises:
            UserInputError: the rules refuse it, or the lease was lost to another operator; the call stays open.
        """
        call = self._open_call()
        call.entry = entry
        outcome = self.build_outcome(entry, trail, measured)
        result = self.resilient.record(outcome)
        self.drafts.clear()
        self.call = None
        saved = CallSaved(
            call.client,
            outcome,
            None if isinstance(result, Queued) else result,
            result if isinstance(result, Queued) else None,
        )
        self._emit(saved)
        return saved

    # --- promises (rule 6) --------------------------------------------------------------------------------
    def keep_promise(self, follow_up_id: int, note: str) -> ClientView:
        """Mark one of the open client's promises kept; returns the card as it stands now."""
        self.desk.close_promise(follow_up_id, note)
        return self.refresh_client()

    def move_promise(self, follow_up_id: int, new_due: datetime, reason: str) -> ClientView:
        self.desk.move_promise(follow_up_id, new_due, reason)
        return self.refresh_client()

    # --- the outbox ---------------------------------------------------------------------------------------
    def waiting(self) -> int:
        """This operator's outcomes still waiting to be sent."""
        legacy = self._legacy.pending() if self._legacy is not None else []
        return self.resilient.waiting() + sum(1 for _, kept in legacy if kept.operator == self.desk.operator_name)

    def drain(self) -> tuple[int, int]:
        """Send outcomes kept offline; any the server refuses is told to subscribers once. ``(sent, waiting)``."""
        legacy_sent = self._legacy.drain(self.desk)[0] if self._legacy is not None else 0
        sent, _ = self.resilient.drain()
        result = (legacy_sent + sent, self.waiting())
        self.report_refused()
        return result

    def report_refused(self) -> list[Refused]:
        """This operator's outcomes the server refused, each told to subscribers once per session."""
        refused = self.resilient.refused()
        for kept in refused:
            if kept.outcome.idempotency_key not in self._refused_seen:
                self._refused_seen.add(kept.outcome.idempotency_key)
                self._emit(OfflineRefused(kept, self._client_name(kept.outcome.client_id)))
        return refused

    def _client_name(self, client_id: int) -> str:
        try:
            return self.desk.client_view(client_id).full_name
        except UserInputError:
            return f"#{client_id}"  # deleted since: its number is all there is to show
