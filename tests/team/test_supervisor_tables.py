"""Issue 15 in team mode: an operator's own database login cannot write the supervisor's tables (catalogues, lead
lists and their assignments, the do-not-call audit trail); a supervisor's login can. PostgreSQL itself refuses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, insert, text, update
from sqlalchemy.engine import make_url

from callassist.errors import UserInputError
from callassist.storage.engine import Database, open_database
from callassist.storage.models import (
    CalendarOverride,
    DoNotCallLog,
    LeadList,
    LeadListOperator,
    Product,
    RefusalReason,
    RetryRule,
    Setting,
)
from callassist.team.roles import provision

pytestmark = pytest.mark.postgres

PASSWORDS = {"Sveta Supervisor": "sveta-secret-1", "Anna": "anna-secret-1"}
MOMENT = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


@pytest.fixture
def logins(team_url: str) -> Iterator[dict[str, Database]]:
    provision(
        team_url,
        supervisors={"Sveta Supervisor": PASSWORDS["Sveta Supervisor"]},
        operators={"Anna": PASSWORDS["Anna"]},
    )
    url = make_url(team_url)
    opened = {
        name: open_database(url.set(username=name, password=password).render_as_string(False))
        for name, password in PASSWORDS.items()
    }
    yield opened
    for database in opened.values():
        database.dispose()


def writes() -> dict[str, list[object]]:
    """One insert, update and delete per supervisor table (each its own statement, tried in its own transaction)."""
    return {
        "lead_lists": [
            insert(LeadList).values(id=900, name="Mine", paused=False, priority=0, created_at=MOMENT),
            update(LeadList).values(paused=True),
            delete(LeadList),
        ],
        "lead_list_operators": [
            insert(LeadListOperator).values(list_id=1, operator_id=1),
            delete(LeadListOperator),
        ],
        "do_not_call_log": [
            insert(DoNotCallLog).values(e164="+79160000001", action="removed", reason="", by_name="Anna", at=MOMENT),
            delete(DoNotCallLog),
        ],
        "refusal_reasons": [update(RefusalReason).values(default_delay_days=1)],
        "retry_rules": [update(RetryRule).values(delay_minutes=1)],
        "products": [update(Product).values(currency="USD")],
        "settings": [insert(Setting).values(key="lease_minutes", value="1")],
        "calendar_overrides": [insert(CalendarOverride).values(country="RU", day=MOMENT.date(), working=False)],
    }


def test_rule_17_an_operators_login_cannot_write_the_supervisors_tables_and_a_supervisors_can(
    logins: dict[str, Database],
) -> None:
    with logins["Sveta Supervisor"].write() as session:
        session.execute(insert(LeadList).values(id=1, name="Expo", paused=False, priority=0, created_at=MOMENT))
        session.execute(text("INSERT INTO lead_list_operators (list_id, operator_id) SELECT 1, id FROM operators"))
        session.execute(
            insert(DoNotCallLog).values(e164="+79160000001", action="added", reason="x", by_name="Sveta", at=MOMENT)
        )

    for table, statements in writes().items():
        for statement in statements:
            with pytest.raises(UserInputError) as refused, logins["Anna"].write() as session:
                session.execute(statement)  # type: ignore[call-overload]
            assert refused.value.code == "team.permission_denied"  # the server's "permission denied", in words
            assert table  # each table named above was tried

    with logins["Sveta Supervisor"].write() as session:
        session.execute(update(LeadList).values(paused=True))
        session.execute(delete(LeadListOperator))
    with logins["Anna"].read() as session:  # an operator still reads them: the queue needs the lists
        assert session.scalar(text("SELECT paused FROM lead_lists WHERE id = 1")) is True
