"""talk time measured by the softphone: the answer moment and the talk seconds on each call, summed per hour

Revision ID: 0009
Revises: 0004
Create Date: 2026-12-07 22:00:00

Columns are added and dropped in place (``recreate="never"``; SQLite 3.35+ drops a column itself): copying the
calls table on SQLite would fire the foreign keys of the rows that point at calls.

Calls saved before this revision were never timed by a phone: their new columns stay NULL and the hourly sums start
at zero measured calls, so statistics keep showing the old F4-to-save figure for them and say which is which.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("calls", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("answered_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("talk_seconds", sa.Double(), nullable=True))
    with op.batch_alter_table("call_hours", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("measured_talk_seconds", sa.Double(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("measured_calls", sa.Integer(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("call_hours", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("measured_calls")
        batch_op.drop_column("measured_talk_seconds")
    with op.batch_alter_table("calls", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("talk_seconds")
        batch_op.drop_column("answered_at")
