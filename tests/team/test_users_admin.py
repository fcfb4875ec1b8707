"""The users screen's service (issue 15) on the real PostgreSQL: a person added from the app signs in with their
own database login; deactivating stops the login; a reset password and a changed role reach the database too."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from callassist.errors import EnvironmentFailure, UserInputError
from callassist.services.users_admin import UsersAdmin
from callassist.storage.engine import open_database
from callassist.team.accounts import SignInThrottle, sign_in
from callassist.team.roles import provision

pytestmark = pytest.mark.postgres


def login_roles(team_url: str, name: str, password: str) -> set[str]:
    """The group roles ``name``'s own login holds, read through that login (it fails when the login is refused)."""
    db = open_database(make_url(team_url).set(username=name, password=password).render_as_string(False))
    try:
        with db.read() as session:
            return set(
                session.scalars(
                    text(
                        "SELECT b.rolname FROM pg_auth_members m JOIN pg_roles b ON b.oid = m.roleid "
                        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user"
                    )
                )
            )
    finally:
        db.dispose()


def signs_in(team_url: str, name: str, password: str, throttle: SignInThrottle) -> bool:
    """Whether ``name`` gets in with ``password`` through the app's real sign-in (the person's own login)."""
    try:
        signed = sign_in(team_url, name, password, throttle)
    except UserInputError as refused:
        assert refused.code == "team.sign_in_failed"
        return False
    signed.db.dispose()
    return True


def test_a_supervisor_adds_changes_and_deactivates_a_person_through_database_logins(
    team_url: str, tmp_path: Path
) -> None:
    provision(team_url, supervisors={"Sveta": "sveta-secret-1"})
    throttle = SignInThrottle(tmp_path / "sign-in.json")
    sveta = sign_in(team_url, "Sveta", "sveta-secret-1", throttle).db  # the supervisor's own login
    try:
        users = UsersAdmin(sveta, admin_url=team_url)  # adding people and roles: the owner's connection (CREATEROLE)
        users.add("Gleb", "gleb-secret-1", "operator")
        assert login_roles(team_url, "Gleb", "gleb-secret-1") == {"callassist_operator"}
        assert signs_in(team_url, "Gleb", "gleb-secret-1", throttle)

        users.change_role("Gleb", "supervisor")
        assert login_roles(team_url, "Gleb", "gleb-secret-1") == {"callassist_supervisor"}

        users.reset_password("Gleb", "gleb-secret-2")  # through the server's function, as the supervisor
        assert signs_in(team_url, "Gleb", "gleb-secret-2", throttle)
        assert not signs_in(team_url, "Gleb", "gleb-secret-1", throttle)
        assert login_roles(team_url, "Gleb", "gleb-secret-2") == {"callassist_supervisor"}

        users.deactivate("Gleb")  # the login itself is disabled, not only the row
        assert not signs_in(team_url, "Gleb", "gleb-secret-2", throttle)
        with pytest.raises(EnvironmentFailure):
            login_roles(team_url, "Gleb", "gleb-secret-2")
        assert [(u.name, u.role, u.active) for u in users.users() if u.name == "Gleb"] == [
            ("Gleb", "supervisor", False)
        ]
        with pytest.raises(UserInputError):
            users.reset_password("Gleb", "short")
        with pytest.raises(UserInputError):
            users.change_role("Gleb", "admin")
        without_rights = UsersAdmin(sveta)  # a supervisor's login alone may not create logins
        with pytest.raises(UserInputError) as refused:
            without_rights.add("Ivan", "ivan-secret-1", "operator")
        assert refused.value.code == "users.no_login_rights"
    finally:
        sveta.dispose()
