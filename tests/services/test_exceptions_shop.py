"""A lead's exception can hold the order in Shopify (once, however often asked) and release it."""

from __future__ import annotations

import pytest

from packstation.domain.users import Role
from packstation.shop.base import ShopUnavailable
from packstation.storage.uow import UnitOfWork


def test_hold_and_release_an_exception_order_in_the_shop(shopify_station, shopify):
    station = shopify_station
    station.auth.add_user("Maja", Role.LEAD, badge="LEAD-7")
    with UnitOfWork(station.session_factory) as uow:
        name = sorted(r.order_name for r in uow.orders.queue() if r.status == "OPEN")[0]
    opened = station.packing.open_order(name)
    yes = station.auth.authorise("pack.override", name, "label torn", badge="LEAD-7")
    station.packing.confirm_by_hand(opened, opened.order.lines[0].line_id, yes)
    [exception] = station.exceptions.open()
    fo_id = opened.order.fulfillment_order_id

    hold = station.auth.authorise("shop.hold", name, "customer to be called", badge="LEAD-7")
    station.exceptions.hold_in_shop(exception.exception_id, hold)
    station.exceptions.hold_in_shop(exception.exception_id, hold)  # asked twice: one hold
    record = shopify.store.fulfillment_orders[fo_id]
    assert record.status == "ON_HOLD"
    assert len(record.holds) == 1
    assert "customer to be called" in record.holds[0]["reasonNotes"]
    assert record.holds[0]["handle"] == f"packstation-exception-{exception.exception_id}"

    station.exceptions.release_in_shop(exception.exception_id, hold)
    assert shopify.store.fulfillment_orders[fo_id].status == "OPEN"
    with UnitOfWork(station.session_factory) as uow:
        actions = [e.action for e in uow.audit.entries(["shop.hold", "shop.release"])]
    assert actions == ["shop.hold", "shop.hold", "shop.release"]

    shopify.stop()
    with pytest.raises(ShopUnavailable):
        station.exceptions.hold_in_shop(exception.exception_id, hold)
