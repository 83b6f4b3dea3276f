"""Product data as a shop keeps it: variant metafields and order attributes from domain orders.

The demo orders carry bins, case barcodes, serial flags and gift messages as domain fields;
the emulated shop stores them where a real shop would, under the station's default metafield
names, so a pull reads them back through the same queries a real shop answers.
"""

from __future__ import annotations

import json

from packstation.domain.orders import FulfillmentLine, FulfillmentOrder
from packstation.shop.shopify.product_fields import DEFAULT_METAFIELDS

GIFT_ATTRIBUTE = "gift_message"


def product_metafields(line: FulfillmentLine) -> dict[str, tuple[str, str]]:
    """The variant's metafields ("namespace.key" → (type, value)) holding a line's data."""
    out: dict[str, tuple[str, str]] = {}
    if line.bin_location:
        out[DEFAULT_METAFIELDS["bin"]] = ("single_line_text_field", line.bin_location)
    if line.pack_barcodes:
        cases = [{"barcode": code, "units": units} for code, units in line.pack_barcodes]
        out[DEFAULT_METAFIELDS["case_barcodes"]] = ("json", json.dumps(cases))
    if line.requires_serial:
        out[DEFAULT_METAFIELDS["serial"]] = ("boolean", "true")
    if line.alt_barcodes:
        codes = json.dumps(list(line.alt_barcodes))
        out[DEFAULT_METAFIELDS["alt_barcodes"]] = ("list.single_line_text_field", codes)
    return out


def order_attributes(order: FulfillmentOrder) -> list[tuple[str, str]]:
    """The order's note attributes: the gift message first, then the others."""
    gift = [(GIFT_ATTRIBUTE, order.gift_message)] if order.gift_message else []
    return gift + list(order.attributes)


def metafield_node(
    owner_id: str, metafields: dict[str, tuple[str, str]], namespace: str | None, key: str
) -> dict[str, str] | None:
    """``metafield(namespace:, key:)``: None when the variant has none by that name.

    Without a namespace Shopify uses the app's reserved one, which the emulator leaves empty.
    """
    if namespace is None:
        return None
    found = metafields.get(f"{namespace}.{key}")
    if found is None:
        return None
    kind, value = found
    return {
        "id": f"{owner_id}/metafield/{namespace}.{key}",
        "namespace": namespace,
        "key": key,
        "type": kind,
        "value": value,
    }
