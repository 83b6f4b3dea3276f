"""Every GraphQL document the connector sends (validated against the schema in tests).

Page sizes keep the requested cost under Shopify's 1,000-point cap per query: 7 fulfillment
orders × 12 line items, each line with its variant's four product-data metafields and its
properties (about 910 points requested; far less is charged, as absent metafields cost
nothing). A fulfillment order with more lines has the rest fetched with
``FULFILLMENT_ORDER_LINES``.
"""

from __future__ import annotations

import json
import re

API_VERSION = "2026-04"

PAGE_SIZE = 7
LINE_PAGE_SIZE = 12
MORE_LINES_PAGE_SIZE = 90

_LINE_FIELDS = """
      id
      remainingQuantity
      totalQuantity
      sku
      productTitle
      variantTitle
      requiresShipping
      weight { unit value }
      image { url(transform: { maxWidth: 240, maxHeight: 240 }) }
      variant {
        id barcode sku
        bin: metafield(namespace: $binNamespace, key: $binKey) { value }
        caseBarcodes: metafield(namespace: $caseNamespace, key: $caseKey) { value }
        serialRequired: metafield(namespace: $serialNamespace, key: $serialKey) { value }
        altBarcodes: metafield(namespace: $altNamespace, key: $altKey) { value }
      }
      lineItem { customAttributes { key value } }
"""

# The metafields of product data are settings (shop/shopify/product_fields.py).
_METAFIELD_VARIABLES = (
    "$binNamespace: String, $binKey: String!, $caseNamespace: String, $caseKey: String!, "
    "$serialNamespace: String, $serialKey: String!, $altNamespace: String, $altKey: String!"
)

_FULFILLMENT_ORDER_OWN_FIELDS = """
  id
  status
  createdAt
  updatedAt
  orderId
  orderName
  destination {
    firstName lastName company address1 address2 city province zip countryCode phone email
  }
  assignedLocation { location { id } }
  order { note tags email cancelledAt customAttributes { key value } customerLocale }
  deliveryMethod { methodType serviceCode presentedName sourceReference }
  fulfillmentHolds { id reason reasonNotes handle }
"""

_FULFILLMENT_ORDER_FIELDS = (
    _FULFILLMENT_ORDER_OWN_FIELDS
    + """  lineItems(first: """
    + str(LINE_PAGE_SIZE)
    + """) {
    pageInfo { hasNextPage endCursor }
    nodes {"""
    + _LINE_FIELDS
    + """    }
  }
"""
)

FULFILLMENT_ORDER_LINES = (
    """
query FulfillmentOrderLines($id: ID!, $after: String, """
    + _METAFIELD_VARIABLES
    + """) {
  fulfillmentOrder(id: $id) {
    lineItems(first: """
    + str(MORE_LINES_PAGE_SIZE)
    + """, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {"""
    + _LINE_FIELDS
    + """      }
    }
  }
}
"""
)

FULFILLMENT_ORDERS = (
    """
query PackQueue(
  $first: Int!, $after: String, $query: String, $includeClosed: Boolean!, """
    + _METAFIELD_VARIABLES
    + """
) {
  fulfillmentOrders(
    first: $first, after: $after, query: $query, sortKey: UPDATED_AT,
    includeClosed: $includeClosed
  ) {
    pageInfo { hasNextPage endCursor }
    nodes {"""
    + _FULFILLMENT_ORDER_FIELDS
    + """    }
  }
}
"""
)

FULFILLMENT_ORDER = (
    """
query FulfillmentOrder($id: ID!, """
    + _METAFIELD_VARIABLES
    + """) {
  fulfillmentOrder(id: $id) {"""
    + _FULFILLMENT_ORDER_FIELDS
    + """    fulfillments(first: 10) {
      nodes { id status createdAt trackingInfo(first: 5) { company number url } }
    }
  }
}
"""
)

FULFILLMENT_CREATE = """
mutation ShipIt($fulfillment: FulfillmentInput!) {
  fulfillmentCreate(fulfillment: $fulfillment) {
    fulfillment { id status createdAt trackingInfo(first: 10) { company number url } }
    userErrors { field message }
  }
}
"""

