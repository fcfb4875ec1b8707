"""What a supervisor edits on the catalogue screens (issue 15): refusal reasons, the retry table, products, calling
hours per weekday and per client country, calendar overrides, the delays, and each operator's daily goal.

Each edit is one unit of work and takes effect for the next follow-up planned: the outcome service reads the
reasons, the retry table, the settings and the overrides inside every save. A refusal reason that calls used is
retired (hidden from the wrap-up form, kept for history and statistics), never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from callassist.domain import AttemptResult, Changes
from callassist.errors import UserInputError
from callassist.settings import TeamSettings
from callassist.settings import load as load_settings
from callassist.settings import save as save_settings
from callassist.storage.engine import Database
from callassist.storage.models import CalendarOverride, Call, Operator, Product, RefusalReason, RetryRule, SaleItem
from callassist.timekeeping.hours import CallingHours
from callassist.timekeeping.workdays import WorkCalendar

MAX_DELAY_DAYS = 3650
MAX_RETRY_STEPS = 10
MAX_RETRY_MINUTES = 90 * 24 * 60
NOT_REACHED = tuple(result for result in AttemptResult if result is not AttemptResult.CONNECTED)
CATALOGUE_CHANGED = Changes(catalogues=True)
_CURRENCY = re.compile(r"^[A-Z]{3}$")


# --- refusal reasons -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReasonRow:
    id: int | None  # None: a reason not stored yet
    code: str
    title_ru: str
    title_en: str
    delay_days: int
    active: bool
    position: int
    needs_text: bool = False
    in_use: bool = False


def reasons(db: Database) -> tuple[ReasonRow, ...]:
    """Every reason, retired ones included, in the wrap-up form's order; ``in_use`` when a call gave it."""
    with db.read() as session:
        used = set(
            session.scalars(select(Call.refusal_reason_id).where(Call.refusal_reason_id.is_not(None)).distinct())
        )
        rows = session.scalars(select(RefusalReason).order_by(RefusalReason.position, RefusalReason.id))
        return tuple(
            ReasonRow(
                r.id,
                r.code,
                r.title_ru,
                r.title_en,
                r.default_delay_days,
                r.active,
                r.position,
                r.needs_text,
                r.id in used,
            )
            for r in rows
        )


def save_reason(db: Database, row: ReasonRow) -> ReasonRow:
    """Add a reason (``row.id`` None; placed last) or change one; returns it as stored.

    Raises:
        UserInputError: an empty name in either language, a delay outside 1–3650 days, or a name another reason has.
    """
    title_ru, title_en = " ".join(row.title_ru.split()), " ".join(row.title_en.split())
    if not title_ru or not title_en:
        raise UserInputError("catalogue.reason_title_required", field="title_ru" if not title_ru else "title_en")
    _check_range(row.delay_days, 1, MAX_DELAY_DAYS, "delay_days")
    with db.write() as session:
        clash = select(RefusalReason.id).where(
            (func.lower(RefusalReason.title_en) == title_en.lower())
            | (func.lower(RefusalReason.title_ru) == title_ru.lower())
        )
        if row.id is not None:
            clash = clash.where(RefusalReason.id != row.id)
        if session.scalar(clash.limit(1)) is not None:
            raise UserInputError("catalogue.reason_exists", field="title_en", title=title_en)
        stored = _reason(session, row.id) if row.id is not None else _new_reason(session, title_en)
        stored.title_ru, stored.title_en = title_ru, title_en
        stored.default_delay_days, stored.active, stored.needs_text = row.delay_days, row.active, row.needs_text
        session.flush()
        return replace(
            row, id=stored.id, code=stored.code, title_ru=title_ru, title_en=title_en, position=stored.position
        )


def _new_reason(session: Session, title_en: str) -> RefusalReason:
    base = re.sub(r"[^a-z0-9]+", "_", title_en.lower()).strip("_")[:30] or "reason"
    code, n = base, 1
    while session.scalar(select(RefusalReason.id).where(RefusalReason.code == code)) is not None:
        n += 1
        code = f"{base}_{n}"
    last = session.scalar(select(func.max(RefusalReason.position))) or 0
    reason = RefusalReason(code=code, title_ru="", title_en="", default_delay_days=1, position=last + 1)
    session.add(reason)
    return reason


def _reason(session: Session, reason_id: int) -> RefusalReason:
    found = session.get(RefusalReason, reason_id)
    if found is None:
        raise UserInputError("catalogue.not_found", field="reason")
    return found


