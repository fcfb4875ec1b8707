"""hourly call summaries for statistics, indexes for never moves, callbacks and client zones

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 23:00:00

Statistics read per-operator hourly sums instead of every call (a month of a 200-operator floor is about 50,000
rows instead of 1.8 million). The tables are filled here from the calls already saved, with plain SQL frozen in
this file, and kept up to date by the outcome service from then on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ATTEMPTS = ("connected", "no_answer", "busy", "voicemail", "wrong_number", "not_in_service")
RESULTS = ("sale", "callback", "interested", "refused", "never")


def upgrade() -> None:
    counts = [sa.Column(name, sa.Integer(), nullable=False) for name in (*ATTEMPTS, *RESULTS)]
    op.create_table(
        "call_hours",
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("calls", sa.Integer(), nullable=False),
        *counts,
        sa.Column("talk_seconds", sa.Double(), nullable=False),
        sa.Column("start_sum", sa.Double(), nullable=False),
        sa.Column("end_sum", sa.Double(), nullable=False),
        sa.Column("first_start", sa.Double(), nullable=False),
        sa.Column("last_start", sa.Double(), nullable=False),
        sa.Column("last_end", sa.Double(), nullable=False),
        sa.Column("cents", sa.BigInteger(), nullable=False),
        sa.Column("moved_to_never", sa.Integer(), nullable=False),
        sa.Column("future_created", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["operator_id"], ["operators.id"], name=op.f("fk_call_hours_operator_id_operators")),
        sa.PrimaryKeyConstraint("hour", "operator_id", name=op.f("pk_call_hours")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "call_tallies",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("hour", sa.BigInteger(), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("kind", "operator_id", "hour", "key", name=op.f("pk_call_tallies")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index("ix_calls_never_started", ["never_reason", "started_at"], unique=False)
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_kind_due")
        batch_op.create_index("ix_follow_ups_kind_due", ["kind", "due_at", "operator_id", "done_at"], unique=False)
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_zone", ["timezone", "region"], unique=False)
    _fill_from_calls(op.get_bind().dialect.name)


def downgrade() -> None:
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_zone")
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_index("ix_follow_ups_kind_due")
        batch_op.create_index("ix_follow_ups_kind_due", ["kind", "due_at"], unique=False)
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index("ix_calls_never_started")
    op.drop_table("call_tallies")
    op.drop_table("call_hours")


def _fill_from_calls(dialect: str) -> None:
    """Sum the calls already saved into hours, with the same meaning the outcome service gives each column."""
    if dialect == "sqlite":
        hour = "CAST(strftime('%s', c.started_at) AS INTEGER) / 3600"
        start, end = (f"round((julianday(c.{col}) - 2440587.5) * 86400.0, 3)" for col in ("started_at", "ended_at"))
        objection_rows = (
            "SELECT c.id, {hour} AS h, c.operator_id, substr(j.value, 1, instr(j.value || '/', '/') - 1) AS k"
            " FROM calls c, json_each(c.objections) AS j WHERE c.objections IS NOT NULL AND j.value IS NOT NULL"
        )
    else:
        hour = "CAST(floor(extract(epoch FROM c.started_at) / 3600) AS BIGINT)"
        start, end = (f"CAST(extract(epoch FROM c.{col}) AS double precision)" for col in ("started_at", "ended_at"))
        objection_rows = (
            "SELECT c.id, {hour} AS h, c.operator_id, split_part(j.value, '/', 1) AS k FROM calls c,"
            " json_array_elements_text(CASE WHEN json_typeof(c.objections) = 'array' THEN c.objections END) AS j(value)"
            " WHERE j.value IS NOT NULL"
        )
    count_columns = ", ".join((*ATTEMPTS, *RESULTS))
    count_sums = ", ".join(
        [f"sum(CASE WHEN attempt_result = '{name}' THEN 1 ELSE 0 END)" for name in ATTEMPTS]
        + [f"sum(CASE WHEN conversation_result = '{name}' THEN 1 ELSE 0 END)" for name in RESULTS]
    )
    op.execute(
        f"INSERT INTO call_hours (hour, operator_id, calls, {count_columns}, talk_seconds, start_sum, end_sum,"
        " first_start, last_start, last_end, cents, moved_to_never, future_created)"
        f" SELECT h, operator_id, count(*), {count_sums},"
        " sum(CASE WHEN attempt_result = 'connected' THEN e - s ELSE 0 END), sum(s), sum(e), min(s), max(s), max(e),"
        " coalesce(sum(cents), 0), sum(CASE WHEN never_reason IS NOT NULL THEN 1 ELSE 0 END), sum(future)"
        f" FROM (SELECT c.operator_id, {hour} AS h, c.attempt_result, c.conversation_result, {start} AS s,"
        f" {end} AS e, CAST(round(c.amount * 100) AS BIGINT) AS cents, c.never_reason,"
        " (SELECT count(*) FROM follow_ups f WHERE f.created_by_call_id = c.id AND f.kind = 'future') AS future"
        " FROM calls c) AS x GROUP BY h, operator_id"
    )
    tallies = (
        f"SELECT 'reason' AS kind, c.operator_id, {hour} AS h, CAST(c.refusal_reason_id AS VARCHAR(80)) AS k, c.id"
        " FROM calls c WHERE c.refusal_reason_id IS NOT NULL"
        f" UNION ALL SELECT 'objection', operator_id, h, k, id FROM ({objection_rows.format(hour=hour)}) AS o"
    )
    op.execute(
        "INSERT INTO call_tallies (kind, operator_id, hour, key, count)"
        f" SELECT kind, operator_id, h, k, count(DISTINCT id) FROM ({tallies}) AS t GROUP BY kind, operator_id, h, k"
    )
    # The whole team's copy (operator 0), summed from the operators' rows.
    op.execute(
        "INSERT INTO call_tallies (kind, operator_id, hour, key, count)"
        " SELECT kind, 0, hour, key, sum(count) FROM call_tallies GROUP BY kind, hour, key"
    )
