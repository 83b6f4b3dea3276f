"""serial numbers

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 11:58:03.987366
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "shipment_serials",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("shipment_id", sa.String(length=36), nullable=False),
        sa.Column("line_id", sa.String(length=100), nullable=False),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("serial", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["shipments.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("sku", "serial", name="uq_serial_per_product"),
    )
    with op.batch_alter_table("shipment_serials", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shipment_serials_shipment_id"), ["shipment_id"], unique=False
        )

    with op.batch_alter_table("fulfillment_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("requires_serial", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:

    with op.batch_alter_table("fulfillment_lines", schema=None) as batch_op:
        batch_op.drop_column("requires_serial")

    with op.batch_alter_table("shipment_serials", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipment_serials_shipment_id"))

    op.drop_table("shipment_serials")
