"""Batches (waves): the queue split by a lead's rules into groups picked and packed together."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from packstation.domain.orders import FulfillmentOrder, ShopStatus


@dataclass(frozen=True)
class BatchRules:
    """How to build batches; each rule left at its default does not filter or split."""

    single_item_only: bool = False  # orders of exactly one unit (pick and pack in one go)
    by_shipping_method: bool = False  # one batch per shipping method (or carrier service)
    sku: str = ""  # only orders containing this SKU
    express_first: bool = True
    placed_before: datetime | None = None  # the carrier's cut-off: orders placed before it
    max_orders: int = 30


@dataclass(frozen=True)
class Batch:
    """Orders to pick and pack together."""

    name: str
    orders: tuple[FulfillmentOrder, ...]

    @property
    def units(self) -> int:
        """Units in the batch."""
        return sum(order.units for order in self.orders)


def batch_label(batch_id: int, name: str) -> str:
    """How a stored batch is named on screens and in the queue's search: "#3 Batch 1"."""
    return f"#{batch_id} {name}"


def _wanted(rules: BatchRules) -> Callable[[FulfillmentOrder], bool]:
    def wanted(order: FulfillmentOrder) -> bool:
        if not order.status.packable or order.status is ShopStatus.ON_HOLD:
            return False
        if rules.single_item_only and order.units != 1:
            return False
        if rules.sku and all(line.sku != rules.sku for line in order.lines):
            return False
        return rules.placed_before is None or order.created_at < rules.placed_before

    return wanted


def build_batches(orders: Iterable[FulfillmentOrder], rules: BatchRules) -> list[Batch]:
    """Packable orders that pass the rules, oldest (and express) first, cut into batches."""
    if rules.max_orders < 1:
        raise ValueError("A batch needs room for at least one order")
    chosen = sorted(
        filter(_wanted(rules), orders),
        key=lambda o: (not o.express if rules.express_first else False, o.created_at),
    )
    groups: dict[str, list[FulfillmentOrder]] = {}
    for order in chosen:
        key = order.shipping_method if rules.by_shipping_method else ""
        groups.setdefault(key, []).append(order)
    batches = []
    for key, members in groups.items():
        for start in range(0, len(members), rules.max_orders):
            part = members[start : start + rules.max_orders]
            label = key or "Batch"
            batches.append(Batch(f"{label} {start // rules.max_orders + 1}", tuple(part)))
    return batches


def batch_progress(batch: Batch, packed_ids: Sequence[str]) -> tuple[int, int]:
    """(orders packed, orders in the batch)."""
    done = set(packed_ids)
    return sum(1 for o in batch.orders if o.fulfillment_order_id in done), len(batch.orders)
