"""Database roles for team mode: what a workstation's PostgreSQL login can and cannot do.

A supervisor (or whoever administers the server) runs ``provision`` once, and again after each upgrade of the app
(it is idempotent and grants on tables a migration added). Two group roles hold the rights; each person signs in
with a LOGIN role of their own, named exactly like their row in ``operators``, which row-level security uses:

- ``callassist_operator`` works the call loop: reads everything the loop needs, inserts and updates clients, phones,
  calls, follow-ups, sale items and unscripted objections, adds do-not-call numbers; cannot change catalogues,
  scripts, settings, calendars or users, and sees only its own calls.
- ``callassist_supervisor`` may do everything with every table and sees every call.
"""

from __future__ import annotations

from collections.abc import Mapping

import psycopg
from psycopg import sql

from callassist.errors import UserInputError
from callassist.storage.engine import open_database
from callassist.team.users import clean_name, create_user

OPERATOR_ROLE = "callassist_operator"
SUPERVISOR_ROLE = "callassist_supervisor"

CALL_LOOP_TABLES = (
    "clients",
    "client_phones",
    "calls",
    "follow_ups",
    "sale_items",
    "unscripted_objections",
    "call_hours",  # statistics summaries, kept by every save
    "call_tallies",
    "client_changes",  # issue 14: the card's edit history, search keys and their vocabulary
    "client_search_words",
    "search_vocabulary",
)
DELETABLE_BY_OPERATORS = ("client_phones", "client_search_words")  # a removed number, a renamed client's old keys
CATALOGUE_TABLES = (
    "refusal_reasons",
    "retry_rules",
    "products",
    "scripts",
    "script_versions",
    "settings",
    "calendar_overrides",
    "operators",
    "import_mappings",
    # issue 15: lead lists, their assignments and the do-not-call audit trail are the supervisor's alone
    "lead_lists",
    "lead_list_operators",
    "do_not_call_log",
)
_MAX_ROLE_NAME = 63  # PostgreSQL truncates longer identifiers, which would break the row-level security match

# An operator's own operators.id, found by the login name; NULL (no rows) for a login without a user row.
_OWN_ID = "(SELECT o.id FROM operators o WHERE o.name = current_user)"


def libpq_url(url: str) -> str:
    """A SQLAlchemy URL (``postgresql+psycopg://``) as libpq takes it."""
    scheme, rest = url.split("://", 1)
    return ("postgresql" if scheme.startswith("postgres") else scheme) + "://" + rest


def provision(
    db_admin_url: str, supervisors: Mapping[str, str] | None = None, operators: Mapping[str, str] | None = None
) -> None:
    """Create the group roles, their grants and row-level security, then a user and a login per person.

    Args:
        db_admin_url: URL of the team's database as a role that owns its tables (the one that ran the migrations).
        supervisors: name → password of supervisors to add.
        operators: name → password of operators to add.

    Raises:
        UserInputError: a bad name or password (nothing is written for that person), or a name too long for
            PostgreSQL.
    """
    people = [(n, p, "supervisor") for n, p in (supervisors or {}).items()]
    people += [(n, p, "operator") for n, p in (operators or {}).items()]
    for name, _, _ in people:
        if len(clean_name(name).encode()) > _MAX_ROLE_NAME:
            raise UserInputError(f"The name {name!r} is too long for a database login (63 bytes at most).", "name")
    with psycopg.connect(libpq_url(db_admin_url), autocommit=True) as conn:
        _group_roles(conn)
        _grants(conn)
        _row_security(conn)
    db = open_database(db_admin_url)
    try:
        for name, password, role in people:
            with db.write() as session:
                create_user(session, name, password, role)
            add_login(db_admin_url, name, password, role)
    finally:
        db.dispose()


def _ensure_role(conn: psycopg.Connection, name: str, options: sql.Composable) -> None:
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    verb = sql.SQL("ALTER ROLE") if exists else sql.SQL("CREATE ROLE")
    conn.execute(sql.SQL("{} {} {}").format(verb, sql.Identifier(name), options))


def _group_roles(conn: psycopg.Connection) -> None:
    for role in (OPERATOR_ROLE, SUPERVISOR_ROLE):
        _ensure_role(conn, role, sql.SQL("NOLOGIN"))


def _grants(conn: psycopg.Connection) -> None:
    op, sup = sql.Identifier(OPERATOR_ROLE), sql.Identifier(SUPERVISOR_ROLE)
    database = conn.execute("SELECT current_database()").fetchone()
    assert database is not None
    conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(sql.Identifier(database[0]), op, sup))
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}, {}").format(op, sup))
    conn.execute(sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {}").format(op))
    conn.execute(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {}").format(op))
    for table in CALL_LOOP_TABLES:
        conn.execute(sql.SQL("GRANT INSERT, UPDATE ON {} TO {}").format(sql.Identifier(table), op))
    for table in DELETABLE_BY_OPERATORS:
        conn.execute(sql.SQL("GRANT DELETE ON {} TO {}").format(sql.Identifier(table), op))
    conn.execute(sql.SQL("GRANT INSERT ON do_not_call TO {}").format(op))
    conn.execute(sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}").format(op))
    conn.execute(sql.SQL("GRANT ALL ON ALL TABLES IN SCHEMA public TO {}").format(sup))
    conn.execute(sql.SQL("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {}").format(sup))


def _row_security(conn: psycopg.Connection) -> None:
    """Operators see and write only their own calls; supervisors see all. The owner is not bound by policies."""
    conn.execute("ALTER TABLE calls ENABLE ROW LEVEL SECURITY")
    own = sql.SQL(_OWN_ID)
    policies = (
        ("calls_own", sql.Identifier(OPERATOR_ROLE), sql.SQL("operator_id = {}").format(own)),
        ("calls_all", sql.Identifier(SUPERVISOR_ROLE), sql.SQL("true")),
    )
    for name, role, condition in policies:
        conn.execute(sql.SQL("DROP POLICY IF EXISTS {} ON calls").format(sql.Identifier(name)))
        conn.execute(
            sql.SQL("CREATE POLICY {} ON calls FOR ALL TO {} USING ({}) WITH CHECK ({})").format(
                sql.Identifier(name), role, condition, condition
            )
        )


def add_login(db_admin_url: str, name: str, password: str, role: str) -> None:
    """Create (or update) the PostgreSQL login of user ``name`` in the group role of ``role``."""
    group = SUPERVISOR_ROLE if role == "supervisor" else OPERATOR_ROLE
    other = OPERATOR_ROLE if role == "supervisor" else SUPERVISOR_ROLE
    login = clean_name(name)
    with psycopg.connect(libpq_url(db_admin_url), autocommit=True) as conn:
        _ensure_role(conn, login, sql.SQL("LOGIN PASSWORD {}").format(sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(login)))
        conn.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(login)))
