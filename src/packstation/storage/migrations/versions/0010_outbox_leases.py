"""outbox rows get an owned lease and the unknown-outcome bookkeeping

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 02:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("lease_owner", sa.String(length=100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("uncertain_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("looks", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("verify_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("verify_at")
        batch.drop_column("looks")
        batch.drop_column("uncertain_at")
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
