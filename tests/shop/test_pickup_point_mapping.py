"""Shopify's parcel-shop order: the point the customer chose, read from the fulfillment order."""

from __future__ import annotations

from packstation.domain.shipping_rules import MethodType
from packstation.shop.shopify.mapping import delivery_method_of, point_id_of

POINT_ADDRESS = {
    "firstName": "Åse",
    "lastName": "Ørsted",
    "company": "Kiosk Aarhus C",
    "address1": "Banegårdspladsen 4",
    "zip": "8000",
    "city": "Aarhus C",
    "countryCode": "DK",
}


def test_a_pickup_point_order_carries_the_chosen_point_id_and_name():
    method = delivery_method_of(
        {
            "methodType": "PICKUP_POINT",
            "presentedName": "GLS Pakkeshop",
            "sourceReference": "95018",
        },
        POINT_ADDRESS,
    )
    assert method is not None and method.method_type is MethodType.PICKUP_POINT
    assert method.pickup_point_id == "95018"
    assert method.pickup_point_name == "Kiosk Aarhus C"


def test_without_a_source_reference_the_carrier_chooses_the_nearest():
    method = delivery_method_of({"methodType": "PICKUP_POINT"}, POINT_ADDRESS)
    assert method is not None
    assert (method.pickup_point_id, method.pickup_point_name) == ("", "")


def test_only_a_parcel_shop_order_reads_a_point():
    method = delivery_method_of(
        {"methodType": "SHIPPING", "sourceReference": "95018"}, POINT_ADDRESS
    )
    assert method is not None and method.pickup_point_id == ""


def test_a_source_reference_that_is_no_plain_id_is_ignored():
    assert point_id_of(" 95018 ") == "95018"
    assert point_id_of("GLS-8000-1") == "GLS-8000-1"
    assert point_id_of("") == ""
    assert point_id_of('{"promise": "abc def"}') == ""
    assert point_id_of("x" * 65) == ""
