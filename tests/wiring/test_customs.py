"""Parcels outside the EU carry the shop's customs facts; missing ones stop before the label."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from packstation.app import Station, build_station
from packstation.config import Settings
from packstation.services.packing import PackingRefused
from packstation.storage.uow import UnitOfWork
from packstation.testing.shipmondo.server import ShipmondoEmulator
from tests.helpers import pack_order
from tests.sync.support import first_pull
from tests.wiring.conftest import make_carrier, names_in, sync_until_settled

VOEC = "VOEC 2041234"


@pytest.fixture
def voec_station(carrier_settings: Settings, shipmondo: ShipmondoEmulator) -> Iterator[Station]:
    built = build_station(
        replace(carrier_settings, carrier_voec_number=VOEC), carrier=make_carrier(shipmondo)
    )
    first_pull(built)
    yield built
    built.close()


def test_the_pull_stores_customs_facts_for_orders_outside_the_eu(voec_station):
    station = voec_station
    [norway] = names_in(station, ("NO",), 1)
    [denmark] = names_in(station, ("DK",), 1)
    with UnitOfWork(station.session_factory) as uow:
        no_order = uow.orders.get(uow.orders.find_by_name(norway)[0].id)
        dk_order = uow.orders.get(uow.orders.find_by_name(denmark)[0].id)
    assert no_order is not None and dk_order is not None
    assert dk_order.customs is None  # inside the EU: nothing is asked
    assert no_order.customs is not None and no_order.customs.currency == "DKK"
    for line in no_order.lines:
        facts = no_order.customs.lines[line.line_id]
        assert facts.hs_code and len(facts.origin_country) == 2 and facts.unit_value > 0


def test_a_parcel_to_norway_is_booked_with_its_customs_lines_and_voec(voec_station, shipmondo):
    station = voec_station
    [name] = names_in(station, ("NO",), 1)
    completion = station.packing.complete(pack_order(station, name))
    assert completion.booking in ("booked", "pending")  # pending: a loaded machine's timeout
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(completion.shipment.shipment_id)
    body = booked["_body"]  # the request as the station sent it (checked against the spec)
    goods = body["customs"]["goods"]
    assert body["customs"]["currency_code"] == "DKK"
    assert sum(g["quantity"] for g in goods) == completion.shipment.units
    assert all(g["commodity_code"].isdigit() and len(g["country_code"]) == 2 for g in goods)
    [sender] = [p for p in body["parties"] if p["type"] == "sender"]
    assert {"name": "voec_number", "value": VOEC} in sender["attributes"]


def test_missing_hs_codes_stop_the_box_in_words_and_raise_an_exception(voec_station, shop):
    station = voec_station
    [name] = names_in(station, ("NO",), 1)
    record = next(r for r in shop.store.fulfillment_orders.values() if r.order_name == name)
    with shop.store.lock:
        record.lines[0].hs_code = ""
        sku = record.lines[0].sku
        record.updated_at = shop.store.now()
    first_pull(station)  # (a patient timeout: the incremental pull of a loaded machine)
    opened = pack_order(station, name)
    with pytest.raises(PackingRefused, match=f"No label for {name}: Customs data is missing"):
        station.packing.complete(opened)
    with UnitOfWork(station.session_factory) as uow:
        raised = [(e.kind, e.detail) for e in uow.exceptions.open() if e.order_name == name]
    assert [kind for kind, _detail in raised] == ["no_label"]
    assert f"{sku} needs an HS code" in raised[0][1]
