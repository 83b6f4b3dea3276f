"""Conversion between table rows and domain objects."""

from __future__ import annotations

import json
from typing import Any

from packstation.domain.customs import OrderCustoms
from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.domain.shipping_rules import DeliveryMethod, MethodType
from packstation.storage.models import (
    FulfillmentLineRow,
    FulfillmentOrderRow,
    PackageRow,
    ShipmentLineRow,
    ShipmentRow,
    ShipmentSerialRow,
)


def order_from_row(row: FulfillmentOrderRow) -> FulfillmentOrder:
    """The domain fulfillment order of a row (with its lines)."""
    return FulfillmentOrder(
        fulfillment_order_id=row.id,
        order_name=row.order_name,
        status=ShopStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
        shipping_address=address_from_row(row),
        shipping_method=row.shipping_method,
        express=row.express,
        lines=tuple(
            FulfillmentLine(
                line_id=line.id,
                sku=line.sku,
                barcode=line.barcode,
                title=line.title,
                variant_title=line.variant_title,
                quantity=line.quantity,
                bin_location=line.bin_location,
                unit_weight_grams=line.unit_weight_grams,
                image_url=line.image_url,
                pack_barcodes=tuple(
                    (str(code), int(units))
                    for code, units in json.loads(line.pack_barcodes or "[]")
                ),
                requires_serial=line.requires_serial,
                alt_barcodes=tuple(str(code) for code in json.loads(line.alt_barcodes or "[]")),
                properties=_pairs(line.properties),
            )
            for line in row.lines
        ),
        customer_note=row.customer_note,
        customer_locale=row.customer_locale,
        email=row.email,
        tags=tuple(t for t in row.tags.split(",") if t),
        hold_reason=row.hold_reason,
        gift_message=row.gift_message,
        attributes=_pairs(row.attributes),
        delivery_method=(
            DeliveryMethod(
                MethodType.parse(row.delivery_type),
                service_code=row.delivery_service_code,
                presented_name=row.delivery_presented_name,
                pickup_point_id=row.delivery_point_id,
                pickup_point_name=row.delivery_point_name,
            )
            if row.delivery_type
            else None
        ),
        customs=OrderCustoms.from_json(row.customs),
    )


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """(name, value) pairs stored as JSON."""
    return tuple((str(name), str(value)) for name, value in json.loads(text or "[]"))


def address_from_row(row: FulfillmentOrderRow) -> Address:
    """The shipping address stored on an order row."""
    return Address(
        name=row.ship_name,
        company=row.ship_company,
        address1=row.ship_address1,
        address2=row.ship_address2,
        zip=row.ship_zip,
        city=row.ship_city,
        province=row.ship_province,
        country_code=row.ship_country_code,
        phone=row.ship_phone,
    )


def order_values(order: FulfillmentOrder) -> dict[str, Any]:
    """A domain order's shop-owned columns (local state excluded), by column name."""
    a = order.shipping_address
    method = order.delivery_method
    return {
        "order_name": order.order_name,
        "order_key": order.order_name.lower(),
        "status": order.status.value,
        "created_at": order.created_at,
        "updated_at": order.updated_at,
        "ship_name": a.name,
        "ship_company": a.company,
        "ship_address1": a.address1,
        "ship_address2": a.address2,
        "ship_zip": a.zip,
        "ship_city": a.city,
        "ship_province": a.province,
        "ship_country_code": a.country_code,
        "ship_phone": a.phone,
        "email": order.email,
        "customer_locale": order.customer_locale,
        "shipping_method": order.shipping_method,
        "express": order.express,
        "customer_note": order.customer_note,
        "tags": ",".join(order.tags),
        "hold_reason": order.hold_reason,
        "gift_message": order.gift_message,
        "attributes": json.dumps([list(pair) for pair in order.attributes], ensure_ascii=False),
        "customs": order.customs.to_json() if order.customs is not None else "",
        "delivery_type": method.method_type.value if method else "",
        "delivery_service_code": method.service_code if method else "",
        "delivery_presented_name": method.presented_name if method else "",
        "delivery_point_id": method.pickup_point_id if method else "",
        "delivery_point_name": method.pickup_point_name if method else "",
    }


