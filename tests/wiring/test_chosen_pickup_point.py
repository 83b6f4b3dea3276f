"""A parcel-shop order whose customer chose the point is booked to exactly that point."""

from __future__ import annotations

import pytest

from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.wiring.conftest import names_in, sync_until_settled

# The demo carries a chosen point on every other parcel-shop order: 200 orders have several.
pytestmark = pytest.mark.shop_orders(200)


def _chosen(station) -> tuple[str, str, str]:
    """(order name, point id, point name) of the first Danish order naming its parcel shop."""
    with UnitOfWork(station.session_factory) as uow:
        rows = sorted(
            (r.order_name, r.delivery_point_id, r.delivery_point_name)
            for r in uow.orders.queue()
            if r.delivery_type == "PICKUP_POINT"
            and r.ship_country_code == "DK"
            and r.delivery_point_id
            and r.local_state == "queued"
        )
    assert rows, "the demo shop carries a chosen parcel shop on some parcel-shop orders"
    return rows[0]


def test_the_pull_stores_the_point_the_customer_chose(station):
    name, point_id, point_name = _chosen(station)
    assert point_name.startswith("Kiosk ")
    opened = station.packing.open_order(name)
    method = opened.order.delivery_method
    assert method is not None
    assert (method.pickup_point_id, method.pickup_point_name) == (point_id, point_name)


def test_the_chosen_point_is_booked_and_the_carrier_is_not_asked_for_the_nearest(
    station, shipmondo
):
    name, point_id, _point_name = _chosen(station)
    opened = pack_order(station, name)
    assert station.bookings is not None
    assert station.bookings.service_point(opened.order) is None  # nothing to ask
    shipment = station.packing.complete(opened).shipment
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert booked["service_point_id"] == point_id
    body = booked["_body"]
    assert body["service_point_id"] == point_id
    assert "automatic_select_service_point" not in body


def test_an_order_without_a_choice_still_goes_to_the_nearest(station, shipmondo):
    [name] = names_in(station, ("DK",), 1, "PICKUP_POINT")
    with UnitOfWork(station.session_factory) as uow:
        [row] = uow.orders.find_by_name(name)
        assert row.delivery_point_id == ""


@pytest.mark.gui
def test_the_pack_screen_says_the_customer_chose_the_point(qtbot, station):
    from packstation.ui.pack.pickup_point import PickupPointLine
    from packstation.ui.pack.view import PackView
    from packstation.ui.shared.state import StationState

    name, _point_id, point_name = _chosen(station)
    state = StationState(station)
    view = PackView()
    qtbot.addWidget(view)
    line = PickupPointLine(state, view)
    state.open = station.packing.open_order(name)
    line.show_for_open_order()
    text = line.label.text()
    assert text.startswith(f"Parcel shop chosen by the customer: {point_name}, ")
    assert state.open.order.shipping_address.city in text
    assert not line.label.isHidden()
    state.shutdown()
