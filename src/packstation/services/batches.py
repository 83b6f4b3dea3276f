"""Batches (waves): a lead builds them from the queue by rules; everyone sees their progress."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.devices.printer.base import PrintDocument
from packstation.domain.batches import Batch, BatchRules, batch_label, build_batches
from packstation.domain.picking import pick_rows
from packstation.domain.shipments import Shipment, planned_shipment
from packstation.services.audit import record_audit
from packstation.services.context import StationContext
from packstation.services.printing import LabelRun, PrintService
from packstation.storage.mapping import order_from_row
from packstation.storage.models import BatchOrderRow, BatchRow, FulfillmentOrderRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

# An order's place in its batch, in words a packer reads at a glance
WAITING, PACKING, VERIFIED, LABELLED = "waiting", "packing", "verified", "labelled"
ON_HOLD, EXCEPTION, GONE = "on hold", "exception", "cancelled in shop"
FINISHED = frozenset({VERIFIED, LABELLED, GONE})


class BatchNotFound(Exception):
    """The batch was closed or does not exist."""


@dataclass(frozen=True)
class BatchOrder:
    """One order of a batch and how far it is."""

    fulfillment_order_id: str
    order_name: str
    customer: str
    units: int
    state: str
    shipment_id: str  # the verified shipment, or ""


@dataclass(frozen=True)
class BatchProgress:
    """A batch as the batch screen shows it."""

    batch_id: int
    name: str
    created_by: str
    created_at: datetime
    orders: tuple[BatchOrder, ...]

    @property
    def label(self) -> str:
        """The batch's name on screens ("#3 Batch 1")."""
        return batch_label(self.batch_id, self.name)

    @property
    def total(self) -> int:
        """Orders in the batch."""
        return len(self.orders)

    @property
    def packed(self) -> int:
        """Orders verified and closed (with or without a printed label)."""
        return sum(1 for o in self.orders if o.state in (VERIFIED, LABELLED))

    @property
    def finished(self) -> int:
        """Orders that need nothing more (packed, or cancelled in the shop)."""
        return sum(1 for o in self.orders if o.state in FINISHED)

    @property
    def units(self) -> int:
        """Units in the batch."""
        return sum(o.units for o in self.orders)


def _rules_json(rules: BatchRules) -> str:
    data = asdict(rules)
    data["placed_before"] = rules.placed_before.isoformat() if rules.placed_before else None
    return json.dumps(data)


def _state(row: FulfillmentOrderRow, label_printed: bool) -> str:
    if row.local_state == "packed":
        return LABELLED if label_printed else VERIFIED
    if row.local_state == "exception":
        return EXCEPTION
    if row.local_state == "packing" and row.status in ("OPEN", "IN_PROGRESS"):
        return PACKING
    if row.status == "ON_HOLD":
        return ON_HOLD
    if row.status in ("CANCELLED", "CLOSED"):
        return GONE
    return WAITING


