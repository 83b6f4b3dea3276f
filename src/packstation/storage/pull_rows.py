"""A pulled page as column values, built before its write transaction begins.

Building the values of a page of orders (and the products of their lines) is Python work of
some milliseconds per page; done inside the transaction, it would hold the write lock, and a
scan being saved would wait for it. The transaction then only runs the INSERTs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from packstation.domain.barcodes import product_key
from packstation.domain.orders import FulfillmentOrder
from packstation.storage.mapping import line_values, order_values


@dataclass(frozen=True)
class PreparedPage:
    """Column values of a page's orders (as new rows), their lines and their products."""

    orders: dict[str, dict[str, Any]]  # order id → the order's row, as a new one
    lines: dict[str, list[dict[str, Any]]]  # order id → its lines' rows
    products: dict[tuple[str, str], dict[str, str]]  # (SKU, barcode key) → product row


def prepare_page(orders: Sequence[FulfillmentOrder]) -> PreparedPage:
    """The page's rows, ready to insert (plain Python: no database, no lock)."""
    return PreparedPage(
        orders={
            o.fulfillment_order_id: {
                "id": o.fulfillment_order_id,
                "local_state": "queued",
                **order_values(o),
            }
            for o in orders
        },
        lines={o.fulfillment_order_id: line_values(o) for o in orders},
        products=products_of(orders),
    )


def products_of(orders: Sequence[FulfillmentOrder]) -> dict[tuple[str, str], dict[str, str]]:
    """The products of the orders' lines, one row per SKU and barcode (packs included)."""
    wanted: dict[tuple[str, str], dict[str, str]] = {}
    for order in orders:
        for line in order.lines:
            codes = [
                (line.barcode, line.title),
                *((c, f"{line.title} (pack of {units})") for c, units in line.pack_barcodes),
            ]
            for code, title in codes:
                key = product_key(code) if code else ""
                if (line.sku, key) not in wanted:
                    wanted[(line.sku, key)] = {
                        "sku": line.sku,
                        "barcode": code,
                        "barcode_key": key,
                        "title": title,
                        "variant_title": line.variant_title,
                    }
    return wanted
