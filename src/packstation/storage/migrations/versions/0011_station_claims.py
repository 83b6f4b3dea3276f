"""order claims, station processes, print jobs owned by a process

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 02:05:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "order_claims",
        sa.Column("fulfillment_order_id", sa.String(length=100), nullable=False),
        sa.Column("order_name", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("user", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_over_by", sa.String(length=64), server_default="", nullable=False),
        sa.ForeignKeyConstraint(["fulfillment_order_id"], ["fulfillment_orders.id"]),
        sa.ForeignKeyConstraint(["session_id"], ["pack_sessions.id"]),
        sa.PrimaryKeyConstraint("fulfillment_order_id"),
        sa.UniqueConstraint("session_id"),
    )
    op.create_index("ix_order_claims_station", "order_claims", ["station"])
    op.create_table(
        "station_processes",
        sa.Column("token", sa.String(length=120), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("host", sa.String(length=255), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token"),
    )
    op.create_index("ix_station_processes_station", "station_processes", ["station"])
    with op.batch_alter_table("print_jobs") as batch:
        batch.add_column(
            sa.Column("sender", sa.String(length=120), server_default="", nullable=False)
        )
        batch.create_index("ix_print_jobs_station", ["station"])
    _claim_active_sessions()


def _claim_active_sessions() -> None:
    """Sessions left open by an older version become claims (the newest one per order)."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            'SELECT s.id, s.fulfillment_order_id, s.station, s."user", s.started_at,'
            " o.order_name FROM pack_sessions s JOIN fulfillment_orders o"
            " ON o.id = s.fulfillment_order_id WHERE s.state = 'active'"
            " ORDER BY s.started_at DESC"
        )
    ).all()
    claimed: set[str] = set()
    for session_id, order_id, station, user, started_at, order_name in rows:
        if order_id in claimed:
            continue
        claimed.add(order_id)
        bind.execute(
            sa.text(
                "INSERT INTO order_claims (fulfillment_order_id, order_name, session_id,"
                ' station, "user", claimed_at, beat_at, taken_over_by)'
                " VALUES (:o, :n, :s, :st, :u, :at, :at, '')"
            ),
            {
                "o": order_id,
                "n": order_name,
                "s": session_id,
                "st": station,
                "u": user,
                "at": started_at,
            },
        )


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_index("ix_print_jobs_station")
        batch.drop_column("sender")
    op.drop_index("ix_station_processes_station", "station_processes")
    op.drop_table("station_processes")
    op.drop_index("ix_order_claims_station", "order_claims")
    op.drop_table("order_claims")
