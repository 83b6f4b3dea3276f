"""An order and the rules' decision become a booking request; stops come back in words."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.carriers.base import CarrierRefused, Parcel
from packstation.carriers.own import OwnDelivery
from packstation.carriers.plan import booking_request
from packstation.domain.orders import FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.shipping_rules import (
    CustomsLine,
    DeliveryMethod,
    MethodType,
    decide,
    parse_rules,
)
from tests.carriers.conftest import OSLO, RECEIVER, SENDER

RULES = parse_rules(
    [
        {
            "name": "Shop",
            "method_type": "PICKUP_POINT",
            "product_code": "GLSDK_SD",
            "services": ["EMAIL_NT"],
        },
        {"name": "Norway", "countries": ["NO"], "product_code": "PDK_MH"},
    ]
)


def order(address=RECEIVER) -> FulfillmentOrder:
    now = datetime.now(UTC)
    line = FulfillmentLine("l1", "SC-1", "5701234567892", "Wool scarf", "", 1)
    return FulfillmentOrder(
        "fo-1",
        "#1001",
        ShopStatus.OPEN,
        now,
        now,
        address,
        "Pakkeshop",
        False,
        (line,),
        email="lene@example.dk",
    )


def test_a_pickup_point_order_becomes_a_request_to_the_chosen_point(emulator, carrier):
    method = DeliveryMethod(MethodType.PICKUP_POINT, pickup_point_id="96271")
    decision = decide(RULES, method, "DK", 800)
    req = booking_request(
        "ps-1", order(), decision, SENDER, (Parcel(800),), label_format="10x19_zpl"
    )
    assert (req.product_code, req.service_point_id, req.services) == (
        "GLSDK_SD",
        "96271",
        ("EMAIL_NT",),
    )
    booking = carrier.book(req)
    assert booking.carrier_name == "GLS"
    assert emulator.store.get(booking.booking_id)["service_point_id"] == "96271"


def test_no_rule_and_missing_customs_stop_before_any_booking():
    no_rule = decide(RULES, DeliveryMethod(MethodType.SHIPPING), "SE", 800)
    with pytest.raises(CarrierRefused, match="No shipping rule matches"):
        booking_request("ps-2", order(), no_rule, SENDER, (Parcel(800),), label_format="10x19_zpl")
    norway = decide(RULES, DeliveryMethod(MethodType.SHIPPING), "NO", 800)
    with pytest.raises(CarrierRefused) as caught:
        booking_request(
            "ps-3",
            order(OSLO),
            norway,
            SENDER,
            (Parcel(800),),
            label_format="10x19_zpl",
            customs=(CustomsLine("Wool scarf", 1, 349.0),),
            currency="DKK",
        )
    assert "SC-1" not in str(caught.value)
    assert "Wool scarf needs an HS code, a country of origin" in str(caught.value)
    assert "VOEC number" in str(caught.value)


def test_collect_in_store_needs_no_label_and_local_is_own_delivery():
    pick_up = decide(RULES, DeliveryMethod(MethodType.PICK_UP), "DK", 800)
    with pytest.raises(CarrierRefused, match="needs no carrier label"):
        booking_request("ps-4", order(), pick_up, SENDER, (Parcel(800),), label_format="10x19_zpl")
    local = decide(RULES, DeliveryMethod(MethodType.LOCAL), "DK", 800)
    req = booking_request("ps-5", order(), local, SENDER, (Parcel(800),), label_format="10x19_zpl")
    booking = OwnDelivery().book(req)
    assert booking.own_delivery and booking.carrier_name == "Own delivery"
