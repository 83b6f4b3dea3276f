"""A station booking with the Shipmondo emulator and fulfilling in the Shopify emulator."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from packstation.app import Station, build_station
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.config import Settings
from packstation.storage.uow import UnitOfWork
from packstation.testing.shipmondo.server import ShipmondoEmulator
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from tests.fast_time import FastForwardTime
from tests.sync.support import FAST, first_pull

RULES = """
[[shipping_rule]]
name = "Parcel shop DK"
method_type = ["PICKUP_POINT"]
countries = ["DK"]
product_code = "GLSDK_SD"

[[shipping_rule]]
name = "Denmark home"
countries = ["DK"]
product_code = "GLSDK_HD"

[[shipping_rule]]
name = "Sweden home"
countries = ["SE"]
product_code = "PDK_MH"

[[shipping_rule]]
name = "Norway home (customs)"
countries = ["NO"]
product_code = "PDK_MH"
"""
CARRIER_TIMEOUT = 0.6  # below FAST's settle period (1.5 s), as the rule demands


@pytest.fixture
def shipmondo() -> Iterator[ShipmondoEmulator]:
    with ShipmondoEmulator() as running:
        yield running
    assert running.invalid_requests() == [], "the station sent a request the spec forbids"


SHOP_ORDERS = 60  # enough of each country and delivery type for a test that packs a few


@pytest.fixture
def shop(request: pytest.FixtureRequest) -> Iterator[ShopifyEmulator]:
    """A Shopify emulator with 60 demo orders, or as many as ``@pytest.mark.shop_orders(n)``
    asks (a test that packs many of one country). Every station pulls them all first."""
    marker = request.node.get_closest_marker("shop_orders")
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, marker.args[0] if marker else SHOP_ORDERS)
    emulator.start()
    yield emulator
    emulator.stop()


@pytest.fixture
def carrier_settings(
    settings: Settings,
    shop: ShopifyEmulator,
    shipmondo: ShipmondoEmulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Settings:
    monkeypatch.setenv("PACKSTATION_SHOPIFY_TOKEN", shop.access_token)
    rules = tmp_path / "shipping-rules.toml"
    rules.write_text(RULES, encoding="utf-8")
    return replace(
        settings,
        shop="shopify",
        shopify_url=shop.url,
        shopify_locations="1",
        carrier_kind="shipmondo",
        carrier_base_url=shipmondo.url,
        shipping_rules_file=str(rules),
        carrier_timeout_seconds=CARRIER_TIMEOUT,
        **FAST,  # type: ignore[arg-type]
    )


def make_carrier(shipmondo: ShipmondoEmulator) -> ShipmondoCarrier:
    return ShipmondoCarrier(
        shipmondo.url, shipmondo.api_user, shipmondo.api_key, timeout=CARRIER_TIMEOUT
    )


@pytest.fixture
def station(
    carrier_settings: Settings, shipmondo: ShipmondoEmulator, shop: ShopifyEmulator
) -> Iterator[Station]:
    """A station on the emulators; the cost bucket's waits take no real time."""
    built = build_station(carrier_settings, carrier=make_carrier(shipmondo))
    FastForwardTime().drive(shop, built.connector.client)  # type: ignore[attr-defined]
    first_pull(built)
    yield built
    built.close()


def names_in(
    station: Station, countries: tuple[str, ...], count: int, delivery: str = "SHIPPING"
) -> list[str]:
    """Queued orders shipping to these countries with this delivery type, by name."""
    with UnitOfWork(station.session_factory) as uow:
        names = sorted(
            r.order_name
            for r in uow.orders.queue()
            if r.status in ("OPEN", "IN_PROGRESS")
            and r.local_state == "queued"
            and r.ship_country_code in countries
            and r.delivery_type == delivery
        )
    assert len(names) >= count, f"only {len(names)} orders to {countries}"
    return names[:count]


def settled(station: Station) -> bool:
    """No booking left to make and nothing left to send, look up or check."""
    with UnitOfWork(station.session_factory) as uow:
        bookings = all(r.state not in ("pending", "sending") for r in uow.bookings.all())
        outbox = all(
            r.state not in ("pending", "sending", "held") and r.verify_at is None
            for r in uow.outbox.all()
        )
    return bookings and outbox


def sync_until_settled(station: Station, seconds: float = 60.0) -> None:
    """Sync passes in real time until bookings and fulfillments have settled (or fail)."""
    deadline = time.monotonic() + seconds
    while not settled(station):
        assert time.monotonic() < deadline, f"not settled: {booking_rows(station)}"
        station.sync.run_once()
        time.sleep(0.05)


def booking_rows(station: Station) -> list[tuple[str, str, int, str]]:
    with UnitOfWork(station.session_factory) as uow:
        return [(r.order_name, r.state, r.attempts, r.last_error) for r in uow.bookings.all()]


def numbers(station: Station, shipment_id: str) -> tuple[str, ...]:
    with UnitOfWork(station.session_factory) as uow:
        row = uow.bookings.for_shipment(shipment_id)
        assert row is not None
        return tuple(json.loads(row.tracking_numbers))


def jobs(station: Station, shipment_id: str) -> list[tuple[str, str, bytes]]:
    """(kind, name, data) of a shipment's print jobs, oldest first."""
    with UnitOfWork(station.session_factory) as uow:
        return [(j.kind, j.name, j.data) for j in uow.print_jobs.for_shipment(shipment_id)]
