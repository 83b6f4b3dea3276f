"""The lead dashboard's figures, aggregated by the database (one query per figure)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.domain.figures import MIS_SCAN_OUTCOMES, PackerFigures, ShiftFigures
from packstation.storage.models import (
    ExceptionRow,
    FulfillmentOrderRow,
    OutboxRow,
    PackSessionRow,
    ScanEventRow,
    ShipmentLineRow,
    ShipmentRow,
)


def shift_figures(
    session: Session, start: datetime, end: datetime, cutoff: datetime | None = None
) -> ShiftFigures:
    """Figures for shipments and scans in ``[start, end)``; with ``cutoff``, also the open
    orders placed before it."""
    shipped = select(ShipmentRow.user, func.count(ShipmentRow.id)).where(
        ShipmentRow.created_at >= start, ShipmentRow.created_at < end
    )
    orders = {user: count for user, count in session.execute(shipped.group_by(ShipmentRow.user))}
    units_stmt = (
        select(ShipmentRow.user, func.sum(ShipmentLineRow.quantity))
        .join(ShipmentLineRow, ShipmentLineRow.shipment_id == ShipmentRow.id)
        .where(ShipmentRow.created_at >= start, ShipmentRow.created_at < end)
        .group_by(ShipmentRow.user)
    )
    units = {user: total for user, total in session.execute(units_stmt)}
    # Grouped counts (a few dozen rows) read from a covering index; summed here.
    scans_stmt = (
        select(ScanEventRow.user, ScanEventRow.kind, ScanEventRow.outcome, func.count())
        .where(ScanEventRow.at >= start, ScanEventRow.at < end)
        .group_by(ScanEventRow.user, ScanEventRow.kind, ScanEventRow.outcome)
        # without statistics SQLite would pick the plain index on ``at`` and read every row
        .with_hint(ScanEventRow, "INDEXED BY ix_scan_events_figures", "sqlite")
    )
    scans: dict[str, tuple[int, int, int]] = {}
    stops: dict[str, int] = {}
    for user, kind, outcome, count in session.execute(scans_stmt):
        total, wrong, overrides = scans.get(user, (0, 0, 0))
        if kind == "scan":
            total += count
            wrong += count if outcome in MIS_SCAN_OUTCOMES else 0
        elif kind == "override":
            overrides += count
        elif kind == "weight" and outcome == "stop":
            stops[user] = stops.get(user, 0) + count
        scans[user] = (total, wrong, overrides)
    sqlite = session.get_bind().dialect.name == "sqlite"
    ended, began = PackSessionRow.ended_at, PackSessionRow.started_at
    seconds = (
        (func.julianday(ended) - func.julianday(began)) * 86400.0
        if sqlite
        else func.extract("epoch", ended - began)
    )
    completed = (
        select(PackSessionRow.user, func.sum(seconds))
        .where(PackSessionRow.state == "completed", ended >= start, ended < end)
        .group_by(PackSessionRow.user)
    )
    durations = {user: round(float(total or 0.0), 3) for user, total in session.execute(completed)}
    created = ShipmentRow.created_at
    hour = (
        func.strftime("%Y-%m-%dT%H", created)
        if sqlite
        else func.to_char(func.timezone("UTC", created), 'YYYY-MM-DD"T"HH24')
    )
    hourly_stmt = (
        select(hour, func.count(ShipmentRow.id))
        .where(created >= start, created < end)
        .group_by(hour)
        .order_by(hour)
    )
    orders_per_hour = tuple(
        (datetime.strptime(label, "%Y-%m-%dT%H").replace(tzinfo=UTC), int(count))
        for label, count in session.execute(hourly_stmt)
    )
    people = sorted(set(orders) | set(scans))
    packers = tuple(
        PackerFigures(
            user=user,
            orders=int(orders.get(user, 0)),
            units=int(units.get(user) or 0),
            scans=scans.get(user, (0, 0, 0))[0],
            mis_scans=scans.get(user, (0, 0, 0))[1],
            overrides=scans.get(user, (0, 0, 0))[2],
            seconds_packing=durations.get(user, 0.0),
            weight_stops=stops.get(user, 0),
        )
        for user in people
    )
    still_open = select(func.count(FulfillmentOrderRow.id)).where(
        FulfillmentOrderRow.local_state.in_(("queued", "packing")),
        FulfillmentOrderRow.status.in_(("OPEN", "IN_PROGRESS")),
    )
    open_orders = session.scalar(still_open)
    before_cutoff = (
        session.scalar(still_open.where(FulfillmentOrderRow.created_at < cutoff)) if cutoff else 0
    )
    backlog = session.scalar(
        select(func.count(OutboxRow.id)).where(OutboxRow.state.in_(("pending", "sending")))
    )
    exceptions = session.scalar(
        select(func.count(ExceptionRow.id)).where(ExceptionRow.state == "open")
    )
    return ShiftFigures(
        start=start,
        end=end,
        packers=packers,
        orders_per_hour=orders_per_hour,
        open_orders=int(open_orders or 0),
        sync_backlog=int(backlog or 0),
        exceptions_open=int(exceptions or 0),
        cutoff=cutoff,
        open_before_cutoff=int(before_cutoff or 0),
    )
