"""The users screen's service (issue 15) on the real PostgreSQL: a person added from the app signs in with their
own database login; deactivating stops the login; a reset password and a changed role reach the database too."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from callassist.errors import EnvironmentFailure, UserInputError
from callassist.services.users_admin import UsersAdmin
from callassist.storage.engine import open_database
from callassist.team.roles import provision
from callassist.team.users import sign_in

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


def test_a_supervisor_adds_changes_and_deactivates_a_person_through_database_logins(team_url: str) -> None:
    provision(team_url)
    db = open_database(team_url)
    try:
        users = UsersAdmin(db)
        users.add("Gleb", "gleb-secret-1", "operator")
        assert login_roles(team_url, "Gleb", "gleb-secret-1") == {"callassist_operator"}
        assert sign_in(db, "Gleb", "gleb-secret-1") is not None

        users.change_role("Gleb", "supervisor")
        assert login_roles(team_url, "Gleb", "gleb-secret-1") == {"callassist_supervisor"}

        users.reset_password("Gleb", "gleb-secret-2")
        assert sign_in(db, "Gleb", "gleb-secret-2") is not None
        assert login_roles(team_url, "Gleb", "gleb-secret-2") == {"callassist_supervisor"}

        users.deactivate("Gleb")
        assert sign_in(db, "Gleb", "gleb-secret-2") is None
        with pytest.raises(EnvironmentFailure):
            login_roles(team_url, "Gleb", "gleb-secret-2")
        assert [(u.name, u.role, u.active) for u in users.users() if u.name == "Gleb"] == [
            ("Gleb", "supervisor", False)
        ]
        with pytest.raises(UserInputError):
            users.reset_password("Gleb", "short")
        with pytest.raises(UserInputError):
            users.change_role("Gleb", "admin")
    finally:
        db.dispose()
