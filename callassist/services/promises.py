"""Keeping promises (PRODUCT.md rule 6): a promise stays open across calls until the operator closes it with a
note saying how it was kept."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from callassist.domain import FollowUpKind
from callassist.errors import NotFound, UserInputError
from callassist.services import queue
from callassist.storage.models import Client, FollowUp


def close_promise(session: Session, follow_up_id: int, note: str, now: datetime) -> int:
    """Close an open promise with a note; returns the client's id so the caller can refresh its views.

    Raises:
        UserInputError: the note is empty, or the follow-up is not an open promise.
        NotFound: no such follow-up.
    """
    text = note.strip()
    if not text:
        raise UserInputError("Say how the promise was kept before closing it.", field="promiseNote")
    promise = session.get(FollowUp, follow_up_id)
    if promise is None:
        raise NotFound("This promise no longer exists.", field="promise")
    if promise.kind != FollowUpKind.PROMISE:
        raise UserInputError("Only a promise is closed with a note; this is another kind of follow-up.", "promise")
    if promise.done_at is not None:
        raise UserInputError("This promise is already closed.", field="promise")
    promise.done_at = now
    promise.done_note = text
    client = session.get(Client, promise.client_id)
    assert client is not None
    client.updated_at = now
    queue.reposition(session, client)
    return client.id
