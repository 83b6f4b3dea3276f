"""The Shopify emulator's query cost, counted by hand: objects 1, scalars 0, a connection 2
plus its nodes (``first`` of them before running, those that came back after), a list of
objects as long as ``first`` asks (one without) or as it came back, mutations 10 a field."""

from __future__ import annotations

from graphql import OperationDefinitionNode, parse

from packstation.testing.shopify.cost import query_cost
from packstation.testing.shopify.server import admin_schema

ORDERS = """
query Orders($first: Int!) {
  fulfillmentOrders(first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id
      fulfillmentHolds { id }
      lineItems(first: 2) { nodes { id variant { id } } }
    }
  }
}
"""


def operation(text: str) -> OperationDefinitionNode:
    [definition] = parse(text).definitions
    assert isinstance(definition, OperationDefinitionNode)
    return definition


def test_the_requested_cost_counts_every_page_in_full():
    # a node: itself 1, its holds 1 (one, without `first`), its lines 2 + 2 × (1 + variant 1)
    per_node = 1 + 1 + 2 + 2 * (1 + 1)
    pages = operation(ORDERS)
    assert query_cost(admin_schema(), pages, {"first": 3}) == 2 + 3 * per_node
    assert query_cost(admin_schema(), pages, {"first": 7}) == 2 + 7 * per_node


def test_the_actual_cost_counts_what_came_back():
    line = {"id": "L", "variant": {"id": "V"}}
    data = {
        "fulfillmentOrders": {
            "pageInfo": {"hasNextPage": False},
            "nodes": [
                {"id": "1", "fulfillmentHolds": [], "lineItems": {"nodes": [line]}},
                {"id": "2", "fulfillmentHolds": [{"id": "H"}], "lineItems": {"nodes": []}},
            ],
        }
    }
    # the connection 2; node one: 1 + lines 2 + 1 × (1 + 1); node two: 1 + a hold 1 + lines 2
    expected = 2 + (1 + 2 + 2) + (1 + 1 + 2)
    assert query_cost(admin_schema(), operation(ORDERS), {"first": 7}, data) == expected


def test_an_interface_field_and_a_mutation():
    node = operation(
        '{ node(id: "x") { ... on FulfillmentOrder { id assignedLocation { name } } } }'
    )
    assert query_cost(admin_schema(), node, {}) == 1 + 1
    assert query_cost(admin_schema(), node, {}, {"node": None}) == 0
    mutation = operation(
        'mutation { fulfillmentOrderHold(id: "x", fulfillmentHold: {reason: OTHER}) '
        "{ userErrors { message } } }"
    )
    assert query_cost(admin_schema(), mutation, {}) == 10
