"""progress reports wait in the database, not in memory

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 17:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "progress_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("fulfillment_order_id", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_progress_reports_state", "progress_reports", ["state"])


def downgrade() -> None:
    op.drop_index("ix_progress_reports_state", "progress_reports")
    op.drop_table("progress_reports")