def line_values(order: FulfillmentOrder) -> list[dict[str, Any]]:
    """A domain order's lines as column values, in order (``id`` is the shop's line id)."""
    return [
        {
            "id": line.line_id,
            "fulfillment_order_id": order.fulfillment_order_id,
            "position": position,
            "sku": line.sku,
            "barcode": line.barcode,
            "title": line.title,
            "variant_title": line.variant_title,
            "quantity": line.quantity,
            "bin_location": line.bin_location,
            "unit_weight_grams": line.unit_weight_grams,
            "image_url": line.image_url,
            "pack_barcodes": json.dumps([list(pair) for pair in line.pack_barcodes]),
            "requires_serial": line.requires_serial,
            "alt_barcodes": json.dumps(list(line.alt_barcodes), ensure_ascii=False),
            "properties": json.dumps([list(p) for p in line.properties], ensure_ascii=False),
        }
        for position, line in enumerate(order.lines)
    ]


def fill_order_row(row: FulfillmentOrderRow, order: FulfillmentOrder) -> None:
    """Copy a domain order's shop-owned fields onto a row (local state is left alone)."""
    for name, value in order_values(order).items():
        setattr(row, name, value)
    existing = {line.id: line for line in row.lines}
    new_lines = []
    for values in line_values(order):
        line_row = existing.get(values["id"]) or FulfillmentLineRow(id=values["id"])
        for name, value in values.items():
            if name not in ("id", "fulfillment_order_id"):
                setattr(line_row, name, value)
        new_lines.append(line_row)
    row.lines = new_lines


def shipment_from_row(row: ShipmentRow, order: FulfillmentOrderRow) -> Shipment:
    """The domain shipment of a stored shipment."""
    return Shipment(
        shipment_id=row.id,
        fulfillment_order_id=row.fulfillment_order_id,
        order_name=row.order_name,
        carrier=row.carrier,
        shipping_method=row.shipping_method,
        recipient=address_from_row(order),
        lines=tuple(
            ShipmentLine(
                line_id=line.line_id,
                sku=line.sku,
                title=line.title,
                variant_title=line.variant_title,
                bin_location=line.bin_location,
                quantity=line.quantity,
                serials=tuple(s.serial for s in row.serials if s.line_id == line.line_id),
            )
            for line in row.lines
        ),
        packages=tuple(
            Package(
                box=p.box,
                weight_grams=p.weight_grams,
                tracking_number=p.tracking_number,
                contents=package_contents(p.contents),
                tare_grams=p.tare_grams or 0,
                weighed=bool(p.weighed),
            )
            for p in sorted(row.packages, key=lambda p: p.position)
        ),
        created_at=row.created_at,
        partial_reason=row.partial_reason,
        customer_note=order.customer_note,
        customer_locale=order.customer_locale,
    )


def shipment_to_row(shipment: Shipment, session_id: str, station: str, user: str) -> ShipmentRow:
    """A new row for a shipment."""
    return ShipmentRow(
        id=shipment.shipment_id,
        fulfillment_order_id=shipment.fulfillment_order_id,
        session_id=session_id,
        order_name=shipment.order_name,
        carrier=shipment.carrier,
        shipping_method=shipment.shipping_method,
        partial_reason=shipment.partial_reason,
        station=station,
        user=user,
        created_at=shipment.created_at,
        lines=[
            ShipmentLineRow(
                line_id=line.line_id,
                sku=line.sku,
                title=line.title,
                variant_title=line.variant_title,
                bin_location=line.bin_location,
                quantity=line.quantity,
            )
            for line in shipment.lines
        ],
        serials=[
            ShipmentSerialRow(line_id=line.line_id, sku=line.sku, serial=serial)
            for line in shipment.lines
            for serial in line.serials
        ],
        packages=[
            PackageRow(
                position=i + 1,
                box=p.box,
                weight_grams=p.weight_grams,
                tracking_number=p.tracking_number,
                contents=json.dumps([list(item) for item in p.contents]),
                tare_grams=p.tare_grams,
                weighed=p.weighed,
            )
            for i, p in enumerate(shipment.packages)
        ],
    )


def package_contents(text: str | None) -> tuple[tuple[str, int], ...]:
    """A package's stored contents: ``[[line_id, units], …]``."""
    try:
        items = json.loads(text or "[]")
    except ValueError:
        return ()
    return tuple((str(line_id), int(units)) for line_id, units in items)
