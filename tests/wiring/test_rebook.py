"""A lead chooses another carrier product (PIN, audited) and the box is booked again."""

from __future__ import annotations

import json

import pytest

from packstation.services.auth import Authorisation
from packstation.services.packing import PackingRefused
from packstation.services.rebook import CarrierChoice, RebookRefused
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_order
from tests.sync.support import live
from tests.wiring.conftest import names_in, sync_until_settled

LEAD = Authorisation(lead="Maja Lind", action="booking.product", reason="heavier parcel")


def open_exception(station, order_name, kind):
    with UnitOfWork(station.session_factory) as uow:
        [found] = [
            (e.id, e.detail)
            for e in uow.exceptions.open()
            if e.order_name == order_name and e.kind == kind
        ]
    return found


def test_a_refusal_in_sync_is_booked_again_with_the_leads_product(station, shipmondo, shop):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.stop()  # offline at the bench: a LABEL PENDING slip
    shipment = station.packing.complete(pack_order(station, name)).shipment
    shipmondo.start()
    shipmondo.inject("refuse_422", "POST /shipments", times=None, message="parcel 1 too heavy")
    with UnitOfWork(station.session_factory) as uow:
        for row in uow.bookings.all():
            row.next_attempt_at = row.created_at
        uow.commit()
    sync_until_settled(station)
    exception_id, detail = open_exception(station, name, "carrier_refused")
    assert "too heavy" in detail
    with UnitOfWork(station.session_factory) as uow:
        message = uow.outbox.for_shipment(shipment.shipment_id)
        assert message is not None and message.state == "blocked"
    assert station.rebooking.current(exception_id) == CarrierChoice("GLSDK_HD", ())
    shipmondo.clear_faults()
    words = station.rebooking.choose(exception_id, CarrierChoice("DAO_DIR"), LEAD)
    assert "booked again with DAO_DIR" in words
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(shipment.shipment_id)
    assert booked["product_code"] == "DAO_DIR"
    [fulfillment] = live(shop)[booked["pkg_no"]]  # the held fulfillment, real numbers
    assert fulfillment.company == "DAO"
    with UnitOfWork(station.session_factory) as uow:
        [entry] = uow.audit.entries(["booking.product_chosen"])
        detail = json.loads(entry.detail) if isinstance(entry.detail, str) else entry.detail
        assert detail["lead"] == "Maja Lind" and detail["was_product_code"] == "GLSDK_HD"
    with pytest.raises(RebookRefused, match="resolved meanwhile"):
        station.rebooking.choose(exception_id, CarrierChoice("DAO_DIR"), LEAD)


def test_an_order_no_rule_matches_ships_with_the_product_a_lead_chose(station, shipmondo):
    [name] = names_in(station, ("GB",), 1)
    opened = pack_order(station, name)
    with pytest.raises(PackingRefused, match="No shipping rule"):
        station.packing.complete(opened)
    exception_id, _detail = open_exception(station, name, "no_label")
    station.rebooking.choose(exception_id, CarrierChoice.parse("dhlex_ww", ""), LEAD)
    completion = station.packing.complete(opened)
    assert completion.booking in ("booked", "pending")  # pending: a loaded machine's timeout
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(completion.shipment.shipment_id)
    assert booked["product_code"] == "DHLEX_WW"


def test_a_refusal_at_the_bench_can_be_fixed_by_a_lead(station, shipmondo):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.inject(
        "refuse_422", "POST /shipments", message="receiver phone is required for SMS_NT"
    )
    opened = pack_order(station, name)
    with pytest.raises(PackingRefused, match="phone is required"):
        station.packing.complete(opened)
    exception_id, _detail = open_exception(station, name, "no_label")
    station.rebooking.choose(exception_id, CarrierChoice("PDK_MH", ()), LEAD)
    completion = station.packing.complete(opened)
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(completion.shipment.shipment_id)
    assert booked["product_code"] == "PDK_MH"


def test_a_bench_refusal_fixed_at_the_next_f10_resolves_its_exception(station, shipmondo):
    [name] = names_in(station, ("DK",), 1)
    shipmondo.inject("refuse_422", "POST /shipments", message="receiver postal_code is invalid")
    opened = pack_order(station, name)
    with pytest.raises(PackingRefused):
        station.packing.complete(opened)
    exception_id, _detail = open_exception(station, name, "no_label")
    station.packing.complete(opened)  # the address was fixed: booked now, or later by sync
    with UnitOfWork(station.session_factory) as uow:
        row = uow.exceptions.get(exception_id)
        assert row is not None and row.state == "resolved"
        assert row.resolution == "Booked at a later F10"