def remove_reason(db: Database, reason_id: int) -> bool:
    """Delete a reason no call gave; retire (deactivate) one a call gave. Returns True when it was deleted."""
    with db.write() as session:
        reason = _reason(session, reason_id)
        if session.scalar(select(exists().where(Call.refusal_reason_id == reason_id))):
            reason.active = False
            return False
        session.delete(reason)
        return True


def move_reason(db: Database, reason_id: int, step: int) -> None:
    """Move a reason up (``step`` -1) or down (+1) in the wrap-up form's order."""
    with db.write() as session:
        ordered = list(session.scalars(select(RefusalReason).order_by(RefusalReason.position, RefusalReason.id)))
        index = next((i for i, r in enumerate(ordered) if r.id == reason_id), None)
        if index is None:
            raise UserInputError("catalogue.not_found", field="reason")
        target = index + step
        if 0 <= target < len(ordered):
            ordered[index], ordered[target] = ordered[target], ordered[index]
        for position, reason in enumerate(ordered):
            reason.position = position


# --- retry rules -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetryTable:
    """Per not-reached attempt result: the delays (minutes) after the 1st, 2nd… attempt in a row. The cap is the
    attempt that ends the retries: with N delays the (N+1)-th not-reached attempt in a row makes the client *future*
    ``unreachable_days`` later (rule 4), never *never*."""

    delays: dict[AttemptResult, tuple[int, ...]]
    unreachable_days: int

    def cap(self, result: AttemptResult) -> int:
        """The not-reached attempt in a row that makes the client *future* (1: the first one already does)."""
        return len(self.delays.get(result, ())) + 1


_DELAY = re.compile(r"^(\d+)\s*(m|min|h|d|м|мин|ч|д|дн)?$", re.IGNORECASE)
_UNIT_MINUTES = {"m": 1, "min": 1, "м": 1, "мин": 1, "h": 60, "ч": 60, "d": 1440, "д": 1440, "дн": 1440}


def parse_delays(text: str) -> tuple[int, ...]:
    """Delays as a supervisor types them, "30m, 2h, 1d" (or "30 мин, 2 ч, 1 д"; a bare number is minutes), in
    minutes.

    Raises:
        UserInputError: a part that is not a number with an optional unit.
    """
    delays = []
    for part in text.replace(";", ",").split(","):
        clean = part.strip().lower()
        if not clean:
            continue
        match = _DELAY.match(clean)
        if match is None:
            raise UserInputError("catalogue.delay_syntax", field="delays", part=part.strip())
        delays.append(int(match.group(1)) * _UNIT_MINUTES[(match.group(2) or "m").lower()])
    return tuple(delays)


def retry_table(db: Database) -> RetryTable:
    with db.read() as session:
        delays: dict[AttemptResult, list[int]] = {result: [] for result in NOT_REACHED}
        rows = session.execute(select(RetryRule.attempt_result, RetryRule.delay_minutes).order_by(RetryRule.step))
        for result, minutes in rows:
            delays.setdefault(AttemptResult(result), []).append(minutes)
        return RetryTable({k: tuple(v) for k, v in delays.items()}, load_settings(session).unreachable_days)


def capped(delays: Sequence[int], cap: int) -> tuple[int, ...]:
    """``delays`` fitted to ``cap`` attempts: cut to ``cap - 1`` steps, or lengthened by repeating the last one (a
    day when there is none), so the ``cap``-th not-reached attempt in a row makes the client *future*."""
    steps = list(delays[: max(0, cap - 1)])
    while len(steps) < cap - 1:
        steps.append(steps[-1] if steps else 24 * 60)
    return tuple(steps)


def set_retry_delays(db: Database, result: AttemptResult, delays: Sequence[int]) -> None:
    """Replace the retry steps of ``result``: its cap becomes ``len(delays) + 1`` (no delays: the first not-reached
    attempt already makes the client *future*).

    Raises:
        UserInputError: a connected result, more than ten steps, or a delay outside 1 minute – 90 days.
    """
    if result is AttemptResult.CONNECTED:
        raise UserInputError("catalogue.retry_connected", field="attempt_result")
    if len(delays) > MAX_RETRY_STEPS:
        raise UserInputError("catalogue.retry_too_many", field="delays", most=MAX_RETRY_STEPS)
    for minutes in delays:
        _check_range(minutes, 1, MAX_RETRY_MINUTES, "delays")
    with db.write() as session:
        session.execute(delete(RetryRule).where(RetryRule.attempt_result == result.value))
        session.flush()
        session.add_all(
            RetryRule(attempt_result=result.value, step=step, delay_minutes=minutes)
            for step, minutes in enumerate(delays, start=1)
        )