FULFILLMENT_CANCEL = """
mutation CancelShipment($id: ID!) {
  fulfillmentCancel(id: $id) {
    fulfillment { id status }
    userErrors { field message }
  }
}
"""

FULFILLMENT_STATUS = """
query FulfillmentStatus($id: ID!) {
  fulfillment(id: $id) { id status }
}
"""

REPORT_PROGRESS = """
mutation ReportProgress($id: ID!, $notes: String) {
  fulfillmentOrderReportProgress(id: $id, progressReport: { reasonNotes: $notes }) {
    fulfillmentOrder { id status }
    userErrors { field message }
  }
}
"""

HOLD = """
mutation Hold($id: ID!, $hold: FulfillmentOrderHoldInput!) {
  fulfillmentOrderHold(id: $id, fulfillmentHold: $hold) {
    fulfillmentOrder { id status }
    userErrors { field message }
  }
}
"""

RELEASE_HOLD = """
mutation ReleaseHold($id: ID!, $holdIds: [ID!]) {
  fulfillmentOrderReleaseHold(id: $id, holdIds: $holdIds) {
    fulfillmentOrder { id status }
    userErrors { field message }
  }
}
"""

CONNECTION_CHECK = """
query ConnectionCheck {
  shop { name myshopifyDomain }
  locations(first: 50) { nodes { id name isActive } }
  currentAppInstallation { accessScopes { handle } }
}
"""

# A bulk query has no cost cap: the lines carry their customs facts too (merged selections),
# so no order needs a query of its own for them (carrier_side.py).
_CUSTOMS_LINE_FIELDS = """
      lineItem {
        discountedUnitPriceAfterAllDiscountsSet { presentmentMoney { amount currencyCode } }
      }
      variant { inventoryItem { harmonizedSystemCode countryCodeOfOrigin } }
"""

# A bulk operation's query takes no variables: ``bulk_queue_query`` fills in the search and
# the product-data metafields. Lines come as a nested connection (flattened by the shop).
BULK_QUEUE_TEMPLATE = (
    """{
  fulfillmentOrders(query: $query, sortKey: UPDATED_AT) {
    edges {
      node {"""
    + _FULFILLMENT_ORDER_OWN_FIELDS
    + """        lineItems {
          edges {
            node {"""
    + _LINE_FIELDS
    + _CUSTOMS_LINE_FIELDS
    + """            }
          }
        }
      }
    }
  }
}
"""
)

BULK_RUN = """
mutation BulkQueue($query: String!) {
  bulkOperationRunQuery(query: $query, groupObjects: true) {
    bulkOperation { id status }
    userErrors { field message code }
  }
}
"""

BULK_CURRENT = """
query BulkCurrent {
  currentBulkOperation(type: QUERY) { id status query }
}
"""

BULK_STATUS = """
query BulkStatus($id: ID!) {
  node(id: $id) {
    ... on BulkOperation { id status errorCode objectCount rootObjectCount url }
  }
}
"""


def bulk_queue_query(values: dict[str, str | None]) -> str:
    """The bulk query with its ``$names`` replaced by these values (JSON-quoted)."""
    return re.sub(r"\$(\w+)", lambda m: json.dumps(values.get(m.group(1))), BULK_QUEUE_TEMPLATE)


ALL_DOCUMENTS: dict[str, str] = {
    "BULK_RUN": BULK_RUN,
    "BULK_STATUS": BULK_STATUS,
    "BULK_CURRENT": BULK_CURRENT,
    "FULFILLMENT_ORDERS": FULFILLMENT_ORDERS,
    "FULFILLMENT_ORDER": FULFILLMENT_ORDER,
    "FULFILLMENT_ORDER_LINES": FULFILLMENT_ORDER_LINES,
    "FULFILLMENT_CREATE": FULFILLMENT_CREATE,
    "FULFILLMENT_CANCEL": FULFILLMENT_CANCEL,
    "FULFILLMENT_STATUS": FULFILLMENT_STATUS,
    "REPORT_PROGRESS": REPORT_PROGRESS,
    "HOLD": HOLD,
    "RELEASE_HOLD": RELEASE_HOLD,
    "CONNECTION_CHECK": CONNECTION_CHECK,
}
