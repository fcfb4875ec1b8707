"""Which schema a team database is at, said before anything tries to use or change it.

Only the database owner migrates a team database. A workstation signed in as a person meets an older schema (the
owner has not upgraded yet) or a newer one (this computer runs an older CallAssist) and says which and what to do,
instead of letting Alembic fail half-way with "permission denied for schema public".
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from callassist.errors import UserInputError
from callassist.storage.engine import Database

GUIDE = "docs/team-mode.md"


UNGUARDED = "unguarded"  # a schema from before migration 0010: no grants for people's logins at all


def stored(conn: Connection) -> str | None:
    """The database's revision, ``UNGUARDED`` when this login may not even read it, None without a schema."""
    if conn.execute(text("SELECT to_regclass('public.alembic_version')")).scalar() is None:
        return None
    if not conn.execute(text("SELECT has_table_privilege('public.alembic_version', 'SELECT')")).scalar():
        return UNGUARDED
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def may_migrate(conn: Connection) -> bool:
    """Whether the connected role owns the schema (the owner migrates; a person's login never does)."""
    owner = conn.execute(
        text(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c"
            " WHERE c.oid = to_regclass('public.alembic_version')"
        )
    ).scalar()
    return bool(owner) if owner is not None else True  # an empty database: whoever creates it owns it


def problem(found: str | None, needed: str) -> UserInputError | None:
    """The error a person's workstation shows for a database at ``found`` when this app needs ``needed``."""
    if found == needed:
        return None
    if found is None:
        return UserInputError("team.schema_missing", field="db", guide=GUIDE)
    if found == UNGUARDED:
        return UserInputError("team.schema_unguarded", field="db", guide=GUIDE)
    from callassist.storage.migrate import known_revisions  # Alembic: only when the schema does not match

    code = "team.schema_older" if found in known_revisions() else "team.schema_newer"
    return UserInputError(code, field="db", found=found, needed=needed, guide=GUIDE)


def refuse_unless_owner(db: Database) -> bool:
    """Before migrating: True when the connected role owns the schema and may migrate it. A person's login never
    migrates; it is let through only at this app's own schema, else told which schema it met and what to do.

    Raises:
        UserInputError: a ``team.schema_*`` code for a person's login at another schema.
    """
    with db.engine.connect() as conn:
        if may_migrate(conn):
            return True
    check(db)
    return False


def check(db: Database) -> None:
    """Refuse a team database this workstation cannot work with as it stands.

    Raises:
        UserInputError: ``team.schema_older``, ``team.schema_newer`` or ``team.schema_missing``.
    """
    from callassist.storage.migrate import SCHEMA_HEAD

    with db.engine.connect() as conn:
        refused = problem(stored(conn), SCHEMA_HEAD)
    if refused is not None:
        raise refused
