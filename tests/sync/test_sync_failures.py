"""Issue 13, findings 4-8, each against the emulator over HTTP on 127.0.0.1."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from packstation.app import build_station
from packstation.shop.base import ShopNotReached
from packstation.shop.shopify.client import RETRY_AFTER_CEILING, GraphQLClient, ShopifyReplyError
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.storage.models import ProgressReportRow
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.server import STANDARD_PLAN
from tests.helpers import pack_order
from tests.sync.test_shopify_exactly_once import assert_exactly_once, drain, queued_names


def progress_states(station) -> list[str]:
    with UnitOfWork(station.session_factory) as uow:
        rows = uow.session.scalars(select(ProgressReportRow).order_by(ProgressReportRow.id))
        return [r.state for r in rows]


# -- finding 4 ---------------------------------------------------------------------------------


def test_failing_progress_reports_never_hold_up_fulfillments_or_the_pull(shopify_station, shopify):
    names = queued_names(shopify_station, 4)
    shipments = [
        shopify_station.packing.complete(pack_order(shopify_station, n)).shipment for n in names[:3]
    ]
    shopify_station.packing.open_order(names[3])  # four "being packed" reports wait
    shopify.inject("http_503", "fulfillmentOrderReportProgress", times=None)
    statuses = [shopify_station.sync.run_once() for _ in range(6)]
    # the fulfillments went out on the first pass, and the pull ran on every pass
    assert statuses[0].pushed is not None and statuses[0].pushed.delivered == 3
    assert all(s.pulled is not None for s in statuses)
    assert all(s.online for s in statuses), [s.last_error for s in statuses]
    assert_exactly_once(shopify, shipments)
    # each report went out once (its answer was a 503: maybe executed, so never again)
    assert shopify.outcomes("fault:http_503", "fulfillmentOrderReportProgress") == 4
    assert progress_states(shopify_station) == ["lost"] * 4


def test_a_progress_report_is_sent_once_by_two_workers(shopify_settings, shopify):
    first, second = build_station(shopify_settings), build_station(shopify_settings)
    try:
        first.puller.pull()
        with UnitOfWork(first.session_factory) as uow:
            for row in list(uow.orders.queue())[:6]:
                uow.progress_reports.add(
                    ProgressReportRow(
                        fulfillment_order_id=row.id,
                        note="Being packed",
                        created_at=datetime.now(UTC),
                        state="pending",
                    )
                )
            uow.commit()
        shopify.inject("delay", "fulfillmentOrderReportProgress", times=None, seconds=0.1)
        threads = [threading.Thread(target=s.sync.run_once) for s in (first, second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert shopify.outcomes("fault:delay", "fulfillmentOrderReportProgress") == 6
        assert progress_states(first) == ["sent"] * 6
    finally:
        first.close()
        second.close()


# -- finding 5 ---------------------------------------------------------------------------------


@pytest.fixture
def connector_with(shopify) -> Iterator[Callable[[list[float]], ShopifyConnector]]:
    """Connectors to the emulator whose sleeps are recorded (closed after the test)."""
    made: list[ShopifyConnector] = []

    def make(slept: list[float]) -> ShopifyConnector:
        client = GraphQLClient(shopify.url, lambda: shopify.access_token, sleep=slept.append)
        made.append(ShopifyConnector(client, ["1"]))
        return made[-1]

    yield make
    for connector in made:
        connector.close()


def test_retry_after_is_honoured(shopify, connector_with):
    slept: list[float] = []
    connector = connector_with(slept)
    shopify.inject("http_429", times=3, retry_after="2")
    assert connector.check_connection().shop_name == "Nordlys Design"
    assert [s for s in slept if s > 0] == [2.0, 2.0, 2.0]
    assert shopify.outcomes("fault:http_429") == 3


def test_a_retry_after_beyond_the_ceiling_ends_the_attempt_without_sleeping(
    shopify, connector_with
):
    slept: list[float] = []
    connector = connector_with(slept)
    shopify.inject("http_429", times=1, retry_after=str(int(RETRY_AFTER_CEILING * 4)))
    with pytest.raises(ShopNotReached, match="asked to wait 120 s"):
        connector.check_connection()
    assert max(slept, default=0) < RETRY_AFTER_CEILING


def test_a_429_on_a_push_is_not_an_unknown_outcome(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    shipment = shopify_station.packing.complete(pack_order(shopify_station, name)).shipment
    shopify.inject("http_429", "fulfillmentCreate", times=None, retry_after="0")
    status = shopify_station.sync.run_once()
    assert not status.online and "slow down" in status.last_error
    with UnitOfWork(shopify_station.session_factory) as uow:
        [row] = uow.outbox.all()
        assert (row.state, row.attempts, row.uncertain_at) == ("pending", 0, None)
    shopify.clear_faults()
    drain(shopify_station)
    assert_exactly_once(shopify, [shipment])


# -- finding 6 ---------------------------------------------------------------------------------


def test_a_revoked_token_pauses_sync_and_packing_goes_on(shopify_station, shopify):
    names = queued_names(shopify_station, 2)
    opened = pack_order(shopify_station, names[0])
    good, shopify.access_token = shopify.access_token, "shpat_someone_else"  # revoked
    completion = shopify_station.packing.complete(opened)  # refused token: as offline
    assert not completion.checked_with_shop
    status = shopify_station.sync.run_once()
    assert status.paused and not status.online
    assert status.last_error.startswith("The shop refused the access token")
    assert shopify_station.sync.paused_reason == status.last_error
    asked = len(shopify.log)
    again = shopify_station.sync.run_once()  # paused: the shop is not asked again
    assert again.paused and len(shopify.log) == asked
    second = shopify_station.packing.complete(pack_order(shopify_station, names[1]))
    assert not second.checked_with_shop
    with UnitOfWork(shopify_station.session_factory) as uow:
        rows = uow.outbox.all()
        assert [(r.state, r.attempts) for r in rows] == [("pending", 0), ("pending", 0)]
        assert not uow.exceptions.open()
    shopify.access_token = good  # the connection is fixed in Settings
    shopify_station.use_connector(shopify_station.connector, shopify_station.settings)
    drain(shopify_station)
    assert_exactly_once(shopify, [completion.shipment, second.shipment])


# -- finding 7 ---------------------------------------------------------------------------------


def test_a_503_web_page_is_called_a_web_page(shopify_station, shopify, connector_with):
    shopify.inject("http_503_html", "fulfillmentOrders")
    status = shopify_station.sync.run_once()
    assert not status.online
    assert "The shop sent a web page instead of data (HTTP 503)" in status.last_error
    slept: list[float] = []
    shopify.inject("http_503_html")
    with pytest.raises(ShopifyReplyError, match="sent a web page instead of data"):
        connector_with(slept).check_connection()


# -- finding 8 ---------------------------------------------------------------------------------


def test_offline_completions_never_wait_for_the_cost_bucket(shopify_station, shopify):
    shopify.bucket = replace(
        shopify.bucket, **STANDARD_PLAN, available=STANDARD_PLAN["maximum"]
    )  # 2,000, 100/s
    shopify_station.puller.pull()  # the client learns the bucket's size from the replies
    client = shopify_station.connector.client
    assert client.bucket.maximum == 2000.0
    slept: list[float] = []
    client._sleep = slept.append
    before = client.bucket.level(client._clock())
    shopify.stop()  # the shop is unreachable for the whole shift
    for name in queued_names(shopify_station, 30):
        completion = shopify_station.packing.complete(pack_order(shopify_station, name))
        assert not completion.checked_with_shop
    # 30 re-checks of ~150 points would empty a 2,000-point bucket if they were charged; a
    # request that never reached the shop is not, so nothing ever waits
    assert max(slept, default=0.0) == 0.0
    assert client.bucket.level(client._clock()) >= before
