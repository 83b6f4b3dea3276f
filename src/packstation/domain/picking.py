"""Pick lists: what to fetch for a set of orders, one row per bin and SKU, in walking order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from packstation.domain.orders import FulfillmentOrder


@dataclass(frozen=True)
class PickRow:
    """Units of one SKU to take from one bin, and the orders they are for."""

    bin_location: str
    sku: str
    title: str
    variant_title: str
    quantity: int
    orders: tuple[str, ...]


def bin_sort_key(bin_location: str) -> tuple[tuple[int, object], ...]:
    """Natural order: ``A-2-1`` before ``A-10-1``; bins without a location go last."""
    if not bin_location:
        return ((2, ""),)
    parts = re.split(r"(\d+)", bin_location.upper())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def pick_rows(orders: Iterable[FulfillmentOrder]) -> list[PickRow]:
    """Merge the lines of several orders by bin and SKU, sorted by bin."""
    merged: dict[tuple[str, str], tuple[str, str, int, list[str]]] = {}
    for order in orders:
        for line in order.lines:
            key = (line.bin_location, line.sku)
            title, variant, quantity, names = merged.get(
                key, (line.title, line.variant_title, 0, [])
            )
            if order.order_name not in names:
                names.append(order.order_name)
            merged[key] = (title, variant, quantity + line.quantity, names)
    rows = [
        PickRow(bin_location, sku, title, variant, quantity, tuple(names))
        for (bin_location, sku), (title, variant, quantity, names) in merged.items()
    ]
    return sorted(rows, key=lambda r: (bin_sort_key(r.bin_location), r.sku))
