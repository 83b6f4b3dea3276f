"""Refusals in words, a refused key, and the offline path (5xx, HTML, timeouts, drops, 429)."""

from __future__ import annotations

import pytest

from packstation.carriers.base import (
    CarrierAuthRefused,
    CarrierOutcomeUnknown,
    CarrierRefused,
    CarrierUnavailable,
    Parcel,
)
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.domain.orders import Address
from tests.carriers.conftest import RECEIVER, request


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (
            {"receiver": Address("Lene", "Vej 1", "Odense", "50000", "DK")},
            "receiver postal_code '50000' is invalid",
        ),
        (
            {"services": ("SMS_NT",), "receiver": Address("Lene", "Vej 1", "Odense", "5000", "DK")},
            "receiver phone is required for SMS_NT",
        ),
        ({"parcels": (Parcel(25_000),)}, "parcel 1 weight 25000 g exceeds the maximum"),
        ({"product_code": "GLSDK_SD"}, "GLSDK_SD needs a service point"),
        ({"product_code": "NOPE"}, "'NOPE' is not available on this account"),
    ],
)
def test_a_carrier_refusal_comes_back_in_words(emulator, carrier, changes, words):
    with pytest.raises(CarrierRefused) as caught:
        carrier.book(request(**changes))
    assert str(caught.value).startswith("The carrier refused the booking: ")
    assert words in str(caught.value) and words in " ".join(caught.value.details)
    assert emulator.store.all() == []


def test_an_injected_422_is_a_refusal_too(emulator, carrier):
    emulator.inject("refuse_422", "POST /shipments", message="Receiver mobile is invalid")
    with pytest.raises(CarrierRefused, match="Receiver mobile is invalid"):
        carrier.book(request())


def test_a_wrong_key_is_refused_in_words(emulator):
    wrong = ShipmondoCarrier(emulator.url, emulator.api_user, "wrong-key")
    with pytest.raises(CarrierAuthRefused, match="The carrier account refused the key"):
        wrong.book(request())
    with pytest.raises(CarrierAuthRefused):
        wrong.account()
    wrong.close()


@pytest.mark.parametrize("fault", ["http_500", "http_503", "html", "drop_after_commit"])
def test_a_booking_whose_answer_is_unusable_has_an_unknown_outcome(emulator, carrier, fault):
    emulator.inject(fault, "POST /shipments")
    with pytest.raises(CarrierOutcomeUnknown):
        carrier.book(request())
    assert len(emulator.store.all()) == (1 if fault == "drop_after_commit" else 0)


@pytest.mark.parametrize("fault", ["http_503", "html", "drop_before"])
def test_a_failed_read_is_plain_unavailable(emulator, carrier, fault):
    emulator.inject(fault, "GET /account")
    with pytest.raises(CarrierUnavailable) as caught:
        carrier.account()
    assert not isinstance(caught.value, CarrierOutcomeUnknown)


def test_a_timeout_on_a_booking_has_an_unknown_outcome(emulator):
    slow = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key, timeout=0.3)
    emulator.inject("delay", "POST /shipments", seconds=1.0)
    with pytest.raises(CarrierOutcomeUnknown, match="did not answer"):
        slow.book(request())
    slow.close()


def test_a_platform_that_is_down_is_unavailable_and_nothing_was_sent(emulator):
    down = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key)
    emulator.stop()
    with pytest.raises(CarrierUnavailable) as caught:
        down.book(request())
    assert not isinstance(caught.value, CarrierOutcomeUnknown)
    assert "Cannot reach" in str(caught.value)
    down.close()


def test_429_waits_as_long_as_retry_after_says(emulator, carrier):
    emulator.inject("http_429", "POST /shipments", times=2, seconds=2)
    booking = carrier.book(request())
    assert carrier.sleeps == [2.0, 2.0]
    assert len(emulator.store.all()) == 1 and booking.tracking_numbers


def test_429_longer_than_the_ceiling_goes_offline_with_the_wait(emulator):
    carrier = ShipmondoCarrier(
        emulator.url, emulator.api_user, emulator.api_key, max_wait=10, sleep=lambda s: None
    )
    emulator.inject("http_429", "POST /shipments", seconds=120)
    with pytest.raises(CarrierUnavailable) as caught:
        carrier.book(request())
    assert caught.value.retry_after == 120
    assert not isinstance(caught.value, CarrierOutcomeUnknown)
    assert emulator.store.all() == []
    carrier.close()


def test_a_receiver_without_phone_is_fine_without_sms(emulator, carrier):
    quiet = Address(RECEIVER.name, RECEIVER.address1, RECEIVER.city, RECEIVER.zip, "DK")
    assert carrier.book(request(receiver=quiet)).tracking_numbers


def test_the_nearest_parcel_shop_of_a_products_carrier(carrier, emulator):
    from tests.carriers.conftest import RECEIVER

    point = carrier.nearest_service_point("GLSDK_SD", RECEIVER)
    assert point is not None and point.point_id == "GLS-5000-1"
    assert point.words() == "Kiosk Odense C 1, Stationsvej 1, 5000 Odense C"
    assert carrier.nearest_service_point("NO_SUCH", RECEIVER) is None
    assert emulator.invalid_requests() == []
