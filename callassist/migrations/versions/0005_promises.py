"""promises kept or moved

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 22:00:00

A promise is closed either as kept (with a note) or as moved to a new date (with the reason the client was told);
``follow_ups.closed_as`` says which, so the card and ``client show`` can tell them apart. Promises closed before
this revision were closed by the only path there was, keeping them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_as", sa.String(length=8), nullable=True))
    op.execute(
        "UPDATE follow_ups SET closed_as = 'kept' "
        "WHERE kind = 'promise' AND done_at IS NOT NULL AND done_note <> 'never' AND done_note <> ''"
    )


def downgrade() -> None:
    with op.batch_alter_table("follow_ups", schema=None) as batch_op:
        batch_op.drop_column("closed_as")
