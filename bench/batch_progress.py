"""Batch screen refresh: the live progress of every open batch, on a demo station.

Builds batches over the whole demo queue (200 orders), packs a quarter of them, then times the
read the batch screen repeats every 3 seconds. Target: < 100 ms.

    python bench/batch_progress.py [--per-batch 10] [--runs 30]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from pathlib import Path

from packstation.app import build_station
from packstation.config import load_settings
from packstation.domain.batches import BatchRules
from packstation.shop.demo.shop import DemoShop


def main() -> None:
    """Print the refresh time of the batch screen's query."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-batch", type=int, default=10)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="3 runs (CI)")
    args = parser.parse_args()
    if args.quick:
        args.runs = 3
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(demo=True, data_dir=Path(folder), station_name="Bench 1")
        station = build_station(settings, connector=DemoShop(None, cancel_after=None))
        try:
            station.puller.pull()
            ids = station.batches.create(BatchRules(max_orders=args.per_batch))
            packed = 0
            for batch_id in ids[: 1 if args.quick else len(ids) // 4]:
                for order in station.batches.progress(batch_id).orders:
                    opened = station.packing.open_order(order.order_name)
                    for line in opened.order.lines:
                        station.packing.scan(opened, line.barcode, line.quantity)
                    if opened.session.is_complete:
                        station.packing.complete(opened)
                        packed += 1
            gc.freeze()  # as the app does once its window is built
            timings = []
            for _ in range(args.runs):
                began = time.perf_counter()
                batches = station.batches.open_batches()
                timings.append((time.perf_counter() - began) * 1000)
            orders = sum(b.total for b in batches)
            print(f"{len(batches)} open batches, {orders} orders, {packed} packed")
            timings.sort()
            print(
                f"batch screen refresh: median {statistics.median(timings):.0f} ms, "
                f"p95 {timings[int(len(timings) * 0.95) - 1]:.0f} ms (target < 100 ms)"
            )
        finally:
            station.close()


if __name__ == "__main__":
    main()
