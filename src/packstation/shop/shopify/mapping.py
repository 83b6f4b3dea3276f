"""Shopify's fulfillment-order JSON to the station's domain objects, checked as it is read.

A reply missing a field the station needs raises ShopifyReplyError naming the fulfillment
order, so the pull fails visibly and nothing half-read reaches the queue.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.shipping_rules import DeliveryMethod, MethodType
from packstation.shop.shopify.client import ShopifyReplyError
from packstation.shop.shopify.product_fields import (
    ProductFields,
    alt_barcodes_of,
    attributes_of,
    bin_of,
    case_barcodes_of,
    serial_required,
)

_STATUSES = {
    "OPEN": ShopStatus.OPEN,
    "IN_PROGRESS": ShopStatus.IN_PROGRESS,
    "ON_HOLD": ShopStatus.ON_HOLD,
    "CANCELLED": ShopStatus.CANCELLED,
    # SCHEDULED, INCOMPLETE and CLOSED are nothing this station packs now: they leave the queue.
}
_GRAMS_PER_UNIT = {"GRAMS": 1.0, "KILOGRAMS": 1000.0, "OUNCES": 28.349523, "POUNDS": 453.59237}
_EXPRESS = re.compile(r"express|priority|next.?day|overnight|same.?day|ekspres|expres", re.I)
# A carrier's parcel-shop id: letters, digits and a few separators (Shipmondo's ids are
# strings like "95018" or "GLS-8000-1"); anything else in sourceReference is not one.
_POINT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")
_HOLD_WORDS = {
    "AWAITING_PAYMENT": "Awaiting payment",
    "AWAITING_RETURN_ITEMS": "Awaiting returned items",
    "HIGH_RISK_OF_FRAUD": "High risk of fraud",
    "INCORRECT_ADDRESS": "Incorrect address",
    "INVENTORY_OUT_OF_STOCK": "Out of stock",
    "UNKNOWN_DELIVERY_DATE": "Unknown delivery date",
    "OTHER": "Held",
}


def _field(node: dict[str, Any], name: str, fo_id: str) -> Any:
    value = node.get(name)
    if value is None:
        raise ShopifyReplyError(f"The shop sent fulfillment order {fo_id} without its {name}")
    return value


def _time(value: Any, fo_id: str) -> datetime:
    try:
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise ShopifyReplyError(
            f"The shop sent fulfillment order {fo_id} with an unreadable time {value!r}"
        ) from exc


def _text(node: dict[str, Any] | None, name: str) -> str:
    value = (node or {}).get(name)
    return "" if value is None else str(value)


def status_of(node: dict[str, Any], fo_id: str) -> ShopStatus:
    """The station's status: a cancelled order's fulfillment order counts as cancelled."""
    if _text(node.get("order"), "cancelledAt"):
        return ShopStatus.CANCELLED
    return _STATUSES.get(str(_field(node, "status", fo_id)), ShopStatus.CLOSED)


def line_from_node(
    node: dict[str, Any], fo_id: str, fields: ProductFields | None = None
) -> FulfillmentLine | None:
    """One line to pack, or None when nothing of it remains to be shipped."""
    line_id = str(_field(node, "id", fo_id))
    try:
        remaining = int(_field(node, "remainingQuantity", fo_id))
    except (TypeError, ValueError) as exc:
        raise ShopifyReplyError(f"Line {line_id} of {fo_id} has an unreadable quantity") from exc
    if remaining <= 0 or node.get("requiresShipping") is False:
        return None
    variant = node.get("variant") or {}
    weight = node.get("weight") or {}
    try:
        grams = float(weight.get("value") or 0) * _GRAMS_PER_UNIT.get(str(weight.get("unit")), 0)
    except (TypeError, ValueError):
        grams = 0.0
    barcode = _text(variant, "barcode").strip()
    return FulfillmentLine(
        line_id=line_id,
        sku=_text(node, "sku") or _text(variant, "sku"),
        barcode=barcode,
        title=_text(node, "productTitle") or "(untitled product)",
        variant_title=_text(node, "variantTitle"),
        quantity=remaining,
        unit_weight_grams=round(grams),
        image_url=_text(node.get("image"), "url"),
        bin_location=bin_of(variant.get("bin")),
        pack_barcodes=case_barcodes_of(variant.get("caseBarcodes")),
        requires_serial=serial_required(variant.get("serialRequired")),
        alt_barcodes=tuple(
            code for code in alt_barcodes_of(variant.get("altBarcodes")) if code != barcode
        ),
        properties=tuple(
            (fields or ProductFields()).shown(
                attributes_of((node.get("lineItem") or {}).get("customAttributes"))
            )
        ),
    )


def hold_reason(node: dict[str, Any]) -> str:
    """The holds on a fulfillment order, in words."""
    reasons = []
    for hold in node.get("fulfillmentHolds") or []:
        notes = _text(hold, "reasonNotes")
        reasons.append(notes or _HOLD_WORDS.get(_text(hold, "reason"), "Held"))
    return "; ".join(reasons)


def point_id_of(reference: str) -> str:
    """The parcel shop's id in a PICKUP_POINT ``sourceReference`` ("" when it is not one)."""
    text = reference.strip()
    return text if _POINT_ID.fullmatch(text) else ""


