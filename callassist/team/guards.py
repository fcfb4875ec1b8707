"""Rule 17 in PostgreSQL itself: group roles, grants, row-level security, guard triggers and the server's own writes.

Whatever a workstation sends with an operator's login, the database decides. Migration 0010 installs this and the
migration environment applies it again after every upgrade (``apply``), so a table a later migration adds gets the
default rights below at once, with no provisioning run by hand.

- ``callassist_operator`` reads what the call loop needs and writes only the tables :data:`OPERATOR_RIGHTS` lists;
  row-level security limits those writes to clients nobody else holds and to the operator's own calls, sales,
  follow-ups, figures and unscripted objections. Guard triggers check the lease and rules 1-5 on the operator's own
  saves.
- ``callassist_supervisor`` reads everything and edits catalogues and clients, but no more than anyone may change a
  committed call or a statistic.
- The statistics summaries are written only by the server (a trigger on ``calls``), whoever saves.
- An operator is known by the login (``session_user``), never by an argument or a column it sends.

Errors the guards raise carry a message code (``callassist.messages.team``) as their text and SQLSTATE class ``CA``,
which ``refusal_from`` turns into a ``UserInputError``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

OPERATOR_ROLE = "callassist_operator"
SUPERVISOR_ROLE = "callassist_supervisor"
GROUPS = (OPERATOR_ROLE, SUPERVISOR_ROLE)

# What each group may do, per table: (operator, supervisor). The one list of rights; a table not named here (one a
# later migration adds) gets DEFAULT_RIGHTS: operators read it, supervisors edit it. Nobody but the owner truncates.
FULL = "SELECT, INSERT, UPDATE, DELETE"
OPERATOR_RIGHTS: dict[str, tuple[str, str]] = {
    "clients": ("SELECT, INSERT, UPDATE", FULL),
    "client_phones": ("SELECT, INSERT, UPDATE, DELETE", FULL),  # a removed number (issue 14)
    "client_changes": ("SELECT, INSERT", FULL),  # the card's edit history (issue 14)
    "client_search_words": ("SELECT, INSERT, DELETE", FULL),  # the find field's keys (issue 14)
    "search_vocabulary": ("SELECT, INSERT", FULL),  # the words a mistyped search is compared with (issue 14)
    "calls": ("SELECT, INSERT, UPDATE (next_contact_at)", "SELECT, INSERT, UPDATE (next_contact_at)"),
    "follow_ups": ("SELECT, INSERT, UPDATE", FULL),
    "sale_items": ("SELECT, INSERT", "SELECT, INSERT"),
    "unscripted_objections": ("SELECT, INSERT", FULL),
    "do_not_call": ("SELECT, INSERT, UPDATE", FULL),  # a number once added is never taken off by an operator
    "call_hours": ("SELECT", "SELECT"),  # written by the server alone (callassist_count_call)
    "call_tallies": ("SELECT", "SELECT"),
    "operators": ("SELECT", "SELECT, UPDATE (daily_goal)"),  # people change through provisioning and functions
    "alembic_version": ("SELECT", "SELECT"),
}
DEFAULT_RIGHTS = ("SELECT", FULL)

OBJECTIVE_NEVER = "('number_does_not_exist', 'organisation_closed', 'person_gone', 'do_not_call_request')"
LEASE_SLACK_MINUTES = 10  # a workstation's clock may run a little ahead of the server's

ME = "(SELECT callassist_me())"
NOW = "(now() AT TIME ZONE 'UTC')"  # the columns hold naive UTC
HOLDS = f"EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND c.lease_operator_id = {ME})"
ACTIVE = f"{ME} IS NOT NULL"  # a deactivated person's session still open (if it could not be ended) writes nothing
FREE = (
    f"{ACTIVE} AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND (c.lease_operator_id IS NULL"
    f" OR c.lease_operator_id = {ME} OR c.lease_expires_at < {NOW}))"
)

# (table, policy, command, role, USING, WITH CHECK). Supervisors get one permissive policy per table.
POLICIES: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    ("clients", "read", "SELECT", OPERATOR_ROLE, "true", None),
    (
        "clients",
        "add",
        "INSERT",
        OPERATOR_ROLE,
        None,
        f"{ACTIVE} AND (lease_operator_id IS NULL OR lease_operator_id = {ME})",
    ),
    (
        "clients",
        "work",
        "UPDATE",
        OPERATOR_ROLE,
        f"{ACTIVE} AND (lease_operator_id IS NULL OR lease_operator_id = {ME} OR lease_expires_at < {NOW})",
        f"(lease_operator_id IS NULL OR lease_operator_id = {ME}) AND (lease_expires_at IS NULL"
        f" OR lease_expires_at <= {NOW} + callassist_lease_cap())",
    ),
    ("client_phones", "read", "SELECT", OPERATOR_ROLE, "true", None),
    ("client_phones", "add", "INSERT", OPERATOR_ROLE, None, FREE),
    ("client_phones", "work", "UPDATE", OPERATOR_ROLE, FREE, FREE),
    ("client_phones", "remove", "DELETE", OPERATOR_ROLE, FREE, None),
    ("calls", "own", "SELECT", OPERATOR_ROLE, f"operator_id = {ME}", None),
    ("calls", "add", "INSERT", OPERATOR_ROLE, None, f"operator_id = {ME}"),
    ("calls", "plan", "UPDATE", OPERATOR_ROLE, f"operator_id = {ME}", f"operator_id = {ME}"),
    ("calls", "sup_read", "SELECT", SUPERVISOR_ROLE, "true", None),
    ("calls", "sup_add", "INSERT", SUPERVISOR_ROLE, None, f"operator_id = {ME}"),
    ("calls", "sup_plan", "UPDATE", SUPERVISOR_ROLE, f"operator_id = {ME}", f"operator_id = {ME}"),
    ("sale_items", "own", "SELECT", OPERATOR_ROLE, "EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id)", None),
    ("sale_items", "add", "INSERT", OPERATOR_ROLE, None, "EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id)"),
    ("follow_ups", "own", "SELECT", OPERATOR_ROLE, f"operator_id IS NULL OR operator_id = {ME} OR {HOLDS}", None),
    ("follow_ups", "add", "INSERT", OPERATOR_ROLE, None, f"{HOLDS} AND (operator_id IS NULL OR operator_id = {ME})"),
    (
        "follow_ups",
        "work",
        "UPDATE",
        OPERATOR_ROLE,
        f"operator_id = {ME} OR (operator_id IS NULL AND {HOLDS})",
        f"operator_id IS NULL OR operator_id = {ME}",
    ),
    ("unscripted_objections", "own", "SELECT", OPERATOR_ROLE, f"operator_id = {ME}", None),
    ("unscripted_objections", "add", "INSERT", OPERATOR_ROLE, None, f"operator_id = {ME}"),
    ("do_not_call", "read", "SELECT", OPERATOR_ROLE, "true", None),
    ("do_not_call", "add", "INSERT", OPERATOR_ROLE, None, ACTIVE),
    ("do_not_call", "work", "UPDATE", OPERATOR_ROLE, ACTIVE, ACTIVE),
    ("call_hours", "own", "SELECT", OPERATOR_ROLE, f"operator_id = {ME}", None),
    ("call_tallies", "own", "SELECT", OPERATOR_ROLE, f"operator_id = {ME}", None),
)
ROW_SECURITY_TABLES = tuple(dict.fromkeys(table for table, *_ in POLICIES))
SUPERVISOR_READ_ONLY = ("calls", "call_hours", "call_tallies")  # their supervisor policies are listed above

HELPERS = """
CREATE OR REPLACE FUNCTION callassist_me() RETURNS integer LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT o.id FROM operators o WHERE o.name = session_user AND o.active
$$;

