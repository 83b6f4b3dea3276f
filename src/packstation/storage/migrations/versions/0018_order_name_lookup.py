"""slip lookup by name: fulfillment_orders.order_key = lower(order_name), indexed

Revision ID: 0018
Revises: 0017
Create Date: 2026-11-26 05:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A normalised column rather than an expression index: both backends use it the same
    # way, and SQLAlchemy reflects it (it skips expression indexes on SQLite).
    op.add_column(
        "fulfillment_orders",
        sa.Column("order_key", sa.String(length=64), server_default="", nullable=False),
    )
    op.execute("UPDATE fulfillment_orders SET order_key = lower(order_name)")
    op.create_index("ix_fulfillment_orders_order_key", "fulfillment_orders", ["order_key"])


def downgrade() -> None:
    op.drop_index("ix_fulfillment_orders_order_key", table_name="fulfillment_orders")
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.drop_column("order_key")
