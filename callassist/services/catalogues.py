"""Refusal reasons, retry rules and products: the catalogues a supervisor edits, with the defaults a new base gets."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from callassist.domain import AttemptResult, ProductView, RefusalReasonView
from callassist.storage.engine import Database
from callassist.storage.models import Product, RefusalReason, RetryRule

# code, Russian, English, default re-contact delay in days, asks for the client's words
DEFAULT_REFUSAL_REASONS: tuple[tuple[str, str, str, int, bool], ...] = (
    ("too_expensive", "Дорого", "Too expensive", 90, False),
    ("no_budget_now", "Нет бюджета сейчас", "No budget now", 60, False),
    ("has_supplier", "Уже есть поставщик", "Already has a supplier", 90, False),
    ("not_decision_maker", "Не принимает решение", "Not the decision-maker", 7, False),
    ("no_time", "Нет времени говорить", "No time to talk", 2, False),
    ("send_offer", "Прислать предложение на e-mail", "Send an offer by e-mail", 3, False),
    ("think_it_over", "Подумает", "Will think it over", 7, False),
    ("not_interested_now", "Сейчас не актуально", "Not relevant right now", 90, False),
    ("rude", "Грубость, конфликт", "Rude / conflict", 30, False),
    ("other", "Другое", "Other", 30, True),
)

# attempt result → delays for the 1st, 2nd, 3rd… consecutive not-reached attempt; past the last: unreachable
DEFAULT_RETRY_MINUTES: dict[AttemptResult, tuple[int, ...]] = {
    AttemptResult.NO_ANSWER: (120, 24 * 60, 3 * 24 * 60),
    AttemptResult.BUSY: (30, 120, 24 * 60),
    AttemptResult.VOICEMAIL: (240, 24 * 60, 3 * 24 * 60),
    AttemptResult.WRONG_NUMBER: (24 * 60,),
    AttemptResult.NOT_IN_SERVICE: (24 * 60,),
}

DEFAULT_PRODUCTS: tuple[tuple[str, Decimal], ...] = (
    ("Базовый тариф", Decimal("12000.00")),
    ("Расширенный тариф", Decimal("29000.00")),
    ("Внедрение под ключ", Decimal("45000.00")),
    ("Annual support", Decimal("18000.00")),
)


def ensure_defaults(session: Session) -> None:
    """Fill empty catalogues with the defaults; a catalogue a supervisor has touched is left alone."""
    if not session.scalar(select(func.count()).select_from(RefusalReason)):
        for position, (code, ru, en, days, text) in enumerate(DEFAULT_REFUSAL_REASONS):
            session.add(
                RefusalReason(
                    code=code, title_ru=ru, title_en=en, default_delay_days=days, needs_text=text, position=position
                )
            )
    if not session.scalar(select(func.count()).select_from(RetryRule)):
        for result, delays in DEFAULT_RETRY_MINUTES.items():
            for step, minutes in enumerate(delays, start=1):
                session.add(RetryRule(attempt_result=result.value, step=step, delay_minutes=minutes))
    if not session.scalar(select(func.count()).select_from(Product)):
        for name, price in DEFAULT_PRODUCTS:
            session.add(Product(name=name, price=price))


def refusal_reasons(db: Database) -> tuple[RefusalReasonView, ...]:
    with db.read() as session:
        rows = session.scalars(select(RefusalReason).where(RefusalReason.active).order_by(RefusalReason.position))
        return tuple(_reason_view(r) for r in rows)


def _reason_view(row: RefusalReason) -> RefusalReasonView:
    return RefusalReasonView(row.code, row.title_ru, row.title_en, row.default_delay_days, row.needs_text)


def products(db: Database) -> tuple[ProductView, ...]:
    with db.read() as session:
        rows = session.scalars(select(Product).where(Product.active).order_by(Product.id))
        return tuple(ProductView(p.id, p.name, p.price) for p in rows)


def retry_delays(session: Session, result: AttemptResult) -> tuple[int, ...]:
    rows = session.scalars(
        select(RetryRule.delay_minutes).where(RetryRule.attempt_result == result.value).order_by(RetryRule.step)
    )
    return tuple(rows)
