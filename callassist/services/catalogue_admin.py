"""What a supervisor edits on the catalogue screens (issue 15): refusal reasons, the retry table and products (the
time settings — hours, calendar, delays, goals — are in ``calendar_admin``).

Each edit is one unit of work and takes effect for the next follow-up planned: the outcome service reads the
reasons, the retry table, the settings and the overrides inside every save. A refusal reason that calls used is
retired (hidden from the wrap-up form, kept for history and statistics), never deleted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from callassist.domain import AttemptResult, Changes
from callassist.errors import UserInputError
from callassist.settings import load as load_settings
from callassist.storage.engine import Database
from callassist.storage.models import Call, Product, RefusalReason, RetryRule, SaleItem

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
    check_range(row.delay_days, 1, MAX_DELAY_DAYS, "delay_days")
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
        check_range(minutes, 1, MAX_RETRY_MINUTES, "delays")
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


def check_range(value: int, low: int, high: int, field: str) -> None:
    if not low <= value <= high:
        raise UserInputError("catalogue.out_of_range", field=field, value=value, low=low, high=high)
