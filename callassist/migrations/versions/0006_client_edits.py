"""client edits: per-phone status and preferred number, edit history, optimistic version, search keys

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-07 22:10:00

Issue 14. A wrong or dead number is marked on the phone (rule 14); the card editor keeps every change in
``client_changes`` and checks ``clients.version``; the find field searches phones by their reversed digits and names
by folded word stems (``client_search_words``, ``search_vocabulary``), filled by ``services.client_search`` for
clients whose ``search_stale`` is 1 (every client at first).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTERs, not batch mode: on SQLite a batch copy drops and recreates ``clients``, and with foreign keys on,
    # dropping it would cascade to every call, follow-up and phone. SQLite adds (and, since 3.35, drops) columns.
    for column in (
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("search_stale", sa.Integer(), server_default="1", nullable=False),
        sa.Column("address_as", sa.String(length=120), server_default="", nullable=False),
    ):
        op.add_column("clients", column)
    op.create_index("ix_clients_search_stale", "clients", ["search_stale"], unique=False)
    for column in (
        sa.Column("status", sa.String(length=20), server_default="ok", nullable=False),
        sa.Column("preferred", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("digits_reversed", sa.String(length=20), nullable=True),
    ):
        op.add_column("client_phones", column)
    op.create_index("ix_client_phones_digits_reversed", "client_phones", ["digits_reversed"], unique=False)
    op.create_table(
        "client_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_client_changes_client_id_clients", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["operator_id"], ["operators.id"], name="fk_client_changes_operator_id_operators"),
        sa.PrimaryKeyConstraint("id", name="pk_client_changes"),
    )
    op.create_index("ix_client_changes_client", "client_changes", ["client_id", "changed_at"], unique=False)
    op.create_table(
        "client_search_words",
        sa.Column("word", sa.String(length=40), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name="fk_client_search_words_client_id_clients", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("word", "client_id", name="pk_client_search_words"),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_client_search_words_client", "client_search_words", ["client_id"], unique=False)
    op.create_table(
        "search_vocabulary",
        sa.Column("word", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("word", name="pk_search_vocabulary"),
        sqlite_with_rowid=False,
    )


def downgrade() -> None:
    op.drop_table("search_vocabulary")
    op.drop_index("ix_client_search_words_client", table_name="client_search_words")
    op.drop_table("client_search_words")
    op.drop_index("ix_client_changes_client", table_name="client_changes")
    op.drop_table("client_changes")
    op.drop_index("ix_client_phones_digits_reversed", table_name="client_phones")
    for name in ("digits_reversed", "preferred", "status"):
        op.drop_column("client_phones", name)
    op.drop_index("ix_clients_search_stale", table_name="clients")
    for name in ("address_as", "search_stale", "version"):
        op.drop_column("clients", name)
