"""Client time zones, country calendars and calling hours, applied to stored clients (issue 6).

The pure rules live in ``callassist.timekeeping``; this module feeds them what the database knows: a client's
phones, city and country, and the supervisor's working-day override table.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, false, func, literal, or_, select, true
from sqlalchemy.orm import Session, selectinload

from callassist.errors import UserInputError
from callassist.settings import TeamSettings
from callassist.storage.models import CalendarOverride, Client
from callassist.timekeeping.hours import is_callable, land_in_hours, zones_callable_now
from callassist.timekeeping.workdays import WorkCalendar
from callassist.timekeeping.zones import ZoneChoice, parse_zone, resolve_timezone

_BACKFILL_BATCH = 1000

# Calendars keep the holiday years they have looked up; one per country and override table is enough.
_calendars: dict[tuple[str, frozenset[tuple[date, bool]]], WorkCalendar] = {}


def assign_timezone(client: Client, settings: TeamSettings) -> ZoneChoice:
    """Set ``client.timezone`` from the best evidence: its zone field, city, region, phones, then the office zone.

    Call it when a client is created or imported, after its phones are attached.

    Raises:
        UserInputError: the client's zone field is filled but names no time zone.
    """
    choice = resolve_timezone(
        explicit=client.timezone,
        city=client.city or "",
        region=client.region or "",
        phones_e164=[phone.e164 for phone in client.phones],
        default=settings.office_timezone,
    )
    client.timezone = choice.name
    return choice


def backfill_timezones(session: Session, settings: TeamSettings) -> int:
    """Give every client without a time zone one (older data, demo data); returns how many were filled.

    One pass over the clients whose zone is NULL, in batches; a database where every client has a zone costs one
    query that finds nothing.
    """
    # One seek of ix_clients_zone answers the usual case (every client has a zone); the batches below walk the
    # primary key, which SQLite prefers for ORDER BY id and which would read a million rows to find nothing.
    if session.scalar(select(Client.id).where(Client.timezone.is_(None)).limit(1)) is None:
        return 0
    filled = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(Client)
            .where(Client.timezone.is_(None), Client.id > last_id)
            .order_by(Client.id)
            .limit(_BACKFILL_BATCH)
            .options(selectinload(Client.phones))
        ).all()
        if not batch:
            if filled:
                forget_zone_pairs()
            return filled
        for client in batch:
            assign_timezone(client, settings)
        filled += len(batch)
        last_id = batch[-1].id
        session.flush()


def zone_of(client: Client, settings: TeamSettings) -> str:
    """The client's zone, or the office's when nobody has set one yet."""
    return client.timezone or settings.office_timezone


def calendar_for(session: Session, country: str | None, settings: TeamSettings) -> WorkCalendar:
    """The working-day calendar of ``country`` with the supervisor's overrides; the default region's when the
    client's country has no calendar (blank or unknown codes must not stop the queue)."""
    code = (country or "").strip().upper()
    try:
        WorkCalendar(code)
    except UserInputError:
        code = settings.default_region.strip().upper()
    # One unit of work asks for the same calendar several times (landing a date, then planning the follow-up);
    # the overrides cannot change inside it, so they are read once per session and country.
    known: dict[str, WorkCalendar] = session.info.setdefault("callassist_calendars", {})
    if code in known:
        return known[code]
    rows = session.execute(
        select(CalendarOverride.day, CalendarOverride.working).where(CalendarOverride.country == code)
    ).all()
    key = (code, frozenset((day, working) for day, working in rows))
    calendar = _calendars.get(key)
    if calendar is None:
        calendar = _calendars[key] = WorkCalendar(code, dict(key[1]))
    known[code] = calendar
    return calendar


def client_calendar(session: Session, client: Client, settings: TeamSettings) -> WorkCalendar:
    return calendar_for(session, client.region, settings)


def land(session: Session, client: Client, target: datetime, settings: TeamSettings) -> datetime:
    """Move a next-contact moment to the client's first callable moment at or after it (rule 2)."""
    zone = zone_of(client, settings)
    calendar = client_calendar(session, client, settings)
    return land_in_hours(target, zone, settings.hours_for(calendar.country), calendar)


def after_days(session: Session, client: Client, moment: datetime, days: int, settings: TeamSettings) -> datetime:
    """``days`` after ``moment`` at the same time of day, landed on a working day inside calling hours.

    Raises:
        UserInputError: ``days`` is negative.
    """
    if days < 0:
        raise UserInputError("zones.negative_delay", field="delay", days=days)
    return land(session, client, moment + timedelta(days=days), settings)


def outside_hours(session: Session, client: Client, when: datetime, settings: TeamSettings) -> bool:
    """True when ``when`` is not a callable moment for the client: a day off of its country or outside hours."""
    zone = zone_of(client, settings)
    calendar = client_calendar(session, client, settings)
    return not is_callable(when, zone, settings.hours_for(calendar.country), calendar)


_pair_cache: dict[str, tuple[int, list[tuple[str | None, str | None]]]] = {}
# The last callable-now condition per database, with what it was computed from: the minute, the settings, the
# newest client and the calendar overrides. A claim asks for it every time; it changes only at a minute boundary
# (calling hours and zone offsets are whole minutes), when a client is added or when the supervisor edits a day.
_condition_cache: dict[str, tuple[tuple[object, ...], ColumnElement[bool]]] = {}


