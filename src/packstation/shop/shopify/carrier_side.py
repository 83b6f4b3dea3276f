"""What the carrier side asks of Shopify: customs facts, and "ready for pickup".

Customs facts (HS code, country of origin, price paid) are read with a query of their own
(``node``), only for orders to destinations outside the EU: in the queue's page they would push
its cost over Shopify's cap, and most orders never need them.

Kept apart from the queue's documents (documents.py) so the two change independently; every
document here is validated against Shopify's published schema in tests like the others.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from packstation.domain.customs import LineCustoms, OrderCustoms, crosses_customs
from packstation.domain.orders import FulfillmentOrder
from packstation.shop.base import ShopRejected
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError

log = logging.getLogger("packstation.shopify")
CUSTOMS_PAGE_SIZE = 50

PREPARED_FOR_PICKUP = """
mutation ReadyForPickup($input: FulfillmentOrderLineItemsPreparedForPickupInput!) {
  fulfillmentOrderLineItemsPreparedForPickup(input: $input) {
    userErrors { field message code }
  }
}
"""

CUSTOMS_LINES = (
    """
query CustomsLines($id: ID!, $after: String) {
  node(id: $id) {
    ... on FulfillmentOrder {
      id
      lineItems(first: """
    + str(CUSTOMS_PAGE_SIZE)
    + """, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id
          lineItem {
            discountedUnitPriceAfterAllDiscountsSet { presentmentMoney { amount currencyCode } }
          }
          variant { inventoryItem { harmonizedSystemCode countryCodeOfOrigin } }
        }
      }
    }
  }
}
"""
)

CARRIER_DOCUMENTS: dict[str, str] = {
    "PREPARED_FOR_PICKUP": PREPARED_FOR_PICKUP,
    "CUSTOMS_LINES": CUSTOMS_LINES,
}

# Shopify's answer when every line of the order was marked ready already (an earlier try
# whose answer was lost): the customer was told once, which is what we wanted.
ALREADY_PREPARED = "NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"


class CarrierShopCalls:
    """Shopify calls of the carrier side, mixed into the Shopify connector."""

    client: GraphQLClient

    def with_customs(self, order: FulfillmentOrder) -> FulfillmentOrder:
        """The order with the shop's customs facts when it goes outside the EU.

        A refusal (a scope the app lacks, an unreadable reply) leaves them out: the order then
        stops before its label, in words, rather than the whole pull failing.
        """
        if not order.lines or not crosses_customs(order.shipping_address.country_code):
            return order
        try:
            customs = self.read_customs(order.fulfillment_order_id)
        except (ShopRejected, ShopifyReplyError) as exc:
            log.warning("customs facts of %s not read: %s", order.order_name, exc)
            return order
        return replace(order, customs=customs)

    def read_customs(self, fulfillment_order_id: str) -> OrderCustoms:
        """Every line's HS code, origin and price paid (with its currency)."""
        lines: dict[str, LineCustoms] = {}
        currency = ""
        after: str | None = None
        while True:
            data = self.client.execute(
                CUSTOMS_LINES, {"id": fulfillment_order_id, "after": after}, cost=260
            )
            node = data.get("node")
            if not isinstance(node, dict):
                raise ShopifyReplyError("The shop's reply has no fulfillment order")
            connection = node.get("lineItems") or {}
            for item in connection.get("nodes") or []:
                facts, item_currency = _line_customs(item)
                lines[str(item.get("id"))] = facts
                currency = currency or item_currency
            page = connection.get("pageInfo") or {}
            if not page.get("hasNextPage") or not page.get("endCursor"):
                return OrderCustoms(currency=currency, lines=lines)
            after = str(page["endCursor"])

    def prepared_for_pickup(self, fulfillment_order_id: str) -> None:
        """``fulfillmentOrderLineItemsPreparedForPickup``: Shopify sends the customer its
        "ready for pickup" notice. A repeat after a lost answer finds nothing left to prepare
        and counts as done, so the customer is told once."""
        variables = {
            "input": {"lineItemsByFulfillmentOrder": [{"fulfillmentOrderId": fulfillment_order_id}]}
        }
        data = self.client.execute(PREPARED_FOR_PICKUP, variables)
        payload = data.get("fulfillmentOrderLineItemsPreparedForPickup")
        if not isinstance(payload, dict):
            raise ShopifyReplyError(
                "The shop's reply has no fulfillmentOrderLineItemsPreparedForPickup"
            )
        errors: list[dict[str, Any]] = [
            e for e in payload.get("userErrors") or [] if isinstance(e, dict)
        ]
        if not errors or all(e.get("code") == ALREADY_PREPARED for e in errors):
            return
        words = "; ".join(str(e.get("message", e)) for e in errors)
        raise ShopRejected(f"The shop refused to mark the order ready for pickup: {words}")


def customs_from_lines(items: list[dict[str, Any]]) -> OrderCustoms:
    """Customs facts from line nodes that carry them (a bulk operation's lines)."""
    lines: dict[str, LineCustoms] = {}
    currency = ""
    for item in items:
        facts, item_currency = _line_customs(item)
        lines[str(item.get("id"))] = facts
        currency = currency or item_currency
    return OrderCustoms(currency=currency, lines=lines)


def _line_customs(item: dict[str, Any]) -> tuple[LineCustoms, str]:
    inventory = (item.get("variant") or {}).get("inventoryItem") or {}
    price = ((item.get("lineItem") or {}).get("discountedUnitPriceAfterAllDiscountsSet") or {}).get(
        "presentmentMoney"
    ) or {}
    try:
        value = float(price.get("amount") or 0)
    except (TypeError, ValueError):
        value = 0.0
    facts = LineCustoms(
        hs_code=str(inventory.get("harmonizedSystemCode") or ""),
        origin_country=str(inventory.get("countryCodeOfOrigin") or ""),
        unit_value=value,
    )
    return facts, str(price.get("currencyCode") or "")
