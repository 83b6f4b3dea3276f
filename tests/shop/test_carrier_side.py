"""The carrier side's Shopify calls: documents valid for the schema, "ready for pickup" once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from packstation.shop.base import ShopRejected
from packstation.shop.shopify.carrier_side import CARRIER_DOCUMENTS
from packstation.shop.shopify.client import GraphQLClient
from packstation.shop.shopify.connector import ShopifyConnector
from packstation.testing.shopify.seed import seed_demo_orders
from packstation.testing.shopify.server import ShopifyEmulator
from tests.shop.test_documents import admin_schema, graphql


@pytest.mark.parametrize("name", sorted(CARRIER_DOCUMENTS))
def test_carrier_document_is_valid_for_the_2026_04_admin_schema(name):
    document = graphql.parse(CARRIER_DOCUMENTS[name])
    errors = graphql.validate(admin_schema(), document)
    assert errors == [], [e.message for e in errors]


@pytest.fixture
def shop() -> Iterator[ShopifyEmulator]:
    emulator = ShopifyEmulator()
    seed_demo_orders(emulator.store, 40)
    emulator.start()
    yield emulator
    emulator.stop()


@pytest.fixture
def connector(shop: ShopifyEmulator) -> Iterator[ShopifyConnector]:
    made = ShopifyConnector(GraphQLClient(shop.url, lambda: shop.access_token), ("1",))
    yield made
    made.close()


def _by_method(shop: ShopifyEmulator, method: str):
    return next(r for r in shop.store.fulfillment_orders.values() if r.method_type == method)


def test_ready_for_pickup_is_told_once_however_often_it_is_sent(shop, connector):
    record = _by_method(shop, "PICK_UP")
    connector.prepared_for_pickup(record.id)
    connector.prepared_for_pickup(record.id)  # a retry after a lost answer
    assert record.ready_notices == 1
    assert record.status == "IN_PROGRESS"


def test_a_shipping_order_cannot_be_ready_for_pickup(shop, connector):
    record = _by_method(shop, "SHIPPING")
    with pytest.raises(ShopRejected, match="ready for pickup"):
        connector.prepared_for_pickup(record.id)


def test_customs_facts_are_read_only_for_orders_outside_the_eu(shop, connector):
    orders = connector.fetch_fulfillment_orders(None)
    norway = next(o for o in orders if o.shipping_address.country_code == "NO")
    denmark = next(o for o in orders if o.shipping_address.country_code == "DK")
    assert denmark.customs is None
    assert norway.customs is not None and norway.customs.currency == "DKK"
    assert set(norway.customs.lines) == {line.line_id for line in norway.lines}
    assert shop.outcomes("ok", "node") >= 1  # one small query per such order


def test_a_refused_customs_query_leaves_the_order_without_them(shop, connector, monkeypatch):
    def refuse(_fo_id):
        raise ShopRejected("Access denied for inventoryItem field")

    monkeypatch.setattr(connector, "read_customs", refuse)
    orders = connector.fetch_fulfillment_orders(None)  # the pull goes on
    norway = next(o for o in orders if o.shipping_address.country_code == "NO")
    assert norway.customs is None  # the box stops before its label, in words


CARRIER_FIELDS = {
    "Query": ("node",),
    "Mutation": ("fulfillmentOrderLineItemsPreparedForPickup",),
    "FulfillmentOrderLineItemsPreparedForPickupPayload": ("userErrors",),
    "FulfillmentOrderLineItemsPreparedForPickupUserError": ("code", "field", "message"),
    "FulfillmentOrderLineItem": ("lineItem",),
    "LineItem": ("discountedUnitPriceAfterAllDiscountsSet",),
    "MoneyBag": ("presentmentMoney", "shopMoney"),
    "MoneyV2": ("amount", "currencyCode"),
    "ProductVariant": ("inventoryItem",),
    "InventoryItem": ("harmonizedSystemCode", "countryCodeOfOrigin"),
    "FulfillmentOrderLineItemsPreparedForPickupInput": ("lineItemsByFulfillmentOrder",),
    "PreparedFulfillmentOrderLineItemsInput": ("fulfillmentOrderId",),
}


def test_the_emulators_carrier_fields_are_shopifys(shop):
    """What the emulator serves for the carrier side has Shopify's names and types."""
    published, emulated = admin_schema(), shop.schema
    for type_name, names in CARRIER_FIELDS.items():
        roots = {"Query": published.query_type, "Mutation": published.mutation_type}
        ours = emulated.get_type(type_name)
        theirs = roots.get(type_name) or published.get_type(type_name)
        assert ours is not None and theirs is not None, type_name
        for name in names:
            assert str(ours.fields[name].type) == str(theirs.fields[name].type), (type_name, name)
