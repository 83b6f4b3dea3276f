"""Collect in store: the slip only, and Shopify is told once that the items are ready."""

from __future__ import annotations

from packstation.services.auth import Authorisation
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.wiring.conftest import jobs, names_in, sync_until_settled

FIELD = "fulfillmentOrderLineItemsPreparedForPickup"


def _pickup_order(station):
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "PICK_UP")
    return name


def _record(shop, station, shipment_id):
    with UnitOfWork(station.session_factory) as uow:
        message = uow.outbox.for_shipment(shipment_id)
        assert message is not None
        kind, fo_id = message.kind, message.fulfillment_order_id
    return kind, shop.store.fulfillment_orders[fo_id]


def test_shopify_hears_ready_for_pickup_once_and_gets_no_fulfillment(station, shop, shipmondo):
    completion = station.packing.complete(pack_order(station, _pickup_order(station)))
    kinds = [k for k, _n, _d in jobs(station, completion.shipment.shipment_id)]
    assert kinds == ["slip"]
    assert shipmondo.store.all() == []
    sync_until_settled(station)
    kind, record = _record(shop, station, completion.shipment.shipment_id)
    assert kind == "pickup_ready"
    assert record.ready_notices == 1
    assert record.fulfillment_ids == []  # the customer has not collected it yet
    station.sync.run_once()  # the order stays open in the shop: it is packed, not wanted
    with UnitOfWork(station.session_factory) as uow:
        row = uow.orders.row(record.id)
        assert row is not None and row.local_state == "packed"
    assert record.ready_notices == 1


def test_a_lost_answer_is_sent_again_and_the_customer_is_told_once(station, shop):
    shop.inject("drop_after_commit", FIELD)
    completion = station.packing.complete(pack_order(station, _pickup_order(station)))
    sync_until_settled(station)
    _kind, record = _record(shop, station, completion.shipment.shipment_id)
    assert record.ready_notices == 1
    with UnitOfWork(station.session_factory) as uow:
        message = uow.outbox.for_shipment(completion.shipment.shipment_id)
        assert message is not None and message.state == "done"
        assert message.attempts >= 2


def test_a_voided_collect_in_store_box_never_tells_the_customer(station, shop):
    shop.inject("http_503", FIELD, times=None)
    completion = station.packing.complete(pack_order(station, _pickup_order(station)))
    station.sync.run_once()
    station.voids.void(
        completion.shipment.shipment_id, Authorisation("Maja Lind", "void", "wrong order")
    )
    shop.clear_faults()
    sync_until_settled(station)
    _kind, record = _record(shop, station, completion.shipment.shipment_id)
    assert record.ready_notices == 0
