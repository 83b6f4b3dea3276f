"""Sync throughput against the Shopify emulator with a standard store's cost bucket.

Pushes 1,000 fulfillments and pulls 10,000 fulfillment orders through the real connector and
HTTP, then prints the points Shopify charged as a share of what the bucket could give over the
same time (its starting level plus the restore rate × elapsed). Target: ≥ 0.95.

A standard bucket refills 100 points/s, so the full run is about 40 minutes of bucket time.
``--time-scale N`` runs the bucket's clock and the client's clock and sleeps N× faster on both
sides (the figures stay the standard plan's; only the wait is shorter). Request handling is
real time, so a high scale is harder, not easier, to keep up with.

    python bench/sync_throughput.py [--time-scale 10] [--push 1000] [--pull 10000]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass

from packstation.shop.base import FulfillmentLineQuantity, FulfillmentRequest
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import STANDARD_PLAN, Bucket, ShopifyEmulator


@dataclass
class ScaledTime:
    """A monotonic clock running ``scale`` times faster than the wall clock."""

    scale: float
    origin: float = 0.0

    def __post_init__(self) -> None:
        self.origin = time.monotonic()

    def now(self) -> float:
        return (time.monotonic() - self.origin) * self.scale

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds / self.scale)


def measure(
    emulator: ShopifyEmulator, clock: ScaledTime, work: Callable[[], int], label: str
) -> None:
    bucket = emulator.bucket
    start_level = bucket.level()
    charged_before = sum(r.actual for r in emulator.log if r.outcome == "ok")
    throttled_before = emulator.outcomes("throttled")
    began, wall = clock.now(), time.monotonic()
    count = work()
    elapsed = clock.now() - began
    charged = sum(r.actual for r in emulator.log if r.outcome == "ok") - charged_before
    ceiling = start_level + bucket.restore_rate * elapsed
    print(
        f"{label}: {count} in {elapsed:.0f} s of bucket time ({time.monotonic() - wall:.0f} s "
        f"wall), {charged} points charged of a {ceiling:.0f}-point ceiling → "
        f"ratio {charged / ceiling:.3f}; THROTTLED replies: "
        f"{emulator.outcomes('throttled') - throttled_before}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-scale", type=float, default=10.0)
    parser.add_argument("--push", type=int, default=1000)
    parser.add_argument("--pull", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="20 pushes, 300 pulls (CI)")
    args = parser.parse_args()
    if args.quick:
        args.push, args.pull, args.time_scale = 20, 300, 50.0
    clock = ScaledTime(args.time_scale)
    emulator = ShopifyEmulator(bucket=Bucket(**STANDARD_PLAN, available=2000.0, clock=clock.now))
    emulator.bucket.updated = clock.now()
    records = seed_demo_orders(emulator.store, max(args.pull, args.push))
    with emulator:
        client = GraphQLClient(
            emulator.url, lambda: emulator.access_token, clock=clock.now, sleep=clock.sleep
        )
        connector = ShopifyConnector(client, ["1"])

        def push() -> int:
            for record in records[: args.push]:
                lines = tuple(FulfillmentLineQuantity(ln.id, ln.remaining) for ln in record.lines)
                connector.create_fulfillment(
                    FulfillmentRequest(record.id, lines, f"BENCH{record.numeric_id}", "PostNord")
                )
            return args.push

        def pull() -> int:
            # the pushed ones are closed now: include them so exactly --pull orders arrive
            for record in records[: args.push]:
                for line in record.lines:
                    line.remaining = line.total
                record.status = "OPEN"
            return len(connector.fetch_fulfillment_orders(None))

        print(
            f"bucket {STANDARD_PLAN['maximum']:.0f} points, restoring "
            f"{STANDARD_PLAN['restore_rate']:.0f}/s; time scale {args.time_scale:g}×"
        )
        measure(emulator, clock, push, f"push {args.push} fulfillments")
        measure(emulator, clock, pull, f"pull {args.pull} fulfillment orders")
        connector.close()


if __name__ == "__main__":
    main()
