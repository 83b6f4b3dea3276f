"""The Shopify connector against the emulator on 127.0.0.1: pull, push, holds, faults."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from packstation.app import build_station
from packstation.config import BULK_AFTER_ORDERS
from packstation.domain.orders import ShopStatus
from packstation.shop.base import (
    FulfillmentLineQuantity,
    FulfillmentRequest,
    ShopRejected,
    ShopUnavailable,
)
from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.shop.shopify import documents as docs
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError
from packstation.shop.shopify.connector import ShopifyConnector, queue_search
from packstation.shop.shopify.mapping import order_from_node
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from packstation.testing.shopify.store import Line, ShopStore
from tests.fast_time import FastForwardTime

_open_connectors = []


def connect(emulator, locations=("1",), bulk_after=BULK_AFTER_ORDERS):
    """A connector to the emulator; the cost bucket's waits take no real time."""
    client = GraphQLClient(emulator.url, lambda: emulator.access_token)
    FastForwardTime().drive(emulator, client)
    connector = ShopifyConnector(client, locations, bulk_after=bulk_after)
    _open_connectors.append(connector)
    return connector


@pytest.fixture(autouse=True)
def _close_connectors():
    yield
    while _open_connectors:
        _open_connectors.pop().close()


def everything(order):
    return tuple(FulfillmentLineQuantity(line.line_id, line.quantity) for line in order.lines)


class SteppingClock:
    """The shop's wall clock, moved on by the test."""

    def __init__(self):
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def __call__(self):
        return self.now


