"""What a workstation's database login can do: operators run the call loop and see their own calls only; they
cannot change catalogues. Supervisors can do both. Enforced by PostgreSQL itself, not by hidden buttons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select, update
from sqlalchemy.engine import make_url

from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database, open_database
from callassist.storage.models import Call, Operator, RefusalReason
from callassist.team.accounts import SignInThrottle, sign_in
from callassist.team.roles import provision
from tests.factories import FixedClock, make_clients, refusal

pytestmark = pytest.mark.postgres

PASSWORDS = {"Sveta Supervisor": "sveta-secret-1", "Anna": "anna-secret-1", "Boris": "boris-secret-1"}


@pytest.fixture
def logins(team_url: str) -> Iterator[dict[str, Database]]:
    """The team's database provisioned, and a connection as each person's own login."""
    provision(
        team_url,
        supervisors={"Sveta Supervisor": PASSWORDS["Sveta Supervisor"]},
        operators={"Anna": PASSWORDS["Anna"], "Boris": PASSWORDS["Boris"]},
    )
    url = make_url(team_url)
    opened = {
        name: open_database(url.set(username=name, password=password).render_as_string(False))
        for name, password in PASSWORDS.items()
    }
    yield opened
    for database in opened.values():
        database.dispose()


def work_one_client(db: Database, operator: str, clock: FixedClock) -> str:
    """One full call as ``operator``'s own login: claim, refuse with a reason and a date. Returns the call's key."""
    desk = OperatorDesk(db, operator, now=clock, language="en")
    client = desk.next_client()
    assert client is not None
    done = refusal(client.id, operator, clock(), clock() + timedelta(days=7))
    desk.record(done)
    return done.idempotency_key


def call_keys(db: Database) -> set[str]:
    with db.read() as session:
        return set(session.scalars(select(Call.idempotency_key)).all())


def rename_a_reason(db: Database) -> None:
    with db.write() as session:
        session.execute(update(RefusalReason).where(RefusalReason.code == "too_expensive").values(title_en="Pricey"))


def test_an_operator_works_the_loop_but_sees_only_their_own_calls(
    team_url: str, logins: dict[str, Database], clock: FixedClock
) -> None:
    make_clients(logins["Sveta Supervisor"], clock(), 2)
    annas = work_one_client(logins["Anna"], "Anna", clock)
    boriss = work_one_client(logins["Boris"], "Boris", clock)

    assert call_keys(logins["Anna"]) == {annas}
    assert call_keys(logins["Boris"]) == {boriss}
    assert call_keys(logins["Sveta Supervisor"]) == {annas, boriss}


def test_an_operator_cannot_change_catalogues_and_a_supervisor_can(logins: dict[str, Database]) -> None:
    with pytest.raises(UserInputError) as renamed:
        rename_a_reason(logins["Anna"])
    assert renamed.value.code == "team.permission_denied"
    with pytest.raises(UserInputError) as promoted, logins["Anna"].write() as session:
        session.execute(update(Operator).where(Operator.name == "Anna").values(role="supervisor"))  # nor promote
    assert promoted.value.code == "team.permission_denied"

    rename_a_reason(logins["Sveta Supervisor"])
    with logins["Anna"].read() as session:
        assert session.scalar(select(RefusalReason.title_en).where(RefusalReason.code == "too_expensive")) == "Pricey"


def test_provisioned_people_sign_in_as_their_own_login(team_url: str, logins: dict[str, Database], tmp_path) -> None:
    throttle = SignInThrottle(tmp_path / "throttle.json")
    sveta = sign_in(team_url, "Sveta  Supervisor", PASSWORDS["Sveta Supervisor"], throttle)
    assert (sveta.name, sveta.role) == ("Sveta Supervisor", "supervisor")
    assert sveta.db is not None
    sveta.db.dispose()
    with pytest.raises(UserInputError) as wrong:
        sign_in(team_url, "Anna", PASSWORDS["Boris"], throttle)
    assert wrong.value.code == "team.sign_in_failed"


def test_provisioning_again_changes_nobody_and_moves_a_changed_role(
    team_url: str, logins: dict[str, Database], tmp_path
) -> None:
    provision(team_url, supervisors={"Anna": "another-password-1"}, operators={"Boris": PASSWORDS["Boris"]})
    anna = sign_in(team_url, "Anna", PASSWORDS["Anna"], SignInThrottle(tmp_path / "throttle.json"))
    assert anna.role == "supervisor"  # moved to the supervisors' group, her password still hers
    assert anna.db is not None
    anna.db.dispose()
    provision(team_url, operators={"Anna": PASSWORDS["Anna"]})  # and back, for the other tests on this server
