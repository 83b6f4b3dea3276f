"""The demo shop gives customs facts, so its orders to Norway and the UK book with a carrier."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from packstation.app import Station, build_station
from packstation.config import Settings
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork
from packstation.testing.shipmondo.server import ShipmondoEmulator
from tests.helpers import pack_order
from tests.wiring.conftest import RULES, make_carrier, names_in, sync_until_settled

UK_RULE = """
[[shipping_rule]]
name = "UK express (customs)"
countries = ["GB"]
product_code = "DHLEX_WW"
"""


@pytest.fixture
def demo_station(
    carrier_settings: Settings, shipmondo: ShipmondoEmulator, tmp_path: Path
) -> Iterator[Station]:
    """The demo shop's orders, booked with the Shipmondo emulator."""
    rules = tmp_path / "demo-rules.toml"
    rules.write_text(RULES + UK_RULE, encoding="utf-8")
    # Norway also needs the shop's VOEC number, a setting the shop fills in (never made up)
    settings = replace(
        carrier_settings,
        shop="demo",
        carrier_voec_number="VOEC 2041234",
        shipping_rules_file=str(rules),
    )
    shop = DemoShop(settings.demo_shop_state, cancel_after=timedelta(hours=1))
    built = build_station(settings, connector=shop, carrier=make_carrier(shipmondo))
    built.puller.pull()
    yield built
    built.close()


def test_demo_orders_outside_the_eu_carry_customs_facts(demo_station):
    station = demo_station
    [norway] = names_in(station, ("NO",), 1)
    [denmark] = names_in(station, ("DK",), 1)
    no_order = station.packing.open_order(norway).order
    dk_order = station.packing.open_order(denmark).order
    assert dk_order.customs is None  # inside the EU: nothing to declare
    assert no_order.customs is not None and no_order.customs.currency == "DKK"
    for line in no_order.lines:
        facts = no_order.customs.lines[line.line_id]
        assert facts.hs_code and len(facts.origin_country) == 2 and facts.unit_value > 0


@pytest.mark.parametrize("country", ["NO", "GB"])
def test_a_demo_order_outside_the_eu_books_with_its_customs_lines(demo_station, shipmondo, country):
    station = demo_station
    [name] = names_in(station, (country,), 1)
    completion = station.packing.complete(pack_order(station, name))  # no stop for customs
    assert completion.booking in ("booked", "pending")  # pending: a loaded machine's timeout
    sync_until_settled(station)
    [booked] = shipmondo.store.with_reference(completion.shipment.shipment_id)
    goods = booked["_body"]["customs"]["goods"]
    assert sum(g["quantity"] for g in goods) == completion.shipment.units
    assert all(g["commodity_code"].isdigit() and len(g["country_code"]) == 2 for g in goods)
    with UnitOfWork(station.session_factory) as uow:
        assert uow.exceptions.open_for(completion.shipment.fulfillment_order_id, "no_label") is None
