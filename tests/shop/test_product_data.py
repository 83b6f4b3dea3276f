"""Product data from Shopify: metafields, attributes, properties, tags and images, end to end.

The emulator keeps the data where a shop does (variant metafields, the order's note
attributes, line-item properties); a pull through the real connector stores it, and the
pack session matches case, alternate and serial-numbered items by it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

import pytest
from graphql import GraphQLObjectType, build_client_schema, build_schema, get_named_type, parse

from packstation.app import build_station
from packstation.config import ConfigError, load_settings
from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.packing import PackSession, ScanOutcome
from packstation.shop.shopify import documents as docs
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.shop.shopify.product_fields import (
    ProductFieldError,
    ProductFields,
    alt_barcodes_of,
    case_barcodes_of,
    serial_required,
)
from packstation.storage.uow import UnitOfWork
from packstation.testing.shopify.cost import query_cost
from packstation.testing.shopify.server import MAX_QUERY_COST, ShopifyEmulator

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "data" / "shopify" / "admin_2026-04.json.gz"
EMULATOR_SCHEMA = (
    Path(__file__).resolve().parents[2] / "src/packstation/testing/shopify/schema.graphql"
)
FO_ID = "gid://shopify/FulfillmentOrder/7700001"


@cache
def published_schema():
    data = json.loads(gzip.decompress(SCHEMA_FILE.read_bytes()))
    schema = build_client_schema(data["data"])
    schema._validation_errors = []
    return schema


def gift_order() -> FulfillmentOrder:
    """An order with every kind of product data a packer needs."""
    moment = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    return FulfillmentOrder(
        fulfillment_order_id=FO_ID,
        order_name="#7701",
        status=ShopStatus.OPEN,
        created_at=moment,
        updated_at=moment,
        shipping_address=Address("Åse Ørsted", "Søndre gate 12", "Oslo", "0154", "NO"),
        shipping_method="Standard",
        express=False,
        lines=(
            FulfillmentLine(
                "gid://shopify/FulfillmentOrderLineItem/1",
                "TEA-01",
                "5701234567892",
                "Loose-leaf tea",
                "Earl Grey",
                12,
                bin_location="B-02-1",
                pack_barcodes=(("15701234567899", 6),),
                image_url="https://cdn.example/tea.png",
            ),
            FulfillmentLine(
                "gid://shopify/FulfillmentOrderLineItem/2",
                "BLKT-01",
                "5709876543217",
                "Lambswool blanket",
                "Grey",
                1,
                bin_location="C-09-1",
                requires_serial=True,
                alt_barcodes=("SUP-4411",),
                properties=(("Engraving", "For Mette"), ("Gift wrap", "Yes")),
            ),
        ),
        tags=("gift", "VIP"),
        gift_message="Happy birthday, Mette!",
        attributes=(("Delivery window", "After 16:00"),),
    )


def connector_for(emulator: ShopifyEmulator, fields: ProductFields | None = None):
    client = GraphQLClient(emulator.url, lambda: emulator.access_token)
    return ShopifyConnector(client, ["1"], product_fields=fields)


def test_metafields_attributes_properties_and_tags_arrive_through_a_pull(settings):
    emulator = ShopifyEmulator()
    emulator.store.add_order(gift_order())
    with emulator:
        connector = connector_for(emulator)
        station = build_station(
            replace(settings, shop="shopify", shopify_url=emulator.url), connector=connector
        )
        try:
            assert station.puller.pull().new == 1
            with UnitOfWork(station.session_factory) as uow:
                stored = uow.orders.get(FO_ID)
        finally:
            station.close()
            connector.close()
    assert stored is not None
    tea, blanket = stored.lines
    assert (tea.bin_location, tea.pack_barcodes) == ("B-02-1", (("15701234567899", 6),))
    assert tea.image_url == "https://cdn.example/tea.png"
    assert not tea.requires_serial and tea.alt_barcodes == () and tea.properties == ()
    assert blanket.bin_location == "C-09-1" and blanket.requires_serial
    assert blanket.alt_barcodes == ("SUP-4411",)
    assert blanket.properties == (("Engraving", "For Mette"), ("Gift wrap", "Yes"))
    assert stored.gift_message == "Happy birthday, Mette!"
    assert stored.attributes == (("Delivery window", "After 16:00"),)
    assert stored.tags == ("gift", "VIP")
    assert stored.has_instructions

    # what was read counts at the bench: a case is 6 units, the supplier's code is the blanket
    session = PackSession(stored, catalogue=None)  # type: ignore[arg-type]
    assert session.scan("15701234567899").quantity == 6
    assert session.scan("15701234567899").line_scanned == 12
    found = session.scan("SUP-4411")
    assert found.outcome is ScanOutcome.MATCHED and found.needs_serial


def test_metafield_names_are_settings(settings):
    """A shop that keeps bins under its own name is read from there, and nowhere else."""
    emulator = ShopifyEmulator()
    record = emulator.store.add_order(gift_order())
    for line in record.lines:
        kept = line.metafields.pop("packstation.bin")
        line.metafields["warehouse.shelf"] = kept
    with emulator:
        plain = connector_for(emulator)
        custom = connector_for(emulator, ProductFields(bin="warehouse.shelf"))
        default, own = (c.fetch_fulfillment_order(FO_ID) for c in (plain, custom))
        plain.close()
        custom.close()
    assert default is not None and own is not None
    assert [line.bin_location for line in default.lines] == ["", ""]
    assert [line.bin_location for line in own.lines] == ["B-02-1", "C-09-1"]


def test_gift_message_and_ignored_attribute_names_are_settings(settings):
    emulator = ShopifyEmulator()
    record = emulator.store.add_order(gift_order())
    record.attributes = [
        ("Gift note", "Til Mette"),
        ("gift_message", "not the gift message here"),
        ("Order source", "POS app"),
    ]
    record.lines[0].properties = [("Bundle ID", "b-17"), ("Engraving", "M")]
    fields = ProductFields(
        gift_attributes="gift note", ignored_attributes="order source, bundle id"
    )
    with emulator:
        connector = connector_for(emulator, fields)
        read = connector.fetch_fulfillment_order(FO_ID)
        connector.close()
    assert read is not None
    assert read.gift_message == "Til Mette"
    assert read.attributes == (("gift_message", "not the gift message here"),)
    assert read.lines[0].properties == (("Engraving", "M"),)  # an app's bookkeeping left out


def test_a_wrong_metafield_setting_stops_the_start_in_words(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "none.toml"))
    with pytest.raises(ConfigError, match=r"shopify_bin_metafield .*namespace\.key"):
        load_settings(data_dir=tmp_path, shopify_bin_metafield="bin")
    with pytest.raises(ProductFieldError):
        ProductFields(case_barcodes="nodot").check()
    defaults = load_settings(data_dir=tmp_path)
    assert defaults.shopify_product_fields == ProductFields()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('[{"barcode": "15701234567899", "units": 6}]', (("15701234567899", 6),)),
        ('{"15701234567899": 12}', (("15701234567899", 12),)),
        (
            '["CASE-A:6", "CASE-B = 24", "CASE-C x 4"]',
            (("CASE-A", 6), ("CASE-B", 24), ("CASE-C", 4)),
        ),
        ("CASE-A:6, CASE-B:1, junk", (("CASE-A", 6),)),
        ("", ()),
    ],
)
def test_case_barcodes_are_read_in_the_shapes_shops_use(value, expected):
    assert case_barcodes_of({"value": value}) == expected


def test_alternate_barcodes_and_serial_flags_read_leniently():
    assert alt_barcodes_of({"value": '["A1", "B2", "A1"]'}) == ("A1", "B2")
    assert alt_barcodes_of({"value": "A1, B2\nC3"}) == ("A1", "B2", "C3")
    assert alt_barcodes_of(None) == ()
    assert serial_required({"value": "true"}) and not serial_required({"value": "false"})
    assert not serial_required(None)


def test_the_pull_queries_stay_under_shopifys_cost_cap():
    schema = published_schema()
    for name in ("FULFILLMENT_ORDERS", "FULFILLMENT_ORDER", "FULFILLMENT_ORDER_LINES"):
        operation = parse(docs.ALL_DOCUMENTS[name]).definitions[0]
        cost = query_cost(schema, operation, {"first": docs.PAGE_SIZE})
        print(f"{name}: {cost} points requested")
        assert cost <= MAX_QUERY_COST, name


def test_the_emulator_serves_product_data_as_the_published_schema_defines_it():
    """Every field of the emulator's types exists in Shopify's schema with the same type."""
    published = published_schema()
    emulator = build_schema(EMULATOR_SCHEMA.read_text(encoding="utf-8"))
    for type_name in ("ProductVariant", "Metafield", "Attribute", "LineItem", "Order", "Image"):
        ours = emulator.type_map[type_name]
        theirs = published.type_map[type_name]
        assert isinstance(ours, GraphQLObjectType) and isinstance(theirs, GraphQLObjectType)
        for field_name, field in ours.fields.items():
            assert field_name in theirs.fields, f"{type_name}.{field_name}"
            assert str(field.type) == str(theirs.fields[field_name].type), field_name
            for arg in field.args:
                assert arg in theirs.fields[field_name].args, f"{type_name}.{field_name}({arg})"
    assert get_named_type(emulator.type_map["FulfillmentOrderLineItem"].fields["lineItem"].type)
