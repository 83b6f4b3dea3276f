"""F10 books the parcel with the carrier once, prints its label, and fulfils with its numbers."""

from __future__ import annotations

import json

import pytest

from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import live
from tests.wiring.conftest import jobs, names_in, numbers, sync_until_settled


def test_f10_books_prints_the_carriers_label_and_fulfils_with_its_numbers(station, shipmondo, shop):
    [name] = names_in(station, ("DK",), 1)
    completion = station.packing.complete(pack_order(station, name))
    assert completion.booking == "booked"
    shipment = completion.shipment
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert numbers(station, shipment.shipment_id) == (booked["pkg_no"],)
    assert shipment.tracking_number == booked["pkg_no"]
    kinds = [(kind, data[:3]) for kind, _name, data in jobs(station, shipment.shipment_id)]
    # the station's slip, then the carrier's own ZPL label (no station label, no pending slip)
    assert [k for k, _ in kinds] == ["slip", "label"] and kinds[1][1] == b"^XA"
    sync_until_settled(station)
    [fulfillment] = live(shop)[booked["pkg_no"]]
    assert fulfillment.fulfillment_order_id == shipment.fulfillment_order_id
    with UnitOfWork(station.session_factory) as uow:
        row = uow.bookings.for_shipment(shipment.shipment_id)
        assert row is not None
        carrier_name, urls = row.carrier_name, row.tracking_urls
    assert fulfillment.company == carrier_name and carrier_name
    assert fulfillment.url and fulfillment.url in urls
    with UnitOfWork(station.session_factory) as uow:
        message = uow.outbox.for_shipment(shipment.shipment_id)
        assert message is not None and message.state == "done"
        payload = message.payload
    assert "GLS" in payload and booked["pkg_no"] in payload


@pytest.mark.shop_orders(200)  # 50 Danish and Swedish orders
def test_offline_completions_get_pending_slips_then_are_booked_oldest_first(
    station, shipmondo, shop
):
    names = names_in(station, ("DK", "SE"), 50)
    shipmondo.stop()  # the platform is unreachable: nothing can have been booked
    shipments = []
    for name in names:
        completion = station.packing.complete(pack_order(station, name))
        assert completion.booking == "pending"
        shipments.append(completion.shipment)
    station.sync.run_once()  # still down: nothing booked, nothing sent to the shop
    assert shop.store.fulfillments == {}
    for shipment in shipments:
        pending = [n for kind, n, _ in jobs(station, shipment.shipment_id) if "pending" in n]
        assert len(pending) == 1, shipment.order_name
    shipmondo.start()
    with UnitOfWork(station.session_factory) as uow:  # the back-off is over
        for row in uow.bookings.all():
            row.next_attempt_at = row.created_at
        uow.commit()
    sync_until_settled(station)
    booked = [shipmondo.store.with_reference(s.shipment_id) for s in shipments]
    assert all(len(b) == 1 for b in booked)
    ids = [int(b[0]["id"]) for b in booked]
    assert ids == sorted(ids), "booked oldest first"
    by_tracking = live(shop)
    for shipment, [made] in zip(shipments, booked, strict=True):
        assert len(by_tracking[made["pkg_no"]]) == 1, shipment.order_name
        labels = [d for kind, n, d in jobs(station, shipment.shipment_id) if n.endswith("-label")]
        assert len(labels) == 1 and labels[0].startswith(b"^XA")
        pending = [n for kind, n, _ in jobs(station, shipment.shipment_id) if "pending" in n]
        assert len(pending) == 1  # the slip was not printed again
    assert sum(len(f) for f in by_tracking.values()) == 50


def test_platform_errors_with_unknown_outcomes_still_book_each_box_once(station, shipmondo, shop):
    names = names_in(station, ("DK",), 5)
    shipmondo.inject("http_503", "POST /shipments", times=3)
    shipmondo.inject("late_commit", "POST /shipments", times=2, seconds=1.0)
    shipments = [station.packing.complete(pack_order(station, n)).shipment for n in names]
    sync_until_settled(station)
    for shipment in shipments:
        [made] = shipmondo.store.with_reference(shipment.shipment_id)
        assert len(live(shop)[made["pkg_no"]]) == 1, shipment.order_name
        labels = [n for _kind, n, _d in jobs(station, shipment.shipment_id) if n.endswith("-label")]
        assert len(labels) == 1, shipment.order_name


def test_a_reprint_sends_the_carriers_stored_label_again_audited(station, shipmondo):
    [name] = names_in(station, ("DK",), 1)
    shipment = station.packing.complete(pack_order(station, name)).shipment
    [(_k, _n, label)] = [j for j in jobs(station, shipment.shipment_id) if j[1].endswith("-label")]
    asked = len(shipmondo.log)
    assert station.printing.queue_reprint(name, "label torn", lead="Maja Lind") == 2
    reprinted = [j for j in jobs(station, shipment.shipment_id) if j[1].endswith("-label-reprint")]
    assert [data for _k, _n, data in reprinted] == [label]
    assert len(shipmondo.log) == asked  # the stored bytes: the platform is not asked again
    with UnitOfWork(station.session_factory) as uow:
        [entry] = uow.audit.entries(["print.reprint"])
        assert json.loads(entry.detail)["carrier_label"] is True
