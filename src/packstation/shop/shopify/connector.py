"""The Shopify connector: the station's queue and fulfillments over the Admin GraphQL API."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from packstation.config import BULK_AFTER_ORDERS
from packstation.domain.orders import FulfillmentOrder
from packstation.i18n.said import said
from packstation.shop.base import FulfillmentRequest, OrderPage, ShopRejected
from packstation.shop.shopify import documents as docs
from packstation.shop.shopify.bulk import BulkCursor, BulkLoader, BulkUnusable
from packstation.shop.shopify.carrier_side import CarrierShopCalls
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError
from packstation.shop.shopify.credentials import AccessTokenProvider
from packstation.shop.shopify.mapping import order_from_node
from packstation.shop.shopify.product_fields import ProductFields

log = logging.getLogger("packstation.shopify")

# What the station needs, and what goes wrong without each scope.
REQUIRED_SCOPES: dict[str, str] = {
    "read_merchant_managed_fulfillment_orders": said(
        "Shop", "read the orders waiting at your locations (without it the queue stays empty)"
    ),
    "write_merchant_managed_fulfillment_orders": said(
        "Shop",
        "mark orders as shipped (and cancel voided shipments), report packing progress and "
        "hold orders",
    ),
    "read_orders": said("Shop", "read order notes, gift messages, tags and cancellations"),
    "read_products": said(
        "Shop",
        "read product barcodes, bins, case barcodes and images (without it items can only be "
        "scanned by SKU)",
    ),
    "read_locations": said("Shop", "list your locations"),
}
# A write scope implies its read scope.
_IMPLIED = {"write_merchant_managed_fulfillment_orders": "read_merchant_managed_fulfillment_orders"}


@dataclass(frozen=True)
class Location:
    """A shop location a station can pack for."""

    location_id: str
    name: str
    active: bool


@dataclass(frozen=True)
class ConnectionReport:
    """What a connection test found: the shop, its locations and any missing access."""

    shop_name: str
    domain: str
    locations: tuple[Location, ...]
    missing_scopes: tuple[str, ...]

    def missing_in_words(self) -> list[str]:
        """One sentence per missing scope: what the station cannot do without it."""
        return [
            said("Shop", "{scope}: needed to {what}", scope=scope, what=REQUIRED_SCOPES[scope])
            for scope in self.missing_scopes
        ]


def numeric_id(gid_or_number: str) -> str:
    """``gid://shopify/Location/123`` or ``123`` → ``123`` (search queries use the number)."""
    return gid_or_number.strip().rsplit("/", 1)[-1]


def location_gid(gid_or_number: str) -> str:
    """A location's GraphQL id from its id or number."""
    return f"gid://shopify/Location/{numeric_id(gid_or_number)}"


def queue_search(location_ids: Sequence[str], updated_since: datetime | None) -> str:
    """The ``fulfillmentOrders(query:)`` filter for the station's locations."""
    parts = []
    if location_ids:
        parts.append(
            "(" + " OR ".join(f"assigned_location_id:{numeric_id(i)}" for i in location_ids) + ")"
        )
    if updated_since is None:
        parts.append("(status:open OR status:in_progress OR status:on_hold)")
    else:
        stamp = updated_since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        parts.append(f"updated_at:>'{stamp}'")
    return " AND ".join(parts)


