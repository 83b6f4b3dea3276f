"""The outbox delivers each fulfillment exactly once: offline, flaky, refused."""

from __future__ import annotations

import random

from packstation.shop.base import FulfillmentRequest, ShopUnavailable
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork
from packstation.sync.policy import BackoffPolicy
from tests.helpers import pack_order
from tests.sync.test_shopify_exactly_once import make_due


def pack_complete(station, order_name):
    return station.packing.complete(pack_order(station, order_name)).shipment


def outbox_states(station):
    with UnitOfWork(station.session_factory) as uow:
        return [row.state for row in uow.outbox.all()]


def test_online_push_fulfils_in_the_shop(station, demo_shop):
    shipment = pack_complete(station, "#1001")
    report = station.pusher.push_due()
    assert report.delivered == 1
    fulfillments = demo_shop.fulfillments(shipment.fulfillment_order_id)
    assert [f["tracking_number"] for f in fulfillments] == [shipment.tracking_number]
    assert demo_shop.order_by_name("#1001").status.value == "CLOSED"
    assert outbox_states(station) == ["done"]


def test_offline_completions_wait_then_arrive_exactly_once(station, demo_shop):
    demo_shop.online = False
    shipments = [pack_complete(station, f"#{n}") for n in (1002, 1003, 1004)]
    report = station.pusher.push_due()
    assert report.offline and report.delivered == 0
    assert outbox_states(station) == ["pending"] * 3
    demo_shop.online = True
    # make the deferred rows due now
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.outbox.all():
            row.next_attempt_at = row.created_at
        uow.commit()
    assert station.pusher.push_due().delivered == 3
    assert station.pusher.push_due().delivered == 0
    for shipment in shipments:
        assert len(demo_shop.fulfillments(shipment.fulfillment_order_id)) == 1


class DropAfterCommitShop(DemoShop):
    """Fault injection: the shop commits the fulfillment, then the connection drops."""

    drops = 1

    def create_fulfillment(self, request: FulfillmentRequest) -> str:
        reference = super().create_fulfillment(request)
        if self.drops:
            self.drops -= 1
            raise ShopUnavailable("connection reset after the request was sent")
        return reference


def test_commit_then_drop_is_reconciled_not_resent(settings):
    from packstation.app import build_station

    shop = DropAfterCommitShop(settings.demo_shop_state, cancel_after=None)
    station = build_station(settings, connector=shop)
    try:
        station.puller.pull()
        shipment = pack_complete(station, "#1005")
        first = station.pusher.push_due()
        assert first.offline and first.delivered == 0
        with UnitOfWork(station.session_factory) as uow:
            row = uow.outbox.all()[0]
            assert row.attempts == 1 and row.uncertain_at is not None
            uow.commit()
        make_due(station)  # the settle period passes
        second = station.pusher.push_due()
        assert second.delivered == 1
        assert len(shop.fulfillments(shipment.fulfillment_order_id)) == 1
        with UnitOfWork(station.session_factory) as uow:
            actions = [e.action for e in uow.audit.entries(["sync.reconciled", "sync.pushed"])]
        assert actions == ["sync.reconciled"]
    finally:
        station.close()


def test_an_order_cancelled_while_offline_becomes_an_exception(station, demo_shop):
    demo_shop.online = False
    shipment = pack_complete(station, "#1006")
    demo_shop.online = True
    demo_shop.cancel(shipment.fulfillment_order_id)
    report = station.pusher.push_due()
    assert report.rejected == 1
    assert outbox_states(station) == ["rejected"]
    assert demo_shop.fulfillments(shipment.fulfillment_order_id) == []
    entries = {e.order_name: e for e in station.queue.entries()}
    assert entries["#1006"].local_state == "exception"


def test_backoff_grows_and_is_capped():
    policy = BackoffPolicy(base_seconds=2, cap_seconds=60, jitter=0.5)
    rng = random.Random(1)
    delays = [policy.delay(n, rng) for n in range(1, 10)]
    assert 1 <= delays[0] <= 3
    assert all(d <= 90 for d in delays)
    assert delays[5] > delays[0]
    assert policy.delay(0) == 0.0


def test_pull_drops_a_cancelled_order_from_the_queue(station, demo_shop):
    names = {e.order_name for e in station.queue.entries()}
    assert "#1010" in names
    demo_shop.cancel(demo_shop.order_by_name("#1010").fulfillment_order_id)
    report = station.puller.pull()
    assert report.dropped == 1
    assert "#1010" not in {e.order_name for e in station.queue.entries()}
