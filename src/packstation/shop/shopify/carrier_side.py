"""What the carrier side asks of Shopify: "ready for pickup" for collect-in-store orders.

Kept apart from the queue's documents (documents.py) so the two change independently; every
document here is validated against Shopify's published schema in tests like the others.
"""

from __future__ import annotations

from typing import Any

from packstation.shop.base import ShopRejected
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError

PREPARED_FOR_PICKUP = """
mutation ReadyForPickup($input: FulfillmentOrderLineItemsPreparedForPickupInput!) {
  fulfillmentOrderLineItemsPreparedForPickup(input: $input) {
    userErrors { field message code }
  }
}
"""

CARRIER_DOCUMENTS: dict[str, str] = {
    "PREPARED_FOR_PICKUP": PREPARED_FOR_PICKUP,
}

# Shopify's answer when every line of the order was marked ready already (an earlier try
# whose answer was lost): the customer was told once, which is what we wanted.
ALREADY_PREPARED = "NO_LINE_ITEMS_TO_PREPARE_FOR_FULFILLMENT_ORDER"


class CarrierShopCalls:
    """Shopify calls of the carrier side, mixed into the Shopify connector."""

    client: GraphQLClient

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