class ShopifyConnector(CarrierShopCalls):
    """One shop, one or more locations; implements :class:`packstation.shop.base.ShopConnector`."""

    name = "shopify"

    def __init__(
        self,
        client: GraphQLClient,
        location_ids: Sequence[str] = (),
        *,
        notify_customer: bool = False,
        tokens: AccessTokenProvider | None = None,
        product_fields: ProductFields | None = None,
        bulk_after: int | None = BULK_AFTER_ORDERS,
    ) -> None:
        self.client = client
        self.fields = product_fields or ProductFields()
        self.fields.check()
        self.tokens = tokens
        self.location_ids = tuple(location_ids)
        self.notify_customer = notify_customer
        # orders paged in a first load before the rest comes by bulk operation (None or a
        # negative number: never; the setting shopify_bulk_after_orders)
        self.bulk_after = bulk_after if bulk_after is not None and bulk_after >= 0 else None
        self.bulk = BulkLoader(client, self.fields)

    def close(self) -> None:
        """Close the HTTP connections."""
        self.client.close()

    @property
    def needs_credentials(self) -> bool:
        """True on first run, before anyone has entered the shop's credentials."""
        return self.tokens is not None and not self.tokens.configured

    # -- pull ---------------------------------------------------------------------------------

    def fetch_fulfillment_orders(
        self,
        updated_since: datetime | None,
        on_page: Callable[[int], None] | None = None,
    ) -> Sequence[FulfillmentOrder]:
        """Every page of the queue (first load) or of what changed (closed ones included)."""
        orders: list[FulfillmentOrder] = []
        for page in self.fetch_fulfillment_order_pages(updated_since, None):
            orders.extend(page.orders)
            if on_page is not None:
                on_page(len(orders))
        return orders

    def fetch_fulfillment_order_pages(
        self, updated_since: datetime | None, after: str | None
    ) -> Iterator[OrderPage]:
        """The queue (or what changed) one page at a time, going on after a cursor; the
        station writes each page before it asks for the next, so memory holds one page.

        A first load that is still going after ``bulk_after`` orders goes on by one bulk
        operation (docs/sync.md); should that fail, paging goes on calmly from the start.
        """
        resume = BulkCursor.loads(after)
        if updated_since is None and (resume is not None or (self.bulk_after == 0 and not after)):
            yield from self._by_bulk(resume)
            return
        paged: set[str] = set()
        for page in self._paged(updated_since, None if resume else after):
            paged.update(o.fulfillment_order_id for o in page.orders)
            yield page
            if (
                page.cursor
                and updated_since is None
                and self.bulk_after is not None
                and len(paged) >= self.bulk_after
            ):
                # the rest by bulk operation, leaving out what was just paged
                yield from self._by_bulk(None, frozenset(paged))
                return

    def _by_bulk(
        self, resume: BulkCursor | None, already: frozenset[str] = frozenset()
    ) -> Iterator[OrderPage]:
        try:
            yield from self.bulk.pages(queue_search(self.location_ids, None), resume, already)
        except BulkUnusable as exc:
            log.warning("first load by bulk operation not possible (%s): paging instead", exc)
            yield from self._paged(None, None)

    def _paged(self, updated_since: datetime | None, after: str | None) -> Iterator[OrderPage]:
        variables: dict[str, Any] = {
            "first": docs.PAGE_SIZE,
            "after": after,
            "query": queue_search(self.location_ids, updated_since),
            "includeClosed": updated_since is not None,
            **self.fields.variables(),
        }
        while True:
            data = self.client.execute(docs.FULFILLMENT_ORDERS, variables, cost=900)
            connection = _object(data, "fulfillmentOrders")
            orders = [
                self.with_customs(order_from_node(node, self._all_lines(node), self.fields))
                for node in _list(connection, "nodes")
            ]
            page = _object(connection, "pageInfo")
            if not page.get("hasNextPage"):
                yield OrderPage(orders, "")
                return
            if not page.get("endCursor"):
                raise ShopifyReplyError("The shop said there is another page but gave no cursor")
            variables["after"] = page["endCursor"]
            yield OrderPage(orders, str(page["endCursor"]))

    def fetch_fulfillment_order(self, fulfillment_order_id: str) -> FulfillmentOrder | None:
        """One fulfillment order as the shop has it now (None when it no longer exists)."""
        node = self._read(fulfillment_order_id)
        if node is None:
            return None
        return self.with_customs(order_from_node(node, self._all_lines(node), self.fields))

    def _read(self, fulfillment_order_id: str) -> dict[str, Any] | None:
        variables = {"id": fulfillment_order_id, **self.fields.variables()}
        data = self.client.execute(docs.FULFILLMENT_ORDER, variables, cost=150)
        node = data.get("fulfillmentOrder")
        if node is not None and not isinstance(node, dict):
            raise ShopifyReplyError("The shop sent a fulfillment order that is not an object")
        return node

    def _all_lines(self, node: dict[str, Any]) -> list[dict[str, Any]]:
        connection = _object(node, "lineItems")
        lines = list(_list(connection, "nodes"))
        page = connection.get("pageInfo") or {}
        while page.get("hasNextPage"):
            data = self.client.execute(
                docs.FULFILLMENT_ORDER_LINES,
                {"id": node["id"], "after": page.get("endCursor"), **self.fields.variables()},
            )
            more = _object(_object(data, "fulfillmentOrder"), "lineItems")
            lines.extend(_list(more, "nodes"))
            page = more.get("pageInfo") or {}
        return lines

    # -- push ---------------------------------------------------------------------------------

    def create_fulfillment(self, request: FulfillmentRequest) -> str:
        """``fulfillmentCreate`` with the verified quantities, never "everything remaining"."""
        if not request.lines:
            raise ShopRejected("A shipment without lines cannot be sent to the shop")
        tracking: dict[str, str] = {
            "number": request.tracking_number,
            "company": request.carrier,
        }
        if request.tracking_url:
            tracking["url"] = request.tracking_url
        fulfillment = {
            "lineItemsByFulfillmentOrder": [
                {
                    "fulfillmentOrderId": request.fulfillment_order_id,
                    "fulfillmentOrderLineItems": [
                        {"id": line.line_id, "quantity": line.quantity} for line in request.lines
                    ],
                }
            ],
            "trackingInfo": tracking,
            "notifyCustomer": request.notify_customer or self.notify_customer,
        }
        data = self.client.execute(docs.FULFILLMENT_CREATE, {"fulfillment": fulfillment})
        payload = _object(data, "fulfillmentCreate")
        _raise_user_errors(payload, f"ship {request.tracking_number}")
        created = payload.get("fulfillment")
        if not isinstance(created, dict) or not created.get("id"):
            raise ShopifyReplyError("The shop accepted the shipment but sent no fulfillment id")
        return str(created["id"])

    def find_fulfillment(self, fulfillment_order_id: str, tracking_number: str) -> str | None:
        """Reconcile: the fulfillment already carrying this tracking number, if the shop has it.

        A live one is preferred; one cancelled in the shop still counts as delivered.
        """
        ours = self._with_tracking(fulfillment_order_id, tracking_number)
        live = [f for f in ours if f.get("status") != "CANCELLED"]
        chosen = (live or ours)[:1]
        return str(chosen[0]["id"]) if chosen else None

    def find_fulfillments(self, fulfillment_order_id: str, tracking_number: str) -> list[str]:
        """Every live fulfillment with this tracking number, oldest first (duplicate check)."""
        ours = self._with_tracking(fulfillment_order_id, tracking_number)
        return [str(f["id"]) for f in ours if f.get("status") != "CANCELLED"]

    def _with_tracking(
        self, fulfillment_order_id: str, tracking_number: str
    ) -> list[dict[str, Any]]:
        node = self._read(fulfillment_order_id)
        if node is None:
            return []
        found = [
            fulfillment
            for fulfillment in _list(_object(node, "fulfillments"), "nodes")
            if tracking_number
            in {str(t.get("number")) for t in fulfillment.get("trackingInfo") or []}
        ]
        return sorted(found, key=_creation_order)

    # -- progress and holds -------------------------------------------------------------------

    def report_progress(self, fulfillment_order_id: str, note: str) -> None:
        """Show in the shop's admin that the order is being packed."""
        data = self.client.execute(
            docs.REPORT_PROGRESS, {"id": fulfillment_order_id, "notes": note[:255]}
        )
        _raise_user_errors(_object(data, "fulfillmentOrderReportProgress"), "report progress")

    def cancel_fulfillment(self, reference: str) -> None:
        """``fulfillmentCancel``; a fulfillment found already cancelled counts as done.

        That makes a retry after a lost answer harmless: the first attempt may have got through.
        """
        data = self.client.execute(docs.FULFILLMENT_CANCEL, {"id": reference})
        payload = _object(data, "fulfillmentCancel")
        if payload.get("userErrors"):
            found = self.client.execute(docs.FULFILLMENT_STATUS, {"id": reference})
            current = found.get("fulfillment")
            if isinstance(current, dict) and current.get("status") == "CANCELLED":
                return
        _raise_user_errors(payload, "cancel the shipment")

    def hold(self, fulfillment_order_id: str, reason_notes: str, handle: str) -> None:
        """Put a fulfillment order on hold (the handle makes a repeated request harmless)."""
        hold = {"reason": "OTHER", "reasonNotes": reason_notes[:255], "handle": handle[:64]}
        data = self.client.execute(docs.HOLD, {"id": fulfillment_order_id, "hold": hold})
        payload = _object(data, "fulfillmentOrderHold")
        errors = payload.get("userErrors") or []
        if any("handle" in str(e.get("message", "")).lower() for e in errors):
            return  # this hold was placed already
        _raise_user_errors(payload, "put the order on hold")

    def release_hold(self, fulfillment_order_id: str) -> None:
        """Release the holds on a fulfillment order."""
        data = self.client.execute(docs.RELEASE_HOLD, {"id": fulfillment_order_id})
        _raise_user_errors(_object(data, "fulfillmentOrderReleaseHold"), "release the hold")

    # -- connection test ----------------------------------------------------------------------

    def check_connection(self) -> ConnectionReport:
        """The shop's name, its locations and the access scopes the station lacks."""
        data = self.client.execute(docs.CONNECTION_CHECK, cost=60)
        shop = _object(data, "shop")
        granted = {
            str(s.get("handle"))
            for s in _object(data, "currentAppInstallation").get("accessScopes") or []
        }
        granted |= {_IMPLIED[s] for s in granted if s in _IMPLIED}
        locations = tuple(
            Location(str(n.get("id")), str(n.get("name") or ""), bool(n.get("isActive")))
            for n in _list(_object(data, "locations"), "nodes")
        )
        return ConnectionReport(
            shop_name=str(shop.get("name") or ""),
            domain=str(shop.get("myshopifyDomain") or ""),
            locations=locations,
            missing_scopes=tuple(s for s in REQUIRED_SCOPES if s not in granted),
        )


def _creation_order(fulfillment: dict[str, Any]) -> tuple[str, int]:
    """Oldest first: by creation time, then by the id's number (same-second creations)."""
    number = numeric_id(str(fulfillment.get("id", "")))
    return str(fulfillment.get("createdAt") or ""), int(number) if number.isdigit() else 0


def _object(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name)
    if not isinstance(value, dict):
        raise ShopifyReplyError(f"The shop's reply has no {name}")
    return value


def _list(data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = data.get(name)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ShopifyReplyError(f"The shop's reply has no list of {name}")
    return value


def _raise_user_errors(payload: dict[str, Any], action: str) -> None:
    errors = payload.get("userErrors") or []
    if errors:
        words = "; ".join(str(e.get("message", e)) for e in errors if isinstance(e, dict))
        raise ShopRejected(f"The shop refused to {action}: {words or errors}")
