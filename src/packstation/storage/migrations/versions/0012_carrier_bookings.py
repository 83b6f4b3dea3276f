"""carrier bookings: one row per shipment, leased and reconciled like the outbox; the
fulfillment order's delivery method

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 03:15:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.add_column(
            sa.Column("delivery_type", sa.String(length=20), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column(
                "delivery_service_code", sa.String(length=128), nullable=False, server_default=""
            )
        )
        batch.add_column(
            sa.Column(
                "delivery_presented_name",
                sa.String(length=255),
                nullable=False,
                server_default="",
            )
        )
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column(
            "shipment_id", sa.String(length=36), sa.ForeignKey("shipments.id"), nullable=False
        ),
        sa.Column("fulfillment_order_id", sa.String(length=100), nullable=False),
        sa.Column("order_name", sa.String(length=64), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("booking_id", sa.String(length=64), nullable=False),
        sa.Column("carrier_code", sa.String(length=64), nullable=False),
        sa.Column("carrier_name", sa.String(length=64), nullable=False),
        sa.Column("product_code", sa.String(length=64), nullable=False),
        sa.Column("tracking_numbers", sa.Text(), nullable=False),
        sa.Column("tracking_urls", sa.Text(), nullable=False),
        sa.Column("label", sa.LargeBinary(), nullable=False),
        sa.Column("label_format", sa.String(length=8), nullable=False),
        sa.Column("pending_slip", sa.Boolean(), nullable=False),
        sa.Column("void_requested", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", sa.String(length=100), nullable=False, server_default=""),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("uncertain_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("looks", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("verify_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("shipment_id"),
    )
    op.create_index("ix_bookings_fulfillment_order_id", "bookings", ["fulfillment_order_id"])
    op.create_index("ix_bookings_reference", "bookings", ["reference"])
    op.create_index("ix_bookings_state", "bookings", ["state"])


def downgrade() -> None:
    op.drop_index("ix_bookings_state", table_name="bookings")
    op.drop_index("ix_bookings_reference", table_name="bookings")
    op.drop_index("ix_bookings_fulfillment_order_id", table_name="bookings")
    op.drop_table("bookings")
    with op.batch_alter_table("fulfillment_orders") as batch:
        batch.drop_column("delivery_presented_name")
        batch.drop_column("delivery_service_code")
        batch.drop_column("delivery_type")
