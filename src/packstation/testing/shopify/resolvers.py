"""The emulator's GraphQL root: store records turned into the shapes the schema declares."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLError, GraphQLResolveInfo

from packstation.testing.shopify.bulk import BulkOperations, BulkRecord
from packstation.testing.shopify.products import metafield_node
from packstation.testing.shopify.store import (
    Fulfillment,
    FulfillmentOrderRecord,
    Line,
    ShopStore,
    cursor_of,
    iso,
)

Info = GraphQLResolveInfo  # graphql-core's resolver context

READ_SCOPE = "read_merchant_managed_fulfillment_orders"
WRITE_SCOPE = "write_merchant_managed_fulfillment_orders"


def _page(items: list[Any], first: int | None, after: str | None) -> tuple[list[Any], bool, int]:
    start = int(after) if after else 0
    size = first if first is not None else len(items)
    return items[start : start + size], start + size < len(items), start + size


def _attributes(pairs: list[tuple[str, str]]) -> list[dict[str, str]]:
    return [{"key": key, "value": value} for key, value in pairs]


def _image(url: str) -> dict[str, Any] | None:
    """An Image; a transform (a smaller size) is served as the original picture."""
    return {"url": lambda info, transform=None: url} if url else None


def _line(line: Line, currency: str) -> dict[str, Any]:
    variant_id = line.id.replace("FulfillmentOrderLineItem", "ProductVariant")
    metafields = dict(line.metafields)
    return {
        "id": line.id,
        "remainingQuantity": line.remaining,
        "totalQuantity": line.total,
        "sku": line.sku,
        "productTitle": line.title,
        "variantTitle": line.variant_title or None,
        "requiresShipping": True,
        "weight": {"unit": "GRAMS", "value": float(line.weight_grams)},
        "image": _image(line.image_url),
        "variant": {
            "id": variant_id,
            "barcode": line.barcode or None,
            "sku": line.sku,
            "metafield": lambda info, key, namespace=None: metafield_node(
                variant_id, metafields, namespace, key
            ),
            "inventoryItem": {
                "id": line.id.replace("FulfillmentOrderLineItem", "InventoryItem"),
                "harmonizedSystemCode": line.hs_code or None,
                "countryCodeOfOrigin": line.origin_country or None,
            },
        },
        "lineItem": {
            "id": line.id.replace("FulfillmentOrderLineItem", "LineItem"),
            "customAttributes": _attributes(line.properties),
            "discountedUnitPriceAfterAllDiscountsSet": {
                "presentmentMoney": {"amount": f"{line.unit_price:.2f}", "currencyCode": currency},
                "shopMoney": {"amount": f"{line.unit_price:.2f}", "currencyCode": currency},
            },
        },
    }


def _fulfillment(record: Fulfillment) -> dict[str, Any]:
    tracking = {"company": record.company, "number": record.tracking_number, "url": record.url}
    return {
        "id": record.id,
        "name": record.name,
        "status": record.status,
        "createdAt": iso(record.created_at),
        "trackingInfo": lambda info, first=None: [tracking][: first or 1],
    }


class Root:
    """Resolvers for every root field; ``scopes`` are the access scopes the app was granted."""

    def __init__(
        self, store: ShopStore, scopes: set[str], shop_name: str, bulk: BulkOperations
    ) -> None:
        self.store = store
        self.scopes = scopes
        self.shop_name = shop_name
        self.bulk = bulk

    def _require(self, scope: str, field: str) -> None:
        if scope not in self.scopes:
            raise GraphQLError(
                f"Access denied for {field} field. Required access: `{scope}` access scope."
            )

    def fulfillment_order(self, record: FulfillmentOrderRecord) -> dict[str, Any]:
        """A fulfillment order node."""
        store = self.store

        def line_items(
            info: Info, first: int | None = None, after: str | None = None, **_: Any
        ) -> dict[str, Any]:
            with store.lock:
                lines = [_line(line, record.currency) for line in record.lines]
            page, more, end = _page(lines, first, after)
            edges = [{"cursor": str(n), "node": node} for n, node in enumerate(page)]
            return {"pageInfo": _page_info(more, str(end)), "nodes": page, "edges": edges}

        def fulfillments(
            info: Info, first: int | None = None, after: str | None = None, **_: Any
        ) -> dict[str, Any]:
            with store.lock:
                found = [_fulfillment(store.fulfillments[f]) for f in record.fulfillment_ids]
            page, more, end = _page(found, first, after)
            return {"pageInfo": _page_info(more, str(end)), "nodes": page}

        with store.lock:
            return {
                "id": record.id,
                "status": record.status,
                "createdAt": iso(record.created_at),
                "updatedAt": iso(record.updated_at),
                "orderId": record.order_id,
                "orderName": record.order_name,
                "destination": {"id": record.id + "/destination", **record.destination}
                if record.destination
                else None,
                "assignedLocation": {
                    "name": self.store.locations.get(record.location_id, ""),
                    "location": {
                        "id": record.location_id,
                        "name": self.store.locations.get(record.location_id, ""),
                        "isActive": True,
                    },
                },
                "order": {
                    "note": record.note or None,
                    "tags": list(record.tags),
                    "email": record.email or None,
                    "customerLocale": record.customer_locale or None,
                    "cancelledAt": iso(record.cancelled_at) if record.cancelled_at else None,
                    "customAttributes": _attributes(record.attributes),
                },
                "deliveryMethod": {
                    "id": record.id + "/delivery",
                    "methodType": record.method_type,
                    "serviceCode": record.service_code or None,
                    "presentedName": record.method_name,
                    "sourceReference": record.source_reference or None,
                },
                "fulfillmentHolds": [dict(h) for h in record.holds],
                "lineItems": line_items,
                "fulfillments": fulfillments,
            }

    def as_graphql_root(self) -> dict[str, Any]:
        """The root value handed to graphql-core (queries and mutations)."""
        return {
            "fulfillmentOrders": self.resolve_fulfillment_orders,
            "fulfillmentOrder": self.resolve_fulfillment_order,
            "node": self.resolve_node,
            "locations": self.resolve_locations,
            "shop": lambda info: {
                "name": self.shop_name,
                "myshopifyDomain": "packstation-emulator.myshopify.com",
            },
            "currentAppInstallation": lambda info: {
                "accessScopes": [{"handle": s} for s in sorted(self.scopes)]
            },
            "fulfillmentCreate": self.resolve_fulfillment_create,
            "fulfillmentCancel": self.resolve_fulfillment_cancel,
            "fulfillment": self.resolve_fulfillment,
            "fulfillmentOrderReportProgress": self.resolve_report_progress,
            "fulfillmentOrderHold": self.resolve_hold,
            "fulfillmentOrderReleaseHold": self.resolve_release_hold,
            "fulfillmentOrderLineItemsPreparedForPickup": self.resolve_prepared_for_pickup,
            "bulkOperationRunQuery": self.resolve_bulk_run,
            "currentBulkOperation": lambda info, type="QUERY": self._bulk_node(self.bulk.current()),
            "bulkOperation": lambda info, id: self._bulk_node(self.bulk.get(id)),
        }

    def _bulk_node(self, record: BulkRecord | None) -> dict[str, Any] | None:
        return None if record is None else self.bulk.node(record)

    def resolve_bulk_run(
        self,
        info: Info,
        query: str,
        groupObjects: bool = False,  # noqa: N803 (the emulator always groups)
    ) -> dict[str, Any]:
        """``bulkOperationRunQuery``: the operation starts; the result comes later."""
        record, errors = self.bulk.run(query)
        return {"bulkOperation": self._bulk_node(record), "userErrors": errors}

    def resolve_fulfillment_orders(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        query: str | None = None,
        includeClosed: bool = False,  # noqa: N803 (GraphQL's argument name)
        **_: Any,
    ) -> dict[str, Any]:
        """The top-level connection; silently empty without the read scope, as Shopify is."""
        if READ_SCOPE not in self.scopes and WRITE_SCOPE not in self.scopes:
            return {"pageInfo": _page_info(False, None), "nodes": []}
        if first is None or not 0 < first <= 250:
            raise GraphQLError("first must be between 1 and 250")
        records, more = self.store.list_fulfillment_orders(query or "", includeClosed, first, after)
        return {
            "pageInfo": _page_info(more, cursor_of(records[-1]) if records else None),
            "nodes": [self.fulfillment_order(r) for r in records],
        }

    def resolve_fulfillment_order(self, info: Info, id: str) -> Any:
        """One fulfillment order by id."""
        self._require(READ_SCOPE if READ_SCOPE in self.scopes else WRITE_SCOPE, "fulfillmentOrder")
        record = self.store.fulfillment_orders.get(id)
        return None if record is None else self.fulfillment_order(record)

    def resolve_node(self, info: Info, id: str) -> Any:
        """Any object by id (the emulator knows fulfillment orders this way)."""
        if id.startswith("gid://shopify/BulkOperation/"):
            return self._bulk_node(self.bulk.get(id))
        self._require(READ_SCOPE if READ_SCOPE in self.scopes else WRITE_SCOPE, "node")
        record = self.store.fulfillment_orders.get(id)
        if record is None:
            return None
        return {"__typename": "FulfillmentOrder", **self.fulfillment_order(record)}

    def resolve_locations(self, info: Info, first: int | None = None, **_: Any) -> dict[str, Any]:
        """The shop's locations."""
        self._require("read_locations", "locations")
        nodes = [
            {"id": gid, "name": name, "isActive": True}
            for gid, name in self.store.locations.items()
        ]
        return {"pageInfo": _page_info(False, None), "nodes": nodes[: first or len(nodes)]}

    def resolve_fulfillment_create(
        self, info: Info, fulfillment: dict[str, Any], **_: Any
    ) -> dict[str, Any]:
        """``fulfillmentCreate``."""
        self._require(WRITE_SCOPE, "fulfillmentCreate")
        created, errors = self.store.create_fulfillment(fulfillment)
        return {
            "fulfillment": _fulfillment(created) if created else None,
            "userErrors": errors,
        }

    def resolve_fulfillment_cancel(self, info: Info, id: str) -> dict[str, Any]:
        """``fulfillmentCancel``."""
        self._require(WRITE_SCOPE, "fulfillmentCancel")
        cancelled, errors = self.store.cancel_fulfillment(id)
        return {
            "fulfillment": _fulfillment(cancelled) if cancelled else None,
            "userErrors": errors,
        }

    def resolve_fulfillment(self, info: Info, id: str) -> Any:
        """One fulfillment by id."""
        self._require(READ_SCOPE if READ_SCOPE in self.scopes else WRITE_SCOPE, "fulfillment")
        with self.store.lock:
            found = self.store.fulfillments.get(id)
            return _fulfillment(found) if found else None

    def _fo_payload(self, fo_id: str, errors: list[dict[str, Any]]) -> dict[str, Any]:
        record = self.store.fulfillment_orders.get(fo_id)
        node = self.fulfillment_order(record) if record and not errors else None
        return {"fulfillmentOrder": node, "userErrors": errors}

    def resolve_report_progress(
        self,
        info: Info,
        id: str,
        progressReport: dict[str, Any] | None = None,  # noqa: N803
    ) -> dict[str, Any]:
        """``fulfillmentOrderReportProgress``."""
        self._require(WRITE_SCOPE, "fulfillmentOrderReportProgress")
        notes = str((progressReport or {}).get("reasonNotes") or "")
        return self._fo_payload(id, self.store.report_progress(id, notes))

    def resolve_hold(
        self,
        info: Info,
        id: str,
        fulfillmentHold: dict[str, Any],  # noqa: N803
    ) -> dict[str, Any]:
        """``fulfillmentOrderHold``."""
        self._require(WRITE_SCOPE, "fulfillmentOrderHold")
        return self._fo_payload(id, self.store.hold(id, fulfillmentHold))

    def resolve_release_hold(
        self,
        info: Info,
        id: str,
        holdIds: list[str] | None = None,  # noqa: N803
        **_: Any,
    ) -> dict[str, Any]:
        """``fulfillmentOrderReleaseHold``."""
        self._require(WRITE_SCOPE, "fulfillmentOrderReleaseHold")
        return self._fo_payload(id, self.store.release_hold(id, holdIds))

    def resolve_prepared_for_pickup(self, info: Info, input: dict[str, Any]) -> dict[str, Any]:
        """``fulfillmentOrderLineItemsPreparedForPickup``: the customer is told, once."""
        self._require(WRITE_SCOPE, "fulfillmentOrderLineItemsPreparedForPickup")
        errors: list[dict[str, Any]] = []
        for entry in input.get("lineItemsByFulfillmentOrder") or []:
            errors += self.store.prepare_for_pickup(str(entry["fulfillmentOrderId"]))
        return {"userErrors": errors}


def _page_info(more: bool, end: str | None) -> dict[str, Any]:
    return {"hasNextPage": more, "hasPreviousPage": False, "endCursor": end, "startCursor": None}
