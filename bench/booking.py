"""Bookings against the Shipmondo emulator: the station's own time per booking, and a backlog drain.

The station's own time is the wall time of ``carrier.book`` minus the time the emulator itself
spent on the request (spec validation, the booking, rendering the label), as it records it.
What is left is the station: building the request, HTTP on 127.0.0.1, decoding the answer and
the label. Run: ``.venv/bin/python bench/booking.py [bookings]``.
"""

from __future__ import annotations

import statistics
import sys
import time

from packstation.carriers.base import BookingRequest, CarrierUnavailable, Parcel
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.domain.orders import Address
from packstation.testing.shipmondo.server import ShipmondoEmulator

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
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
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


if __name__ == "__main__":
    main()
