"""What the next call would show, read without taking the client: the screenshot's view of a call."""

from __future__ import annotations

from callassist.domain import ClientView
from callassist.services import clients
from callassist.services.desk import OperatorDesk
from callassist.storage.models import Client


def next_client_view(desk: OperatorDesk) -> ClientView | None:
    """The card of the client F2 would give this operator now, or None for an empty queue. Claims nothing."""
    page = desk.queue_page(0, 1)
    if not page.items:
        return None
    with desk.db.read() as session:
        client = session.get(Client, page.items[0].client_id)
        assert client is not None  # the queue page was read a moment ago; clients are never deleted
        return clients.client_view(session, client, desk.language)
