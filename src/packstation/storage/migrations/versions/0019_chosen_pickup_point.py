"""the parcel shop the customer chose for a PICKUP_POINT order (its id and name)

Revision ID: 0019
Revises: 0018
Create Date: 2026-11-26 06:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "fulfillment_orders",
        sa.Column("delivery_point_id", sa.String(length=64), server_default="", nullable=False),
    )
    op.add_column(
        "fulfillment_orders",
        sa.Column("delivery_point_name", sa.String(length=255), server_default="", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.drop_column("delivery_point_name")
        batch.drop_column("delivery_point_id")
