"""order customs and carrier choice: the shop's HS codes, origins and prices of an order's
lines, and a lead's carrier product for the order (both JSON)

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-26 05:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fulfillment_orders", schema=None) as batch_op:
        batch_op.add_column(sa.Column("customs", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("carrier_choice", sa.Text(), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("fulfillment_orders", schema=None) as batch_op:
        batch_op.drop_column("carrier_choice")
        batch_op.drop_column("customs")