class BatchService:
    """Builds, stores and follows batches; bulk printing for a whole batch."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        printing: PrintService,
        *,
        paper: str = "A4",
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._printing = printing
        self._paper = paper
        self._clock = clock

    def preview(self, rules: BatchRules) -> list[Batch]:
        """The batches these rules would make from queued orders not yet in a batch."""
        with UnitOfWork(self._factory) as uow:
            taken = uow.batches.batched_order_ids()
            orders = [
                order_from_row(row)
                for row in uow.orders.queue()
                if row.local_state == "queued" and row.id not in taken
            ]
        return build_batches(orders, rules)

    def create(self, rules: BatchRules) -> list[int]:
        """Build and store the batches; returns their ids (none when nothing matches)."""
        built = self.preview(rules)
        now = self._clock()
        ids = []
        with UnitOfWork(self._factory) as uow:
            for batch in built:
                row = BatchRow(
                    name=batch.name,
                    rules=_rules_json(rules),
                    created_by=self._ctx.user,
                    created_at=now,
                    state="open",
                    orders=[
                        BatchOrderRow(fulfillment_order_id=order.fulfillment_order_id, position=i)
                        for i, order in enumerate(batch.orders)
                    ],
                )
                uow.batches.add(row)
                ids.append(row.id)
                record_audit(
                    uow,
                    self._ctx,
                    now,
                    "batch.created",
                    batch.name,
                    {"batch_id": row.id, "orders": [o.order_name for o in batch.orders]},
                )
            uow.commit()
        return ids

    def open_batches(self) -> list[BatchProgress]:
        """Every open batch with the live state of each order (a handful of queries in all)."""
        with UnitOfWork(self._factory) as uow:
            return self._progress(uow, uow.batches.open())

    def close(self, batch_id: int) -> None:
        """The batch is done (or abandoned): it leaves the screen; its orders may be batched
        again."""
        with UnitOfWork(self._factory) as uow:
            row = self._open_row(uow, batch_id)
            row.state = "closed"
            record_audit(uow, self._ctx, self._clock(), "batch.closed", row.name, {})
            uow.commit()

    def pick_list(self, batch_id: int) -> PrintDocument:
        """The batch's pick list in bin order, as a page for the slip printer."""
        from packstation.labels.pick_list import pick_list_pdf  # reportlab, when printing

        with UnitOfWork(self._factory) as uow:
            row = self._open_row(uow, batch_id)
            orders = [order_from_row(o) for o in self._order_rows(uow, row)]
            tr = self._printing.languages.warehouse
            title = f"{row.name} · {tr('PickList', '%n orders', len(orders))}"
        pdf = pick_list_pdf(
            pick_rows(orders),
            title=title,
            created=self._clock(),
            paper=self._paper,
            tr=tr,
            order_count=len(orders),
        )
        return PrintDocument(f"batch-{batch_id}-picklist", "slip", "pdf", pdf)

    def slips(self, batch_id: int) -> PrintDocument:
        """Every order's packing slip, in batch order: what was packed for verified orders,
        what is to be packed for the others."""
        now = self._clock()
        shipments: list[Shipment] = []
        with UnitOfWork(self._factory) as uow:
            row = self._open_row(uow, batch_id)
            for order_row in self._order_rows(uow, row):
                packed = self._latest_shipment_id(uow, order_row)
                shipment = uow.shipments.get(packed) if packed else None
                shipments.append(shipment or planned_shipment(order_from_row(order_row), now))
        return self._printing.slips_document(shipments, f"batch-{batch_id}-slips")

    def queue_labels(self, batch_id: int) -> tuple[LabelRun, int]:
        """Labels for the batch's verified orders that have none printed; also returns how
        many orders are not verified yet (they get theirs when packed)."""
        progress = self.progress(batch_id)
        verified = [o.shipment_id for o in progress.orders if o.state in (VERIFIED, LABELLED)]
        waiting = sum(1 for o in progress.orders if o.state not in FINISHED)
        return self._printing.queue_missing_labels(verified), waiting

    def progress(self, batch_id: int) -> BatchProgress:
        """One open batch's progress."""
        with UnitOfWork(self._factory) as uow:
            [progress] = self._progress(uow, [self._open_row(uow, batch_id)])
            return progress

    def _open_row(self, uow: UnitOfWork, batch_id: int) -> BatchRow:
        row = uow.batches.get(batch_id)
        if row is None or row.state != "open":
            raise BatchNotFound("This batch was closed meanwhile")
        return row

    def _order_rows(self, uow: UnitOfWork, row: BatchRow) -> list[FulfillmentOrderRow]:
        found = [uow.orders.row(member.fulfillment_order_id) for member in row.orders]
        return [order for order in found if order is not None]

    def _latest_shipment_id(self, uow: UnitOfWork, order: FulfillmentOrderRow) -> str:
        live = [s for s in uow.shipments.for_order(order.id) if s.voided_at is None]
        return max(live, key=lambda s: s.created_at).id if live else ""

    def _progress(self, uow: UnitOfWork, rows: list[BatchRow]) -> list[BatchProgress]:
        ids = [member.fulfillment_order_id for row in rows for member in row.orders]
        orders = uow.batches.members(ids)
        shipments = uow.batches.live_shipments(
            [fo_id for fo_id, order in orders.items() if order.local_state == "packed"]
        )
        labelled = uow.batches.labelled(shipments.values())
        result = []
        for row in rows:
            states = []
            for member in row.orders:
                order = orders.get(member.fulfillment_order_id)
                if order is None:
                    continue
                shipment_id = shipments.get(order.id, "") if order.local_state == "packed" else ""
                states.append(
                    BatchOrder(
                        fulfillment_order_id=order.id,
                        order_name=order.order_name,
                        customer=order.ship_name,
                        units=sum(line.quantity for line in order.lines),
                        state=_state(order, shipment_id in labelled),
                        shipment_id=shipment_id,
                    )
                )
            result.append(
                BatchProgress(row.id, row.name, row.created_by, row.created_at, tuple(states))
            )
        return result
