"""Every request the connector can send fits Shipmondo's published spec; answers fit it too."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

from packstation.carriers.base import Parcel
from packstation.carriers.shipmondo import mapping
from packstation.testing.shipmondo import spec
from tests.carriers.conftest import LONDON, OSLO, SCARF, SENDER, request

OPERATIONS = {
    "POST /shipments",
    "GET /shipments",
    "GET /shipments/{id}/labels",
    "PUT /shipments/{id}/cancel",
    "POST /pickup_requests",
    "GET /account",
    "GET /carriers",
    "GET /products",
}


def test_every_request_the_connector_sends_is_valid_by_the_spec(emulator, carrier):
    since = datetime.now(UTC)
    home = carrier.book(request("ps-home"))
    point = carrier.book(request("ps-point", product_code="GLSDK_SD", service_point_id="96271"))
    auto = carrier.book(request("ps-auto", product_code="PDK_MC", automatic_service_point=True))
    sized = carrier.book(
        request(
            "ps-boxes", parcels=(Parcel(800, 30, 20, 10), Parcel(2500)), label_format="10x19_pdf"
        )
    )
    norway = carrier.book(
        request(
            "ps-no",
            product_code="PDK_MH",
            receiver=OSLO,
            services=(),
            customs=(SCARF,),
            currency="DKK",
            voec_number="VOEC 2041234",
            label_format="compact_zpl",
        )
    )
    britain = carrier.book(
        request(
            "ps-gb",
            product_code="DHLEX_WW",
            receiver=LONDON,
            services=(),
            customs=(SCARF,),
            currency="DKK",
            contents="Knitwear",
        )
    )
    assert carrier.find("ps-no", since).booking_id == norway.booking_id
    assert carrier.label(home.booking_id, "10x19_pdf")[1] == "pdf"
    assert carrier.cancel(point.booking_id).cancelled
    pickup = carrier.book_pickup(
        "post_nord",
        (auto.booking_id, norway.booking_id),
        SENDER,
        since + timedelta(hours=1),
        since + timedelta(hours=3),
        contact_name="Lene",
        contact_phone="70400407",
    )
    assert pickup.shipment_count == 2
    info = carrier.account("DK")
    assert ("gls", "GLS Denmark") in info.carriers and info.products
    assert emulator.invalid_requests() == []
    assert {r.operation for r in emulator.log} == OPERATIONS
    assert sized.tracking_numbers and len(sized.tracking_numbers) == 2
    assert britain.carrier_name == "DHL Express"
    sent = {s["additional_reference"]: s["_body"] for s in emulator.store.all()}
    assert sent["ps-point"]["service_point_id"] == "96271"
    assert sent["ps-auto"]["automatic_select_service_point"] is True
    assert sent["ps-no"]["customs"]["goods"][0]["commodity_code"] == "611710"
    assert sent["ps-no"]["parties"][0]["attributes"] == [
        {"name": mapping.VOEC_ATTRIBUTE, "value": "VOEC 2041234"}
    ]
    assert "customs" not in sent["ps-home"]
    assert sent["ps-boxes"]["parcels"][0] == {
        "weight": 800,
        "length": 30,
        "width": 20,
        "height": 10,
        "internal_reference": "ps-boxes/1",
    }


def test_find_walks_every_page(emulator, carrier):
    since = datetime.now(UTC)
    for n in range(55):
        carrier.book(request(f"ps-{n}"))
    found = carrier.find("ps-54", since)
    assert found is not None and found.reference == "ps-54" and found.label.startswith(b"^XA")
    pages = [r for r in emulator.log if r.operation == "GET /shipments"]
    assert len(pages) == 2  # 50 per page, the most the spec allows


def test_the_validator_catches_what_the_spec_forbids():
    body = mapping.shipment_body(request(), own_agreement=False)
    assert spec.request_errors("POST", "/shipments", {}, body) == []
    broken = {**body, "parcels": [{"weight": 0.5}], "label_format": "a5_zpl"}
    del broken["product_code"]
    problems = spec.request_errors("POST", "/shipments", {}, broken)
    assert any("product_code" in p for p in problems)
    assert any("parcels/0/weight" in p for p in problems)
    assert any("label_format" in p for p in problems)
    assert spec.request_errors("GET", "/shipments", {"reference": ["x"]}, None)
    assert spec.request_errors("GET", "/shipments", {"created_at_min": ["today"]}, None)
    assert spec.request_errors("GET", "/carriers", {}, None)  # receiver_country_code required
    assert spec.request_errors("GET", "/products", {"per_page": ["51"]}, None)


def test_the_emulators_answers_fit_the_spec(emulator, carrier):
    booking = carrier.book(request())
    stored = emulator.store.get(booking.booking_id)
    status, reply, _ = emulator.store.create(mapping.shipment_body(request("ps-2"), False))
    assert status == 200
    assert spec.response_errors("POST", "/shipments", 200, reply) == []
    assert spec.response_errors("GET", "/shipments/{id}", 200, emulator.store.public(stored)) == []
    labels = emulator.store.labels(stored, "10x19_zpl")
    assert spec.response_errors("GET", "/shipments/1/labels", 200, labels) == []
    assert base64.b64decode(labels[0]["base64"]).startswith(b"^XA")
    _, products, _ = emulator.store.page(emulator.store.products({}), {})
    assert spec.response_errors("GET", "/products", 200, products) == []
    assert spec.response_errors("GET", "/carriers", 200, emulator.store.carriers()) == []
