"""A running Shipmondo emulator and a connector pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.carriers.base import BookingRequest, Parcel
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.domain.orders import Address
from packstation.domain.shipping_rules import CustomsLine
from packstation.testing.shipmondo.server import ShipmondoEmulator

SENDER = Address("Testbutik ApS", "Hvilehøjvej 25", "Odense SØ", "5220", "DK", phone="70400407")
RECEIVER = Address("Lene Hansen", "Skibhusvej 52", "Odense C", "5000", "DK", phone="12345678")
OSLO = Address("Kari Nordmann", "Karl Johans gate 1", "Oslo", "0154", "NO", phone="+4712345678")
LONDON = Address("Ann Smith", "1 High Street", "London", "SW1A 1AA", "GB", phone="+447700900")
SCARF = CustomsLine(
    "Wool scarf", 2, 349.0, hs_code="6117.10", origin_country="DK", unit_weight_g=150, sku="SC-1"
)


def request(reference: str = "ps-1", **changes) -> BookingRequest:
    values = {
        "reference": reference,
        "order_name": "#1001",
        "product_code": "GLSDK_HD",
        "receiver": RECEIVER,
        "sender": SENDER,
        "parcels": (Parcel(1200),),
        "services": ("EMAIL_NT",),
        "receiver_email": "lene@example.dk",
    }
    values.update(changes)
    return BookingRequest(**values)


@pytest.fixture
def emulator() -> Iterator[ShipmondoEmulator]:
    with ShipmondoEmulator() as running:
        yield running
    assert running.invalid_requests() == [], "the connector sent a request the spec forbids"


@pytest.fixture
def carrier(emulator: ShipmondoEmulator) -> Iterator[ShipmondoCarrier]:
    sleeps: list[float] = []
    connector = ShipmondoCarrier(
        emulator.url, emulator.api_user, emulator.api_key, timeout=5.0, sleep=sleeps.append
    )
    connector.sleeps = sleeps  # type: ignore[attr-defined]
    yield connector
    connector.close()
