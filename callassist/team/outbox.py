"""The local outbox: outcomes saved while the server cannot be reached wait here and are sent exactly once.

One SQLite file in the data directory, one row per outcome (its JSON, idempotency key included), written with
``synchronous=FULL`` so an outcome the operator was told is queued survives a power cut. Sending is safe to repeat:
``record`` ignores an idempotency key it has already stored, so a send whose commit succeeded but whose answer (or
the deletion from the outbox) was lost is found as a duplicate and not written twice.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from callassist import paths, wrapup
from callassist.domain import ClientView, Outcome, OutcomeSaved
from callassist.errors import EnvironmentFailure, UserInputError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL UNIQUE,
    outcome TEXT NOT NULL,
    refused TEXT  -- why the server refused it (the rules changed meanwhile); kept, never dropped silently
)
"""


class Recorder(Protocol):
    """What the outbox sends to: ``OperatorDesk`` or anything with its ``record``."""

    operator_name: str

    def record(self, outcome: Outcome) -> OutcomeSaved: ...


class Desk(Recorder, Protocol):
    """What a workstation works through: ``OperatorDesk``."""

    def now(self) -> datetime: ...

    def next_client(self) -> ClientView | None: ...


@dataclass(frozen=True)
class Queued:
    """An outcome kept in the outbox because the server could not be reached; ``waiting`` counts them all."""

    idempotency_key: str
    waiting: int


@dataclass(frozen=True)
class Refused:
    """An outcome the server refused on sending; it stays in the outbox, and its operator is shown it and the client.

    ``reason`` is the refusal in English (for logs); ``error`` is the refusal itself, to render in the UI language.
    """

    outcome: Outcome
    reason: str
    error: UserInputError


def default_path(operator: str | None = None) -> Path:
    """The outbox file of ``operator`` on this workstation (one per operator: a queued outcome is its operator's)."""
    if operator is None:
        return paths.data_dir() / "outbox.sqlite3"
    safe = re.sub(r"[^\w.-]+", "_", operator.strip(), flags=re.UNICODE) or "operator"
    return paths.data_dir() / f"outbox-{safe}.sqlite3"


def outcome_to_json(outcome: Outcome) -> str:
    """The outcome as JSON text (the contract is :func:`callassist.wrapup.outcome_to_json`)."""
    return json.dumps(wrapup.outcome_to_json(outcome), ensure_ascii=False, sort_keys=True)


def outcome_from_json(text: str) -> Outcome:
    """The inverse of ``outcome_to_json``."""
    return wrapup.outcome_from_json(json.loads(text))


def _refused(outcome: Outcome, stored: str) -> Refused:
    try:
        data = json.loads(stored)
        error = UserInputError(str(data["code"]), data.get("field"), **dict(data.get("params") or {}))
    except (ValueError, KeyError, TypeError):
        error = UserInputError(stored)  # kept by an older version as an English sentence
    return Refused(outcome, str(error), error)


class Outbox:
    """Outcomes waiting for the server, oldest first."""

    def __init__(self, path: Path | None = None, operator: str | None = None) -> None:
        """``operator``: whose outcomes this outbox keeps (its default file is that operator's own)."""
        self.operator = operator
        self.path = path or default_path(operator)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            with closing(sqlite3.connect(self.path, timeout=30)) as conn:
                conn.execute("PRAGMA synchronous=FULL")  # queued means on disk, not in an OS buffer
                with conn:  # one transaction: committed on success, rolled back on error
                    yield conn
        except sqlite3.Error as exc:
            raise EnvironmentFailure(f"The local outbox {self.path} cannot be written: {exc}") from exc

    def append(self, outcome: Outcome) -> int:
        """Keep ``outcome`` until it can be sent; the same idempotency key twice is kept once. Returns ``waiting``."""
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO outbox (idempotency_key, outcome) VALUES (?, ?)",
                (outcome.idempotency_key, outcome_to_json(outcome)),
            )
        return self.waiting()

    def waiting(self) -> int:
        """How many outcomes still wait to be sent (refused ones are not counted: sending them again cannot help)."""
        with self._connect() as conn:
            row = conn.execute("SELECT count(*) FROM outbox WHERE refused IS NULL").fetchone()
        return int(row[0])

    def pending(self) -> list[tuple[int, Outcome]]:
        """The outcomes still to send, in the order they were saved."""
        with self._connect() as conn:
            rows = conn.execute("SELECT seq, outcome FROM outbox WHERE refused IS NULL ORDER BY seq").fetchall()
        return [(int(seq), outcome_from_json(text)) for seq, text in rows]

    def refused(self) -> list[Refused]:
        """Outcomes the server refused when they were sent, with its reason."""
        with self._connect() as conn:
            rows = conn.execute("SELECT outcome, refused FROM outbox WHERE refused IS NOT NULL ORDER BY seq").fetchall()
        return [_refused(outcome_from_json(text), str(stored)) for text, stored in rows]

    def _remove(self, seq: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    def _mark_refused(self, seq: int, error: UserInputError) -> None:
        stored = json.dumps({"code": error.code, "field": error.field, "params": error.params}, default=str)
        with self._connect() as conn:
            conn.execute("UPDATE outbox SET refused = ? WHERE seq = ?", (stored, seq))

    def drain(self, desk: Recorder) -> tuple[int, int]:
        """Send waiting outcomes in order until the server fails again. Returns ``(sent, waiting)``.

        An outcome already stored (its earlier send committed but the answer was lost) counts as sent and is not
        written again. One the rules now refuse is kept aside with the reason instead of blocking the rest (its
        operator is shown it: :meth:`refused`). Each outcome is sent only through its own operator's desk: another
        operator's outcome (a shared workstation) stays here for them.
        """
        sent = 0
        for seq, outcome in self.pending():
            if outcome.operator != desk.operator_name:
                continue
            try:
                desk.record(outcome)
            except EnvironmentFailure:
                break
            except UserInputError as exc:
                self._mark_refused(seq, exc)
                continue
            self._remove(seq)
            sent += 1
        return sent, self.waiting()


class ResilientDesk:
    """Records outcomes through ``desk`` and, when the server cannot be reached, into the outbox instead."""

    def __init__(self, desk: Desk, outbox: Outbox) -> None:
        self.desk = desk
        self.outbox = outbox

    def record(self, outcome: Outcome) -> OutcomeSaved | Queued:
        """Save ``outcome`` on the server, or queue it. Earlier queued outcomes are sent first, so order holds.

        Raises:
            UserInputError: the rules (1–5) refuse the outcome; it is refused here, at once, never queued.
        """
        wrapup.validate(outcome, self.desk.now())
        if self.outbox.waiting():
            _, waiting = self.outbox.drain(self.desk)
            if waiting:
                return Queued(outcome.idempotency_key, self.outbox.append(outcome))
        try:
            return self.desk.record(outcome)
        except EnvironmentFailure:
            return Queued(outcome.idempotency_key, self.outbox.append(outcome))

    def waiting(self) -> int:
        return self.outbox.waiting()

    def drain(self) -> tuple[int, int]:
        return self.outbox.drain(self.desk)

    def refused(self) -> list[Refused]:
        """This operator's outcomes the server refused when they were sent, to show with their clients."""
        return [kept for kept in self.outbox.refused() if kept.outcome.operator == self.desk.operator_name]

    def next_client(self) -> ClientView | None:
        """The next client, once what waits here is sent.

        A client whose outcome still waits in the outbox is still leased to this operator on the server, so the
        queue would hand it back as unfinished and the operator would call it twice.
        """
        if self.outbox.waiting():
            self.outbox.drain(self.desk)
        return self.desk.next_client()