CREATE OR REPLACE FUNCTION callassist_is_operator() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT NOT r.rolsuper AND pg_has_role(session_user, 'callassist_operator', 'USAGE')
        AND NOT pg_has_role(session_user, 'callassist_supervisor', 'USAGE')
    FROM pg_roles r WHERE r.rolname = session_user
$$;

CREATE OR REPLACE FUNCTION callassist_is_supervisor() RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT pg_has_role(session_user, 'callassist_supervisor', 'USAGE')
$$;

CREATE OR REPLACE FUNCTION callassist_lease_cap() RETURNS interval LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT make_interval(mins => coalesce(
        (SELECT CAST(value AS integer) FROM settings WHERE key = 'lease_minutes' AND value ~ '^[0-9]{1,5}$'), 30)
        + __SLACK__)
$$;

CREATE OR REPLACE FUNCTION callassist_this_transaction(row_xmin xid) RETURNS boolean LANGUAGE sql VOLATILE
SET search_path = public, pg_temp AS $$
    SELECT CAST(CAST(row_xmin AS text) AS bigint) = (txid_current() & 4294967295)
$$;

CREATE OR REPLACE FUNCTION callassist_refuse(code text) RETURNS void LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING MESSAGE = code, ERRCODE = 'CA017';
END $$;
"""

GUARD_CALL = """
CREATE OR REPLACE FUNCTION callassist_guard_call() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE
    me integer := callassist_me();
    talk boolean := NEW.attempt_result = 'connected';
    result text := NEW.conversation_result;
