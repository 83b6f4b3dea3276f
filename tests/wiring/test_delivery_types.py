"""The shop's delivery method decides the box: parcel shop, own van, collect in store."""

from __future__ import annotations

import json

import pytest

from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import live
from tests.wiring.conftest import jobs, names_in, sync_until_settled


def test_the_delivery_method_comes_from_the_shop(station):
    with UnitOfWork(station.session_factory) as uow:
        kinds = {r.delivery_type for r in uow.orders.queue()}
    assert {"SHIPPING", "PICKUP_POINT", "PICK_UP", "LOCAL"} <= kinds


def test_a_pickup_point_order_is_booked_to_a_parcel_shop(station, shipmondo, shop):
    [name] = names_in(station, ("DK",), 1, "PICKUP_POINT")
    shipment = station.packing.complete(pack_order(station, name)).shipment
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert booked["product_code"] == "GLSDK_SD"
    sync_until_settled(station)
    assert len(live(shop)[booked["pkg_no"]]) == 1


def test_a_local_order_goes_with_the_shops_own_van_never_a_carrier(station, shipmondo, shop):
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "LOCAL")
    completion = station.packing.complete(pack_order(station, name))
    assert completion.booking == "booked"
    assert shipmondo.store.all() == []  # the platform was not asked
    number = completion.shipment.tracking_number
    assert number.startswith("OD")
    sync_until_settled(station)
    [fulfillment] = live(shop)[number]
    assert fulfillment.company == "Own delivery"
    [label] = [d for _k, n, d in jobs(station, completion.shipment.shipment_id) if "label" in n]
    assert label.startswith(b"^XA")


def test_collect_in_store_books_nothing_and_prints_the_slip_only(station, shipmondo):
    [name] = names_in(station, ("DK", "SE", "NO", "NL", "GB"), 1, "PICK_UP")
    completion = station.packing.complete(pack_order(station, name))
    assert completion.booking == ""
    assert shipmondo.store.all() == []
    kinds = [k for k, _n, _d in jobs(station, completion.shipment.shipment_id)]
    assert kinds == ["slip"]
    with UnitOfWork(station.session_factory) as uow:
        assert uow.bookings.all() == []
        message = uow.outbox.for_shipment(completion.shipment.shipment_id)
        assert message is not None
        assert json.loads(message.payload)["carrier"] == "Collect in store"


def test_the_parcel_shop_shown_to_the_packer_is_the_one_booked(station, shipmondo):
    [name] = names_in(station, ("DK",), 1, "PICKUP_POINT")
    opened = pack_order(station, name)
    assert station.bookings is not None
    point = station.bookings.service_point(opened.order)
    assert point is not None and point.point_id.startswith("GLS-")
    shipment = station.packing.complete(opened).shipment
    sync_until_settled(station)  # a booking that timed out on a loaded machine is made now
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert booked["service_point_id"] == point.point_id


@pytest.mark.gui
def test_the_pack_screen_names_the_parcel_shop_the_carrier_chose(qtbot, station, shipmondo):
    from packstation.ui.pack.pickup_point import PickupPointLine
    from packstation.ui.pack.view import PackView
    from packstation.ui.shared.state import StationState

    [name] = names_in(station, ("DK",), 1, "PICKUP_POINT")
    state = StationState(station)
    view = PackView()
    qtbot.addWidget(view)
    line = PickupPointLine(state, view)
    state.open = station.packing.open_order(name)
    line.show_for_open_order()
    assert "nearest to" in line.label.text()  # at once, before the carrier answers
    qtbot.waitUntil(lambda: "Kiosk" in line.label.text(), timeout=10000)
    assert line.label.text().startswith("Parcel shop: Kiosk ")
    state.shutdown()
