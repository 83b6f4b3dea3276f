"""The pack screen says which parcel shop a PICKUP_POINT order goes to; other orders say nothing."""

from __future__ import annotations

import pytest

from packstation.storage.uow import UnitOfWork
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def _name_of(station, delivery: str) -> str:
    with UnitOfWork(station.session_factory) as uow:
        return sorted(
            r.order_name
            for r in uow.orders.queue()
            if r.delivery_type == delivery and r.status in ("OPEN", "IN_PROGRESS")
        )[0]


def test_the_parcel_shop_line_shows_for_pickup_point_orders_only(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    line = window.findChild(type(window.pack_view.order_label), "pickupPoint")
    assert line is not None
    parcel_shop = _name_of(station, "PICKUP_POINT")
    scan(parcel_shop)
    qtbot.waitUntil(lambda: controller.open is not None, timeout=5000)
    address = controller.open.order.shipping_address
    assert line.isVisibleTo(window)
    assert line.text().startswith("Parcel shop: the carrier chooses the one nearest to")
    assert address.city in line.text()
    scan(_name_of(station, "SHIPPING"))
    qtbot.waitUntil(lambda: not line.isVisibleTo(window), timeout=5000)
