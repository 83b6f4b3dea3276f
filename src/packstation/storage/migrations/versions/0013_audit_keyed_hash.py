"""the audit log's keyed hash (HMAC with the station's secret)

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-26 03:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no batch copy): SQLite keeps the append-only triggers of 0008.
    op.add_column(
        "audit_log", sa.Column("mac", sa.String(length=64), server_default="", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("audit_log", "mac")
