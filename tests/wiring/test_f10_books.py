"""F10 books the parcel with the carrier once, prints its label, and fulfils with its numbers."""

from __future__ import annotations

from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import live
from tests.wiring.conftest import jobs, names_in, numbers, sync_until_settled


def test_f10_books_prints_the_carriers_label_and_fulfils_with_its_numbers(
    station, shipmondo, shop
):
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
        message = uow.outbox.for_shipment(shipment.shipment_id)
        assert message is not None and message.state == "done"
        payload = message.payload
    assert "GLS" in payload and booked["pkg_no"] in payload
