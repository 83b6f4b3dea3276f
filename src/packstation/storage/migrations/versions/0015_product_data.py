"""product data from the shop: gift messages, order attributes, line properties, alternate
barcodes; barcodes a lead taught the station

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-26 05:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs with server defaults: existing orders get empty product data.
    op.add_column(
        "fulfillment_orders",
        sa.Column("gift_message", sa.Text(), nullable=False, server_default=""),
    )
    op.add_column(
        "fulfillment_orders",
        sa.Column("attributes", sa.Text(), nullable=False, server_default="[]"),
    )
    op.add_column(
        "fulfillment_lines",
        sa.Column("alt_barcodes", sa.Text(), nullable=False, server_default="[]"),
    )
    op.add_column(
        "fulfillment_lines",
        sa.Column("properties", sa.Text(), nullable=False, server_default="[]"),
    )
    op.create_table(
        "taught_barcodes",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("barcode", sa.String(length=200), nullable=False),
        sa.Column("barcode_key", sa.String(length=200), nullable=False),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("taught_by", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("taught_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("barcode_key"),
    )
    op.create_index("ix_taught_barcodes_sku", "taught_barcodes", ["sku"])


def downgrade() -> None:
    op.drop_index("ix_taught_barcodes_sku", table_name="taught_barcodes")
    op.drop_table("taught_barcodes")
    with op.batch_alter_table("fulfillment_lines") as batch:
        batch.drop_column("properties")
        batch.drop_column("alt_barcodes")
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.drop_column("attributes")
        batch.drop_column("gift_message")
