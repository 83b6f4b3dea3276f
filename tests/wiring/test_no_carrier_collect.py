"""Without a carrier (carrier_kind none), collect in store is still the slip and the notice."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from packstation.app import Station, build_station
from packstation.config import Settings
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.server import ShopifyEmulator
from tests.helpers import pack_order
from tests.sync.support import fast, first_pull
from tests.wiring.conftest import jobs, names_in, sync_until_settled


@pytest.fixture
def plain_station(shopify_settings: Settings) -> Iterator[Station]:
    """A station on the Shopify emulator with no carrier configured (the default)."""
    assert shopify_settings.carrier_kind == "none"
    built = build_station(fast(shopify_settings))
    first_pull(built)
    yield built
    built.close()


def _outbox(station: Station, shipment_id: str) -> tuple[str, dict[str, object]]:
    with UnitOfWork(station.session_factory) as uow:
        message = uow.outbox.for_shipment(shipment_id)
        assert message is not None
        return message.kind, json.loads(message.payload)


def test_collect_in_store_gets_the_slip_and_the_ready_notice_not_a_fulfillment(
    plain_station, shopify: ShopifyEmulator
):
    station = plain_station
    assert station.bookings is None
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "PICK_UP")
    completion = station.packing.complete(pack_order(station, name))
    shipment = completion.shipment
    assert completion.booking == ""
    assert [k for k, _n, _d in jobs(station, shipment.shipment_id)] == ["slip"]  # no label
    kind, payload = _outbox(station, shipment.shipment_id)
    assert kind == "pickup_ready"
    assert payload["carrier"] == "Collect in store"
    sync_until_settled(station)
    record = shopify.store.fulfillment_orders[shipment.fulfillment_order_id]
    assert record.ready_notices == 1
    assert record.fulfillment_ids == []


def test_a_shipping_order_still_gets_the_stations_own_label(plain_station, shopify):
    station = plain_station
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "SHIPPING")
    completion = station.packing.complete(pack_order(station, name))
    kinds = sorted(k for k, _n, _d in jobs(station, completion.shipment.shipment_id))
    assert "label" in kinds and "slip" in kinds
    kind, _payload = _outbox(station, completion.shipment.shipment_id)
    assert kind == "fulfillment_create"
    sync_until_settled(station)
    record = shopify.store.fulfillment_orders[completion.shipment.fulfillment_order_id]
    assert len(record.fulfillment_ids) == 1


@pytest.fixture
def demo_station(settings: Settings, demo_shop: DemoShop) -> Iterator[Station]:
    """The plain demo station: the demo shop and no carrier."""
    built = build_station(settings, connector=demo_shop)
    built.puller.pull()
    yield built
    built.close()


def test_the_demo_shop_without_a_carrier_hears_ready_for_pickup(demo_station, demo_shop):
    """The plain demo station: the same slip-only path and notice."""
    station = demo_station
    assert station.bookings is None
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "PICK_UP")
    completion = station.packing.complete(pack_order(station, name))
    shipment = completion.shipment
    assert [k for k, _n, _d in jobs(station, shipment.shipment_id)] == ["slip"]
    sync_until_settled(station)
    assert demo_shop.ready_for_pickup(shipment.fulfillment_order_id)
    assert demo_shop.fulfillments(shipment.fulfillment_order_id) == []
