"""A large shop's first load by one Shopify bulk operation instead of thousands of pages.

``bulkOperationRunQuery`` costs about ten points however many orders the shop has; Shopify
runs the query in the background and leaves a JSONL file (one object a line, each line item
after its fulfillment order with ``__parentId``). The file is read as a stream, line by line,
and handed on in pages, so memory holds one page. The operation's id and how many orders are
already handed on travel in the page cursor: a station stopped half-way downloads the same
file again and skips what it wrote, instead of starting a second operation.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

import httpx

from packstation.domain.customs import crosses_customs
from packstation.domain.orders import FulfillmentOrder
from packstation.shop.base import OrderPage, ShopUnavailable
from packstation.shop.shopify import documents as docs
from packstation.shop.shopify.carrier_side import customs_from_lines
from packstation.shop.shopify.client import GraphQLClient, ShopifyReplyError
from packstation.shop.shopify.mapping import order_from_node
from packstation.shop.shopify.product_fields import ProductFields
from packstation.tls import tls_context

log = logging.getLogger("packstation.shopify")
CURSOR_PREFIX = "bulk:"
BULK_PAGE = 100  # orders per page handed on: the puller's write page


class BulkUnusable(Exception):
    """The bulk operation failed, was refused or took too long: page through the queue."""


@dataclass(frozen=True)
class BulkCursor:
    """Where a first load by bulk operation goes on: its operation and orders handed on."""

    operation_id: str
    handed: int

    def dumps(self) -> str:
        """The cursor text kept by the puller."""
        return CURSOR_PREFIX + json.dumps({"id": self.operation_id, "handed": self.handed})

    @classmethod
    def loads(cls, text: str | None) -> BulkCursor | None:
        """A bulk cursor, or None for a page cursor (or none)."""
        if not text or not text.startswith(CURSOR_PREFIX):
            return None
        try:
            data = json.loads(text[len(CURSOR_PREFIX) :])
            return cls(str(data["id"]), int(data["handed"]))
        except (ValueError, KeyError, TypeError):
            return None


class BulkLoader:
    """Starts (or finds again) a bulk operation, waits for it and streams its result."""

    def __init__(
        self,
        client: GraphQLClient,
        fields: ProductFields,
        *,
        poll_seconds: float = 2.0,
        timeout_seconds: float = 1800.0,
        download_timeout: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.fields = fields
        self.poll_seconds = poll_seconds
        self.timeout_seconds = timeout_seconds
        self.download_timeout = download_timeout
        self._sleep = sleep
        self._clock = clock

    def pages(
        self, search: str, resume: BulkCursor | None, already: frozenset[str] = frozenset()
    ) -> Iterator[OrderPage]:
        """The open queue in pages, leaving out ``already`` (ids just paged); raises
        BulkUnusable when paging should take over.

        A network failure while downloading raises ShopUnavailable: the next pull goes on from
        the last cursor with the same operation.
        """
        operation_id = resume.operation_id if resume else self.start(search)
        url = self.wait(operation_id)
        if url is None and resume is not None:  # the old one is gone (expired): a new one
            operation_id, resume = self.start(search), None
            url = self.wait(operation_id)
        if url is None:
            raise BulkUnusable("the bulk operation left no result file")
        skip = resume.handed if resume else 0
        handed = 0
        page: list[FulfillmentOrder] = []
        for order in self._orders(url):
            handed += 1
            if handed <= skip or order.fulfillment_order_id in already:
                continue
            page.append(order)
            if len(page) == BULK_PAGE:
                yield OrderPage(page, BulkCursor(operation_id, handed).dumps())
                page = []
        yield OrderPage(page, "")

    def start(self, search: str) -> str:
        """Run the bulk query; its operation id."""
        query = docs.bulk_queue_query({"query": search, **self.fields.variables()})
        data = self.client.execute(docs.BULK_RUN, {"query": query})
        payload = data.get("bulkOperationRunQuery") or {}
        errors = payload.get("userErrors") or []
        operation = payload.get("bulkOperation") or {}
        if any(e.get("code") == "OPERATION_IN_PROGRESS" for e in errors if isinstance(e, dict)):
            # this station's own, started before a restart, is taken up again
            current = self.client.execute(docs.BULK_CURRENT).get("currentBulkOperation") or {}
            if current.get("query") == query and current.get("status") in ("CREATED", "RUNNING"):
                log.info("first load by bulk operation %s, still running", current.get("id"))
                return str(current["id"])
            words = "; ".join(str(e.get("message")) for e in errors if isinstance(e, dict))
            raise BulkUnusable(f"the shop refused the bulk query: {words or 'no operation'}")
        log.info("first load by bulk operation %s", operation["id"])
        return str(operation["id"])

    def wait(self, operation_id: str) -> str | None:
        """Poll until the operation is done; its file's URL (None: it is gone or empty)."""
        deadline = self._clock() + self.timeout_seconds
        while True:
            data = self.client.execute(docs.BULK_STATUS, {"id": operation_id}, cost=2)
            node = data.get("node")
            if not isinstance(node, dict):
                return None
            status = str(node.get("status"))
            if status == "COMPLETED":
                url = node.get("url")
                return str(url) if url else _EMPTY
            if status in ("FAILED", "CANCELED", "CANCELING", "EXPIRED"):
                if status == "EXPIRED":
                    return None
                code = node.get("errorCode") or status
                raise BulkUnusable(f"the shop's bulk operation ended {status} ({code})")
            if self._clock() >= deadline:
                raise BulkUnusable("the shop's bulk operation did not finish in time")
            self._sleep(self.poll_seconds)

    def _orders(self, url: str) -> Iterator[FulfillmentOrder]:
        """Fulfillment orders rebuilt from the JSONL stream (each followed by its lines)."""
        if url == _EMPTY:
            return
        node: dict[str, Any] | None = None
        lines: list[dict[str, Any]] = []
        for record in self._records(url):
            parent = record.pop("__parentId", None)
            if parent is None:
                if node is not None:
                    yield self._order(node, lines)
                node, lines = record, []
            elif node is not None and parent == node.get("id"):
                lines.append(record)
            else:
                raise ShopifyReplyError("The shop's bulk file has a line item away from its order")
        if node is not None:
            yield self._order(node, lines)

    def _order(self, node: dict[str, Any], lines: list[dict[str, Any]]) -> FulfillmentOrder:
        order = order_from_node(node, lines, self.fields)
        if order.lines and crosses_customs(order.shipping_address.country_code):
            order = replace(order, customs=customs_from_lines(lines))
        return order

    def _records(self, url: str) -> Iterator[dict[str, Any]]:
        """The file's objects, read line by line (the signed URL needs no token)."""
        try:
            with (
                httpx.Client(timeout=self.download_timeout, verify=tls_context()) as http,
                http.stream("GET", url) as response,
            ):
                if response.status_code in (403, 404, 410):
                    raise BulkUnusable(f"the bulk file is gone (HTTP {response.status_code})")
                if response.status_code != 200:
                    raise ShopUnavailable(
                        f"The shop's bulk file could not be read (HTTP {response.status_code})"
                    )
                for text in response.iter_lines():
                    if text.strip():
                        yield _parsed(text)
        except httpx.TimeoutException as exc:
            raise ShopUnavailable("The shop's bulk file stopped arriving in time") from exc
        except httpx.TransportError as exc:
            raise ShopUnavailable(
                f"The download of the shop's bulk file broke off ({type(exc).__name__})"
            ) from exc


_EMPTY = "about:empty"  # a completed operation that found nothing has no file


def _parsed(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ShopifyReplyError("The shop's bulk file has a line that is not JSON") from exc
    if not isinstance(value, dict):
        raise ShopifyReplyError("The shop's bulk file has a line that is not an object")
    return value
