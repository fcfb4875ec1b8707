"""One operator's workstation saving outcomes while its PostgreSQL server comes and goes.

``python -m tests.faults.pg_worker DB_URL OPERATOR OUTBOX LOG`` works the queue the way the operator window does
(``ui/operator_window.py``): the next client is claimed through ``ResilientDesk.next_client`` (which sends the
outbox first), the card's heartbeat
keeps the lease during the call, and the wrap-up is saved through ``ResilientDesk.record``, which sends it to the
server or, when the server cannot be reached, keeps it in the local outbox. Both answers are confirmations: the
window tells the operator "Saved" or "kept on this computer".

The log file (the test's evidence) gets one line per step, each written and fsynced before the next step:

* ``CLAIM <client id>``: the desk opened this client;
* ``TRY <key> <client id>``: the save is about to be sent (from here to its confirmation the save is in flight);
* ``SAVED <key>`` / ``QUEUED <key>``: confirmed, on the server or in the outbox;
* ``REOFFER <client id>``: the queue handed back a client whose outcome still waits in the outbox (must not happen).

Standard output tells the test what happens, one word a line: ``READY``, ``SAVED``, ``QUEUED``, ``SENT <n>``,
``WAIT``, ``EMPTY``, ``ERROR <text>`` and ``BYE <waiting>``. When the worker cannot reach the server it prints
``WAIT`` and blocks on standard input, as the window waits for its retry timer: ``TICK`` retries (first sending the
outbox, as the window's drain timer does), ``NEXT`` retries without sending it (the operator was quicker than
that timer), ``STOP`` ends the shift. ``STOP`` between two calls ends it too, after
a last attempt to send the outbox.
"""

from __future__ import annotations

import contextlib
import os
import select
import sys
from datetime import timedelta
from pathlib import Path
from typing import IO

from callassist.domain import Outcome
from callassist.errors import EnvironmentFailure
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import open_database
from callassist.team.outbox import Outbox, Queued, ResilientDesk
from tests.factories import START, FixedClock, no_answer, refusal

HEARTBEATS_PER_CALL = 2  # the card's heartbeat timer fires during a call; it also keeps a client held most of the time


class Shift:
    """The worker's state: its desk, outbox and log, and the commands the test sends."""

    def __init__(self, url: str, operator: str, outbox: Path, log: Path) -> None:
        self.clock = FixedClock(START)  # leases never expire on their own: a client leased twice would be a bug
        self.desk = OperatorDesk(open_database(url), operator, now=self.clock, language="en", create_operator=False)
        self.resilient = ResilientDesk(self.desk, Outbox(outbox))
        self.log: IO[str] = log.open("a", encoding="utf-8")
        self.turn = 0
        self.stopping = False

    def write(self, line: str) -> None:
        """Append one line to the log and put it on the disk before anything else happens."""
        self.log.write(line + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def command(self, block: bool) -> str:
        """The test's next command: waits for it when ``block``, else ``""`` when none is waiting."""
        if not block and not select.select([sys.stdin], [], [], 0)[0]:
            return ""
        line = sys.stdin.readline()
        return line.strip() or "STOP"  # the test went away: end the shift

    def wait_for_server(self) -> None:
        """Block until the test says to retry. ``TICK``: the window's drain timer fires first and sends the outbox;
        ``NEXT``: the operator presses Next before it does (the outbox goes out with the next save)."""
        say("WAIT")
        command = self.command(block=True)
        if command == "STOP":
            self.stopping = True
        elif command == "TICK":
            self.drain()

    def drain(self) -> None:
        if self.resilient.waiting():
            sent, _ = self.resilient.drain()
            say(f"SENT {sent}")

    def run(self) -> None:
        say("READY")
        while not self.stopping:
            if self.command(block=False) == "STOP":
                break
            try:
                client = self.resilient.next_client()
            except EnvironmentFailure:
                self.wait_for_server()
                continue
            if client is None:
                say("EMPTY")  # the test seeds more clients than a run can use; it fails on this
                break
            self.call(client.id)
        self.finish()

    def call(self, client_id: int) -> None:
        """One call: claim logged, heartbeats, then the wrap-up saved until the window confirms it."""
        self.write(f"CLAIM {client_id}")
        if any(outcome.client_id == client_id for _, outcome in self.resilient.outbox.pending()):
            self.write(f"REOFFER {client_id}")
        for _ in range(HEARTBEATS_PER_CALL):
            try:
                self.desk.heartbeat(client_id)
            except EnvironmentFailure:
                break  # the call goes on; the wrap-up is saved all the same
        outcome = self.wrap_up(client_id)
        self.write(f"TRY {outcome.idempotency_key} {client_id}")
        while True:
            try:
                saved = self.resilient.record(outcome)
            except Exception as exc:  # the window shows it and the call stays open with its key
                say(f"ERROR {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
                self.wait_for_server()
                if self.stopping:
                    return  # in flight and never confirmed: the test allows it in the database or not
                continue
            break
        confirmed = "QUEUED" if isinstance(saved, Queued) else "SAVED"
        self.write(f"{confirmed} {outcome.idempotency_key}")
        say(confirmed)
        self.turn += 1

    def wrap_up(self, client_id: int) -> Outcome:
        """Every other call is not answered; the rest are refused with a reason and a date, as on a real floor."""
        now = self.clock()
        operator = self.desk.operator_name
        if self.turn % 2:
            made = no_answer(client_id, operator, now)
        else:
            made = refusal(client_id, operator, now, next_contact_at=now + timedelta(days=7))
        return made

    def finish(self) -> None:
        """End of the shift: one last attempt to send the outbox, then say how many still wait."""
        with contextlib.suppress(EnvironmentFailure):  # still down: the test finds what is left
            self.drain()
        say(f"BYE {self.resilient.waiting()}")
        self.log.close()
        self.desk.db.dispose()


def say(line: str) -> None:
    print(line, flush=True)


if __name__ == "__main__":
    Shift(sys.argv[1], sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4])).run()
