"""The demo shop connector: generated orders, fulfillments kept in a JSON file, an off switch."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any

from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.shop.base import FulfillmentRequest, ShopNotReached, ShopRejected
from packstation.shop.demo.catalogue import DemoProduct, build_catalogue
from packstation.shop.demo.generator import generate_orders

DEFAULT_SEED = 2026
DEFAULT_ORDER_COUNT = 200
CANCELLED_ORDER_INDEX = 7


def _utcnow() -> datetime:
    return datetime.now(UTC)


def with_pictures(order: FulfillmentOrder, base_url: str) -> FulfillmentOrder:
    """The order with a product picture per SKU at ``base_url`` (none without one)."""
    if not base_url:
        return order
    base = base_url.rstrip("/")
    lines = tuple(replace(line, image_url=f"{base}/{line.sku}.png") for line in order.lines)
    return replace(order, lines=lines)


@lru_cache(maxsize=8)
def _generated_orders(seed: int, count: int, epoch: datetime) -> tuple[FulfillmentOrder, ...]:
    """The shop's orders: the same for the same seed, count and epoch, so made once per process
    (the orders are immutable)."""
    return tuple(generate_orders(build_catalogue(seed), seed=seed, count=count, epoch=epoch))


class DemoShop:
    """An in-process shop with Shopify's fulfillment-order semantics, for demos and tests.

    Fulfillments survive restarts in ``state_path``; ``online = False`` makes every call fail
    as an unreachable shop would. One order is cancelled ``cancel_after`` after start.
    """

    name = "Demo shop"

    def __init__(
        self,
        state_path: Path | None = None,
        *,
        seed: int = DEFAULT_SEED,
        order_count: int = DEFAULT_ORDER_COUNT,
        cancel_after: timedelta | None = timedelta(minutes=1),
        clock: Callable[[], datetime] = _utcnow,
        image_base_url: str = "",
    ) -> None:
        self._lock = threading.Lock()
        self._path = state_path
        self._clock = clock
        self.online = True
        self._started = clock()
        self._cancel_after = cancel_after
        state = self._load()
        self._epoch = datetime.fromisoformat(state.get("epoch") or self._started.isoformat())
        self._fulfillments: dict[str, list[dict[str, Any]]] = state.get("fulfillments", {})
        self._cancelled: dict[str, str] = state.get("cancelled", {})
        # Holds placed through the connector: order id → {"notes", "handle", "at"}.
        self._holds: dict[str, dict[str, str]] = state.get("holds", {})
        self._progress: dict[str, str] = state.get("progress", {})
        # Collect-in-store orders the customer was told are ready: order id → when.
        self._ready: dict[str, str] = state.get("ready_for_pickup", {})
        self.products: list[DemoProduct] = build_catalogue(seed)
        self._orders = {
            o.fulfillment_order_id: with_pictures(o, image_base_url)
            for o in _generated_orders(seed, order_count, self._epoch)
        }
        self._order_ids = list(self._orders)
        self._save()

    # -- the ShopConnector interface ---------------------------------------------------------

    def fetch_fulfillment_orders(
        self,
        updated_since: datetime | None,
        on_page: Callable[[int], None] | None = None,
    ) -> Sequence[FulfillmentOrder]:
        """Open orders (first pull) or every order changed since a time."""
        with self._lock:
            self._check_online()
            self._apply_schedule()
            current = [self._current(fo_id) for fo_id in self._order_ids]
        if on_page is not None:
            on_page(len(current))
        if updated_since is None:
            return [o for o in current if o.status in _LISTED]
        return [o for o in current if o.updated_at > updated_since]

    def fetch_fulfillment_order(self, fulfillment_order_id: str) -> FulfillmentOrder | None:
        """One order's current state."""
        with self._lock:
            self._check_online()
            self._apply_schedule()
            if fulfillment_order_id not in self._orders:
                return None
            return self._current(fulfillment_order_id)

    def create_fulfillment(self, request: FulfillmentRequest) -> str:
        """Fulfill lines; refuses cancelled, held or closed orders and over-fulfilment."""
        with self._lock:
            self._check_online()
            self._apply_schedule()
            fo_id = request.fulfillment_order_id
            if fo_id not in self._orders:
                raise ShopRejected(f"Fulfillment order {fo_id} does not exist")
            current = self._current(fo_id)
            if not current.status.packable:
                raise ShopRejected(
                    f"Order {current.order_name} is {current.status.value.lower()} in the shop"
                )
            remaining = {line.line_id: line.quantity for line in current.lines}
            for item in request.lines:
                if item.quantity > remaining.get(item.line_id, 0):
                    raise ShopRejected(
                        f"Order {current.order_name}: more units than remain to be fulfilled"
                    )
            fulfillment_id = f"gid://shopify/Fulfillment/{self._next_fulfillment_number()}"
            self._fulfillments.setdefault(fo_id, []).append(
                {
                    "id": fulfillment_id,
                    "tracking_number": request.tracking_number,
                    "carrier": request.carrier,
                    "lines": [[item.line_id, item.quantity] for item in request.lines],
                    "created_at": self._clock().isoformat(),
                }
            )
            self._save()
            return fulfillment_id

    def find_fulfillment(self, fulfillment_order_id: str, tracking_number: str) -> str | None:
        """The fulfillment of an order that carries this tracking number, if any."""
        with self._lock:
            self._check_online()
            for fulfillment in self._fulfillments.get(fulfillment_order_id, []):
                if fulfillment["tracking_number"] == tracking_number:
                    return str(fulfillment["id"])
            return None

    def find_fulfillments(self, fulfillment_order_id: str, tracking_number: str) -> list[str]:
        """Live fulfillments of an order with this tracking number, oldest first."""
        with self._lock:
            self._check_online()
            return [
                str(f["id"])
                for f in self._fulfillments.get(fulfillment_order_id, [])
                if f["tracking_number"] == tracking_number and not f.get("cancelled_at")
            ]

    def cancel_fulfillment(self, reference: str) -> None:
        """Cancel a fulfillment: its units are to be fulfilled again (twice: no change)."""
        with self._lock:
            self._check_online()
            for fulfillments in self._fulfillments.values():
                for fulfillment in fulfillments:
                    if fulfillment["id"] == reference:
                        fulfillment.setdefault("cancelled_at", self._clock().isoformat())
                        self._save()
                        return
            raise ShopRejected(f"Fulfillment {reference} does not exist")

    def report_progress(self, fulfillment_order_id: str, note: str) -> None:
        """Mark an open order as in progress."""
        with self._lock:
            self._check_online()
            if fulfillment_order_id not in self._orders:
                raise ShopRejected(f"Fulfillment order {fulfillment_order_id} does not exist")
            self._progress.setdefault(fulfillment_order_id, self._clock().isoformat())
            self._save()

    def prepared_for_pickup(self, fulfillment_order_id: str) -> None:
        """Tell the customer a collect-in-store order is ready (again: nothing changes)."""
        with self._lock:
            self._check_online()
            if fulfillment_order_id not in self._orders:
                raise ShopRejected(f"Fulfillment order {fulfillment_order_id} does not exist")
            self._ready.setdefault(fulfillment_order_id, self._clock().isoformat())
            self._save()

    def ready_for_pickup(self, fulfillment_order_id: str) -> bool:
        """Whether the customer was told the order is ready for pickup (demo and tests)."""
        with self._lock:
            return fulfillment_order_id in self._ready

    def hold(self, fulfillment_order_id: str, reason_notes: str, handle: str) -> None:
        """Hold an order (again with the same handle: nothing changes)."""
        with self._lock:
            self._check_online()
            if fulfillment_order_id not in self._orders:
                raise ShopRejected(f"Fulfillment order {fulfillment_order_id} does not exist")
            if self._holds.get(fulfillment_order_id, {}).get("handle") != handle:
                self._holds[fulfillment_order_id] = {
                    "notes": reason_notes,
                    "handle": handle,
                    "at": self._clock().isoformat(),
                }
                self._save()

    def release_hold(self, fulfillment_order_id: str) -> None:
        """Release the connector's hold on an order."""
        with self._lock:
            self._check_online()
            if self._holds.pop(fulfillment_order_id, None) is not None:
                self._progress[fulfillment_order_id] = self._clock().isoformat()
                self._save()

    # -- demo and test helpers ---------------------------------------------------------------

    def fulfillments(self, fulfillment_order_id: str) -> list[dict[str, Any]]:
        """The fulfillments recorded for an order (what the shop's admin would show)."""
        with self._lock:
            return [dict(f) for f in self._fulfillments.get(fulfillment_order_id, [])]

    def order_by_name(self, order_name: str) -> FulfillmentOrder:
        """An order's current state, by name."""
        with self._lock:
            for fo_id, order in self._orders.items():
                if order.order_name == order_name:
                    return self._current(fo_id)
        raise KeyError(order_name)

    @property
    def cancelled_order_id(self) -> str:
        """The order the shop cancels a minute after start."""
        return self._order_ids[CANCELLED_ORDER_INDEX]

    def cancel(self, fulfillment_order_id: str) -> None:
        """Cancel an order now, as a customer-service agent would in the shop's admin."""
        with self._lock:
            self._cancelled[fulfillment_order_id] = self._clock().isoformat()
            self._save()

    # -- internals ----------------------------------------------------------------------------

    def _check_online(self) -> None:
        if not self.online:
            raise ShopNotReached("The demo shop is offline")

    def _apply_schedule(self) -> None:
        if self._cancel_after is None or len(self._order_ids) <= CANCELLED_ORDER_INDEX:
            return
        target = self._order_ids[CANCELLED_ORDER_INDEX]
        due = self._started + self._cancel_after
        if (
            target not in self._cancelled
            and self._clock() >= due
            and not self._fulfillments.get(target)
        ):
            self._cancelled[target] = due.isoformat()
            self._save()

    def _current(self, fo_id: str) -> FulfillmentOrder:
        order = self._orders[fo_id]
        fulfilled: dict[str, int] = {}
        updated = order.updated_at
        for fulfillment in self._fulfillments.get(fo_id, []):
            updated = max(updated, datetime.fromisoformat(fulfillment["created_at"]))
            if "cancelled_at" in fulfillment:
                updated = max(updated, datetime.fromisoformat(fulfillment["cancelled_at"]))
                continue
            for line_id, quantity in fulfillment["lines"]:
                fulfilled[line_id] = fulfilled.get(line_id, 0) + quantity
        lines = tuple(
            replace(line, quantity=line.quantity - fulfilled.get(line.line_id, 0))
            for line in order.lines
            if line.quantity - fulfilled.get(line.line_id, 0) > 0
        )
        if fo_id in self._cancelled:
            status = ShopStatus.CANCELLED
            updated = max(updated, datetime.fromisoformat(self._cancelled[fo_id]))
        elif not lines:
            status = ShopStatus.CLOSED
        elif order.status is ShopStatus.ON_HOLD or fo_id in self._holds:
            status = ShopStatus.ON_HOLD
            if fo_id in self._holds:
                updated = max(updated, datetime.fromisoformat(self._holds[fo_id]["at"]))
                order = replace(order, hold_reason=self._holds[fo_id]["notes"])
        elif any(fulfilled.values()) or fo_id in self._progress:
            status = ShopStatus.IN_PROGRESS
        else:
            status = ShopStatus.OPEN
        if fo_id in self._progress:
            updated = max(updated, datetime.fromisoformat(self._progress[fo_id]))
        return replace(order, status=status, lines=lines or order.lines, updated_at=updated)

    def _next_fulfillment_number(self) -> int:
        return 7_000_000 + sum(len(v) for v in self._fulfillments.values()) + 1

    def _load(self) -> dict[str, Any]:
        if self._path is None or not self._path.exists():
            return {}
        loaded: dict[str, Any] = json.loads(self._path.read_text(encoding="utf-8"))
        return loaded

    def _save(self) -> None:
        if self._path is None:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "epoch": self._epoch.isoformat(),
            "fulfillments": self._fulfillments,
            "cancelled": self._cancelled,
            "holds": self._holds,
            "progress": self._progress,
            "ready_for_pickup": self._ready,
        }
        tmp = self._path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(state, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)


_LISTED = (ShopStatus.OPEN, ShopStatus.IN_PROGRESS, ShopStatus.ON_HOLD)
