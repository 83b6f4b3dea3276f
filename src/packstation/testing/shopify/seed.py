"""Fill the emulated shop with the demo shop's realistic orders (Nordic names, real barcodes)."""

from __future__ import annotations

from datetime import UTC, datetime

from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.shop.demo.shop import DEFAULT_SEED
from packstation.testing.shopify.store import FulfillmentOrderRecord, ShopStore


def seed_demo_orders(
    store: ShopStore,
    count: int,
    *,
    seed: int = DEFAULT_SEED,
    location_id: str = "gid://shopify/Location/1",
    holds: int = 0,
) -> list[FulfillmentOrderRecord]:
    """``count`` open fulfillment orders at one location, the same for the same seed."""
    orders = generate_orders(
        build_catalogue(seed), seed=seed, count=count, epoch=datetime.now(UTC), holds=holds
    )
    return [store.add_order(order, location_id) for order in orders]