def delivery_method_of(
    method: dict[str, Any], destination: dict[str, Any] | None = None
) -> DeliveryMethod | None:
    """The order's ``deliveryMethod`` (None when the shop gave none). For a parcel-shop order
    the customer's chosen point: its id from ``sourceReference``, its name from the
    destination's company (the destination is the point's address, with the customer's name);
    see docs/carriers.md."""
    if not isinstance(method, dict) or not _text(method, "methodType"):
        return None
    kind = MethodType.parse(_text(method, "methodType"))
    point_id = point_id_of(_text(method, "sourceReference"))
    if kind is not MethodType.PICKUP_POINT or not point_id:
        point_id = ""
    return DeliveryMethod(
        kind,
        service_code=_text(method, "serviceCode"),
        presented_name=_text(method, "presentedName"),
        pickup_point_id=point_id,
        pickup_point_name=_text(destination, "company").strip() if point_id else "",
    )


def order_from_node(
    node: dict[str, Any], lines: list[dict[str, Any]], fields: ProductFields | None = None
) -> FulfillmentOrder:
    """A domain fulfillment order from a ``fulfillmentOrder`` node and all its line nodes."""
    if not isinstance(node, dict):
        raise ShopifyReplyError("The shop sent a fulfillment order that is not an object")
    fo_id = str(node.get("id") or "(without id)")
    _field(node, "id", fo_id)
    destination = node.get("destination") or {}
    order = node.get("order") or {}
    method = node.get("deliveryMethod") or {}
    name = " ".join(
        p for p in (_text(destination, "firstName"), _text(destination, "lastName")) if p
    )
    shipping_method = _text(method, "presentedName") or _text(method, "methodType").title()
    tags = order.get("tags") or []
    chosen = fields or ProductFields()
    attributes = chosen.shown(attributes_of(order.get("customAttributes")))
    gifts = [value for name, value in attributes if chosen.is_gift_message(name)]
    return FulfillmentOrder(
        fulfillment_order_id=fo_id,
        order_name=str(_field(node, "orderName", fo_id)),
        status=status_of(node, fo_id),
        created_at=_time(_field(node, "createdAt", fo_id), fo_id),
        updated_at=_time(_field(node, "updatedAt", fo_id), fo_id),
        shipping_address=Address(
            name=name or _text(destination, "company") or "(no name)",
            company=_text(destination, "company") if name else "",
            address1=_text(destination, "address1"),
            address2=_text(destination, "address2"),
            city=_text(destination, "city"),
            province=_text(destination, "province"),
            zip=_text(destination, "zip"),
            country_code=_text(destination, "countryCode"),
            phone=_text(destination, "phone"),
        ),
        shipping_method=shipping_method,
        express=bool(_EXPRESS.search(shipping_method)),
        lines=tuple(
            line for line in (line_from_node(n, fo_id, chosen) for n in lines) if line is not None
        ),
        customer_note=_text(order, "note"),
        email=_text(destination, "email") or _text(order, "email"),
        delivery_method=delivery_method_of(method, destination),
        tags=tuple(str(tag) for tag in tags if isinstance(tag, str)),
        hold_reason=hold_reason(node),
        gift_message="\n".join(gifts),
        attributes=tuple(a for a in attributes if not chosen.is_gift_message(a[0])),
        customer_locale=_text(order, "customerLocale"),
    )
