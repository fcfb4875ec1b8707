"""rule 17 in the database: group roles, grants, row-level security, guard triggers, server-side summaries

Revision ID: 0010
Revises: 0004
Create Date: 2026-12-07 22:00:00

PostgreSQL only (a single SQLite workstation has nobody to guard against). What it installs is described in
``callassist.team.guards``; the migration environment applies the grants and policies again after every later
upgrade, so tables added by later migrations get their rights without a provisioning run by hand.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from callassist.team import guards

    guards.install(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    from callassist.team import guards

    guards.remove(bind)
