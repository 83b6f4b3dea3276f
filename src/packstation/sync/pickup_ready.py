"""Tell the shop a collect-in-store order is ready for pickup, once, through the outbox.

The message waits in the outbox like a fulfillment. Unlike one, a repeat is harmless: Shopify
finds nothing left to prepare and the connector counts that as done, so after a lost answer
the message is simply sent again. A void after the notice went out cannot take it back in
Shopify; the row is closed and the lead's void is audited as usual.
"""

from __future__ import annotations

from datetime import datetime

from packstation.shop.base import (
    ShopAccessRefused,
    ShopConnector,
    ShopNotReached,
    ShopRejected,
    ShopUnavailable,
)
from packstation.storage.models import OutboxRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.leased import Change

PICKUP_READY = "pickup_ready"  # the outbox kind of a collect-in-store order's notice
FULFILLMENT_CREATE = "fulfillment_create"


class PickupReadyPush:
    """The outbox pusher's handling of ``pickup_ready`` messages (mixed into OutboxPusher)."""

    _connector: ShopConnector

    def _change(
        self,
        outbox_id: int,
        action: str,
        change: Change[OutboxRow],
        *,
        states: tuple[str, ...] = (),
    ) -> bool:
        raise NotImplementedError

    def _not_sent(self, outbox_id: int) -> None:
        raise NotImplementedError

    def _uncertain(self, outbox_id: int) -> None:
        raise NotImplementedError

    def _mark_rejected(self, outbox_id: int, reason: str, state: str = "rejected") -> None:
        raise NotImplementedError

    def _drop_voided(self, outbox_id: int) -> str:
        raise NotImplementedError

    def _push_pickup_ready(
        self, outbox_id: int, state: str, voided: bool, fulfillment_order_id: str
    ) -> str:
        """Send one held ``pickup_ready`` message; says what happened (outbox outcomes)."""
        if state == "done":
            return self._close_voided(outbox_id) if voided else "skipped"
        if voided:
            return self._drop_voided(outbox_id)

        def sending(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state, row.attempts = "sending", row.attempts + 1
            return {}

        if not self._change(outbox_id, "", sending, states=("pending", "sending")):
            return "skipped"
        try:
            self._connector.prepared_for_pickup(fulfillment_order_id)
        except (ShopNotReached, ShopAccessRefused):
            self._not_sent(outbox_id)
            raise
        except ShopUnavailable:
            self._uncertain(outbox_id)
            raise
        except ShopRejected as exc:
            self._mark_rejected(outbox_id, str(exc))
            return "rejected"

        def done(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.shop_reference, row.done_at, row.last_error = (
                "done",
                fulfillment_order_id,
                now,
                "",
            )
            row.uncertain_at, row.looks = None, 0
            uow.sync_state.set("last_push_at", now.isoformat())
            return {"ready_for_pickup": fulfillment_order_id}

        self._change(outbox_id, "sync.ready_for_pickup", done, states=("sending",))
        return "delivered"

    def _close_voided(self, outbox_id: int) -> str:
        """The customer was told already; Shopify has nothing to cancel."""

        def change(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state = "cancelled"
            row.last_error = "The customer was already told the order is ready for pickup"
            return {}

        self._change(outbox_id, "sync.cancelled", change)
        return "cancelled"
