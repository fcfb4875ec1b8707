"""Operators: who works the queue. In single-workstation mode an operator is created on first use."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from callassist.errors import UserInputError
from callassist.storage.models import Operator


def ensure_operator(session: Session, name: str, role: str = "operator") -> Operator:
    clean = " ".join(name.split())
    if not clean:
        raise UserInputError("The operator needs a name.", field="operator")
    found = session.scalar(select(Operator).where(Operator.name == clean))
    if found is not None:
        return found
    operator = Operator(name=clean, role=role)
    session.add(operator)
    session.flush()
    return operator


def find_operator(session: Session, name: str) -> Operator | None:
    return session.scalar(select(Operator).where(Operator.name == " ".join(name.split())))
