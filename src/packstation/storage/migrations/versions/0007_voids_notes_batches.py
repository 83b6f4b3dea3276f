"""voided shipments, exception notes, stored batches

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 16:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("shipments") as batch:
        batch.add_column(sa.Column("voided_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("void_reason", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(
            sa.Column("void_requested", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("exceptions") as batch:
        batch.add_column(sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("rules", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_batches_state", "batches", ["state"])
    op.create_table(
        "batch_orders",
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("fulfillment_order_id", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"]),
        sa.ForeignKeyConstraint(["fulfillment_order_id"], ["fulfillment_orders.id"]),
        sa.PrimaryKeyConstraint("batch_id", "fulfillment_order_id"),
    )


def downgrade() -> None:
    op.drop_table("batch_orders")
    op.drop_index("ix_batches_state", "batches")
    op.drop_table("batches")
    with op.batch_alter_table("exceptions") as batch:
        batch.drop_column("notes")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("void_requested")
    with op.batch_alter_table("shipments") as batch:
        batch.drop_column("void_reason")
        batch.drop_column("voided_at")
