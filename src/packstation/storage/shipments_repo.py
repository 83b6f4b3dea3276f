"""Shipments and their print jobs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from packstation.domain.orders import normalise_order_name
from packstation.domain.shipments import Shipment
from packstation.storage.mapping import (
    shipment_from_row,
    shipment_to_row,
)
from packstation.storage.models import (
    FulfillmentOrderRow,
    PrintJobRow,
    ShipmentRow,
    ShipmentSerialRow,
)


class ShipmentRepository:
    """Completed shipments."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, shipment: Shipment, session_id: str, station: str, user: str) -> None:
        """Store a new shipment with its lines and packages."""
        self._s.add(shipment_to_row(shipment, session_id, station, user))

    def get(self, shipment_id: str) -> Shipment | None:
        """A shipment by id."""
        row = self._s.get(ShipmentRow, shipment_id)
        return self._to_domain(row) if row else None

    def row(self, shipment_id: str) -> ShipmentRow | None:
        """A shipment's row, for changes (a void)."""
        return self._s.get(ShipmentRow, shipment_id)

    def latest_for_order(self, order_name: str) -> Shipment | None:
        """The newest shipment of an order that is not void, by order name."""
        name = normalise_order_name(order_name)
        stmt = (
            select(ShipmentRow)
            .where(
                func.lower(ShipmentRow.order_name) == name.lower(),
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at.desc())
        )
        row = self._s.scalars(stmt.limit(1)).first()
        return self._to_domain(row) if row else None

    def serial_shipped(self, sku: str, serial: str) -> str | None:
        """The order a product's serial number left in, or None."""
        stmt = (
            select(ShipmentRow.order_name)
            .join(ShipmentSerialRow, ShipmentSerialRow.shipment_id == ShipmentRow.id)
            .where(
                ShipmentSerialRow.sku == sku,
                ShipmentSerialRow.serial == serial,
                ShipmentRow.voided_at.is_(None),
            )
        )
        return self._s.scalars(stmt.limit(1)).first()

    def for_order(self, fulfillment_order_id: str) -> list[ShipmentRow]:
        """Every shipment of a fulfillment order."""
        stmt = select(ShipmentRow).where(ShipmentRow.fulfillment_order_id == fulfillment_order_id)
        return list(self._s.scalars(stmt))

    def between(self, start: datetime, end: datetime, carrier: str = "") -> list[Shipment]:
        """Shipments made in ``[start, end)`` and not void, oldest first (optionally of one
        carrier)."""
        stmt = (
            select(ShipmentRow)
            .where(
                ShipmentRow.created_at >= start,
                ShipmentRow.created_at < end,
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at)
        )
        if carrier:
            stmt = stmt.where(ShipmentRow.carrier == carrier)
        return [self._to_domain(row) for row in self._s.scalars(stmt)]

    def _to_domain(self, row: ShipmentRow) -> Shipment:
        order = self._s.get(FulfillmentOrderRow, row.fulfillment_order_id)
        assert order is not None, "a shipment always references its order"
        return shipment_from_row(row, order)


class PrintJobRepository:
    """The durable print queue."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: PrintJobRow) -> None:
        """Queue a job."""
        self._s.add(row)

    def get(self, job_id: int) -> PrintJobRow | None:
        """A job by id."""
        return self._s.get(PrintJobRow, job_id)

    def due(self, now: datetime, station: str) -> list[PrintJobRow]:
        """One station's queued jobs whose time has come, oldest first."""
        stmt = (
            select(PrintJobRow)
            .where(
                PrintJobRow.station == station,
                PrintJobRow.state == "queued",
                PrintJobRow.next_attempt_at <= now,
            )
            .order_by(PrintJobRow.id)
        )
        return list(self._s.scalars(stmt))

    def take_for_sending(self, job_id: int, sender: str) -> bool:
        """Mark a job ``sending`` only if it is still queued (one conditional UPDATE);
        whether this caller got it."""
        stmt = (
            update(PrintJobRow)
            .where(PrintJobRow.id == job_id, PrintJobRow.state == "queued")
            .values(state="sending", sender=sender, attempts=PrintJobRow.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(self._s.execute(stmt), "rowcount", 0))

    def in_state(self, *states: str, station: str | None = None) -> list[PrintJobRow]:
        """Jobs in any of these states (optionally of one station), oldest first."""
        stmt = select(PrintJobRow).where(PrintJobRow.state.in_(states)).order_by(PrintJobRow.id)
        if station is not None:
            stmt = stmt.where(PrintJobRow.station == station)
        return list(self._s.scalars(stmt))

    def recent(self, limit: int = 100, station: str | None = None) -> list[PrintJobRow]:
        """The newest jobs (optionally of one station), newest first."""
        stmt = select(PrintJobRow).order_by(PrintJobRow.id.desc()).limit(limit)
        if station is not None:
            stmt = stmt.where(PrintJobRow.station == station)
        return list(self._s.scalars(stmt))

    def for_shipment(self, shipment_id: str) -> list[PrintJobRow]:
        """Every job of a shipment, oldest first."""
        stmt = (
            select(PrintJobRow)
            .where(PrintJobRow.shipment_id == shipment_id)
            .order_by(PrintJobRow.id)
        )
        return list(self._s.scalars(stmt))


# Session.info keys: the station's audit secret, and the entry written in this transaction.
