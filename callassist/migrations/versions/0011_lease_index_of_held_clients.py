"""the lease index holds the clients someone holds, not every client

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 01:40:00

At any moment only the clients being called are leased (at most one per operator), yet ``ix_clients_lease`` had an
entry for every client, kept up on every insert: a million NULLs written by every large import. A partial index
(``WHERE lease_operator_id IS NOT NULL``) holds the few held clients; the only query that searches it
(``queue.held_by``, ``lease_operator_id = :operator``) implies its condition, so SQLite and PostgreSQL still use it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

HELD = sa.text("lease_operator_id IS NOT NULL")


def upgrade() -> None:
    op.drop_index("ix_clients_lease", table_name="clients")
    op.create_index("ix_clients_lease", "clients", ["lease_operator_id"], sqlite_where=HELD, postgresql_where=HELD)


def downgrade() -> None:
    op.drop_index("ix_clients_lease", table_name="clients")
    op.create_index("ix_clients_lease", "clients", ["lease_operator_id"])