BEGIN
    IF NOT callassist_is_operator() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' THEN  -- the save that inserted the call lands its date; a committed call never changes
        IF NOT EXISTS (SELECT 1 FROM calls c WHERE c.id = OLD.id AND callassist_this_transaction(c.xmin)) THEN
            PERFORM callassist_refuse('team.call_committed');
        END IF;
        RETURN NEW;
    END IF;
    IF me IS NULL OR NEW.operator_id IS DISTINCT FROM me THEN
        PERFORM callassist_refuse('team.not_you');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM clients c WHERE c.id = NEW.client_id AND c.lease_operator_id = me) THEN
        PERFORM callassist_refuse('team.lease_not_held');
    END IF;
    IF NEW.ended_at < NEW.started_at THEN
        PERFORM callassist_refuse('team.call_times');
    END IF;
    IF talk <> (result IS NOT NULL) THEN
        PERFORM callassist_refuse('team.conversation_result');
    END IF;
    IF result IN ('interested', 'refused') AND NEW.refusal_reason_id IS NULL THEN
        PERFORM callassist_refuse('team.rule_1');
    END IF;
    IF result IN ('interested', 'refused', 'callback') AND NEW.next_contact_at IS NULL THEN
        PERFORM callassist_refuse('team.rule_2');
    END IF;
    IF coalesce(result = 'never', false) <> (NEW.never_reason IS NOT NULL AND talk)
        OR (NOT talk AND NEW.never_reason IS NOT NULL
            AND (NEW.attempt_result, NEW.never_reason) <> ('not_in_service', 'number_does_not_exist'))
        OR NEW.never_reason NOT IN __OBJECTIVE__ THEN
        PERFORM callassist_refuse('team.rule_3');
    END IF;
    IF result = 'sale' AND (NEW.amount IS NULL OR NEW.amount <= 0) THEN
        PERFORM callassist_refuse('team.rule_5');
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION callassist_check_outcome() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
DECLARE
    saved calls%ROWTYPE;
    state text;
