"""Bookings against the Shipmondo emulator: the station's own time per booking, and a backlog drain.

The station's own time is the wall time of ``carrier.book`` minus the time the emulator itself
spent on the request (spec validation, the booking, rendering the label), as it records it.
What is left is the station: building the request, HTTP on 127.0.0.1, decoding the answer and
the label. Then a backlog through the station itself: boxes packed while the platform is
down (each gets a LABEL PENDING slip), drained by the sync worker's booking pusher once it is
back (outbox rows, leases, labels queued, fulfillments released).
Run: ``.venv/bin/python bench/booking.py [bookings] [backlog through the outbox]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from packstation.carriers.base import BookingRequest, CarrierUnavailable, Parcel
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.domain.orders import Address
from packstation.testing.shipmondo.server import ShipmondoEmulator

RULES = """
[[shipping_rule]]
name = "Parcel shops"
method_type = ["PICKUP_POINT"]
countries = ["DK"]
product_code = "GLSDK_SD"

[[shipping_rule]]
name = "Home"
countries = ["DK"]
product_code = "GLSDK_HD"

[[shipping_rule]]
name = "Sweden"
countries = ["SE"]
product_code = "PDK_MH"
"""

SENDER = Address("Bench Shop ApS", "Hvilehøjvej 25", "Odense SØ", "5220", "DK", phone="70400407")
RECEIVER = Address("Lene Hansen", "Skibhusvej 52", "Odense C", "5000", "DK", phone="12345678")


def request(n: int) -> BookingRequest:
    return BookingRequest(
        reference=f"bench-{n}",
        order_name=f"#{10_000 + n}",
        product_code="GLSDK_HD",
        receiver=RECEIVER,
        sender=SENDER,
        parcels=(Parcel(500 + n % 3000),),
        services=("EMAIL_NT",),
        receiver_email="lene@example.dk",
        label_format="10x19_zpl",
    )


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] * 1000


def main() -> None:
    quick = "--quick" in sys.argv[1:]  # CI: a few seconds, figures printed, not judged
    numbers = [a for a in sys.argv[1:] if a != "--quick"]
    count = int(numbers[0]) if numbers else (50 if quick else 1000)
    emulator = ShipmondoEmulator().start()
    carrier = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key)
    carrier.book(request(-1))  # warm up: imports, the connection, the spec's validators
    totals, platform = [], []
    for n in range(count):
        before = len(emulator.log)
        started = time.perf_counter()
        carrier.book(request(n))
        totals.append(time.perf_counter() - started)
        platform.append(sum(r.seconds for r in emulator.log[before:]))
    own = [t - p for t, p in zip(totals, platform, strict=True)]
    print(f"{count} bookings against the emulator (one parcel, 10x19 ZPL label each)")
    for what, values in (
        ("wall time per booking", totals),
        ("emulator's own time", platform),
        ("station's own time", own),
    ):
        print(f"  {what:<24}p50 {pct(values, 50):6.2f} ms   p95 {pct(values, 95):6.2f} ms")

    backlog = min(500, count)
    port = emulator.port
    emulator.stop()
    refused = 0
    started = time.perf_counter()
    for n in range(backlog):
        try:
            carrier.book(request(100_000 + n))
        except CarrierUnavailable:
            refused += 1
    offline = time.perf_counter() - started
    emulator.start(port)
    started = time.perf_counter()
    for n in range(backlog):
        carrier.book(request(100_000 + n))
    drained = time.perf_counter() - started
    wanted = {f"bench-{100_000 + n}" for n in range(backlog)}
    booked = sum(1 for s in emulator.store.all() if s["additional_reference"] in wanted)
    print(f"platform down: {refused}/{backlog} bookings refused as unavailable in {offline:.2f} s")
    print(
        f"backlog of {backlog} drained in {drained:.2f} s "
        f"({backlog / drained:.0f} bookings/s, {booked} booked)"
    )
    invalid = emulator.invalid_requests()
    print(f"requests the spec refused: {len(invalid)}")
    carrier.close()
    emulator.stop()
    through_the_outbox(int(numbers[1]) if len(numbers) > 1 else (10 if quick else 60))


def through_the_outbox(count: int) -> None:
    """Pack ``count`` boxes with the platform down, then time the sync worker's drain."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.helpers
    from tests.helpers import pack_order

    from packstation.app import build_station
    from packstation.config import load_settings
    from packstation.shop.demo.shop import DemoShop
    from packstation.storage.uow import UnitOfWork

    emulator = ShipmondoEmulator().start()
    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "rules.toml"
        rules.write_text(RULES, encoding="utf-8")
        settings = replace(
            load_settings(demo=True, data_dir=Path(tmp) / "data"),
            carrier_kind="shipmondo",
            carrier_base_url=emulator.url,
            shipping_rules_file=str(rules),
        )
        carrier = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key)
        station = build_station(
            settings, connector=DemoShop(order_count=4 * count + 40), carrier=carrier
        )
        station.puller.pull()
        with UnitOfWork(station.session_factory) as uow:
            names = sorted(
                r.order_name
                for r in uow.orders.queue()
                if r.local_state == "queued"
                and r.status == "OPEN"
                and (r.ship_country_code, r.delivery_type)
                in (("DK", "SHIPPING"), ("DK", "PICKUP_POINT"), ("SE", "SHIPPING"), ("DK", "LOCAL"))
            )[:count]
        port = emulator.port
        emulator.stop()
        started = time.perf_counter()
        for name in names:
            station.packing.complete(pack_order(station, name))
        packing = time.perf_counter() - started
        emulator.start(port)
        with UnitOfWork(station.session_factory) as uow:  # the back-off is over
            for row in uow.bookings.all():
                row.next_attempt_at = row.created_at
            uow.commit()
        started = time.perf_counter()
        passes = 0
        while True:
            passes += 1
            report = station.sync.bookings.push_due() if station.sync.bookings else None
            if report is None or (report.booked == 0 and not report.offline):
                break
        drained = time.perf_counter() - started
        with UnitOfWork(station.session_factory) as uow:
            states = [r.state for r in uow.bookings.all()]
            labels = sum(
                1
                for r in uow.bookings.all()
                for j in uow.print_jobs.for_shipment(r.shipment_id)
                if j.name.endswith("-label")
            )
        print(
            f"through the outbox: {len(names)} boxes packed offline in {packing:.2f} s "
            f"({1000 * packing / max(1, len(names)):.0f} ms each, LABEL PENDING slips)"
        )
        print(
            f"  drained in {drained:.2f} s ({len(names) / drained:.0f} bookings/s, "
            f"{passes} passes): {states.count('done')} booked, {labels} labels queued"
        )
        station.close()
    emulator.stop()


if __name__ == "__main__":
    main()
