"""Operators: who works the queue. In single-workstation mode an operator is created on first use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.models import Operator


def ensure_operator(session: Session, name: str, role: str = "operator", create: bool = True) -> Operator:
    """The operator called ``name``; created on first use unless ``create`` is False (team mode: a login may not
    add users, only a supervisor does).

    Raises:
        UserInputError: an empty name, or (``create=False``) nobody of that name.
    """
    clean = " ".join(name.split())
    if not clean:
        raise UserInputError("operators.name_missing", field="operator")
    found = session.scalar(select(Operator).where(Operator.name == clean))
    if found is not None:
        return found
    if not create:
        raise UserInputError("operators.unknown", field="operator", name=clean)
    operator = Operator(name=clean, role=role)
    session.add(operator)
    session.flush()
    return operator


def find_operator(session: Session, name: str) -> Operator | None:
    return session.scalar(select(Operator).where(Operator.name == " ".join(name.split())))