BEGIN
    IF NOT callassist_is_operator() THEN
        RETURN NULL;
    END IF;
    SELECT * INTO saved FROM calls WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    SELECT c.state INTO state FROM clients c WHERE c.id = saved.client_id;
    IF saved.conversation_result = 'sale' AND (
        NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.created_by_call_id = saved.id AND f.kind = 'post_sale')
        OR (SELECT sum(s.amount) FROM sale_items s WHERE s.call_id = saved.id) IS DISTINCT FROM saved.amount
        OR EXISTS (SELECT 1 FROM sale_items s WHERE s.call_id = saved.id AND (s.quantity <= 0 OR s.amount <= 0))
    ) THEN
        PERFORM callassist_refuse('team.rule_5');
    END IF;
    IF saved.conversation_result = 'refused' AND (state IS DISTINCT FROM 'future' OR NOT EXISTS (
        SELECT 1 FROM follow_ups f WHERE f.created_by_call_id = saved.id AND f.kind = 'future')) THEN
        PERFORM callassist_refuse('team.rule_2');
    END IF;
    IF saved.conversation_result IN ('interested', 'callback') AND NOT EXISTS (
        SELECT 1 FROM follow_ups f WHERE f.created_by_call_id = saved.id AND f.kind IN ('future', 'callback')) THEN
        PERFORM callassist_refuse('team.rule_2');
    END IF;
    -- Rule 4: a client not reached is tried again (a retry) or, past the cap, becomes future; never dropped.
    IF saved.attempt_result <> 'connected' AND saved.never_reason IS NULL AND (state = 'never' OR NOT EXISTS (
        SELECT 1 FROM follow_ups f WHERE f.created_by_call_id = saved.id AND f.kind IN ('retry', 'future'))) THEN
        PERFORM callassist_refuse('team.rule_4');
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION callassist_guard_client() RETURNS trigger LANGUAGE plpgsql
SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT callassist_is_operator() OR NEW.state IS DISTINCT FROM 'never' THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.state = 'never' AND OLD.never_reason IS NOT DISTINCT FROM NEW.never_reason THEN
        RETURN NEW;
    END IF;
    -- Rule 3: never only with an objective reason, given by a call this operator saves in this transaction.
    IF NEW.never_reason IS NULL OR NEW.never_reason NOT IN __OBJECTIVE__ OR NOT EXISTS (
        SELECT 1 FROM calls c WHERE c.client_id = NEW.id AND c.operator_id = callassist_me()
            AND c.never_reason = NEW.never_reason AND callassist_this_transaction(c.xmin)) THEN
        PERFORM callassist_refuse('team.rule_3');
    END IF;
    RETURN NEW;
END $$;
"""

COUNT_CALL = """
CREATE OR REPLACE FUNCTION callassist_count_call() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    saved calls%ROWTYPE;
    hour_no bigint;
    s double precision;
    e double precision;
    futures integer;
    tally record;
