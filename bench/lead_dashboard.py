"""Lead dashboard refresh time with 100,000 scan events in a SQLite database.

Seeds a shift's worth of work (8 packers, 100,000 scan events, 12,000 shipments with their
lines and sessions) with bulk inserts, then times the figures query the dashboard runs on each
refresh. Target: < 200 ms.

    python bench/lead_dashboard.py [--scans 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from datetime import time as time_of_day
from pathlib import Path

from sqlalchemy import Engine, insert

from packstation.services.figures import FiguresService
from packstation.storage.db import (
    make_engine,
    make_read_session_factory,
    refresh_statistics,
    sqlite_url,
)
from packstation.storage.migrate import upgrade
from packstation.storage.models import (
    FulfillmentOrderRow,
    PackSessionRow,
    ScanEventRow,
    ShipmentLineRow,
    ShipmentRow,
)

PACKERS = ["Åse", "Bo", "Ceyda", "Dirk", "Eva", "Finn", "Greta", "Henk"]
OUTCOMES = ["matched"] * 92 + ["wrong_item"] * 4 + ["unknown"] * 2 + ["over_scan"] * 2


def seed(engine: Engine, scans: int, start: datetime) -> None:
    rng = random.Random(7)
    shipments = scans // 8
    with engine.begin() as connection:
        fo_rows, session_rows, shipment_rows, line_rows, event_rows = [], [], [], [], []
        for n in range(shipments):
            fo_id = f"gid://shopify/FulfillmentOrder/{n}"
            user = PACKERS[n % len(PACKERS)]
            began = start + timedelta(seconds=rng.uniform(0, 8 * 3600 - 600))
            ended = began + timedelta(seconds=rng.uniform(40, 400))
            session_id, shipment_id = str(uuid.uuid4()), str(uuid.uuid4())
            fo_rows.append(
                {
                    "id": fo_id,
                    "order_name": f"#{10000 + n}",
                    "status": "CLOSED",
                    "local_state": "packed",
                    "created_at": began,
                    "updated_at": ended,
                    "ship_name": "Åse Ørsted",
                    "ship_company": "",
                    "ship_address1": "Søndre gate 12",
                    "ship_address2": "",
                    "ship_zip": "0154",
                    "ship_city": "Oslo",
                    "ship_province": "",
                    "ship_country_code": "NO",
                    "ship_phone": "",
                    "shipping_method": "",
                    "express": False,
                    "customer_note": "",
                    "email": "",
                    "tags": "",
                    "hold_reason": "",
                }
            )
            session_rows.append(
                {
                    "id": session_id,
                    "fulfillment_order_id": fo_id,
                    "station": "Bench 1",
                    "user": user,
                    "state": "completed",
                    "started_at": began,
                    "ended_at": ended,
                }
            )
            shipment_rows.append(
                {
                    "id": shipment_id,
                    "fulfillment_order_id": fo_id,
                    "session_id": session_id,
                    "order_name": f"#{10000 + n}",
                    "carrier": "PostNord",
                    "shipping_method": "",
                    "partial_reason": "",
                    "station": "Bench 1",
                    "user": user,
                    "created_at": ended,
                }
            )
            line_rows.append(
                {
                    "shipment_id": shipment_id,
                    "line_id": f"l{n}",
                    "sku": "SKU",
                    "title": "Sock",
                    "variant_title": "",
                    "bin_location": "",
                    "quantity": 8,
                }
            )
            for k in range(8):
                event_rows.append(
                    {
                        "session_id": session_id,
                        "fulfillment_order_id": fo_id,
                        "kind": "scan",
                        "code": "5701234567892",
                        "outcome": rng.choice(OUTCOMES),
                        "line_id": f"l{n}",
                        "quantity": 1,
                        "symbology": "",
                        "lot": "",
                        "expiry": "",
                        "serial": "",
                        "scanner": "wedge",
                        "station": "Bench 1",
                        "user": user,
                        "at": began + timedelta(seconds=5 * k),
                    }
                )
        for model, rows in (
            (FulfillmentOrderRow, fo_rows),
            (PackSessionRow, session_rows),
            (ShipmentRow, shipment_rows),
            (ShipmentLineRow, line_rows),
            (ScanEventRow, event_rows),
        ):
            connection.execute(insert(model), rows)


def main() -> None:
    parser = argparse.ArgumentParser(description="lead dashboard refresh time")
    parser.add_argument("--scans", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="2,000 scans, 3 runs (CI)")
    args = parser.parse_args()
    if args.quick:
        args.scans, args.runs = 2000, 3
    start = datetime(2026, 11, 23, 6, 0, tzinfo=UTC)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(sqlite_url(Path(folder) / "bench.sqlite3"))
        upgrade(engine)
        began = time.perf_counter()
        seed(engine, args.scans, start)
        print(f"seeded {args.scans} scan events in {time.perf_counter() - began:.1f} s")
        refresh_statistics(engine)  # as a station does when it starts
        # with a carrier cut-off, as a station has by default: its count is part of a refresh
        service = FiguresService(make_read_session_factory(engine), cutoff=time_of_day(15, 0))
        end = start + timedelta(hours=8)
        timings = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            figures = service.shift(start, end)
            timings.append((time.perf_counter() - t0) * 1000)
        orders = sum(p.orders for p in figures.packers)
        scans = sum(p.scans for p in figures.packers)
        print(f"figures: {len(figures.packers)} packers, {orders} orders, {scans} scans")
        timings.sort()
        print(
            f"dashboard refresh: median {statistics.median(timings):.0f} ms, "
            f"p95 {timings[int(len(timings) * 0.95) - 1]:.0f} ms, max {timings[-1]:.0f} ms "
            "(target < 200 ms)"
        )
        engine.dispose()


if __name__ == "__main__":
    main()
