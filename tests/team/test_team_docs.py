"""docs/team-mode.md, followed on a bare server of this module's own: the steps marked ``<!-- step: … -->`` run in
the order the document gives them (its host name swapped for the test server's socket), provisioning runs twice,
the documented settings, ``pg_hba.conf`` lines and ``.pgpass`` line are checked against the server, a backup is
restored and worked on, and then the schema is upgraded by one migration while an operator stays connected; the
operator saves afterwards, and a workstation that starts on the older app is told the schema is newer."""

from __future__ import annotations

import os
import re
import subprocess
import textwrap
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from callassist.domain import ConversationResult, NeverReason
from callassist.errors import UserInputError
from callassist.services.desk import OperatorDesk
from callassist.storage.engine import Database, open_database
from callassist.storage.migrate import MIGRATIONS, alembic_config, head_revision
from callassist.team.accounts import SignedIn, SignInThrottle, sign_in
from tests.factories import FixedClock, make_clients, outcome
from tests.pg import TestServer

pytestmark = pytest.mark.postgres

DOC = Path(__file__).resolve().parents[2] / "docs" / "team-mode.md"
BLOCK = re.compile(r"<!-- (step: \w+|settings|hba|pgpass) -->\n```\w*\n(.*?)```", re.DOTALL)
DOC_HOST = re.compile(r"@db\.office\.lan/(\w+)\?sslmode=verify-full")
OWNER_PASSWORD = "owner-password-change-me"

# One migration after this app's head, as a later release would bring: a new table, and a table recreated (the
# way a column type change is done), which must not lose its grants.
NEXT_MIGRATION = '''
"""a later release: team notes, and do_not_call recreated"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("team_notes", sa.Column("id", sa.Integer(), primary_key=True), sa.Column("text", sa.Text()))
    op.execute("CREATE TABLE do_not_call_new (LIKE do_not_call INCLUDING ALL)")
    op.execute("INSERT INTO do_not_call_new SELECT * FROM do_not_call")
    op.execute("DROP TABLE do_not_call")
    op.execute("ALTER TABLE do_not_call_new RENAME TO do_not_call")


def downgrade() -> None:
    op.drop_table("team_notes")
'''