BEGIN
    SELECT * INTO saved FROM calls WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    hour_no := CAST(floor(extract(epoch FROM saved.started_at) / 3600) AS bigint);
    s := CAST(extract(epoch FROM saved.started_at) AS double precision);
    e := CAST(extract(epoch FROM saved.ended_at) AS double precision);
    SELECT count(*) INTO futures FROM follow_ups f WHERE f.created_by_call_id = saved.id AND f.kind = 'future';
    INSERT INTO call_hours AS h (hour, operator_id, calls, connected, no_answer, busy, voicemail, wrong_number,
        not_in_service, sale, callback, interested, refused, never, talk_seconds, start_sum, end_sum, first_start,
        last_start, last_end, cents, moved_to_never, future_created, measured_talk_seconds, measured_calls)
    VALUES (hour_no, saved.operator_id, 1,
        CAST(saved.attempt_result = 'connected' AS int), CAST(saved.attempt_result = 'no_answer' AS int),
        CAST(saved.attempt_result = 'busy' AS int), CAST(saved.attempt_result = 'voicemail' AS int),
        CAST(saved.attempt_result = 'wrong_number' AS int), CAST(saved.attempt_result = 'not_in_service' AS int),
        CAST(coalesce(saved.conversation_result = 'sale', false) AS int),
        CAST(coalesce(saved.conversation_result = 'callback', false) AS int),
        CAST(coalesce(saved.conversation_result = 'interested', false) AS int),
        CAST(coalesce(saved.conversation_result = 'refused', false) AS int),
        CAST(coalesce(saved.conversation_result = 'never', false) AS int),
        CASE WHEN saved.attempt_result <> 'connected' THEN 0 ELSE coalesce(saved.talk_seconds, e - s) END,
        s, e, s, s, e,
        coalesce(CAST(round(saved.amount * 100) AS bigint), 0), CAST(saved.never_reason IS NOT NULL AS int), futures,
        coalesce(saved.talk_seconds, 0), CAST(saved.talk_seconds IS NOT NULL AS int))
    ON CONFLICT (hour, operator_id) DO UPDATE SET
        calls = h.calls + 1, connected = h.connected + excluded.connected, no_answer = h.no_answer + excluded.no_answer,
        busy = h.busy + excluded.busy, voicemail = h.voicemail + excluded.voicemail,
        wrong_number = h.wrong_number + excluded.wrong_number,
        not_in_service = h.not_in_service + excluded.not_in_service, sale = h.sale + excluded.sale,
        callback = h.callback + excluded.callback, interested = h.interested + excluded.interested,
        refused = h.refused + excluded.refused, never = h.never + excluded.never,
        talk_seconds = h.talk_seconds + excluded.talk_seconds, start_sum = h.start_sum + excluded.start_sum,
        end_sum = h.end_sum + excluded.end_sum, first_start = least(h.first_start, excluded.first_start),
        last_start = greatest(h.last_start, excluded.last_start), last_end = greatest(h.last_end, excluded.last_end),
        cents = h.cents + excluded.cents, moved_to_never = h.moved_to_never + excluded.moved_to_never,
        future_created = h.future_created + excluded.future_created,
        measured_talk_seconds = h.measured_talk_seconds + excluded.measured_talk_seconds,
        measured_calls = h.measured_calls + excluded.measured_calls;
    FOR tally IN
        SELECT 'reason' AS kind, CAST(saved.refusal_reason_id AS varchar(80)) AS key
            WHERE saved.refusal_reason_id IS NOT NULL
        UNION
        SELECT 'objection', split_part(j.value, '/', 1) FROM json_array_elements_text(
            CASE WHEN json_typeof(saved.objections) = 'array' THEN saved.objections END) AS j(value)
            WHERE j.value IS NOT NULL
    LOOP
        INSERT INTO call_tallies AS t (kind, operator_id, hour, key, count)
        VALUES (tally.kind, saved.operator_id, hour_no, tally.key, 1), (tally.kind, 0, hour_no, tally.key, 1)
        ON CONFLICT (kind, operator_id, hour, key) DO UPDATE SET count = t.count + 1;
    END LOOP;
    RETURN NULL;
END $$;
"""

PEOPLE = """
CREATE OR REPLACE FUNCTION callassist_is_person(person text) RETURNS boolean LANGUAGE sql STABLE
SET search_path = public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = person AND NOT r.rolsuper
            AND (pg_has_role(person, 'callassist_operator', 'USAGE')
                 OR pg_has_role(person, 'callassist_supervisor', 'USAGE')))
        AND EXISTS (SELECT 1 FROM operators o WHERE o.name = person)
$$;

