"""Carrier names as Shopify spells them, tracking links, and the booking body's details."""

from __future__ import annotations

import base64

from packstation.carriers.shipmondo import mapping
from tests.carriers.conftest import LONDON, SCARF, request


def test_carrier_names_are_spelled_as_shopify_spells_them():
    assert [mapping.shopify_name(c) for c in ("post_nord", "gls", "dhl_express", "post_nl")] == [
        "PostNord",
        "GLS",
        "DHL Express",
        "PostNL",
    ]
    assert mapping.shopify_name("dsv_xpress") == "Dsv Xpress"
    assert mapping.tracking_url("bring", "70707") == "https://tracking.bring.com/tracking/70707"
    assert mapping.tracking_url("unspecified", "1") == ""


def test_the_body_carries_the_order_name_and_the_unique_reference_apart():
    body = mapping.shipment_body(request("ps-77", sender_email="shop@example.dk"), True)
    assert body["own_agreement"] is True
    assert (body["reference"], body["additional_reference"]) == ("#1001", "ps-77")
    sender, receiver = body["parties"]
    assert sender["type"] == "sender" and sender["email"] == "shop@example.dk"
    assert receiver == {
        "type": "receiver",
        "name": "Lene Hansen",
        "address1": "Skibhusvej 52",
        "postal_code": "5000",
        "city": "Odense C",
        "country_code": "DK",
        "phone": "12345678",
        "email": "lene@example.dk",
    }
    assert body["service_codes"] == "EMAIL_NT" and "customs" not in body


def test_customs_go_to_britain_without_a_voec_number():
    body = mapping.shipment_body(
        request(receiver=LONDON, customs=(SCARF,), currency="DKK", voec_number="VOEC 1"), False
    )
    assert body["customs"] == {
        "export_reason": "sale_of_goods",
        "currency_code": "DKK",
        "goods": [
            {
                "quantity": 2,
                "unit": "piece",
                "country_code": "DK",
                "content": "Wool scarf",
                "commodity_code": "611710",
                "unit_value": 349.0,
                "unit_weight": 150,
            }
        ],
    }
    assert "attributes" not in body["parties"][0]


def test_parcel_numbers_and_labels_are_read_from_the_answer():
    shipment = {"pkg_no": "S1", "parcels": [{"pkg_nos": ["A", "B"]}, {"pkg_no": "C"}]}
    assert mapping.parcel_numbers(shipment) == ("A", "B", "C")
    assert mapping.parcel_numbers({"pkg_no": "S1", "parcels": []}) == ("S1",)
    data = base64.b64encode(b"^XA^XZ").decode()
    assert mapping.decode_label([{"base64": data, "file_format": "zpl"}]) == (b"^XA^XZ", "zpl")
    assert mapping.decode_label(None) == (b"", "")
