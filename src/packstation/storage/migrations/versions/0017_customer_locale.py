"""the customer's language on a fulfillment order (Shopify's Order.customerLocale)

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-26 05:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "fulfillment_orders",
        sa.Column("customer_locale", sa.String(length=35), server_default="", nullable=False),
    )


def downgrade() -> None:
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.drop_column("customer_locale")
