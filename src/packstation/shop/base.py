"""The interface every shop connector implements, and the errors it may raise."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from packstation.domain.orders import FulfillmentOrder


class ShopError(Exception):
    """A failure talking to the shop."""


class ShopUnavailable(ShopError):
    """The shop cannot be reached now (network down, timeout, 5xx): try again later."""


class ShopNotReached(ShopUnavailable):
    """The request certainly did not reach the shop (connection refused, no route, a 429).

    Unlike other ShopUnavailable failures, a mutation's outcome is known: it did not happen.
    """


class ShopRejected(ShopError):
    """The shop refused the request for a reason that retrying will not fix."""


class ShopAccessRefused(ShopError):
    """The shop refused the station's access token: sync pauses until the connection is fixed.

    Nothing was executed; packing goes on as it does offline.
    """


@dataclass(frozen=True)
class FulfillmentLineQuantity:
    """Units of one fulfillment-order line being fulfilled."""

    line_id: str
    quantity: int


@dataclass(frozen=True)
class FulfillmentRequest:
    """What the station tells the shop when a shipment leaves."""

    fulfillment_order_id: str
    lines: tuple[FulfillmentLineQuantity, ...]
    tracking_number: str
    carrier: str
    tracking_url: str = ""
    notify_customer: bool = False

    def to_json(self) -> dict[str, object]:
        """A JSON-friendly form for the outbox."""
        return {
            "fulfillment_order_id": self.fulfillment_order_id,
            "lines": [{"line_id": ln.line_id, "quantity": ln.quantity} for ln in self.lines],
            "tracking_number": self.tracking_number,
            "carrier": self.carrier,
            "tracking_url": self.tracking_url,
            "notify_customer": self.notify_customer,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> FulfillmentRequest:
        """Rebuild a request stored by :meth:`to_json`."""
        lines = data["lines"]
        assert isinstance(lines, list)
        return cls(
            fulfillment_order_id=str(data["fulfillment_order_id"]),
            lines=tuple(
                FulfillmentLineQuantity(str(item["line_id"]), int(item["quantity"]))
                for item in lines
            ),
            tracking_number=str(data["tracking_number"]),
            carrier=str(data["carrier"]),
            tracking_url=str(data.get("tracking_url", "")),
            notify_customer=bool(data.get("notify_customer", False)),
        )


@dataclass(frozen=True)
class OrderPage:
    """One page of fulfillment orders and the shop's cursor after it ("" on the last page)."""

    orders: Sequence[FulfillmentOrder]
    cursor: str


@runtime_checkable
class PagedConnector(Protocol):
    """A shop that hands its orders out page by page and can go on from a cursor (so a large
    first load is written, and resumed, page by page)."""

    def fetch_fulfillment_order_pages(
        self, updated_since: datetime | None, after: str | None
    ) -> Iterator[OrderPage]:
        """The pages of the queue (``updated_since`` None) or of what changed, after a cursor."""


class ShopConnector(Protocol):
    """A shop the station pulls its queue from and pushes fulfillments to."""

    name: str

    def fetch_fulfillment_orders(
        self,
        updated_since: datetime | None,
        on_page: Callable[[int], None] | None = None,
    ) -> Sequence[FulfillmentOrder]:
        """Fulfillment orders changed since a time (all open ones when None).

        Closed and cancelled ones are included when ``updated_since`` is given, so the station
        can drop them from its queue. ``on_page`` hears how many have arrived so far.
        """

    def fetch_fulfillment_order(self, fulfillment_order_id: str) -> FulfillmentOrder | None:
        """The current state of one fulfillment order, or None when the shop no longer has it."""

    def create_fulfillment(self, request: FulfillmentRequest) -> str:
        """Fulfill lines with a tracking number; returns the shop's fulfillment id."""

    def find_fulfillment(self, fulfillment_order_id: str, tracking_number: str) -> str | None:
        """The shop's id of an existing fulfillment with this tracking number, if any.

        Used to reconcile before retrying a push whose outcome is unknown.
        """

    def find_fulfillments(self, fulfillment_order_id: str, tracking_number: str) -> list[str]:
        """Every live (not cancelled) fulfillment with this tracking number, oldest first.

        More than one means a duplicate: an earlier send committed after we gave up on it.
        """

    def cancel_fulfillment(self, reference: str) -> None:
        """Cancel one of the shop's fulfillments (a voided shipment); harmless when repeated."""

    def report_progress(self, fulfillment_order_id: str, note: str) -> None:
        """Tell the shop a packer has started on this fulfillment order."""

    def prepared_for_pickup(self, fulfillment_order_id: str) -> None:
        """Tell the customer a collect-in-store order is ready; harmless when repeated."""

    def hold(self, fulfillment_order_id: str, reason_notes: str, handle: str) -> None:
        """Put a fulfillment order on hold; a repeated ``handle`` is a no-op."""

    def release_hold(self, fulfillment_order_id: str) -> None:
        """Release a fulfillment order's holds."""