def _zone_pairs(session: Session, newest: int) -> list[tuple[str | None, str | None]]:
    """The distinct (zone, country) pairs of all clients, cached until a client is added.

    A client's zone and country are set when it is created (or back-filled once at start-up), so the newest client
    id — one primary-key lookup — tells whether the cached pairs still hold; the DISTINCT itself reads every row.
    """
    key = str(session.get_bind().engine.url)
    cached = _pair_cache.get(key)
    if cached is not None and cached[0] == newest:
        return cached[1]
    connection = session.connection()
    pairs = [
        (zone, country)
        for zone in _distinct(connection, Client.timezone, [])
        for country in _distinct(
            connection, Client.region, [Client.timezone.is_(None) if zone is None else Client.timezone == zone]
        )
    ]
    _pair_cache[key] = (newest, pairs)
    return pairs


def _distinct(connection: Connection, column: Any, where: list[ColumnElement[bool]]) -> list[str | None]:
    """The distinct values of ``column`` among the clients ``where`` holds, NULL last.

    A loose scan of ``ix_clients_zone``: each next value is one seek (``min(column) > previous``), so a million
    clients in a handful of zones cost a handful of lookups instead of a DISTINCT over every row. SQLite and
    PostgreSQL both answer ``min`` over a prefix of an index from the index alone.
    """
    values: list[str | None] = []
    value = connection.execute(select(func.min(column)).where(*where)).scalar()
    while value is not None:
        values.append(value)
        value = connection.execute(select(func.min(column)).where(*where, column > value)).scalar()
    if connection.execute(select(Client.id).where(*where, column.is_(None)).limit(1)).first() is not None:
        values.append(None)
    return values


def forget_zone_pairs() -> None:
    """Drop the cached pairs (after zones of existing clients were changed in bulk, e.g. a back-fill)."""
    _pair_cache.clear()
    _condition_cache.clear()


def callable_now(session: Session, now: datetime, settings: TeamSettings) -> ColumnElement[bool]:
    """A WHERE condition: the client's local time is inside calling hours on a working day of its country (rule 7).

    The zones and countries of queued clients are few, so they are checked here once per query and the queue
    keeps one indexed query with ``timezone IN (...)``. Clients without a zone live by the office's clock.
    The condition is reused while its minute, the settings, the newest client and the overrides stay the same:
    then checking costs two small queries instead of a calendar per country and an expression tree per claim.
    """
    url = str(session.get_bind().engine.url)
    newest, overrides = _freshness(session)
    key = (now.astimezone(UTC).replace(second=0, microsecond=0), repr(settings), newest, overrides)
    cached = _condition_cache.get(url)
    if cached is not None and cached[0] == key:
        return cached[1]
    by_country: dict[str | None, set[str | None]] = {}
    for zone, country in _zone_pairs(session, newest):
        by_country.setdefault(country, set()).add(zone)
    conditions = [_callable_in_country(session, country, zones, now, settings) for country, zones in by_country.items()]
    condition = or_(false(), *conditions)
    _condition_cache[url] = (key, condition)
    return condition


def _freshness_statement() -> Select[Any]:
    one = select(literal(1).label("one")).subquery()
    newest = select(func.max(Client.id)).scalar_subquery()
    return (
        select(newest, CalendarOverride.country, CalendarOverride.day, CalendarOverride.working)
        .select_from(one.outerjoin(CalendarOverride, true()))
        .order_by(CalendarOverride.country, CalendarOverride.day)
    )


_FRESHNESS = _freshness_statement()  # built once: every claim runs it


def _freshness(session: Session) -> tuple[int, tuple[tuple[object, ...], ...]]:
    """The newest client id and every calendar override, in one round trip (a one-row select outer-joined to the
    small overrides table, so an empty table still returns the newest id)."""
    rows = session.connection().execute(_FRESHNESS).all()
    overrides = tuple((country, day, working) for _, country, day, working in rows if country is not None)
    return (rows[0][0] or 0) if rows else 0, overrides


def _callable_in_country(
    session: Session, country: str | None, zones: Iterable[str | None], now: datetime, settings: TeamSettings
) -> ColumnElement[bool]:
    calendar = calendar_for(session, country, settings)
    office_open = _zone_callable(now, settings.office_timezone, settings, calendar)
    callable_zones = sorted(
        zone for zone in zones if zone is not None and _zone_callable(now, zone, settings, calendar)
    )
    zone_ok = or_(
        Client.timezone.in_(callable_zones) if callable_zones else false(),
        Client.timezone.is_(None) if office_open else false(),
    )
    same_country = Client.region.is_(None) if country is None else Client.region == country
    return and_(same_country, zone_ok)


def _zone_callable(now: datetime, zone: str, settings: TeamSettings, calendar: WorkCalendar) -> bool:
    try:
        parse_zone(zone)
    except UserInputError:
        return False  # a zone nobody can read is never guessed at; assign_timezone refuses such zones on entry
    return bool(zones_callable_now(now, [zone], settings.hours_for(calendar.country), calendar))
