"""scan details and pack barcodes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:28:25.216727
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table("fulfillment_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("pack_barcodes", sa.Text(), nullable=False, server_default="[]")
        )

    with op.batch_alter_table("scan_events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("symbology", sa.String(length=8), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("lot", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("expiry", sa.String(length=10), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("serial", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("scanner", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:

    with op.batch_alter_table("scan_events", schema=None) as batch_op:
        batch_op.drop_column("scanner")
        batch_op.drop_column("serial")
        batch_op.drop_column("expiry")
        batch_op.drop_column("lot")
        batch_op.drop_column("symbology")

    with op.batch_alter_table("fulfillment_lines", schema=None) as batch_op:
        batch_op.drop_column("pack_barcodes")