def blocks() -> list[tuple[str, str]]:
    return [(kind, body) for kind, body in BLOCK.findall(DOC.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def server(own_server: TestServer) -> TestServer:
    return own_server


def socket_dir(server: TestServer) -> str:
    return str(server.handle.pgdata)


def on_test_server(body: str, server: TestServer) -> str:
    return DOC_HOST.sub(lambda m: f"@/{m.group(1)}?host={socket_dir(server)}", body)


def run_step(kind: str, body: str, server: TestServer, namespace: dict[str, Any], workdir: Path) -> None:
    body = on_test_server(body, server)
    if kind == "step: superuser":
        run_sql(server.admin_uri, body)
    elif kind == "step: owner":
        run_sql(owner_uri(server, "callassist"), body)
    elif kind == "step: python":
        exec(compile(body, str(DOC), "exec"), namespace)
    elif kind == "step: shell":
        bin_dir = str(server.handle.bin_path)
        environment = os.environ | {"PATH": f"{bin_dir}:{os.environ['PATH']}", "PGPASSWORD": OWNER_PASSWORD}
        subprocess.run(["sh", "-e", "-c", body], cwd=workdir, env=environment, check=True, timeout=120)
    else:
        raise AssertionError(f"unknown step {kind}")


def run_sql(uri: str, body: str) -> None:
    with psycopg.connect(uri, autocommit=True) as conn:
        for statement in filter(None, (part.strip() for part in body.split(";"))):
            conn.execute(statement)


def owner_uri(server: TestServer, database: str) -> str:
    return f"postgresql://callassist_owner:{OWNER_PASSWORD}@/{database}?host={socket_dir(server)}"


def owner_url(server: TestServer, database: str = "callassist") -> str:
    return owner_uri(server, database).replace("postgresql://", "postgresql+psycopg://", 1)


def person(server: TestServer, name: str, password: str, database: str, tmp: Path) -> SignedIn:
    url = f"postgresql://@/{database}?host={socket_dir(server)}"
    return sign_in(url, name, password, SignInThrottle(tmp / f"throttle-{uuid.uuid4().hex}.json"))


def work_one(db: Database, name: str, client_id: int, clock: FixedClock, never: bool = False) -> None:
    desk = OperatorDesk(db, name, now=clock, language="en", create_operator=False)
    desk.open_client(client_id)
    if never:  # a do-not-call request: writes do_not_call too
        done = outcome(
            client_id,
            name,
            clock(),
            result=ConversationResult.NEVER,
            never_reason=NeverReason.DO_NOT_CALL_REQUEST,
        )
    else:
        done = outcome(
            client_id,
            name,
            clock(),
            result=ConversationResult.REFUSED,
            refusal_reason="too_expensive",
            next_contact_at=clock() + timedelta(days=7),
        )
    desk.record(done)


def follow_the_document(server: TestServer, tmp_path: Path) -> None:
    """Every marked step in order; provisioning run a second time."""
    namespace: dict[str, Any] = {}
    provisioning = ""
    for kind, body in blocks():
        if kind.startswith("step:"):
            run_step(kind, body, server, namespace, tmp_path)
            if "provision(" in body:
                provisioning = body
    run_step("step: python", provisioning, server, namespace, tmp_path)  # adding people again: no errors


def check_the_setup(server: TestServer, tmp_path: Path) -> None:
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    owner = open_database(owner_url(server))
    try:
        clients = make_clients(owner, clock() - timedelta(days=1), 4)
    finally:
        owner.dispose()
    anna = person(server, "Anna Petrova", "anna-initial-1", "callassist", tmp_path)
    assert anna.role == "operator" and anna.db is not None
    work_one(anna.db, "Anna Petrova", clients[0], clock)
    anna.db.dispose()
    boris = person(server, "Boris Orlov", "boris-initial-1", "callassist", tmp_path)  # after the owner's SQL
    assert boris.db is not None
    boris.db.dispose()
    sveta = person(server, "Svetlana Ivanova", "svetlana-initial-1", "callassist", tmp_path)
    assert sveta.role == "supervisor" and sveta.db is not None
    with sveta.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM calls")).scalar() == 1
    sveta.db.dispose()


def check_the_restored_backup(server: TestServer, tmp_path: Path) -> None:
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    anna = person(server, "Anna Petrova", "anna-initial-1", "callassist_restored", tmp_path)
    assert anna.db is not None
    with anna.db.read() as session:
        assert session.execute(text("SELECT count(*) FROM operators WHERE password_hash IS NOT NULL")).scalar() == 0
    owner = open_database(owner_url(server, "callassist_restored"))
    try:
        client = make_clients(owner, clock() - timedelta(days=1), 1)[0]
    finally:
        owner.dispose()
    work_one(anna.db, "Anna Petrova", client, clock)
    with pytest.raises(UserInputError) as refused, anna.db.write() as session:
        session.execute(text("UPDATE calls SET amount = 1"))
    assert refused.value.code == "team.permission_denied"
    anna.db.dispose()


def check_settings_hba_and_pgpass(server: TestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = dict(blocks())
    settings = [line.split("=")[0].strip() for line in found["settings"].splitlines() if "=" in line]
    with psycopg.connect(server.admin_uri, autocommit=True) as conn:
        known = {row[0] for row in conn.execute("SELECT name FROM pg_settings")}
    assert {s for s in settings if not s.startswith("auth_delay.")} <= known

    hba = Path(socket_dir(server)) / "pg_hba.conf"
    kept = hba.read_text()
    try:  # the documented lines, after one that keeps this test's own superuser in
        hba.write_text("local all postgres trust\n" + found["hba"])
        with psycopg.connect(server.admin_uri, autocommit=True) as conn:
            errors = [row[0] for row in conn.execute("SELECT error FROM pg_hba_file_rules WHERE error IS NOT NULL")]
        assert all("SSL is" in error for error in errors), errors  # hostssl lines wait for ssl = on
    finally:
        hba.write_text(kept)

    port = psycopg.conninfo.conninfo_to_dict(server.admin_uri).get("port") or "5432"
    line = found["pgpass"].strip().replace("db.office.lan", socket_dir(server)).replace(":5432:", f":{port}:")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(line + "\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    db = open_database(f"postgresql://Svetlana%20Ivanova@/callassist?host={socket_dir(server)}")
    try:
        with db.read() as session:
            assert session.execute(text("SELECT current_user")).scalar() == "Svetlana Ivanova"
    finally:
        db.dispose()


def upgrade_with(versions: Path, server: TestServer) -> None:
    """The owner upgrades to a release one migration ahead of this app (written to ``versions``)."""
    from alembic import command

    versions.mkdir()
    (versions / "9001_later_release.py").write_text(textwrap.dedent(NEXT_MIGRATION.format(head=head_revision())))
    config = alembic_config()
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", os.pathsep.join([str(MIGRATIONS / "versions"), str(versions)]))
    owner = open_database(owner_url(server))
    try:
        with owner.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "9001")
    finally:
        owner.dispose()


def check_an_upgrade_with_an_operator_connected(server: TestServer, tmp_path: Path) -> None:
    clock = FixedClock(datetime.now(UTC).replace(microsecond=0))
    owner = open_database(owner_url(server))
    try:
        clients = make_clients(owner, clock() - timedelta(days=1), 2)
    finally:
        owner.dispose()
    anna = person(server, "Anna Petrova", "anna-initial-1", "callassist", tmp_path)
    sveta = person(server, "Svetlana Ivanova", "svetlana-initial-1", "callassist", tmp_path)
    assert anna.db is not None and sveta.db is not None
    work_one(anna.db, "Anna Petrova", clients[0], clock)  # connected and working before the upgrade

    upgrade_with(tmp_path / "later", server)

    work_one(anna.db, "Anna Petrova", clients[1], clock, never=True)  # saves afterwards: recreated table included
    with pytest.raises(UserInputError) as refused, anna.db.write() as session:
        session.execute(text("INSERT INTO team_notes (text) VALUES ('mine')"))  # a new table: operators read it
    assert refused.value.code == "team.permission_denied"
    with sveta.db.write() as session:
        session.execute(text("INSERT INTO team_notes (text) VALUES ('supervisors write it')"))
    with pytest.raises(UserInputError) as newer:  # a workstation starting on this (now older) app
        person(server, "Boris Orlov", "boris-initial-1", "callassist", tmp_path)
    assert newer.value.code == "team.schema_newer"
    assert newer.value.params["found"] == "9001"
    anna.db.dispose()
    sveta.db.dispose()


def test_docs_team_mode_followed_from_a_bare_server_then_upgraded_with_an_operator_connected(
    server: TestServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    follow_the_document(server, tmp_path)
    check_the_setup(server, tmp_path)
    check_the_restored_backup(server, tmp_path)
    check_settings_hba_and_pgpass(server, tmp_path, monkeypatch)
    check_an_upgrade_with_an_operator_connected(server, tmp_path)
