"""Batches of orders picked and packed together."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from packstation.domain.batches import batch_label
from packstation.storage.models import (
    BatchOrderRow,
    BatchRow,
    FulfillmentOrderRow,
    PrintJobRow,
    ShipmentRow,
)


class BatchRepository:
    """Batches (waves) and their orders."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, row: BatchRow) -> None:
        """Store a new batch with its orders."""
        self._s.add(row)
        self._s.flush()

    def get(self, batch_id: int) -> BatchRow | None:
        """One batch."""
        return self._s.get(BatchRow, batch_id)

    def open(self) -> list[BatchRow]:
        """Batches still being worked on, oldest first, with their orders."""
        stmt = (
            select(BatchRow)
            .where(BatchRow.state == "open")
            .order_by(BatchRow.id)
            .options(selectinload(BatchRow.orders))
        )
        return list(self._s.scalars(stmt))

    def open_batch_labels(self) -> dict[str, str]:
        """Each order in an open batch → the batch's label ("#3 Batch 1")."""
        stmt = (
            select(BatchOrderRow.fulfillment_order_id, BatchRow.id, BatchRow.name)
            .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
            .where(BatchRow.state == "open")
        )
        return {
            fo_id: batch_label(batch_id, name) for fo_id, batch_id, name in self._s.execute(stmt)
        }

    def members(self, fulfillment_order_ids: Iterable[str]) -> dict[str, FulfillmentOrderRow]:
        """The orders of batches, with their lines, in one query."""
        stmt = (
            select(FulfillmentOrderRow)
            .where(FulfillmentOrderRow.id.in_(list(fulfillment_order_ids)))
            .options(selectinload(FulfillmentOrderRow.lines))
        )
        return {row.id: row for row in self._s.scalars(stmt)}

    def live_shipments(self, fulfillment_order_ids: Iterable[str]) -> dict[str, str]:
        """Each order's newest shipment that is not void."""
        stmt = (
            select(ShipmentRow.fulfillment_order_id, ShipmentRow.id)
            .where(
                ShipmentRow.fulfillment_order_id.in_(list(fulfillment_order_ids)),
                ShipmentRow.voided_at.is_(None),
            )
            .order_by(ShipmentRow.created_at)
        )
        return {fo_id: shipment_id for fo_id, shipment_id in self._s.execute(stmt)}

    def labelled(self, shipment_ids: Iterable[str]) -> set[str]:
        """The shipments whose label has printed."""
        stmt = select(PrintJobRow.shipment_id).where(
            PrintJobRow.shipment_id.in_(list(shipment_ids)),
            PrintJobRow.kind == "label",
            PrintJobRow.state == "done",
        )
        return set(self._s.scalars(stmt))

    def batched_order_ids(self) -> set[str]:
        """Orders already in an open batch (a new batch never takes them twice)."""
        stmt = (
            select(BatchOrderRow.fulfillment_order_id)
            .join(BatchRow, BatchRow.id == BatchOrderRow.batch_id)
            .where(BatchRow.state == "open")
        )
        return set(self._s.scalars(stmt))