def test_a_large_shop_arrives_over_many_pages_with_progress():
    emulator = ShopifyEmulator()
    records = seed_demo_orders(emulator.store, 1050)
    big = records[5]  # one order with more lines than fit on its first page
    big.lines = [
        Line(
            f"gid://shopify/FulfillmentOrderLineItem/{8_000_000 + n}",
            f"SKU-{n}",
            "",
            "Sock",
            "",
            1,
            1,
        )
        for n in range(45)
    ]
    stranger = generate_orders(build_catalogue(5), seed=5, count=1, epoch=big.created_at)[0]
    other = emulator.store.add_order(
        replace(stranger, fulfillment_order_id="gid://shopify/FulfillmentOrder/99999999"),
        location_id="gid://shopify/Location/2",
    )
    with emulator:
        progress = []
        # paging all the way (a first load this size goes by bulk operation after the first
        # orders: tests/shop/test_bulk_operations.py)
        orders = connect(emulator, bulk_after=None).fetch_fulfillment_orders(None, progress.append)
    assert len(orders) == 1050
    assert other.id not in {o.fulfillment_order_id for o in orders}
    page = docs.PAGE_SIZE  # a page's cost stays under Shopify's cap (documents.py)
    assert progress[:3] == [page, 2 * page, 3 * page] and progress[-1] == 1050
    assert emulator.outcomes("ok", "fulfillmentOrders") == -(-1050 // page)
    by_id = {o.fulfillment_order_id: o for o in orders}
    assert len(by_id[big.id].lines) == 45  # the rest came with FULFILLMENT_ORDER_LINES
    first = next(o for o in orders if o.order_name == "#1001")
    assert first.customer_name == "Åse Ørsted"
    assert first.shipping_address.city == "Oslo"
    assert all(line.barcode for line in first.lines)


def test_the_incremental_pull_fetches_only_changes_and_applies_edit_and_cancel(settings, tmp_path):
    clock = SteppingClock()
    emulator = ShopifyEmulator(ShopStore(clock=clock))
    records = seed_demo_orders(emulator.store, 40)
    for minute, record in enumerate(records):  # orders placed over 40 minutes
        record.updated_at = clock.now + timedelta(minutes=minute)
    clock.now += timedelta(minutes=90)

    with emulator:
        station = build_station(
            replace(settings, shop="shopify", shopify_url=emulator.url),
            connector=connect(emulator),
        )
        try:
            first = station.puller.pull()
            assert first.new == 40
            clock.now += timedelta(minutes=30)
            edited, cancelled = records[3], records[4]
            emulator.store.edit_quantity(edited.lines[0].id, 1 if edited.lines[0].total > 1 else 0)
            emulator.store.cancel_order(cancelled.id)
            pages_before = emulator.outcomes("ok", "fulfillmentOrders")
            second = station.puller.pull()
            assert emulator.outcomes("ok", "fulfillmentOrders") == pages_before + 1
            # The last two minutes of the first window again (the overlap), and the changes.
            assert second.received == 4 and second.updated == 2
            with UnitOfWork(station.session_factory) as uow:
                assert uow.orders.row(cancelled.id).status == ShopStatus.CANCELLED.value
                stored = uow.orders.get(edited.id)
            remaining = {ln.id: ln.remaining for ln in edited.lines if ln.remaining}
            assert {line.line_id: line.quantity for line in stored.lines} == remaining
        finally:
            station.close()


def test_the_queue_search_names_locations_statuses_and_the_window():
    assert queue_search(["gid://shopify/Location/74968563910"], None) == (
        "(assigned_location_id:74968563910) AND "
        "(status:open OR status:in_progress OR status:on_hold)"
    )
    since = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    assert queue_search(["1", "2"], since) == (
        "(assigned_location_id:1 OR assigned_location_id:2) AND updated_at:>'2026-11-23T08:00:00Z'"
    )


def test_fulfillment_sends_exact_quantities_and_refuses_over_fulfilment(shopify):
    connector = connect(shopify)
    order = connector.fetch_fulfillment_orders(None)[0]
    partial = tuple(FulfillmentLineQuantity(line.line_id, 1) for line in order.lines[:1])
    request = FulfillmentRequest(order.fulfillment_order_id, partial, "TRK-1", "PostNord")
    reference = connector.create_fulfillment(request)
    assert connector.find_fulfillment(order.fulfillment_order_id, "TRK-1") == reference
    assert connector.find_fulfillment(order.fulfillment_order_id, "TRK-2") is None
    [shipped] = shopify.store.fulfillments_of(order.fulfillment_order_id)
    assert shipped.lines == [(order.lines[0].line_id, 1)]
    assert (shipped.tracking_number, shipped.company) == ("TRK-1", "PostNord")
    too_many = tuple(
        FulfillmentLineQuantity(line.line_id, line.quantity + 1) for line in order.lines
    )
    with pytest.raises(ShopRejected, match="Invalid fulfillment order line item quantity"):
        connector.create_fulfillment(
            FulfillmentRequest(order.fulfillment_order_id, too_many, "TRK-3", "PostNord")
        )
    assert len(shopify.store.fulfillments_of(order.fulfillment_order_id)) == 1


def test_a_cancelled_order_reads_as_cancelled_and_refuses_fulfilment(shopify):
    connector = connect(shopify)
    order = connector.fetch_fulfillment_orders(None)[0]
    shopify.store.cancel_order(order.fulfillment_order_id)
    assert connector.fetch_fulfillment_order(order.fulfillment_order_id).status is (
        ShopStatus.CANCELLED
    )
    with pytest.raises(ShopRejected, match="closed"):
        connector.create_fulfillment(
            FulfillmentRequest(order.fulfillment_order_id, everything(order), "T", "PostNord")
        )


def test_progress_hold_and_release(shopify):
    connector = connect(shopify)
    order = connector.fetch_fulfillment_orders(None)[0]
    fo_id = order.fulfillment_order_id
    connector.report_progress(fo_id, "Being packed at Bench 1")
    assert shopify.store.fulfillment_orders[fo_id].status == "IN_PROGRESS"
    assert shopify.store.fulfillment_orders[fo_id].progress_notes == ["Being packed at Bench 1"]
    connector.hold(fo_id, "Short pick: 1 × beanie missing", handle="exception-17")
    connector.hold(fo_id, "Short pick: 1 × beanie missing", handle="exception-17")  # harmless
    current = connector.fetch_fulfillment_order(fo_id)
    assert current.status is ShopStatus.ON_HOLD
    assert current.hold_reason == "Short pick: 1 × beanie missing"
    assert len(shopify.store.fulfillment_orders[fo_id].holds) == 1
    connector.release_hold(fo_id)
    assert connector.fetch_fulfillment_order(fo_id).status is ShopStatus.OPEN
    with pytest.raises(ShopRejected, match="not on hold"):
        connector.release_hold(fo_id)


def test_a_connection_check_names_missing_scopes_in_words():
    emulator = ShopifyEmulator(scopes={"read_orders", "read_locations"})
    seed_demo_orders(emulator.store, 5)
    with emulator:
        connector = connect(emulator)
        report = connector.check_connection()
        # Shopify filters the list silently: the queue looks empty, the report says why.
        assert connector.fetch_fulfillment_orders(None) == []
    assert report.shop_name == "Nordlys Design"
    assert [loc.name for loc in report.locations] == ["Warehouse Aarhus"]
    assert "read_merchant_managed_fulfillment_orders" in report.missing_scopes
    words = " ".join(report.missing_in_words())
    assert "without it the queue stays empty" in words
    assert "mark orders as shipped" in words


@pytest.mark.parametrize(
    ("fault", "error", "words"),
    [
        ("html", ShopUnavailable, "a web page"),
        ("bad_json", ShopUnavailable, "instead of data"),
        ("http_503", ShopUnavailable, "HTTP 503"),
        ("drop_before", ShopUnavailable, "Cannot reach"),
    ],
)
def test_a_broken_reply_is_an_error_in_words(shopify, fault, error, words):
    shopify.inject(fault, "fulfillmentOrders")
    with pytest.raises(error, match=words):
        connect(shopify).fetch_fulfillment_orders(None)
    assert len(connect(shopify).fetch_fulfillment_orders(None)) == 60  # and then it works


def test_a_reply_missing_a_field_names_the_order(shopify):
    node = {"id": "gid://shopify/FulfillmentOrder/1", "status": "OPEN", "lineItems": {}}
    with pytest.raises(ShopifyReplyError, match="FulfillmentOrder/1 without its orderName"):
        order_from_node(node, [])


def test_a_sync_pass_survives_a_broken_reply_and_keeps_the_queue(shopify_station, shopify):
    with UnitOfWork(shopify_station.session_factory) as uow:
        before = len(uow.orders.queue())
    shopify.inject("html", "fulfillmentOrders")
    status = shopify_station.sync.run_once()
    assert not status.online
    assert "a web page" in status.last_error
    with UnitOfWork(shopify_station.session_factory) as uow:
        assert len(uow.orders.queue()) == before == 60
    assert shopify_station.sync.run_once().online


def test_the_documents_sent_are_the_validated_ones(shopify):
    connect(shopify).fetch_fulfillment_orders(None)
    assert shopify.api_versions == {docs.API_VERSION}
    assert shopify.outcomes("invalid") == 0
