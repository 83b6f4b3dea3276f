"""Pull the queue: upsert the shop's fulfillment orders and reconcile local state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.shop.base import ShopConnector
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

LAST_PULL_KEY = "last_pull_high_water"
# Overlap incremental windows so an edit landing during a pull is not missed.
PULL_OVERLAP = timedelta(minutes=2)


@dataclass(frozen=True)
class PullReport:
    """What one pull changed."""

    received: int
    new: int
    updated: int
    dropped: int


class QueuePuller:
    """Fills the local queue from the shop; full load first, then only what changed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        connector: ShopConnector,
        *,
        station: str,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._connector = connector
        self._station = station
        self._clock = clock

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def pull(self, on_page: Callable[[int], None] | None = None) -> PullReport:
        """One pull; raises ShopUnavailable when the shop cannot be reached.

        ``on_page`` hears how many orders have arrived so far (a large shop's first load).
        """
        with UnitOfWork(self._factory) as uow:
            mark = uow.sync_state.get(LAST_PULL_KEY)
        since = datetime.fromisoformat(mark) - PULL_OVERLAP if mark else None
        orders = self._connector.fetch_fulfillment_orders(since, on_page)
        new = updated = dropped = 0
        high_water = datetime.fromisoformat(mark) if mark else None
        with UnitOfWork(self._factory) as uow:
            for order in orders:
                row = uow.orders.row(order.fulfillment_order_id)
                if row is None:
                    new += 1
                elif row.updated_at != order.updated_at or row.status != order.status.value:
                    updated += 1
                else:
                    continue
                was_packed = row is not None and row.local_state == "packed"
                was_packing = row is not None and row.local_state == "packing"
                row = uow.orders.upsert(order)
                uow.catalogue.add_from_order(order)
                if was_packing and not order.status.packable:
                    self._raise_changed_while_packing(uow, order)
                if not order.status.packable and order.status is not ShopStatus.ON_HOLD:
                    dropped += 1
                elif (
                    was_packed
                    and not uow.outbox.open_for_order(order.fulfillment_order_id)
                    # a collect-in-store order stays open in the shop until the customer
                    # comes for it: packed and ready is not "still wanted"
                    and not uow.outbox.ready_for_pickup(order.fulfillment_order_id)
                ):
                    # The shop still wants units after our shipment arrived: back to the queue.
                    row.local_state = "queued"
                high_water = max(high_water or order.updated_at, order.updated_at)
            if high_water is not None:
                uow.sync_state.set(LAST_PULL_KEY, high_water.isoformat())
            uow.sync_state.set("last_pull_at", self._clock().isoformat())
            if new or updated:
                uow.audit.record(
                    at=self._clock(),
                    station=self._station,
                    user="sync",
                    action="sync.pull",
                    detail={"received": len(orders), "new": new, "updated": updated},
                )
            uow.commit()
        return PullReport(received=len(orders), new=new, updated=updated, dropped=dropped)

    def _raise_changed_while_packing(self, uow: UnitOfWork, order: FulfillmentOrder) -> None:
        """A packer had begun this order when the shop cancelled, held or closed it."""
        word = order.status.value.lower().replace("_", " ")
        uow.exceptions.raise_exception(
            "shop_changed",
            fulfillment_order_id=order.fulfillment_order_id,
            order_name=order.order_name,
            detail={"reason": f"Order {order.order_name} became {word} in the shop while packing"},
            station=self._station,
            raised_by="sync",
            at=self._clock(),
        )
