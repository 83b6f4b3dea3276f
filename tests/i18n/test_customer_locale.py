"""The slip speaks the language the customer bought in (Shopify's Order.customerLocale) when
Packstation speaks it; else the shipping country's; else the station's."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from packstation.app import build_station
from packstation.i18n import DocumentLanguages
from packstation.i18n.documents import customer_language
from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.shop.demo.shop import DEFAULT_SEED
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.storage.mapping import order_from_row
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from tests.helpers import pack_order


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("da-DK", "da"),
        ("sv", "sv"),
        ("nb-NO", "nb"),
        ("no", "nb"),
        ("nl-BE", "nl"),
        ("en", "en"),
        ("en-GB", "en"),
        ("fr-CA", ""),
        ("", ""),
        ("  ", ""),
    ],
)
def test_the_customers_locale_as_a_language_packstation_speaks(locale, language):
    assert customer_language(locale) == language


def test_the_customers_language_comes_before_the_country_and_the_station():
    languages = DocumentLanguages("sv")
    assert languages.slip_language_for("DK", "en") == "en"  # an English-speaking buyer in Denmark
    assert languages.slip_language_for("SE", "da-DK") == "da"
    assert languages.slip_language_for("DK", "fr-CA") == "da"  # not spoken here: the country's
    assert languages.slip_language_for("DE", "fr") == "sv"  # nor the country: the station's
    assert languages.slip_language_for("DK") == "da"  # the shop did not say
    assert DocumentLanguages("sv", "station").slip_language_for("DK", "nl") == "sv"
    assert DocumentLanguages("sv", "nb").slip_language_for("DK", "nl") == "nb"


def test_the_shopify_connector_reads_the_customers_locale_from_the_emulator():
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, 20)
    expected = {
        o.fulfillment_order_id: o.customer_locale
        for o in generate_orders(
            build_catalogue(DEFAULT_SEED), seed=DEFAULT_SEED, count=20, epoch=datetime.now(UTC)
        )
    }
    with emulator:
        connector = ShopifyConnector(
            GraphQLClient(emulator.url, lambda: emulator.access_token), ("1",)
        )
        try:
            orders = connector.fetch_fulfillment_orders(None, lambda _n: None)
        finally:
            connector.close()
    locales = {o.fulfillment_order_id: o.customer_locale for o in orders}
    assert locales == {key: expected[key] for key in locales}
    assert {"en", "da-DK"} <= set(locales.values())


def test_an_english_buyer_in_denmark_gets_an_english_slip_and_a_dane_a_danish_one(
    settings, demo_shop
):
    station = build_station(replace(settings, language="sv"), connector=demo_shop)
    try:
        station.puller.pull()
        with UnitOfWork(station.session_factory) as uow:
            to_denmark = [
                order_from_row(row)
                for row in uow.orders.queue()
                if row.ship_country_code == "DK" and not row.hold_reason
            ]
        english = next(o for o in to_denmark if o.customer_locale == "en")
        danish = next(o for o in to_denmark if o.customer_locale == "da-DK")
        for order, heading in ((english, "Packing slip"), (danish, "Pakkeseddel")):
            shipment = station.packing.complete(pack_order(station, order.order_name)).shipment
            assert shipment.customer_locale == order.customer_locale
            _label, slip = station.printing.documents(shipment)
            text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(slip.data)).pages)
            assert f"{heading} {order.order_name}" in " ".join(text.split())
    finally:
        station.close()