CREATE OR REPLACE FUNCTION callassist_reset_password(person text, verifier text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT callassist_is_supervisor() THEN
        PERFORM callassist_refuse('team.supervisors_only');
    END IF;
    IF NOT callassist_is_person(person) THEN
        PERFORM callassist_refuse('team.unknown_person');
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN  -- the clear password never reaches the server or its log
        PERFORM callassist_refuse('team.password_not_hashed');
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', person, verifier);
END $$;

CREATE OR REPLACE FUNCTION callassist_set_active(person text, enabled boolean) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT callassist_is_supervisor() THEN
        PERFORM callassist_refuse('team.supervisors_only');
    END IF;
    IF NOT callassist_is_person(person) THEN
        PERFORM callassist_refuse('team.unknown_person');
    END IF;
    EXECUTE format('ALTER ROLE %I %s', person, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE operators SET active = enabled WHERE name = person;
    IF NOT enabled THEN  -- sessions already open stop too (callassist_me() no longer finds them anyway)
        BEGIN
            PERFORM pg_terminate_backend(a.pid) FROM pg_stat_activity a
                WHERE a.usename = person AND a.pid <> pg_backend_pid();
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END IF;
END $$;
"""

TRIGGERS = (
    ("calls", "callassist_guard_call", "BEFORE INSERT OR UPDATE", "callassist_guard_call", False),
    ("calls", "callassist_check_outcome", "AFTER INSERT", "callassist_check_outcome", True),
    ("calls", "callassist_count_call", "AFTER INSERT", "callassist_count_call", True),
    ("clients", "callassist_guard_client", "BEFORE INSERT OR UPDATE", "callassist_guard_client", False),
)
FUNCTIONS = (
    "callassist_me()",
    "callassist_is_operator()",
    "callassist_is_supervisor()",
    "callassist_lease_cap()",
    "callassist_this_transaction(xid)",
    "callassist_refuse(text)",
    "callassist_guard_call()",
    "callassist_check_outcome()",
    "callassist_guard_client()",
    "callassist_count_call()",
    "callassist_is_person(text)",
    "callassist_reset_password(text, text)",
    "callassist_set_active(text, boolean)",
)
EVERYONE = FUNCTIONS[:6]  # policies and triggers call these as the signed-in person
SUPERVISORS = ("callassist_reset_password(text, text)", "callassist_set_active(text, boolean)")


def _function_sql() -> str:
    body = HELPERS + GUARD_CALL + COUNT_CALL + PEOPLE
    return body.replace("__OBJECTIVE__", OBJECTIVE_NEVER).replace("__SLACK__", str(LEASE_SLACK_MINUTES))


def _run(conn: Connection, statement: str) -> None:
    """Run SQL as written, on the migration's own transaction (the driver's cursor: ``%`` is not a placeholder)."""
    cursor: Any = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


def ensure_group_roles(conn: Connection) -> None:
    """Create the two group roles (cluster-wide, no login) unless a database on this server already did."""
    for group in GROUPS:
        _run(
            conn,
            f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN"
            f" CREATE ROLE {group} NOLOGIN; END IF; END $$",
        )


def installed(conn: Connection) -> bool:
    """Whether this database has the guards (migration 0010 or later)."""
    return bool(conn.execute(text("SELECT to_regprocedure('callassist_me()') IS NOT NULL")).scalar())


def install(conn: Connection) -> None:
    """Migration 0010: the group roles, no password hash in the database, then everything ``apply`` does."""
    ensure_group_roles(conn)
    _run(conn, "UPDATE operators SET password_hash = NULL WHERE password_hash IS NOT NULL")
    _run(conn, "ALTER TABLE operators DROP CONSTRAINT IF EXISTS ck_operators_no_password_hash")
    _run(conn, "ALTER TABLE operators ADD CONSTRAINT ck_operators_no_password_hash CHECK (password_hash IS NULL)")
    apply(conn)


def apply(conn: Connection) -> None:
    """Functions, triggers, grants and policies, for every table there is now. Safe to run again and again."""
    _run(conn, _function_sql())
    for table, name, timing, function, deferred in TRIGGERS:
        _run(conn, f"DROP TRIGGER IF EXISTS {name} ON {table}")
        constraint = "CONSTRAINT " if deferred else ""
        when = " DEFERRABLE INITIALLY DEFERRED" if deferred else ""
        _run(
            conn,
            f"CREATE {constraint}TRIGGER {name} {timing} ON {table}{when} FOR EACH ROW EXECUTE FUNCTION {function}()",
        )
    _grant_functions(conn)
    _grant_tables(conn)
    _row_security(conn)


def _grant_functions(conn: Connection) -> None:
    groups = ", ".join(GROUPS)
    for function in FUNCTIONS:
        _run(conn, f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC, {groups}")
    for function in EVERYONE:
        _run(conn, f"GRANT EXECUTE ON FUNCTION {function} TO {groups}")
    for function in SUPERVISORS:
        _run(conn, f"GRANT EXECUTE ON FUNCTION {function} TO {SUPERVISOR_ROLE}")


def _grant_tables(conn: Connection) -> None:
    groups = ", ".join(GROUPS)
    database = conn.execute(text("SELECT current_database()")).scalar()
    _run(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {groups}')
    _run(conn, f"GRANT USAGE ON SCHEMA public TO {groups}")
    # Only the owner creates objects; PostgreSQL 14 and older let everyone create in public by default.
    _run(
        conn,
        "DO $$ BEGIN REVOKE CREATE ON SCHEMA public FROM PUBLIC;"
        " EXCEPTION WHEN insufficient_privilege THEN NULL; END $$",
    )
    tables = conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
    for table in tables:
        operator, supervisor = OPERATOR_RIGHTS.get(table, DEFAULT_RIGHTS)
        _run(conn, f'REVOKE ALL ON TABLE "{table}" FROM PUBLIC, {groups}')
        _run(conn, f'GRANT {operator} ON TABLE "{table}" TO {OPERATOR_ROLE}')
        _run(conn, f'GRANT {supervisor} ON TABLE "{table}" TO {SUPERVISOR_ROLE}')
    _run(conn, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {groups}")
    # Tables and sequences the owner creates later start with the defaults too, even before ``apply`` runs again.
    _run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {OPERATOR_ROLE}")
    _run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT {DEFAULT_RIGHTS[1]} ON TABLES TO {SUPERVISOR_ROLE}")
    _run(conn, f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {groups}")


def _row_security(conn: Connection) -> None:
    """Policies are rebuilt from ``POLICIES``; the owner (and the server's own functions) are not bound by them."""
    for table in ROW_SECURITY_TABLES:
        _run(conn, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        _drop_policies(conn, table)
        if table not in SUPERVISOR_READ_ONLY:
            _run(conn, f"CREATE POLICY callassist_sup_all ON {table} FOR ALL TO {SUPERVISOR_ROLE} USING (true)")
    for table, name, command, role, using, check in POLICIES:
        clauses = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
        _run(conn, f"CREATE POLICY callassist_{name} ON {table} FOR {command} TO {role}{clauses}")
    for table in ("call_hours", "call_tallies"):
        _run(conn, f"CREATE POLICY callassist_sup_read ON {table} FOR SELECT TO {SUPERVISOR_ROLE} USING (true)")


def _drop_policies(conn: Connection, table: str) -> None:
    names = conn.execute(
        text("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = :t"), {"t": table}
    ).scalars()
    for name in list(names):
        _run(conn, f'DROP POLICY "{name}" ON {table}')


def remove(conn: Connection) -> None:
    """Migration 0010's downgrade: everything ``install`` made except the roles, which other databases may use."""
    for table in ROW_SECURITY_TABLES:
        _drop_policies(conn, table)
        _run(conn, f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for table, name, *_ in TRIGGERS:
        _run(conn, f"DROP TRIGGER IF EXISTS {name} ON {table}")
    for function in reversed(FUNCTIONS):
        _run(conn, f"DROP FUNCTION IF EXISTS {function}")
    _run(conn, "ALTER TABLE operators DROP CONSTRAINT IF EXISTS ck_operators_no_password_hash")


SQLSTATE_REFUSED = "CA017"
