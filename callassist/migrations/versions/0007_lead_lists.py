"""lead lists (pause, priority, assignment, script), the do-not-call audit trail, product currency

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-07 22:00:00

Every client goes on a list; the clients already stored go on one named "Default". The queue index gains the
list's rank (minus its priority) between the reason rank and the due moment, so priority orders clients within a
reason rank of rule 7 and the claim stays one index walk.
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import callassist.storage.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DEFAULT_LIST = "Default"


def upgrade() -> None:
    op.create_table(
        "lead_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("script_id", sa.Integer(), nullable=True),
        sa.Column("created_at", callassist.storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["script_id"], ["scripts.id"], name=op.f("fk_lead_lists_script_id_scripts"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lead_lists")),
        sa.UniqueConstraint("name", name=op.f("uq_lead_lists_name")),
    )
    op.create_table(
        "lead_list_operators",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"], ["lead_lists.id"], name=op.f("fk_lead_list_operators_list_id_lead_lists"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_lead_list_operators_operator_id_operators"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "operator_id", name=op.f("pk_lead_list_operators")),
    )
    op.create_table(
        "do_not_call_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("by_name", sa.String(length=120), nullable=False),
        sa.Column("at", callassist.storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_do_not_call_log")),
    )
    op.create_index("ix_do_not_call_log_e164", "do_not_call_log", ["e164"], unique=False)
    # Plain ADD COLUMN, no table rebuild: rebuilding clients or products on SQLite would drop the old table, and
    # with foreign keys on that deletes every phone (cascade) or fails on sold products. ``list_id`` therefore has
    # no database foreign key; the lead-list service is the only writer and never deletes a list with clients.
    op.add_column("products", sa.Column("currency", sa.String(length=3), server_default="RUB", nullable=False))
    op.add_column("clients", sa.Column("list_id", sa.Integer(), nullable=True))
    op.add_column("clients", sa.Column("queue_list_rank", sa.Integer(), server_default="0", nullable=False))
    op.drop_index("ix_clients_queue", table_name="clients")
    op.create_index("ix_clients_queue", "clients", ["queue_rank", "queue_list_rank", "queue_due_at", "id"])
    op.create_index("ix_clients_list", "clients", ["list_id", "state"])
    _put_existing_clients_on_the_default_list()


def _put_existing_clients_on_the_default_list() -> None:
    connection = op.get_bind()
    if connection.execute(sa.text("SELECT id FROM clients LIMIT 1")).first() is None:
        return
    lists = sa.table(
        "lead_lists",
        sa.column("name", sa.String()),
        sa.column("paused", sa.Boolean()),
        sa.column("priority", sa.Integer()),
        sa.column("created_at", callassist.storage.types.UTCDateTime()),
    )
    connection.execute(
        sa.insert(lists).values(name=DEFAULT_LIST, paused=False, priority=0, created_at=datetime.now(UTC))
    )
    connection.execute(
        sa.text("UPDATE clients SET list_id = (SELECT id FROM lead_lists WHERE name = :name)"), {"name": DEFAULT_LIST}
    )


def downgrade() -> None:
    op.drop_index("ix_clients_list", table_name="clients")
    op.drop_index("ix_clients_queue", table_name="clients")
    op.create_index("ix_clients_queue", "clients", ["queue_rank", "queue_due_at", "id"])
    op.drop_column("clients", "queue_list_rank")
    op.drop_column("clients", "list_id")
    op.drop_column("products", "currency")
    op.drop_index("ix_do_not_call_log_e164", table_name="do_not_call_log")
    op.drop_table("do_not_call_log")
    op.drop_table("lead_list_operators")
    op.drop_table("lead_lists")
