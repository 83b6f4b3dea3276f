"""users and exceptions

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 14:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("badge", sa.String(length=64), nullable=True),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_pins", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("badge"),
    )
    op.create_table(
        "exceptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("fulfillment_order_id", sa.String(length=100), nullable=False),
        sa.Column("order_name", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("raised_by", sa.String(length=64), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.String(length=64), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_exceptions_kind", "exceptions", ["kind"])
    op.create_index("ix_exceptions_state", "exceptions", ["state"])
    op.create_index("ix_exceptions_fulfillment_order_id", "exceptions", ["fulfillment_order_id"])
    # the lead dashboard reads shipments and sessions by time
    op.create_index("ix_shipments_figures", "shipments", ["created_at", "user", "id"])
    op.create_index("ix_scan_events_figures", "scan_events", ["user", "kind", "outcome", "at"])
    op.create_index("ix_pack_sessions_ended_at", "pack_sessions", ["ended_at"])


def downgrade() -> None:
    op.drop_index("ix_pack_sessions_ended_at", "pack_sessions")
    op.drop_index("ix_scan_events_figures", "scan_events")
    op.drop_index("ix_shipments_figures", "shipments")
    op.drop_table("exceptions")
    op.drop_table("users")
