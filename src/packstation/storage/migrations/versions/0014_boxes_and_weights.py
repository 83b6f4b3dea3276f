"""boxes: each package's contents, tare and whether the scale weighed it; box events' weights;
unit weights a lead confirmed; shipment lines by SKU (learned weights)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-26 05:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no batch copy), so SQLite keeps every table's triggers and indexes.
    op.add_column(
        "scan_events",
        sa.Column("weight_grams", sa.Integer(), nullable=False, server_default="0"),
    )
    op.add_column("packages", sa.Column("contents", sa.Text(), nullable=False, server_default="[]"))
    op.add_column(
        "packages", sa.Column("tare_grams", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "packages",
        sa.Column("weighed", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_shipment_lines_sku", "shipment_lines", ["sku"])
    op.create_table(
        "sku_weights",
        sa.Column("sku", sa.String(length=100), primary_key=True),
        sa.Column("grams", sa.Integer(), nullable=False),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("sku_weights")
    op.drop_index("ix_shipment_lines_sku", table_name="shipment_lines")
    with op.batch_alter_table("packages") as batch:
        batch.drop_column("weighed")
        batch.drop_column("tare_grams")
        batch.drop_column("contents")
    with op.batch_alter_table("scan_events") as batch:
        batch.drop_column("weight_grams")
