"""The queue's (zone, country) pairs, found by seeking ``ix_clients_zone`` rather than a DISTINCT over all clients."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from callassist.services import zones
from callassist.storage.engine import Database
from callassist.storage.models import Client
from tests.factories import FixedClock, add_client

PLACES = [
    ("Europe/Moscow", "RU"),
    ("Europe/Moscow", "BY"),
    ("Asia/Novosibirsk", "RU"),
    ("Europe/Kaliningrad", "RU"),
    ("Asia/Almaty", "KZ"),
    ("Asia/Almaty", "KZ"),  # twice: one pair
    ("Europe/Moscow", "KZ"),
]


def _seed(db: Database, now: datetime) -> None:
    with db.write() as session:
        for zone, country in PLACES:
            add_client(session, now, timezone=zone, region=country)
        no_zone = [add_client(session, now, region=country) for country in ("RU", "RU", "BY")]
        session.execute(update(Client).where(Client.id.in_(no_zone)).values(timezone=None))


def test_zone_pairs_are_the_distinct_pairs_nulls_included(db: Database, clock: FixedClock) -> None:
    _seed(db, clock())
    zones.forget_zone_pairs()

    with db.read() as session:
        found = zones._zone_pairs(session, newest=-1)
        everything = {
            (zone, country) for zone, country in session.execute(select(Client.timezone, Client.region).distinct())
        }

    assert len(found) == len(set(found))  # each pair once
    assert set(found) == everything
    assert (None, "RU") in found and (None, "BY") in found and ("Europe/Moscow", "KZ") in found
    assert len(found) == 8
