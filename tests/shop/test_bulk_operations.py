"""A large shop's first load by one bulk operation (issue 18): the emulator serves bulk
operations as Shopify documents them, and the connector's first load by bulk writes the same
queue as paging, resumes without a second operation and falls back to paging calmly."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
from graphql import GraphQLObjectType, build_schema, parse, validate

from packstation.app import build_station
from packstation.shop.shopify import bulk as bulk_module
from packstation.shop.shopify import documents as docs
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector, queue_search
from packstation.shop.shopify.product_fields import ProductFields
from packstation.storage.uow import UnitOfWork
from packstation.sync import puller as puller_module
from packstation.sync.puller import CURSOR_KEY, LAST_PULL_KEY, QueuePuller
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from tests.helpers import stored, sync_state
from tests.shop.test_documents import admin_schema
from tests.shop.test_product_data import EMULATOR_SCHEMA

ORDERS = 230
WAIT = 10.0  # seconds any wait for the emulator's background work may take at most


class Stopped(Exception):
    """The station stopping in the middle of a pull."""


@pytest.fixture
def big_shop() -> Iterator[ShopifyEmulator]:
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, ORDERS)
    emulator.start()
    yield emulator
    emulator.stop()


def connector_for(emulator: ShopifyEmulator, bulk_after: int | None) -> ShopifyConnector:
    client = GraphQLClient(emulator.url, lambda: emulator.access_token)
    connector = ShopifyConnector(client, ["1"], bulk_after=bulk_after)
    connector.bulk.poll_seconds = 0.02
    return connector


def gql(emulator: ShopifyEmulator, query: str, variables: dict | None = None) -> dict:
    reply = httpx.post(
        f"{emulator.url}/admin/api/2026-04/graphql.json",
        json={"query": query, "variables": variables or {}},
        headers={"X-Shopify-Access-Token": emulator.access_token},
        timeout=WAIT,
    ).json()
    assert "errors" not in reply, reply
    return reply


def run_bulk(emulator: ShopifyEmulator, search: str = queue_search(["1"], None)) -> dict:
    query = docs.bulk_queue_query({"query": search, **ProductFields().variables()})
    reply = gql(emulator, docs.BULK_RUN, {"query": query})
    return reply["data"]["bulkOperationRunQuery"]


def status(emulator: ShopifyEmulator, operation_id: str) -> dict:
    return gql(emulator, docs.BULK_STATUS, {"id": operation_id})["data"]["node"]


def queue_of(station) -> dict:
    with UnitOfWork(station.session_factory) as uow:
        ids = [row.id for row in uow.orders.queue()]
        return {i: uow.orders.get(i) for i in ids}


@pytest.fixture
def station_on(settings, tmp_path):
    built = []

    def make(connector: ShopifyConnector, name: str):
        own = replace(settings, data_dir=tmp_path / name, db_url="")
        station = build_station(own, connector=connector)
        built.append(station)
        return station

    yield make
    for station in built:
        station.close()


# -- the emulator ------------------------------------------------------------------------------


def test_the_bulk_documents_are_valid_for_the_published_schema():
    query = docs.bulk_queue_query({"query": "status:open", **ProductFields().variables()})
    for document in (docs.BULK_RUN, docs.BULK_STATUS, query):
        assert validate(admin_schema(), parse(document)) == []


def test_the_emulators_bulk_types_are_shopifys():
    ours = build_schema(EMULATOR_SCHEMA.read_text(encoding="utf-8"))
    theirs = admin_schema()
    for name in ("BulkOperation", "BulkOperationRunQueryPayload", "BulkOperationUserError"):
        mine, published = ours.type_map[name], theirs.type_map[name]
        assert isinstance(mine, GraphQLObjectType) and isinstance(published, GraphQLObjectType)
        for field_name, field in mine.fields.items():
            assert str(field.type) == str(published.fields[field_name].type), field_name
    run = ours.mutation_type.fields["bulkOperationRunQuery"]
    assert set(run.args) == set(theirs.mutation_type.fields["bulkOperationRunQuery"].args)


def test_a_bulk_operation_runs_completes_and_serves_its_file(big_shop):
    hold = threading.Event()
    big_shop.bulk.hold = hold
    started = run_bulk(big_shop)
    assert started["userErrors"] == []
    operation = started["bulkOperation"]
    assert operation["status"] in ("CREATED", "RUNNING")
    assert status(big_shop, operation["id"])["status"] in ("CREATED", "RUNNING")
    refused = run_bulk(big_shop)  # one bulk query at a time
    assert refused["bulkOperation"] is None
    assert refused["userErrors"][0]["code"] == "OPERATION_IN_PROGRESS"

    hold.set()
    record = big_shop.bulk.get(operation["id"])
    assert record is not None and record.done.wait(WAIT)
    done = status(big_shop, operation["id"])
    assert done["status"] == "COMPLETED" and done["errorCode"] is None
    assert int(done["rootObjectCount"]) == ORDERS
    current = gql(big_shop, "{ currentBulkOperation { id status } }")["data"]
    assert current["currentBulkOperation"]["id"] == operation["id"]

    lines = [json.loads(t) for t in httpx.get(done["url"], timeout=WAIT).text.splitlines()]
    assert len(lines) == int(done["objectCount"]) > ORDERS
    parents = [line for line in lines if "__parentId" not in line]
    assert len(parents) == ORDERS
    seen: set[str] = set()
    for line in lines:  # every line item after its own fulfillment order, ids pointing back
        if "__parentId" in line:
            assert line["__parentId"] in seen
            assert line["id"].startswith("gid://shopify/FulfillmentOrderLineItem/")
        else:
            seen.add(line["id"])
            assert "lineItems" not in line


def test_a_bulk_query_costs_ten_points_not_one_per_order(big_shop):
    run_bulk(big_shop)
    run = [r for r in big_shop.log if r.fields == ("bulkOperationRunQuery",)]
    assert [r.actual for r in run] == [10]


def test_a_failed_operation_says_why(big_shop):
    big_shop.bulk.fail_next = "INTERNAL_SERVER_ERROR"
    operation = run_bulk(big_shop)["bulkOperation"]
    assert big_shop.bulk.get(operation["id"]).done.wait(WAIT)
    failed = status(big_shop, operation["id"])
    assert failed["status"] == "FAILED" and failed["errorCode"] == "INTERNAL_SERVER_ERROR"
    assert failed["url"] is None


# -- the connector and the puller --------------------------------------------------------------


def test_a_first_load_by_bulk_writes_the_same_queue_as_paging(big_shop, station_on):
    by_pages = station_on(connector_for(big_shop, None), "pages")
    by_pages.puller.pull()
    by_bulk = station_on(connector_for(big_shop, 0), "bulk")
    report = by_bulk.puller.pull()
    assert big_shop.outcomes("ok", "bulkOperationRunQuery") == 1
    assert big_shop.outcomes("ok", "fulfillmentOrders") == (ORDERS + 6) // 7  # paging only
    assert report.received == ORDERS and report.new == ORDERS
    assert queue_of(by_bulk) == queue_of(by_pages)
    assert len(queue_of(by_bulk)) == ORDERS
    assert sync_state(by_bulk, CURSOR_KEY) == "" and sync_state(by_bulk, LAST_PULL_KEY)


def test_a_large_first_load_switches_from_pages_to_bulk(big_shop, station_on):
    station = station_on(connector_for(big_shop, 50), "switch")
    report = station.puller.pull()
    assert big_shop.outcomes("ok", "bulkOperationRunQuery") == 1
    assert big_shop.outcomes("ok", "fulfillmentOrders") == 8  # 56 orders paged, then bulk
    assert stored(station) == ORDERS and report.new == ORDERS


def test_an_incremental_pull_pages(big_shop, station_on):
    station = station_on(connector_for(big_shop, 0), "incremental")
    station.puller.pull()
    station.puller.pull()
    assert big_shop.outcomes("ok", "bulkOperationRunQuery") == 1


def test_a_stopped_bulk_load_goes_on_without_a_second_operation(big_shop, station_on, monkeypatch):
    station = station_on(connector_for(big_shop, 0), "stopped")
    seen = []

    def stop_at_second(received: int) -> None:
        seen.append(received)
        if len(seen) == 2:
            raise Stopped

    with pytest.raises(Stopped):
        station.puller.pull(stop_at_second)
    assert stored(station) == 200
    assert sync_state(station, CURSOR_KEY)
    downloads = []
    records = bulk_module.BulkLoader._records

    def counting(self, url):
        downloads.append(url)
        return records(self, url)

    monkeypatch.setattr(bulk_module.BulkLoader, "_records", counting)
    again = QueuePuller(station.session_factory, station.connector, station="Bench 1")
    report = again.pull()
    assert big_shop.outcomes("ok", "bulkOperationRunQuery") == 1  # the same operation
    assert len(downloads) == 1  # its file read once more
    assert report.new == ORDERS - 200  # what was written before is skipped
    assert stored(station) == ORDERS
    assert sync_state(station, CURSOR_KEY) == ""


def test_a_failed_bulk_operation_falls_back_to_paging(big_shop, station_on, caplog):
    big_shop.bulk.fail_next = "INTERNAL_SERVER_ERROR"
    station = station_on(connector_for(big_shop, 0), "failed")
    report = station.puller.pull()
    assert report.new == ORDERS and stored(station) == ORDERS
    assert big_shop.outcomes("ok", "fulfillmentOrders") == (ORDERS + 6) // 7
    assert "paging instead" in caplog.text and "INTERNAL_SERVER_ERROR" in caplog.text


def test_a_refused_bulk_query_falls_back_to_paging(big_shop, station_on):
    hold = threading.Event()
    big_shop.bulk.hold = hold
    run_bulk(big_shop, "status:open")  # another app's query is running: ours is refused
    station = station_on(connector_for(big_shop, 0), "refused")
    try:
        report = station.puller.pull()
    finally:
        hold.set()
    assert report.new == ORDERS


def test_a_station_stopped_while_its_operation_runs_takes_it_up_again(big_shop, station_on):
    hold = threading.Event()
    big_shop.bulk.hold = hold
    run_bulk(big_shop)  # started by this station before it was killed, still running
    connector = connector_for(big_shop, 0)
    connector.bulk._sleep = lambda _seconds: hold.set()  # it finishes once polled
    station = station_on(connector, "restarted")
    report = station.puller.pull()
    assert report.new == ORDERS
    assert big_shop.outcomes("ok", "bulkOperationRunQuery") == 2  # the second one refused
    assert len(big_shop.bulk.operations) == 1
    assert big_shop.outcomes("ok", "fulfillmentOrders") == 0  # no paging


def test_a_bulk_operation_that_never_finishes_gives_up_in_time(big_shop):
    hold = threading.Event()
    big_shop.bulk.hold = hold
    connector = connector_for(big_shop, 0)
    ticks = iter(range(1000))
    connector.bulk = bulk_module.BulkLoader(
        connector.client,
        connector.fields,
        timeout_seconds=5,
        sleep=lambda _s: None,
        clock=lambda: float(next(ticks)),
    )
    try:
        orders = [o for p in connector.fetch_fulfillment_order_pages(None, None) for o in p.orders]
    finally:
        hold.set()
        connector.close()
    assert len(orders) == ORDERS  # by paging
    assert puller_module.WRITE_PAGE == bulk_module.BULK_PAGE


def test_the_bulk_threshold_is_a_setting_the_connector_follows(tmp_path, monkeypatch):
    from packstation.app import build_shopify_connector
    from packstation.config import BULK_AFTER_ORDERS, load_settings
    from packstation.shop.shopify.credentials import ShopCredentials

    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "none.toml"))
    for given, expected in ((None, BULK_AFTER_ORDERS), (0, 0), (3_000, 3_000), (-1, None)):
        overrides = {} if given is None else {"shopify_bulk_after_orders": given}
        settings = load_settings(
            data_dir=tmp_path, shop="shopify", shopify_url="https://x.myshopify.com", **overrides
        )
        connector = build_shopify_connector(settings, ShopCredentials(access_token="shpat_x"))
        try:
            assert connector.bulk_after == expected, given
        finally:
            connector.close()