# --- products --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductRow:
    id: int | None
    name: str
    price: Decimal
    currency: str
    active: bool
    sold: bool = False


def products(db: Database) -> tuple[ProductRow, ...]:
    """Every product, inactive ones included, by name."""
    with db.read() as session:
        sold = set(session.scalars(select(SaleItem.product_id).distinct()))
        rows = session.scalars(select(Product).order_by(Product.name))
        return tuple(ProductRow(p.id, p.name, p.price, p.currency, p.active, p.id in sold) for p in rows)


def save_product(db: Database, row: ProductRow) -> ProductRow:
    """Add a product (``row.id`` None) or change one. A sold product is never deleted, only made inactive.

    Raises:
        UserInputError: an empty name, a negative or malformed price, a currency that is not three letters, or a
            name another product has.
    """
    name = " ".join(row.name.split())
    if not name:
        raise UserInputError("catalogue.product_name_required", field="name")
    price = parse_price(row.price)
    currency = row.currency.strip().upper()
    if not _CURRENCY.match(currency):
        raise UserInputError("catalogue.currency", field="currency", currency=row.currency)
    with db.write() as session:
        clash = select(Product.id).where(func.lower(Product.name) == name.lower())
        if row.id is not None:
            clash = clash.where(Product.id != row.id)
        if session.scalar(clash.limit(1)) is not None:
            raise UserInputError("catalogue.product_exists", field="name", name=name)
        stored = session.get(Product, row.id) if row.id is not None else None
        if stored is None:
            stored = Product(name=name, price=price)
            session.add(stored)
        stored.name, stored.price, stored.currency, stored.active = name, price, currency, row.active
        session.flush()
        return replace(row, id=stored.id, name=name, price=price, currency=currency)


def parse_price(value: Decimal | str) -> Decimal:
    try:
        price = Decimal(str(value).replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except InvalidOperation:
        raise UserInputError("catalogue.price", field="price", price=str(value)) from None
    if not price.is_finite() or price < 0 or price >= Decimal("1e10"):
        raise UserInputError("catalogue.price", field="price", price=str(value))
    return price.quantize(Decimal("0.01"))


# --- calling hours, delays, goals ------------------------------------------------------------------------------


def team_settings(db: Database) -> TeamSettings:
    with db.read() as session:
        return load_settings(session)


def set_hours(db: Database, hours: CallingHours, country: str | None = None) -> TeamSettings:
    """The calling hours on the client's clock per weekday: the team's (``country`` None) or those of clients of
    one country (ISO code), which win over the team's for them; returns the settings as stored.

    Raises:
        UserInputError: an unknown country.
    """
    with db.write() as session:
        settings = load_settings(session)
        if country is None:
            updated = replace(settings, calling_hours=hours.to_dict())
        else:
            code = _country(country)
            by_country = dict(settings.country_hours or {})
            by_country[code] = hours.to_dict()
            updated = replace(settings, country_hours=by_country)
        save_settings(session, updated)
        return updated


def drop_country_hours(db: Database, country: str) -> TeamSettings:
    """Clients of ``country`` go back to the team's calling hours."""
    with db.write() as session:
        settings = load_settings(session)
        by_country = {k: v for k, v in (settings.country_hours or {}).items() if k != country.strip().upper()}
        updated = replace(settings, country_hours=by_country or None)
        save_settings(session, updated)
        return updated


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
    _check_range(delays.lease_minutes, 1, 24 * 60, "lease_minutes")
    _check_range(delays.callback_handover_minutes, 1, 7 * 24 * 60, "callback_handover_minutes")
    _check_range(delays.post_sale_days, 1, MAX_DELAY_DAYS, "post_sale_days")
    _check_range(delays.unreachable_days, 1, MAX_DELAY_DAYS, "unreachable_days")
    with db.write() as session:
        updated = replace(
            load_settings(session),
            lease_minutes=delays.lease_minutes,
            callback_handover_minutes=delays.callback_handover_minutes,
            post_sale_days=delays.post_sale_days,
            unreachable_days=delays.unreachable_days,
        )
        save_settings(session, updated)
        return updated


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
    _check_range(daily_goal, 1, 2000, "daily_goal")
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


def _check_range(value: int, low: int, high: int, field: str) -> None:
    if not low <= value <= high:
        raise UserInputError("catalogue.out_of_range", field=field, value=value, low=low, high=high)
