"""Hostile shop data for documents: right-to-left names, emoji, very long and many lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine

ARABIC = "محمد عبد الله"
HEBREW = "דוד כהן"
EMOJI = "Åse 🎁🎄 Ørsted 👍🏽"
LONG_STREET = "SØNDRE KRISTIAN AUGUSTS GATEVEIEN BYGNING B 1234"
LINE_300 = ("Vesterbrogade " * 22)[:296] + " 99"
SENDER = Address("Nordlys Design ApS", "Vesterbrogade 10", "København V", "1620", "DK", company="")

SEVEN_LINES = Address(
    "Margaret Featherstonehaugh-Cholmondeley",
    "Flat 12, The Old Brewery Buildings",
    "Manchester",
    "M1 2AB",
    "GB",
    address2="Whitworth Street West, Castlefield Quarter",
    province="Greater Manchester",
    company="Featherstonehaugh Imports & Exports Limited",
)


def hostile_shipment(recipient: Address, lines: int = 3, sku_length: int = 18) -> Shipment:
    """A shipment to ``recipient`` with long SKUs and an Arabic item title."""
    return Shipment(
        shipment_id="s-h",
        fulfillment_order_id="fo-h",
        order_name="#2002",
        carrier="PostNord",
        shipping_method="PostNord MyPack Collect",
        recipient=recipient,
        lines=tuple(
            ShipmentLine(
                f"l{i}",
                f"SKU-{i:03d}-" + "X" * (sku_length - 8),
                f"Item {i} {ARABIC}" if i == 0 else f"Item {i}",
                "Blå",
                f"A-{i:02d}",
                1,
            )
            for i in range(lines)
        ),
        packages=(Package("standard", 1250, "PS000123456789"),),
        created_at=datetime(2026, 11, 23, tzinfo=UTC),
        customer_note=f"{EMOJI} {HEBREW}",
    )


def recipients() -> dict[str, Address]:
    """Each hostile recipient by a short name (the test ids)."""
    base = Address("Åse Ørsted", "Søndre gate 12", "Oslo", "0154", "NO")
    return {
        "arabic": replace(base, name=ARABIC, address1="شارع الملك فهد 12", city="الرياض"),
        "hebrew": replace(base, name=HEBREW, address1="רחוב הרצל 5", city="תל אביב"),
        "emoji": replace(base, name=EMOJI),
        "line300": replace(base, address1=LINE_300),
        "seven": SEVEN_LINES,
        "upper": replace(base, name="KRISTOFFER ØSTERGAARD-HANSEN", address1=LONG_STREET),
    }
