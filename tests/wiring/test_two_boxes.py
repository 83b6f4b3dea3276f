"""A two-box order leaves as two carrier parcels: two numbers, labels 1/2 and 2/2, one slip."""

from __future__ import annotations

from packstation.i18n import translator_for
from packstation.labels.box_contents import box_contents_lines
from packstation.labels.layout import label_fields
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit
from tests.wiring.conftest import jobs, numbers, sync_until_settled


def two_unit_order(station) -> str:
    """A queued Danish home delivery of two units or more, without serial numbers."""
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.orders.queue():
            order = uow.orders.get(row.id)
            if (
                order is not None
                and row.local_state == "queued"
                and row.status in ("OPEN", "IN_PROGRESS")
                and row.ship_country_code == "DK"
                and row.delivery_type == "SHIPPING"
                and order.units >= 2
                and not any(line.requires_serial for line in order.lines)
            ):
                return order.order_name
    raise AssertionError("no two-unit Danish order")


def test_a_two_box_order_books_two_parcels_with_the_carrier(station, shipmondo, shop):
    packing = station.packing
    opened = packing.open_order(two_unit_order(station))
    first = opened.order.lines[0]
    packing.scan(opened, first.barcode)
    packing.boxes.save(packing.boxes.new_box(opened, 1240, weighed=True))
    pack_every_unit(opened, lambda code: packing.scan(opened, code))
    completion = packing.complete(opened)
    assert completion.booking == "booked"
    shipment = completion.shipment
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert len(booked["parcels"]) == 2
    assert booked["parcels"][0]["weight"] == 1240
    parcel_numbers = numbers(station, shipment.shipment_id)
    assert len(parcel_numbers) == 2
    assert tuple(p.tracking_number for p in shipment.packages) == parcel_numbers
    one, two = shipment.packages
    assert one.contents == ((first.line_id, 1),) and one.weight_grams == 1240
    assert sum(units for _, units in two.contents) == shipment.units - 1
    tr = translator_for("en")
    sender = station.settings.sender
    assert "Package 1/2" in label_fields(shipment, sender, 0, tr)["package_line"]
    assert "Package 2/2" in label_fields(shipment, sender, 1, tr)["package_line"]
    slip_words = box_contents_lines(shipment, tr)
    assert slip_words[0] == f"Box 1/2 (standard): 1 × {first.sku}"
    assert slip_words[1].startswith("Box 2/2 (standard): ")
    kinds = [kind for kind, _name, _data in jobs(station, shipment.shipment_id)]
    assert kinds == ["slip", "label"]  # the carrier's one label object holds both parcels
    sync_until_settled(station)
