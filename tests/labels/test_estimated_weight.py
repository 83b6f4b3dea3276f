"""Without a scale the label says the weight is estimated, in the station's language (issue 19).

The station's own shipping label (ZPL fields and the PDF read back with pypdf) and the
own-delivery parcel label; the carrier itself is told the weight in grams and nothing more.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from packstation.carriers.base import Parcel
from packstation.carriers.codec import request_from_json, request_to_json
from packstation.carriers.own import OwnDelivery
from packstation.carriers.parcel_label import SIZES
from packstation.carriers.registry import CarrierConfig, make_carrier
from packstation.carriers.shipmondo import mapping
from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment, ShipmentLine
from packstation.i18n import translator_for
from packstation.labels.layout import Text, label_fields, shipping_label
from packstation.labels.pdf import shipping_label_pdf
from packstation.labels.text import printable, width
from packstation.labels.zpl import shipping_label_zpl
from packstation.testing.shipmondo import spec
from tests.carriers.conftest import request

SENDER = Address("Nordlys Design ApS", "Søren Kierkegaards Plads 1", "København K", "1221", "DK")
# The package line of a 1,250 g package in each language: weighed, and estimated
PACKAGE_LINES = {
    "en": ("Order #1001 1.25 kg Package 1/2", "Order #1001 1.25 kg (estimated) Package 1/2"),
    "da": ("Ordre #1001 1,25 kg Kolli 1/2", "Ordre #1001 1,25 kg (anslået) Kolli 1/2"),
    "sv": ("Order #1001 1,25 kg Kolli 1/2", "Order #1001 1,25 kg (uppskattad) Kolli 1/2"),
    "nb": ("Ordre #1001 1,25 kg Kolli 1/2", "Ordre #1001 1,25 kg (anslått) Kolli 1/2"),
    "nl": ("Order #1001 1,25 kg Pakket 1/2", "Order #1001 1,25 kg (geschat) Pakket 1/2"),
}
ESTIMATED = {
    "en": "estimated",
    "da": "anslået",
    "sv": "uppskattad",
    "nb": "anslått",
    "nl": "geschat",
}


def shipment(weighed: bool) -> Shipment:
    """Two boxes of 1,250 g and 2,400 g; both weighed on the scale, or neither."""
    return Shipment(
        shipment_id="s-1",
        fulfillment_order_id="fo-1",
        order_name="#1001",
        carrier="PostNord",
        shipping_method="Pakke til døren",
        recipient=Address("Åse Ørsted", "Søren Kierkegaards Plads 3", "Ærøskøbing", "5970", "DK"),
        lines=(ShipmentLine("l1", "SKU-1", "Malmö-tröja", "", "A-1", 3),),
        packages=(
            Package("M", 1250, "00370730000000001", (("l1", 1),), weighed=weighed),
            Package("L", 2400, "00370730000000002", (("l1", 2),), weighed=weighed),
        ),
        created_at=datetime(2026, 11, 23, 9, 5, tzinfo=UTC),
    )


def zpl_fields(zpl: str) -> list[str]:
    """The text of every printed field, the ``^FH`` escapes undone."""
    fields = re.findall(r"\^FH_\^FD([^^]*)\^FS", zpl)
    return [re.sub("_([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), f) for f in fields]


@pytest.mark.parametrize("language", list(PACKAGE_LINES))
@pytest.mark.parametrize("weighed", [True, False], ids=["weighed", "estimated"])
def test_the_label_says_estimated_only_when_no_scale_weighed_the_box(language, weighed):
    tr = translator_for(language)
    plain, estimated = PACKAGE_LINES[language]
    fields = zpl_fields(shipping_label_zpl(shipment(weighed), SENDER, tr=tr).decode("utf-8"))
    assert (plain if weighed else estimated) in fields
    assert (estimated if weighed else plain) not in fields
    said = any(ESTIMATED[language] in f for f in fields)
    assert said is not weighed
    # the words fit the line as measured: nothing is cut with "…"; the package line may print
    # a little smaller, and keeps clear of the QR code's quiet zone (it starts at x = 600)
    for el in shipping_label(shipment(weighed), SENDER, 0, tr=tr):
        if isinstance(el, Text):
            assert el.fitted == printable(el.value), el
        if isinstance(el, Text) and "1/2" in el.value:
            assert el.x + width(el.fitted, el.size) <= 580
            assert el.size >= 21 and (el.size == 28 or not weighed)


@pytest.mark.parametrize("language", list(PACKAGE_LINES))
def test_the_pdf_label_reads_the_same_as_the_printed_one(language):
    tr = translator_for(language)
    for weighed in (True, False):
        pdf = shipping_label_pdf(shipment(weighed), SENDER, tr=tr)
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]
        assert len(pages) == 2
        plain, estimated = PACKAGE_LINES[language]
        assert (plain if weighed else estimated) in pages[0]
        assert (ESTIMATED[language] in pages[1]) is not weighed


def test_the_weight_field_of_a_custom_template_says_it_too():
    tr = translator_for("da")
    assert label_fields(shipment(False), SENDER, 1, tr)["weight"] == "2,4 kg (anslået)"
    assert label_fields(shipment(True), SENDER, 1, tr)["weight"] == "2,4 kg"
    assert label_fields(shipment(False), SENDER, 1, tr)["weight_kg"] == "2.40"  # a number still


def test_the_carrier_is_told_the_weight_in_grams_and_nothing_it_cannot_take():
    parcels = (Parcel(1250, estimated=True), Parcel(2400))
    body = mapping.shipment_body(request(parcels=parcels), own_agreement=False)
    assert [p["weight"] for p in body["parcels"]] == [1250, 2400]
    assert not any("estimat" in str(p) for p in body["parcels"])  # the spec has no such field
    assert spec.request_errors("POST", "/shipments", {}, body) == []
    # the durable booking queue keeps the flag across a restart
    stored = request_from_json(request_to_json(request(parcels=parcels)))
    assert [p.estimated for p in stored.parcels] == [True, False]


def own_fields(label: bytes) -> list[str]:
    return zpl_fields(label.decode("utf-8"))


@pytest.mark.parametrize("language", list(ESTIMATED))
def test_the_own_delivery_label_says_estimated_in_the_stations_language(tmp_path, language):
    config = CarrierConfig("own", data_dir=tmp_path, language=language)
    own = make_carrier(config)
    assert isinstance(own, OwnDelivery)
    parcels = (Parcel(1250, estimated=True), Parcel(2400, estimated=False))
    booking = own.book(request("ps-van", parcels=parcels))
    kilos = ("1.25 kg", "2.4 kg") if language == "en" else ("1,25 kg", "2,4 kg")
    fields = own_fields(booking.label)
    assert f"{kilos[0]} ({ESTIMATED[language]})" in fields
    assert kilos[1] in fields  # weighed: the weight plainly
    page_width = SIZES["10x19"][0]
    for x, size, text in re.findall(
        r"\^FO(\d+),\d+\^A@N,(\d+),\d+,[^^]*\^FH_\^FD([^^]*)\^FS", booking.label.decode()
    ):
        assert int(x) + width(text.replace("_5F", "_"), int(size)) <= page_width - 30, text
    # after a restart the book still knows each parcel's weight; the PDF says the same
    again = make_carrier(config)
    assert again is not None
    label, kind = again.label(booking.booking_id, "10x19_pdf")
    assert kind == "pdf"
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(label)).pages]
    assert f"{kilos[0]} ({ESTIMATED[language]})" in pages[0]
    assert ESTIMATED[language] not in pages[1] and kilos[1] in pages[1]


def test_an_older_own_delivery_book_without_weights_prints_no_weight(tmp_path):
    own = OwnDelivery(tmp_path / "own.json")
    booking = own.book(request("ps-old"))
    book = (tmp_path / "own.json").read_text(encoding="utf-8")
    (tmp_path / "own.json").write_text(
        re.sub(r',\s*"weights": \[[^\]]*\],\s*"estimated": \[[^\]]*\]', "", book),
        encoding="utf-8",
    )
    assert "weights" not in (tmp_path / "own.json").read_text(encoding="utf-8")
    label, _ = OwnDelivery(tmp_path / "own.json").label(booking.booking_id, "10x19_zpl")
    assert not any("kg" in f or f.endswith(" g") for f in own_fields(label))


@pytest.mark.parametrize("weighed", [True, False], ids=["weighed", "estimated"])
def test_completion_books_each_parcel_as_weighed_or_estimated(weighed):
    from dataclasses import replace

    from packstation.domain.shipping_rules import DeliveryMethod, MethodType
    from packstation.services.booking import CarrierBookings
    from tests.carriers.test_plan import order

    local = replace(order(), delivery_method=DeliveryMethod(MethodType.LOCAL))
    bookings = CarrierBookings(None, (), SENDER)  # type: ignore[arg-type]  # planning only
    planned = bookings.plan(shipment(weighed), local)
    assert planned.request is not None
    assert [(p.weight_g, p.estimated) for p in planned.request.parcels] == [
        (1250, not weighed),
        (2400, not weighed),
    ]
