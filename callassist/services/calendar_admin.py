"""The time side of the supervisor's catalogues (issue 15): calling hours per weekday, for the team and per client
country; calendar overrides (transferred working days, an office's days off); the delays (lease, callback handover,
post-sale check-in, unreachable re-contact); each operator's daily goal. Each edit is one unit of work and applies
to the next follow-up planned: the outcome service reads the settings and overrides in every save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select

from callassist.errors import UserInputError
from callassist.services.catalogue_admin import MAX_DELAY_DAYS, check_range
from callassist.services.settings_service import load_team
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.settings import save as save_settings
from callassist.storage.engine import Database
from callassist.storage.models import CalendarOverride, Operator
from callassist.timekeeping.hours import CallingHours
from callassist.timekeeping.workdays import WorkCalendar

# --- calling hours, delays, goals ------------------------------------------------------------------------------


team_settings = load_team  # the settings as stored: one reader for the settings dialog and these screens


def _change_settings(db: Database, change: Callable[[TeamSettings], TeamSettings]) -> TeamSettings:
    """Read the team settings, store ``change`` of them in the same unit of work, and return what was stored."""
    with db.write() as session:
        updated = change(load_settings(session))
        save_settings(session, updated)
        return updated


def set_hours(db: Database, hours: CallingHours, country: str | None = None) -> TeamSettings:
    """The calling hours on the client's clock per weekday: the team's (``country`` None) or those of clients of
    one country (ISO code), which win over the team's for them; returns the settings as stored.

    Raises:
        UserInputError: an unknown country.
    """
    if country is None:
        return _change_settings(db, lambda settings: replace(settings, calling_hours=hours.to_dict()))
    code = _country(country)
    return _change_settings(
        db, lambda settings: replace(settings, country_hours={**(settings.country_hours or {}), code: hours.to_dict()})
    )


def drop_country_hours(db: Database, country: str) -> TeamSettings:
    """Clients of ``country`` go back to the team's calling hours."""
    code = country.strip().upper()

    def without(settings: TeamSettings) -> TeamSettings:
        kept = {k: v for k, v in (settings.country_hours or {}).items() if k != code}
        return replace(settings, country_hours=kept or None)

    return _change_settings(db, without)


@dataclass(frozen=True)
class Delays:
    lease_minutes: int
    callback_handover_minutes: int
    post_sale_days: int
    unreachable_days: int


def set_delays(db: Database, delays: Delays) -> TeamSettings:
    """Lease expiry (rule 8), the handover of an overdue personal callback, the post-sale check-in (rule 5) and
    the unreachable re-contact (rule 4); returns the settings as stored.

    Raises:
        UserInputError: a value out of its range.
    """
    check_range(delays.lease_minutes, 1, 24 * 60, "lease_minutes")
    check_range(delays.callback_handover_minutes, 1, 7 * 24 * 60, "callback_handover_minutes")
    check_range(delays.post_sale_days, 1, MAX_DELAY_DAYS, "post_sale_days")
    check_range(delays.unreachable_days, 1, MAX_DELAY_DAYS, "unreachable_days")
    return _change_settings(
        db,
        lambda settings: replace(
            settings,
            lease_minutes=delays.lease_minutes,
            callback_handover_minutes=delays.callback_handover_minutes,
            post_sale_days=delays.post_sale_days,
            unreachable_days=delays.unreachable_days,
        ),
    )


@dataclass(frozen=True)
class GoalRow:
    operator: str
    role: str
    active: bool
    daily_goal: int


def goals(db: Database) -> tuple[GoalRow, ...]:
    with db.read() as session:
        rows = session.scalars(select(Operator).order_by(Operator.name))
        return tuple(GoalRow(o.name, o.role, o.active, o.daily_goal) for o in rows)


def set_goal(db: Database, operator: str, daily_goal: int) -> None:
    """An operator's calls-a-day goal (the pipeline line shows it).

    Raises:
        UserInputError: a goal outside 1–2000, or no such operator.
    """
    check_range(daily_goal, 1, 2000, "daily_goal")
    with db.write() as session:
        found = session.scalar(select(Operator).where(Operator.name == " ".join(operator.split())))
        if found is None:
            raise UserInputError("lists.operator_not_found", field="operator", name=operator)
        found.daily_goal = daily_goal


# --- calendar overrides ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OverrideRow:
    country: str
    day: date
    working: bool  # True: a transferred working day; False: a day off (an office's own, or a moved holiday)
    note: str


def overrides(db: Database) -> tuple[OverrideRow, ...]:
    with db.read() as session:
        rows = session.scalars(select(CalendarOverride).order_by(CalendarOverride.day, CalendarOverride.country))
        return tuple(OverrideRow(r.country, r.day, r.working, r.note) for r in rows)


def set_override(db: Database, row: OverrideRow) -> None:
    """Make ``row.day`` a working day or a day off in ``row.country``'s calendar (replacing an earlier override)."""
    code = _country(row.country)
    with db.write() as session:
        session.merge(CalendarOverride(country=code, day=row.day, working=row.working, note=row.note.strip()))


def remove_override(db: Database, country: str, day: date) -> None:
    with db.write() as session:
        session.execute(
            delete(CalendarOverride).where(
                CalendarOverride.country == country.strip().upper(), CalendarOverride.day == day
            )
        )


def _country(country: str) -> str:
    code = country.strip().upper()
    try:
        WorkCalendar(code)
    except UserInputError:
        raise UserInputError("catalogue.country", field="country", country=country) from None
    return code
