"""Who holds which client (rule 8), for the supervisor, and a cheap mark for noticing others' changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from callassist.storage.engine import Database
from callassist.storage.models import Client, Operator


@dataclass(frozen=True)
class Lease:
    client_id: int
    client_name: str
    operator: str
    expires_at: datetime
    expired: bool  # abandoned: the client is back in the queue for anyone, though the row still names the holder


def leases(db: Database, now: datetime) -> tuple[Lease, ...]:
    """Every client someone holds or held, soonest expiry first."""
    with db.read() as session:
        rows = session.execute(
            select(Client.id, Client.full_name, Operator.name, Client.lease_expires_at)
            .join(Operator, Operator.id == Client.lease_operator_id)
            .where(Client.lease_expires_at.is_not(None))
            .order_by(Client.lease_expires_at, Client.id)
        ).all()
    return tuple(
        Lease(cid, name, holder, expires, expires < now) for cid, name, holder, expires in rows if expires is not None
    )


def release(db: Database, client_id: int) -> bool:
    """A supervisor takes a client back from whoever holds it; False when nobody did."""
    with db.write() as session:
        result = session.execute(
            update(Client)
            .where(Client.id == client_id, Client.lease_operator_id.is_not(None))
            .values(lease_operator_id=None, lease_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def change_mark(db: Database) -> tuple[object, ...]:
    """A value that changes whenever anyone saves an outcome, claims or releases a client.

    Workstations poll it (one aggregate query) and refresh their queue and figures only when it moved, instead of
    reloading everything on a timer. Besides the latest ``updated_at`` (which a workstation whose clock runs behind
    would not move) it sums what every outcome changes on its client: failed attempts, planned contacts, queue
    places. ``calls`` is no use here: an operator's login sees only its own calls.
    """
    with db.read() as session:
        row = session.execute(
            select(
                func.max(Client.updated_at),
                func.coalesce(func.sum(Client.failed_attempts), 0),
                func.count(Client.next_contact_at),
                func.count(Client.queue_rank),
                func.coalesce(func.sum(Client.queue_rank), 0),
                func.count(Client.lease_operator_id),
                func.coalesce(func.sum(Client.lease_operator_id), 0),
                func.max(Client.lease_expires_at),
            )
        ).one()
    return tuple(row)
