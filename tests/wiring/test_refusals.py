"""Refusals at F10 in words before the box is sealed; a void cancels at both ends, once each."""

from __future__ import annotations

import pytest

from packstation.services.auth import Authorisation
from packstation.services.packing import PackingRefused
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import live
from tests.wiring.conftest import jobs, names_in, sync_until_settled

LEAD = Authorisation(lead="Maja Lind", action="void", reason="customer cancelled")


def exceptions_of(station, order_name: str) -> list[str]:
    with UnitOfWork(station.session_factory) as uow:
        return [e.kind for e in uow.exceptions.open() if e.order_name == order_name]


def test_a_carrier_refusal_unseals_the_box_in_words_and_a_second_f10_books(station, shipmondo):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.inject("refuse_422", "POST /shipments", message="receiver postal_code is invalid")
    opened = pack_order(station, name)
    with pytest.raises(PackingRefused, match="postal_code is invalid"):
        station.packing.complete(opened)
    with UnitOfWork(station.session_factory) as uow:
        assert uow.bookings.all() == [] and uow.outbox.all() == []
        assert uow.shipments.latest_for_order(name) is None
        session = uow.sessions.get(opened.session_id)
        assert session is not None and session.state == "active"
    assert shipmondo.store.all() == []
    completion = station.packing.complete(opened)  # fixed (here: the platform books now)
    assert completion.booking == "booked"
    assert len(shipmondo.store.with_reference(completion.shipment.shipment_id)) == 1


@pytest.mark.parametrize(
    ("country", "words"), [("NL", "No shipping rule"), ("NO", "Customs data is missing")]
)
def test_no_rule_or_missing_customs_stops_before_the_label_as_an_exception(
    station, shipmondo, country, words
):
    [name] = names_in(station, (country,), 1)
    with pytest.raises(PackingRefused) as refused:
        station.packing.complete(pack_order(station, name))
    assert words.lower() in str(refused.value).lower()
    assert "no_label" in exceptions_of(station, name)
    assert shipmondo.store.all() == []
    with UnitOfWork(station.session_factory) as uow:
        assert uow.shipments.latest_for_order(name) is None


def test_a_void_cancels_the_booking_and_the_fulfillment_once_each(station, shipmondo, shop):
    [name] = names_in(station, ("DK",), 1)
    shipment = station.packing.complete(pack_order(station, name)).shipment
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert len(live(shop)[booked["pkg_no"]]) == 1
    outcome = station.voids.void(shipment.shipment_id, LEAD)
    assert outcome.cancel_booking and outcome.cancel_in_shop
    sync_until_settled(station)
    station.sync.run_once()
    assert shipmondo.store.get(str(booked["id"]))["cancelled"] is True
    assert live(shop).get(booked["pkg_no"], []) == []
    with UnitOfWork(station.session_factory) as uow:
        row = uow.bookings.for_shipment(shipment.shipment_id)
        assert row is not None and row.state == "cancelled"
        cancels = uow.audit.entries(["booking.cancelled"])
    assert len(cancels) == 1
    cancel_calls = [r for r in shipmondo.log if r.operation.startswith("PUT")]
    assert len(cancel_calls) == 1


def test_a_void_before_the_booking_was_tried_books_nothing(station, shipmondo, shop):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.stop()
    shipment = station.packing.complete(pack_order(station, name)).shipment
    shipmondo.start()
    station.voids.void(shipment.shipment_id, LEAD)
    sync_until_settled(station)
    assert shipmondo.store.all() == []
    assert shop.store.fulfillments == {}
    assert [n for _k, n, _d in jobs(station, shipment.shipment_id) if n.endswith("-label")] == []


def test_a_refused_key_prints_a_pending_slip_and_pauses_bookings_only(
    carrier_settings, shipmondo, shop
):
    from packstation.app import build_station
    from packstation.carriers.shipmondo.connector import ShipmondoCarrier
    from tests.sync.support import first_pull

    wrong = ShipmondoCarrier(shipmondo.url, shipmondo.api_user, "revoked-key", timeout=0.6)
    station = build_station(carrier_settings, carrier=wrong)
    try:
        first_pull(station)
        [name] = names_in(station, ("DK",), 1)
        completion = station.packing.complete(pack_order(station, name))
        assert completion.booking == "paused"
        assert "refused the key" in completion.booking_words
        names = [n for _k, n, _d in jobs(station, completion.shipment.shipment_id)]
        assert any("label-pending" in n for n in names)
        status = station.sync.run_once()
        assert status.booked is not None and status.booked.paused
        assert "refused the key" in status.booked.last_error
        assert status.online  # the shop's sync goes on
        assert shop.store.fulfillments == {}  # never without the carrier's numbers
        assert shipmondo.store.all() == []
    finally:
        station.close()
