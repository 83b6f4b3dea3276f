"""Label rendering speed: ZPL and PDF shipping labels, and 100-line packing slips.

Targets: ZPL < 1 ms and PDF label < 30 ms each.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.labels.pdf import shipping_label_pdf
from packstation.labels.png import shipping_label_png
from packstation.labels.slip import packing_slip_pdf
from packstation.labels.zpl import shipping_label_zpl

SENDER = Address("Nordlys Design ApS", "Vesterbrogade 10", "København V", "1620", "DK")


def shipment(lines: int) -> Shipment:
    return Shipment(
        shipment_id="bench",
        fulfillment_order_id="fo",
        order_name="#1001",
        carrier="Demo Post",
        shipping_method="Posten Ekspress",
        recipient=Address("Åse Ørsted", "Søndre gate 12", "Oslo", "0154", "NO"),
        lines=tuple(
            ShipmentLine(f"l{i}", f"SKU-{i:03d}", f"Item {i}", "Blå", f"A-{i:03d}", 2)
            for i in range(lines)
        ),
        packages=(Package("standard", 1250, "PS000123456789"),),
        created_at=datetime.now(UTC),
        customer_note="Gavepapir, tak!",
    )


def measure(name: str, job: Callable[[], bytes], runs: int) -> None:
    job()  # warm caches (fonts, registries)
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        job()
        times.append((time.perf_counter() - begin) * 1000)
    per_second = 1000 / statistics.mean(times)
    print(
        f"{name:<28} median {statistics.median(times):8.3f} ms   "
        f"p95 {statistics.quantiles(times, n=20)[18]:8.3f} ms   {per_second:8.0f} per second"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="label and slip rendering speed")
    parser.add_argument("--quick", action="store_true", help="a few runs each (CI)")
    scale = 50 if parser.parse_args().quick else 1
    small, big = shipment(3), shipment(100)
    measure("ZPL label 203 dpi", lambda: shipping_label_zpl(small, SENDER), 2000 // scale)
    measure("ZPL label 300 dpi", lambda: shipping_label_zpl(small, SENDER, 300), 2000 // scale)
    measure("PDF label", lambda: shipping_label_pdf(small, SENDER), max(200 // scale, 3))
    measure("PNG preview", lambda: shipping_label_png(small, SENDER), max(100 // scale, 3))
    measure(
        "PDF packing slip, 100 lines",
        lambda: packing_slip_pdf(big, SENDER),
        max(50 // scale, 3),
    )


if __name__ == "__main__":
    main()
