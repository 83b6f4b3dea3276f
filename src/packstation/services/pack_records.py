"""What the packing use cases pass around: the open order, scan records, completions."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.box_plan import BoxPlan
from packstation.domain.orders import FulfillmentOrder
from packstation.domain.packing import PackSession
from packstation.domain.shipments import Shipment
from packstation.domain.shipping_rules import Action
from packstation.domain.weighing import UnitWeight
from packstation.storage.uow import UnitOfWork


class DocumentJobs(Protocol):
    """Queues a shipment's documents inside the completion's transaction (the print queue)."""

    def add_jobs(
        self, uow: UnitOfWork, shipment: Shipment, *, kinds: tuple[str, ...] = ("label", "slip")
    ) -> None:
        """Queue the label and slip of a shipment (with a carrier: the slip only)."""


@dataclass
class OpenOrder:
    """An order on the bench: its persisted session id and the live verification state."""

    session_id: str
    session: PackSession
    resumed: bool = False
    started_by: str = ""  # who opened the session (another person's parked order, say)
    boxes: BoxPlan = field(default_factory=BoxPlan)  # which box each counted unit is in
    unit_weights: dict[str, UnitWeight] = field(default_factory=dict)  # by line id

    @property
    def order(self) -> FulfillmentOrder:
        """The order being packed."""
        return self.session.order


@dataclass(frozen=True)
class ScanRecord:
    """A scan event waiting to be written (the GUI shows the outcome before the write)."""

    session_id: str
    fulfillment_order_id: str
    order_name: str
    user: str
    kind: str
    code: str
    outcome: str
    line_id: str | None
    quantity: int
    at: datetime
    symbology: str = ""
    lot: str = ""
    expiry: str = ""
    serial: str = ""
    scanner: str = ""
    problem: str = ""


@dataclass(frozen=True)
class HandConfirmation:
    """A lead's hand confirmation waiting to be written."""

    record: ScanRecord
    order: FulfillmentOrder
    detail: dict[str, object]


@dataclass(frozen=True)
class Completion:
    """A completed pack: the shipment, and whether the shop confirmed the order just before."""

    shipment: Shipment
    checked_with_shop: bool
    # With a carrier: "booked" (its label prints), "pending" (a LABEL PENDING slip prints;
    # sync books later) or "paused" (the carrier account refused the key); "" without one.
    booking: str = ""
    booking_words: str = ""


class StoredCatalogue:
    """The station's product catalogue, read in a short transaction per lookup."""

    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._factory = session_factory

    def describe(self, code: str) -> str | None:
        """Title of the product with this barcode or SKU, or None."""
        with UnitOfWork(self._factory) as uow:
            return uow.catalogue.describe(code)

    def serial_shipped(self, sku: str, serial: str) -> str | None:
        """The order a serial number already left in, or None."""
        with UnitOfWork(self._factory) as uow:
            return uow.shipments.serial_shipped(sku, serial)


DOCUMENTS = ("label", "slip")
# What Shopify and the slip call a box no carrier takes
NO_CARRIER_NAMES = {Action.COLLECT_IN_STORE: "Collect in store", Action.NOTHING: "No shipping"}


def new_tracking_number(shipment_id: str) -> str:
    """A local tracking number (digits only after the prefix, so it scans in Code 128 C)."""
    return f"PS{uuid.UUID(shipment_id).int % 10**12:012d}"
