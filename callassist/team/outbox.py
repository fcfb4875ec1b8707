"""The local outbox: outcomes saved while the server cannot be reached wait here and are sent exactly once.

One SQLite file in the data directory, one row per outcome (its JSON, idempotency key included), written with
``synchronous=FULL`` so an outcome the operator was told is queued survives a power cut. Sending is safe to repeat:
``record`` ignores an idempotency key it has already stored, so a send whose commit succeeded but whose answer (or
the deletion from the outbox) was lost is found as a duplicate and not written twice.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from callassist import paths
from callassist.domain import (
    AttemptResult,
    BuyingStage,
    ClientView,
    ConversationResult,
    MeasuredTalk,
    NeverReason,
    Outcome,
    OutcomeSaved,
    PromiseInput,
    SaleLine,
)
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

    def record(self, outcome: Outcome) -> OutcomeSaved: ...


class Desk(Recorder, Protocol):
    """What a workstation works through: ``OperatorDesk``."""

    def next_client(self) -> ClientView | None: ...


@dataclass(frozen=True)
class Queued:
    """An outcome kept in the outbox because the server could not be reached; ``waiting`` counts them all."""

    idempotency_key: str
    waiting: int


@dataclass(frozen=True)
class Refused:
    """An outcome the server refused on sending; it stays in the outbox for a supervisor to look at."""

    outcome: Outcome
    reason: str


def default_path() -> Path:
    return paths.data_dir() / "outbox.sqlite3"


def outcome_to_json(outcome: Outcome) -> str:
    """The outcome as JSON: datetimes in ISO 8601 with their offset, amounts as decimal strings."""
    return json.dumps(asdict(outcome), default=_plain, ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot store {type(value).__name__} in the outbox")


def outcome_from_json(text: str) -> Outcome:
    """The inverse of ``outcome_to_json``."""
    data = json.loads(text)
    moment = datetime.fromisoformat
    optional = {
        "conversation_result": ConversationResult,
        "never_reason": NeverReason,
        "stage": BuyingStage,
        "next_contact_at": moment,
    }
    for name, convert in optional.items():
        if data.get(name) is not None:
            data[name] = convert(data[name])
    data["attempt_result"] = AttemptResult(data["attempt_result"])
    data["started_at"], data["ended_at"] = moment(data["started_at"]), moment(data["ended_at"])
    data["sale_lines"] = tuple(
        SaleLine(line["product_id"], line["quantity"], Decimal(line["amount"])) for line in data["sale_lines"]
    )
    if data.get("promise") is not None:
        data["promise"] = PromiseInput(data["promise"]["text"], moment(data["promise"]["due_at"]))
    if data.get("measured") is not None:  # issue 18: the softphone's timing
        data["measured"] = MeasuredTalk(moment(data["measured"]["answered_at"]), data["measured"]["talk_seconds"])
    for name in ("script_path", "objections", "unscripted"):
        data[name] = tuple(data[name])
    return Outcome(**data)


class Outbox:
    """Outcomes waiting for the server, oldest first."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
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
        return [Refused(outcome_from_json(text), str(reason)) for text, reason in rows]

    def _remove(self, seq: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    def _mark_refused(self, seq: int, reason: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE outbox SET refused = ? WHERE seq = ?", (reason, seq))

    def drain(self, desk: Recorder) -> tuple[int, int]:
        """Send waiting outcomes in order until the server fails again. Returns ``(sent, waiting)``.

        An outcome already stored (its earlier send committed but the answer was lost) counts as sent and is not
        written again. One the rules now refuse is kept aside with the reason instead of blocking the rest.
        """
        sent = 0
        for seq, outcome in self.pending():
            try:
                desk.record(outcome)
            except EnvironmentFailure:
                break
            except UserInputError as exc:
                self._mark_refused(seq, str(exc))
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
        """Save ``outcome`` on the server, or queue it. Earlier queued outcomes are sent first, so order holds."""
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

    def next_client(self) -> ClientView | None:
        """The next client, once what waits here is sent.

        A client whose outcome still waits in the outbox is still leased to this operator on the server, so the
        queue would hand it back as unfinished and the operator would call it twice.
        """
        if self.outbox.waiting():
            self.outbox.drain(self.desk)
        return self.desk.next_client()
