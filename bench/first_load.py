"""A large shop's first load (issue 18): paging through ``fulfillmentOrders`` against one bulk
operation (``bulkOperationRunQuery``), both from the Shopify emulator over real HTTP.

For 2,000, 20,000 and 50,000 open orders (``--quick``: 300, seconds, as CI runs it) it prints,
for each way: wall time on this machine, requests sent, the query cost Shopify would charge,
and the time a standard plan's bucket (2,000 points, 100 points/s back) makes a station wait
for that cost. The emulator answers with a Plus-sized bucket (20,000 points, 1,000 back a
second), so the wall time is the work plus a Plus plan's waiting; the standard-plan wait is
modelled from the charged cost. Orders are read and rebuilt by the connector as in a pull; the
database writes are the same for every way and left out. The ways: ``pages`` only, ``bulk``
at once, and ``setting``: paging the first ``shopify_bulk_after_orders`` (its default), then
one bulk operation, as a station does.

    python bench/first_load.py [--quick] [--sizes 2000 20000] [--ways pages bulk setting]
"""

from __future__ import annotations

import argparse
import time

from packstation.config import BULK_AFTER_ORDERS
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import STANDARD_PLAN, ShopifyEmulator


def standard_plan_wait(charged: float) -> float:
    """Seconds a standard bucket (full at the start) needs to give ``charged`` points."""
    return max(0.0, charged - STANDARD_PLAN["maximum"]) / STANDARD_PLAN["restore_rate"]


WAYS = {"pages": None, "bulk": 0, "setting": BULK_AFTER_ORDERS}  # orders paged before bulk


def first_load(emulator: ShopifyEmulator, way: str) -> dict[str, float]:
    """One first load through the connector; the figures of it."""
    client = GraphQLClient(emulator.url, lambda: emulator.access_token, timeout=120)
    connector = ShopifyConnector(client, ["1"], bulk_after=WAYS[way])
    connector.bulk.poll_seconds = 0.5
    before = len(emulator.log)
    began = time.monotonic()
    orders = lines = 0
    try:
        for page in connector.fetch_fulfillment_order_pages(None, None):
            orders += len(page.orders)
            lines += sum(len(o.lines) for o in page.orders)
    finally:
        connector.close()
    wall = time.monotonic() - began
    records = emulator.log[before:]
    charged = sum(r.actual for r in records if r.outcome == "ok")
    return {
        "orders": orders,
        "lines": lines,
        "wall": wall,
        "requests": len(records),
        "charged": charged,
        "wait": standard_plan_wait(charged),
    }


def main() -> None:
    """Run the sizes and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="300 orders only (seconds)")
    parser.add_argument("--sizes", type=int, nargs="*", help="order counts to load")
    parser.add_argument(
        "--ways", nargs="*", default=["pages", "bulk", "setting"], choices=list(WAYS), help="ways"
    )
    args = parser.parse_args()
    sizes = args.sizes or ([300] if args.quick else [2_000, 20_000, 50_000])
    print(f"{'orders':>7} {'way':<6} {'wall s':>8} {'requests':>9} {'cost':>10} {'std wait s':>10}")
    for size in sizes:
        emulator = ShopifyEmulator()
        seed_demo_orders(emulator.store, size)
        with emulator:
            for way in args.ways:
                got = first_load(emulator, way)
                assert got["orders"] == size, (way, got)
                print(
                    f"{size:>7} {way:<6} {got['wall']:>8.1f} {got['requests']:>9.0f} "
                    f"{got['charged']:>10.0f} {got['wait']:>10.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
