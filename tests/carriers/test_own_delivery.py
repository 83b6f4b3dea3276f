"""Own delivery: the station's own numbers, named as own delivery, stable across a lost answer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.carriers.base import Carrier, CarrierNotFound, Parcel
from packstation.carriers.own import OwnDelivery, own_number
from packstation.carriers.reconcile import reconcile
from packstation.carriers.registry import CarrierConfig, make_carrier
from tests.carriers.conftest import request
from tests.labels.render import render_zpl

zxingcpp = pytest.importorskip("zxingcpp")


def test_own_delivery_is_named_as_such_and_never_as_a_carrier(tmp_path):
    own = OwnDelivery(tmp_path / "own.json")
    assert isinstance(own, Carrier)
    booking = own.book(request("ps-van", parcels=(Parcel(500), Parcel(700))))
    assert booking.own_delivery and booking.carrier_name == "Own delivery"
    assert booking.carrier_code == "own_delivery" and booking.tracking_urls == ("", "")
    assert [n[:2] for n in booking.tracking_numbers] == ["OD", "OD"]
    assert len(set(booking.tracking_numbers)) == 2
    assert b"OWN DELIVERY" in booking.label


def test_booking_again_after_a_lost_answer_gives_the_same_numbers(tmp_path):
    own = OwnDelivery(tmp_path / "own.json")
    first = own.book(request("ps-van"))
    again = OwnDelivery(tmp_path / "own.json")  # another process, after a restart
    assert again.book(request("ps-van")).tracking_numbers == first.tracking_numbers
    found = reconcile(again, "ps-van", datetime.now(UTC))
    assert found.booking is not None and found.booking.label == first.label
    assert not found.had_duplicates
    assert own_number("ps-van", 1) == first.tracking_numbers[0]
    assert own_number("ps-other", 1) != first.tracking_numbers[0]


def test_cancel_and_label_again(tmp_path):
    own = OwnDelivery(tmp_path / "own.json")
    booking = own.book(request("ps-van", label_format="10x19_pdf"))
    assert own.label("ps-van", "10x19_pdf")[0].startswith(b"%PDF")
    assert own.cancel("ps-van").cancelled
    assert own.find("ps-van", datetime.now(UTC)) is None
    assert OwnDelivery(tmp_path / "own.json").find("ps-van", booking.created_at) is None
    assert not own.cancel("nothing").cancelled
    with pytest.raises(CarrierNotFound):
        own.label("nothing", "10x19_zpl")


def test_the_own_label_barcode_decodes(tmp_path):
    booking = OwnDelivery().book(request("ps-van", label_format="compact_zpl"))
    (image,) = render_zpl(booking.label, tmp_path)
    assert [r.text for r in zxingcpp.read_barcodes(image)] == list(booking.tracking_numbers)


def test_the_registry_makes_own_delivery_from_settings(tmp_path):
    config = CarrierConfig("own", data_dir=tmp_path, own_delivery_name="Nordlys Van")
    own = make_carrier(config)
    assert isinstance(own, OwnDelivery) and own.display_name == "Nordlys Van"
    own.book(request("ps-1"))
    assert (tmp_path / "own-delivery.json").exists()
    assert own.account().carriers == (("own_delivery", "Nordlys Van"),)
    assert make_carrier(CarrierConfig("none")) is None
