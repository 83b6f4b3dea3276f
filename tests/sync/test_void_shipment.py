"""A lead voids a packed shipment: never sent, it vanishes; sent (or maybe sent), the shop
cancels exactly that fulfillment once, also when answers are lost."""

from __future__ import annotations

import json

import pytest

from packstation.services.auth import Authorisation
from packstation.services.voids import VoidRefused
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.test_shopify_exactly_once import drain, make_due, queued_names

LEAD = Authorisation(lead="Maja Lind", action="shipment.void", reason="Wrong box size")


def outbox_of(station, shipment):
    with UnitOfWork(station.session_factory) as uow:
        row = uow.outbox.for_shipment(shipment.shipment_id)
        return row.state, row.void_requested


def queue_names(station):
    return {entry.order_name for entry in station.queue.entries()}


def test_a_shipment_voided_before_it_was_sent_never_reaches_the_shop(station, demo_shop):
    demo_shop.online = False
    shipment = station.packing.complete(pack_order(station, "#1001")).shipment
    assert "#1001" not in queue_names(station)

    outcome = station.voids.void(shipment.shipment_id, LEAD)

    assert (outcome.cancel_in_shop, outcome.print_jobs_cancelled) == (False, 2)
    assert outbox_of(station, shipment) == ("voided", False)
    assert "#1001" in queue_names(station)  # back in the queue to be packed again
    assert station.printing.latest_shipment("#1001") is None  # no reprint of a void
    demo_shop.online = True
    make_due(station)
    status = station.sync.run_once()
    assert status.online and status.waiting == 0
    assert demo_shop.fulfillments(shipment.fulfillment_order_id) == []
    with UnitOfWork(station.session_factory) as uow:
        [entry] = uow.audit.entries(["shipment.voided"])
        assert json.loads(entry.detail)["lead"] == "Maja Lind"
    with pytest.raises(VoidRefused, match="already void"):
        station.voids.void(shipment.shipment_id, LEAD)
    # packed again: a new shipment goes out once
    again = station.packing.complete(pack_order(station, "#1001")).shipment
    make_due(station)
    station.sync.run_once()
    [sent] = demo_shop.fulfillments(shipment.fulfillment_order_id)
    assert sent["tracking_number"] == again.tracking_number


def test_a_delivered_shipment_is_cancelled_in_shopify_and_comes_back(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    shipment = shopify_station.packing.complete(pack_order(shopify_station, name)).shipment
    drain(shopify_station)
    [fulfillment] = shopify.store.fulfillments_of(shipment.fulfillment_order_id)
    assert shopify.store.fulfillment_orders[shipment.fulfillment_order_id].status == "CLOSED"

    outcome = shopify_station.voids.void(shipment.shipment_id, LEAD)
    assert outcome.cancel_in_shop
    assert outbox_of(shopify_station, shipment) == ("done", True)
    drain(shopify_station)

    assert fulfillment.status == "CANCELLED"
    assert outbox_of(shopify_station, shipment) == ("cancelled", True)
    # Shopify keeps the closed order closed and opens a new fulfillment order for the units
    shopify_station.puller.pull()
    with UnitOfWork(shopify_station.session_factory) as uow:
        rows = [(r.id, r.status) for r in uow.orders.queue() if r.order_name == name]
    [(reopened_id, status)] = rows
    assert reopened_id != shipment.fulfillment_order_id
    assert status == "OPEN"


def test_a_void_while_the_push_is_uncertain_cancels_exactly_once(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    shipment = shopify_station.packing.complete(pack_order(shopify_station, name)).shipment
    shopify.inject("drop_after_commit", "fulfillmentCreate", times=1)
    status = shopify_station.sync.run_once()  # the shop recorded it; the answer was lost
    assert not status.online
    assert len(shopify.store.fulfillments_of(shipment.fulfillment_order_id)) == 1

    assert shopify_station.voids.void(shipment.shipment_id, LEAD).cancel_in_shop
    shopify.inject("drop_after_commit", "fulfillmentCancel", times=1)  # and the cancel's, too
    drain(shopify_station)

    [fulfillment] = shopify.store.fulfillments_of(shipment.fulfillment_order_id)
    assert fulfillment.status == "CANCELLED"
    assert outbox_of(shopify_station, shipment) == ("cancelled", True)
    with UnitOfWork(shopify_station.session_factory) as uow:
        actions = [e.action for e in uow.audit.entries(["sync.reconciled", "sync.cancelled"])]
    assert actions == ["sync.reconciled", "sync.cancelled"]


def test_a_void_after_a_send_that_never_arrived_sends_nothing(shopify_station, shopify):
    [name] = queued_names(shopify_station, 1)
    shipment = shopify_station.packing.complete(pack_order(shopify_station, name)).shipment
    shopify.inject("drop_before", "fulfillmentCreate", times=1)  # lost on the way there
    assert not shopify_station.sync.run_once().online
    assert shopify_station.voids.void(shipment.shipment_id, LEAD).cancel_in_shop  # unknown yet

    drain(shopify_station)

    assert shopify.store.fulfillments_of(shipment.fulfillment_order_id) == []
    assert shopify.outcomes("ok", "fulfillmentCancel") == 0
    assert outbox_of(shopify_station, shipment) == ("voided", True)
    with UnitOfWork(shopify_station.session_factory) as uow:
        assert [e.action for e in uow.audit.entries(["sync.dropped"])] == ["sync.dropped"]
