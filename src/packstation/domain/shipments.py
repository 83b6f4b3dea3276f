"""Shipments: what leaves the station, in one or more packages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder
from packstation.domain.packing import PackSession


class CannotComplete(Exception):
    """The session may not be closed as asked (units missing and no reason, or nothing scanned)."""


@dataclass(frozen=True)
class ShipmentLine:
    """Units of one fulfillment-order line in a shipment."""

    line_id: str
    sku: str
    title: str
    variant_title: str
    bin_location: str
    quantity: int
    serials: tuple[str, ...] = ()


@dataclass(frozen=True)
class Package:
    """One physical box: its type, weight and tracking number."""

    box: str
    weight_grams: int
    tracking_number: str
    # Units per order line in this box (empty: a one-box shipment holds every line)
    contents: tuple[tuple[str, int], ...] = ()
    tare_grams: int = 0
    weighed: bool = False  # the weight came from the scale, not from the items' weights


# The carrier name of a shipment whose carrier booking is not made yet (no real number)
LABEL_PENDING = "Label pending"


@dataclass(frozen=True)
class Shipment:
    """The verified contents of a fulfillment order that leave together."""

    shipment_id: str
    fulfillment_order_id: str
    order_name: str
    carrier: str
    shipping_method: str
    recipient: Address
    lines: tuple[ShipmentLine, ...]
    packages: tuple[Package, ...]
    created_at: datetime
    partial_reason: str = ""
    customer_note: str = ""
    customer_locale: str = ""  # the customer's language: the slip speaks it when supported

    @property
    def tracking_number(self) -> str:
        """The first package's tracking number (the one the shop is told about first)."""
        return self.packages[0].tracking_number

    @property
    def units(self) -> int:
        """Units in the shipment."""
        return sum(line.quantity for line in self.lines)

    @property
    def weight_grams(self) -> int:
        """Total weight of all packages."""
        return sum(p.weight_grams for p in self.packages)


def _shipment_line(
    line: FulfillmentLine, quantity: int, serials: tuple[str, ...] = ()
) -> ShipmentLine:
    return ShipmentLine(
        line_id=line.line_id,
        sku=line.sku,
        title=line.title,
        variant_title=line.variant_title,
        bin_location=line.bin_location,
        quantity=quantity,
        serials=serials,
    )


def build_shipment(
    session: PackSession,
    *,
    shipment_id: str,
    tracking_number: str,
    carrier: str,
    created_at: datetime,
    partial_reason: str = "",
    box: str = "standard",
) -> Shipment:
    """Close a pack session into a shipment of its verified units."""
    reason = partial_reason.strip()
    if session.awaiting_serial is not None:
        raise CannotComplete(f"scan the serial number of {session.awaiting_serial.title} first")
    if not session.is_complete and not reason:
        raise CannotComplete("units are missing: give a reason for a partial shipment")
    verified = session.verified_quantities()
    if not verified:
        raise CannotComplete("nothing has been scanned")
    order = session.order
    lines = tuple(
        _shipment_line(line, verified[line.line_id], session.serials(line.line_id))
        for line in order.lines
        if line.line_id in verified
    )
    by_id = {line.line_id: line for line in order.lines}
    weight = sum(by_id[s.line_id].unit_weight_grams * s.quantity for s in lines)
    return Shipment(
        shipment_id=shipment_id,
        fulfillment_order_id=order.fulfillment_order_id,
        order_name=order.order_name,
        carrier=carrier,
        shipping_method=order.shipping_method,
        recipient=order.shipping_address,
        lines=lines,
        packages=(Package(box=box, weight_grams=weight, tracking_number=tracking_number),),
        created_at=created_at,
        partial_reason="" if session.is_complete else reason,
        customer_note=order.customer_note,
        customer_locale=order.customer_locale,
    )


def planned_shipment(order: FulfillmentOrder, created_at: datetime) -> Shipment:
    """Everything an order still needs, as a shipment not yet packed (for a slip printed
    before packing, to travel with the picked items); it has no tracking number."""
    return Shipment(
        shipment_id="",
        fulfillment_order_id=order.fulfillment_order_id,
        order_name=order.order_name,
        carrier="",
        shipping_method=order.shipping_method,
        recipient=order.shipping_address,
        lines=tuple(_shipment_line(line, line.quantity) for line in order.lines),
        packages=(Package(box="", weight_grams=0, tracking_number=""),),
        created_at=created_at,
        customer_note=order.customer_note,
        customer_locale=order.customer_locale,
    )
