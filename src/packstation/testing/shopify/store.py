"""The emulated shop's data with Shopify's fulfillment-order semantics.

Fulfillment orders have statuses and remaining quantities; a fulfillment lowers them and is
refused (as a userError) when it asks for more than remains, names an unknown line, or the
order is closed, cancelled or held. Cancelling an order closes its fulfillment orders, as
Shopify does. Every change moves ``updatedAt``, so incremental pulls see it.
"""

from __future__ import annotations

import base64
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from packstation.domain.orders import FulfillmentOrder
from packstation.testing.shopify.customs import SHOP_CURRENCY, demo_facts
from packstation.testing.shopify.products import order_attributes, product_metafields
from packstation.testing.shopify.search import parse

PACKABLE = ("OPEN", "IN_PROGRESS")
CLOSED_STATUSES = ("CLOSED", "CANCELLED")


def _now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """Shopify's DateTime form."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@dataclass
class Line:
    """A fulfillment-order line item."""

    id: str
    sku: str
    barcode: str
    title: str
    variant_title: str
    total: int
    remaining: int
    weight_grams: int = 0
    image_url: str = ""
    # The variant's metafields: "namespace.key" → (type, value), as the admin API keeps them
    metafields: dict[str, tuple[str, str]] = field(default_factory=dict)
    properties: list[tuple[str, str]] = field(default_factory=list)  # line-item properties
    hs_code: str = ""  # the inventory item's harmonizedSystemCode
    origin_country: str = ""  # its countryCodeOfOrigin
    unit_price: float = 0.0  # the price paid, in the record's currency


@dataclass
class Fulfillment:
    """A shipment the shop has recorded."""

    id: str
    name: str
    fulfillment_order_id: str
    created_at: datetime
    tracking_number: str
    company: str
    url: str
    lines: list[tuple[str, int]]
    notify_customer: bool
    status: str = "SUCCESS"


@dataclass
class FulfillmentOrderRecord:
    """One fulfillment order as the emulated shop keeps it."""

    id: str
    order_id: str
    order_name: str
    location_id: str
    status: str
    created_at: datetime
    updated_at: datetime
    destination: dict[str, str]
    method_type: str
    method_name: str
    lines: list[Line]
    note: str = ""
    tags: list[str] = field(default_factory=list)
    email: str = ""
    customer_locale: str = ""
    cancelled_at: datetime | None = None
    holds: list[dict[str, str]] = field(default_factory=list)
    fulfillment_ids: list[str] = field(default_factory=list)
    progress_notes: list[str] = field(default_factory=list)
    service_code: str = ""
    source_reference: str = ""  # a parcel-shop order: the id of the point the customer chose
    attributes: list[tuple[str, str]] = field(default_factory=list)  # the order's note attributes
    ready_notices: int = 0  # "ready for pickup" notifications the customer got
    currency: str = SHOP_CURRENCY

    @property
    def numeric_id(self) -> int:
        """The number at the end of the id."""
        return int(self.id.rsplit("/", 1)[-1])


def cursor_of(record: FulfillmentOrderRecord) -> str:
    """An opaque cursor placing a record in ``updatedAt`` order."""
    raw = f"{iso(record.updated_at)}|{record.numeric_id}"
    return base64.urlsafe_b64encode(raw.encode()).decode()


def _sort_key(record: FulfillmentOrderRecord) -> tuple[datetime, int]:
    return record.updated_at, record.numeric_id


def _uncursor(cursor: str) -> tuple[datetime, int]:
    stamp, _, number = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
    return datetime.fromisoformat(stamp.replace("Z", "+00:00")), int(number)


class ShopStore:
    """All the emulated shop's state, behind one lock."""

    def __init__(self, clock: Callable[[], datetime] = _now) -> None:
        self.lock = threading.RLock()
        self._clock = clock
        self._last_stamp = datetime.min.replace(tzinfo=UTC)
        self.fulfillment_orders: dict[str, FulfillmentOrderRecord] = {}
        self.fulfillments: dict[str, Fulfillment] = {}
        self.locations: dict[str, str] = {"gid://shopify/Location/1": "Warehouse Aarhus"}
        self._numbers = itertools.count(1)
        self._search_fields: dict[str, Callable[[dict[str, Any]], Any]] = {
            "assigned_location_id": lambda r: r["record"].location_id.rsplit("/", 1)[-1],
            "status": lambda r: r["record"].status,
            "updated_at": lambda r: r["record"].updated_at,
            "id": lambda r: str(r["record"].numeric_id),
        }

    def now(self) -> datetime:
        """A fresh timestamp, strictly after the previous one (so every change is seen)."""
        moment = max(self._clock(), self._last_stamp + timedelta(microseconds=1))
        self._last_stamp = moment
        return moment

    # -- filling the shop ---------------------------------------------------------------------

    def add_order(
        self, order: FulfillmentOrder, location_id: str = "gid://shopify/Location/1"
    ) -> FulfillmentOrderRecord:
        """Add a fulfillment order built from a domain order (demo data is used this way)."""
        address = order.shipping_address
        first, _, last = address.name.partition(" ")
        with self.lock:
            number = int(order.fulfillment_order_id.rsplit("/", 1)[-1])
            record = FulfillmentOrderRecord(
                id=order.fulfillment_order_id,
                order_id=f"gid://shopify/Order/{number}",
                order_name=order.order_name,
                location_id=location_id,
                status="ON_HOLD" if order.hold_reason else "OPEN",
                created_at=order.created_at,
                updated_at=self.now(),
                destination={
                    "firstName": first,
                    "lastName": last,
                    "company": address.company,
                    "address1": address.address1,
                    "address2": address.address2,
                    "city": address.city,
                    "province": address.province,
                    "zip": address.zip,
                    "countryCode": address.country_code,
                    "phone": address.phone,
                    "email": order.email,
                },
                method_type=(
                    order.delivery_method.method_type.value if order.delivery_method else "SHIPPING"
                ),
                service_code=order.delivery_method.service_code if order.delivery_method else "",
                source_reference=(
                    order.delivery_method.pickup_point_id if order.delivery_method else ""
                ),
                method_name=(
                    order.delivery_method.presented_name
                    if order.delivery_method and order.delivery_method.presented_name
                    else order.shipping_method
                ),
                lines=[
                    Line(
                        id=line.line_id,
                        sku=line.sku,
                        barcode=line.barcode,
                        title=line.title,
                        variant_title=line.variant_title,
                        total=line.quantity,
                        remaining=line.quantity,
                        weight_grams=line.unit_weight_grams,
                        image_url=line.image_url,
                        metafields=product_metafields(line),
                        properties=list(line.properties),
                        **_customs_of(order, line.line_id, line.sku),
                    )
                    for line in order.lines
                ],
                attributes=order_attributes(order),
                note=order.customer_note,
                tags=list(order.tags),
                email=order.email,
                customer_locale=order.customer_locale,
                holds=(
                    [
                        {
                            "id": f"gid://shopify/FulfillmentHold/{next(self._numbers)}",
                            "reason": "OTHER",
                            "reasonNotes": order.hold_reason,
                            "handle": "merchant",
                        }
                    ]
                    if order.hold_reason
                    else []
                ),
            )
            self.fulfillment_orders[record.id] = record
            return record

    # -- what a merchant does in the admin ----------------------------------------------------

    def cancel_order(self, fulfillment_order_id: str) -> None:
        """Cancel the order: its fulfillment orders close, ``cancelledAt`` is set."""
        with self.lock:
            record = self.fulfillment_orders[fulfillment_order_id]
            record.cancelled_at = record.updated_at = self.now()
            record.status = "CLOSED"

    def place_hold(self, fulfillment_order_id: str, notes: str, handle: str = "merchant") -> None:
        """A merchant's hold (not the station's)."""
        with self.lock:
            record = self.fulfillment_orders[fulfillment_order_id]
            record.holds.append(
                {
                    "id": f"gid://shopify/FulfillmentHold/{next(self._numbers)}",
                    "reason": "OTHER",
                    "reasonNotes": notes,
                    "handle": handle,
                }
            )
            record.status = "ON_HOLD"
            record.updated_at = self.now()

    def edit_quantity(self, line_id: str, remaining: int) -> None:
        """An order edit that changes how many units of a line remain to be shipped."""
        with self.lock:
            for record in self.fulfillment_orders.values():
                for line in record.lines:
                    if line.id == line_id:
                        line.total += remaining - line.remaining
                        line.remaining = remaining
                        record.updated_at = self.now()
                        return
        raise KeyError(line_id)

    def fulfillments_of(self, fulfillment_order_id: str) -> list[Fulfillment]:
        """The fulfillments recorded against a fulfillment order."""
        with self.lock:
            record = self.fulfillment_orders[fulfillment_order_id]
            return [self.fulfillments[f] for f in record.fulfillment_ids]

    # -- the API's semantics ------------------------------------------------------------------

    def list_fulfillment_orders(
        self, query: str, include_closed: bool, first: int, after: str | None
    ) -> tuple[list[FulfillmentOrderRecord], bool]:
        """A page in ``updatedAt`` order, and whether more follow."""
        predicate = parse(query, self._search_fields)
        start = _uncursor(after) if after else None
        with self.lock:
            matching = sorted(
                (
                    r
                    for r in self.fulfillment_orders.values()
                    if (include_closed or r.status not in CLOSED_STATUSES)
                    and predicate({"record": r})
                    and (start is None or _sort_key(r) > start)
                ),
                key=_sort_key,
            )
        return matching[:first], len(matching) > first

    def create_fulfillment(
        self, fulfillment: dict[str, Any]
    ) -> tuple[Fulfillment | None, list[dict[str, Any]]]:
        """``fulfillmentCreate``: all or nothing, with Shopify's refusals as userErrors."""
        entries = fulfillment.get("lineItemsByFulfillmentOrder") or []
        if len(entries) != 1:
            return None, [_error("lineItemsByFulfillmentOrder", "Exactly one entry is supported")]
        entry = entries[0]
        with self.lock:
            record = self.fulfillment_orders.get(entry["fulfillmentOrderId"])
            if record is None:
                return None, [_error("fulfillmentOrderId", "Fulfillment order does not exist.")]
            if record.cancelled_at is not None or record.status in CLOSED_STATUSES:
                return None, [_error("fulfillmentOrderId", "Fulfillment order is closed.")]
            if record.status == "ON_HOLD":
                return None, [_error("fulfillmentOrderId", "Fulfillment order is on hold.")]
            by_id = {line.id: line for line in record.lines}
            wanted = entry.get("fulfillmentOrderLineItems")
            if wanted is None:  # "everything remaining"
                wanted = [{"id": ln.id, "quantity": ln.remaining} for ln in record.lines]
            for item in wanted:
                line = by_id.get(item["id"])
                if line is None:
                    return None, [_error("id", "Fulfillment order line item does not exist.")]
                if item["quantity"] <= 0 or item["quantity"] > line.remaining:
                    return None, [
                        _error(
                            "quantity", "Invalid fulfillment order line item quantity requested."
                        )
                    ]
            for item in wanted:
                by_id[item["id"]].remaining -= item["quantity"]
            tracking = fulfillment.get("trackingInfo") or {}
            number = next(self._numbers)
            created = Fulfillment(
                id=f"gid://shopify/Fulfillment/{number}",
                name=f"{record.order_name}-F{len(record.fulfillment_ids) + 1}",
                fulfillment_order_id=record.id,
                created_at=self.now(),
                tracking_number=str(tracking.get("number") or ""),
                company=str(tracking.get("company") or ""),
                url=str(tracking.get("url") or ""),
                lines=[(item["id"], item["quantity"]) for item in wanted],
                notify_customer=bool(fulfillment.get("notifyCustomer")),
            )
            self.fulfillments[created.id] = created
            record.fulfillment_ids.append(created.id)
            record.status = (
                "CLOSED" if all(ln.remaining == 0 for ln in record.lines) else ("IN_PROGRESS")
            )
            record.updated_at = created.created_at
            return created, []

    def cancel_fulfillment(
        self, fulfillment_id: str
    ) -> tuple[Fulfillment | None, list[dict[str, Any]]]:
        """``fulfillmentCancel``: the units become fulfillable again.

        A partly fulfilled order gets its quantities back; a closed one stays closed and a new
        fulfillment order holds the cancelled units, as Shopify does.
        """
        with self.lock:
            fulfillment = self.fulfillments.get(fulfillment_id)
            if fulfillment is None:
                return None, [_error("id", "Fulfillment does not exist.")]
            if fulfillment.status == "CANCELLED":
                return None, [_error("id", "Fulfillment is already cancelled.")]
            record = self.fulfillment_orders[fulfillment.fulfillment_order_id]
            fulfillment.status = "CANCELLED"
            now = self.now()
            if record.status == "CLOSED":
                self._reopen_as_new_order(record, dict(fulfillment.lines), now)
            else:
                for line in record.lines:
                    line.remaining += dict(fulfillment.lines).get(line.id, 0)
                shipped = any(ln.remaining < ln.total for ln in record.lines)
                if record.status != "ON_HOLD":
                    record.status = "IN_PROGRESS" if shipped else "OPEN"
                record.updated_at = now
            return fulfillment, []

    def _reopen_as_new_order(
        self, closed: FulfillmentOrderRecord, units: dict[str, int], now: datetime
    ) -> None:
        # a range apart from the seeded ids, which come from the demo orders' numbers
        number = 50_000_000 + next(self._numbers)
        lines = [
            replace(
                line,
                id=f"gid://shopify/FulfillmentOrderLineItem/{50_000_000 + next(self._numbers)}",
                total=units[line.id],
                remaining=units[line.id],
            )
            for line in closed.lines
            if units.get(line.id)
        ]
        reopened = replace(
            closed,
            id=f"gid://shopify/FulfillmentOrder/{number}",
            status="OPEN",
            created_at=now,
            updated_at=now,
            lines=lines,
            holds=[],
            fulfillment_ids=[],
            progress_notes=[],
        )
        self.fulfillment_orders[reopened.id] = reopened
        closed.updated_at = now

    def report_progress(self, fulfillment_order_id: str, notes: str) -> list[dict[str, Any]]:
        """``fulfillmentOrderReportProgress``: an open order becomes IN_PROGRESS."""
        with self.lock:
            record = self.fulfillment_orders.get(fulfillment_order_id)
            if record is None:
                return [_error("id", "Fulfillment order does not exist.")]
            if record.status not in PACKABLE:
                return [_error("id", f"Cannot report progress on a {record.status} order.")]
            record.status = "IN_PROGRESS"
            record.progress_notes.append(notes)
            record.updated_at = self.now()
            return []

    def prepare_for_pickup(self, fulfillment_order_id: str) -> list[dict[str, Any]]:
        """``fulfillmentOrderLineItemsPreparedForPickup``: only collect-in-store orders, once."""
        with self.lock:
            record = self.fulfillment_orders.get(fulfillment_order_id)
            if record is None:
                return [_coded("FULFILLMENT_ORDER_INVALID", "Fulfillment order does not exist.")]
            if record.method_type != "PICK_UP" or record.status in CLOSED_STATUSES:
                return [_coded("FULFILLMENT_ORDER_INVALID", "Fulfillment order is not for pickup.")]
            if record.ready_notices:
                return [
                    _coded(
                        "NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER",
                        "There are no line items to prepare for pickup.",
                    )
                ]
            record.ready_notices += 1
            record.status = "IN_PROGRESS"
            record.updated_at = self.now()
            return []

    def hold(self, fulfillment_order_id: str, hold: dict[str, Any]) -> list[dict[str, Any]]:
        """``fulfillmentOrderHold``: a repeated handle is refused, as Shopify does."""
        with self.lock:
            record = self.fulfillment_orders.get(fulfillment_order_id)
            if record is None:
                return [_error("id", "Fulfillment order does not exist.")]
            if record.status in CLOSED_STATUSES:
                return [_error("id", "The fulfillment order is closed.")]
            handle = str(hold.get("handle") or "")
            if handle and any(h["handle"] == handle for h in record.holds):
                return [_error("handle", "A hold with this handle already exists.")]
            record.holds.append(
                {
                    "id": f"gid://shopify/FulfillmentHold/{next(self._numbers)}",
                    "reason": str(hold.get("reason") or "OTHER"),
                    "reasonNotes": str(hold.get("reasonNotes") or ""),
                    "handle": handle,
                }
            )
            record.status = "ON_HOLD"
            record.updated_at = self.now()
            return []

    def release_hold(
        self, fulfillment_order_id: str, hold_ids: list[str] | None
    ) -> list[dict[str, Any]]:
        """``fulfillmentOrderReleaseHold``: without ids every hold goes."""
        with self.lock:
            record = self.fulfillment_orders.get(fulfillment_order_id)
            if record is None:
                return [_error("id", "Fulfillment order does not exist.")]
            if record.status != "ON_HOLD":
                return [_error("id", "The fulfillment order is not on hold.")]
            record.holds = [h for h in record.holds if hold_ids and h["id"] not in hold_ids]
            if not record.holds:
                shipped = any(ln.remaining < ln.total for ln in record.lines)
                record.status = "IN_PROGRESS" if shipped else "OPEN"
            record.updated_at = self.now()
            return []


def _error(name: str, message: str) -> dict[str, Any]:
    return {"field": [name], "message": message}


def _coded(code: str, message: str) -> dict[str, Any]:
    return {"code": code, "field": ["input"], "message": message}


def _customs_of(order: FulfillmentOrder, line_id: str, sku: str) -> dict[str, Any]:
    """A line's customs facts: the order's own when it carries them, else the demo table's."""
    if order.customs is not None:
        facts = order.customs.lines.get(line_id)
        if facts is None:
            return {}
        return {
            "hs_code": facts.hs_code,
            "origin_country": facts.origin_country,
            "unit_price": facts.unit_value,
        }
    hs_code, origin, price = demo_facts(sku)
    return {"hs_code": hs_code, "origin_country": origin, "unit_price": price}
