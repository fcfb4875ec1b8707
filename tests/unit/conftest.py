"""Unit-test fixtures: operators' desks on the test database, driven by the test clock."""

from __future__ import annotations

import pytest

from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database
from tests.factories import DeskFactory, FixedClock


@pytest.fixture
def desk_for(db: Database, clock: FixedClock) -> DeskFactory:
    """Make the desk of a named operator on ``db``, reading the time from ``clock``."""

    def make(operator: str) -> OperatorDesk:
        return OperatorDesk(db, operator, now=clock, language="en")

    return make


@pytest.fixture
def desk(desk_for: DeskFactory) -> OperatorDesk:
    """The desk of operator Anna."""
    return desk_for("Anna")
