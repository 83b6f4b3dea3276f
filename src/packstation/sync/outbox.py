"""Push the durable outbox to the shop, exactly once.

The rule (see docs/sync.md): a message is marked ``sending`` and committed *before* the request
goes out. A message found ``sending`` or with earlier attempts may already be in the shop, so the
pusher first asks the shop for a fulfillment with the same tracking number and only sends again
when there is none. A refusal by the shop is final: the message becomes ``rejected`` and the
order an exception for the shift lead.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.shop.base import FulfillmentRequest, ShopConnector, ShopRejected, ShopUnavailable
from packstation.storage.models import OutboxRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow
from packstation.sync.policy import BackoffPolicy

log = logging.getLogger("packstation.sync")

# What pushing one message did
DELIVERED, REJECTED, CANCELLED, SKIPPED = "delivered", "rejected", "cancelled", "skipped"


@dataclass(frozen=True)
class PushReport:
    """What one pass over the outbox achieved."""

    delivered: int = 0
    rejected: int = 0
    deferred: int = 0
    offline: bool = False
    last_error: str = ""


class OutboxPusher:
    """Delivers due outbox messages one by one, in the order they were queued."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        connector: ShopConnector,
        *,
        station: str,
        clock: Clock = utcnow,
        policy: BackoffPolicy | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._factory = session_factory
        self._connector = connector
        self._station = station
        self._clock = clock
        self._policy = policy or BackoffPolicy()
        self._rng = rng or random.Random()

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def push_due(self) -> PushReport:
        """Push every due message; stops at the first sign that the shop is unreachable."""
        with UnitOfWork(self._factory) as uow:
            ids = [row.id for row in uow.outbox.due(self._clock())]
        delivered = rejected = 0
        for outbox_id in ids:
            try:
                outcome = self._push_one(outbox_id)
            except ShopUnavailable as exc:
                self._defer(outbox_id, str(exc))
                return PushReport(
                    delivered, rejected, deferred=1, offline=True, last_error=str(exc)
                )
            delivered += outcome == DELIVERED
            rejected += outcome == REJECTED
        return PushReport(delivered, rejected)

    def _push_one(self, outbox_id: int) -> str:
        """Deliver one message (or cancel a voided one that was delivered); says what happened."""
        with UnitOfWork(self._factory) as uow:
            row = uow.outbox.get(outbox_id)
            assert row is not None
            to_cancel = row.shop_reference if row.state == "done" and row.void_requested else ""
            request = FulfillmentRequest.from_json(json.loads(row.payload))
            uncertain = row.state == "sending" or row.attempts > 0
            voided = row.void_requested
        if to_cancel:
            return self._cancel_one(outbox_id, to_cancel)
        if uncertain:
            existing = self._connector.find_fulfillment(
                request.fulfillment_order_id, request.tracking_number
            )
            if existing is not None:
                return self._delivered(outbox_id, existing, reconciled=True)
            if voided:  # it never reached the shop, and nobody wants it there any more
                return self._drop_voided(outbox_id)
        with UnitOfWork(self._factory) as uow:
            # conditional: a lead may have voided the shipment since it was read
            if not uow.outbox.claim(outbox_id, ("pending", "sending"), "sending"):
                return SKIPPED
            row = uow.outbox.get(outbox_id)
            assert row is not None
            row.attempts += 1
            uow.commit()
        try:
            reference = self._connector.create_fulfillment(request)
        except ShopRejected as exc:
            self._mark_rejected(outbox_id, str(exc))
            return REJECTED
        return self._delivered(outbox_id, reference, reconciled=False)

    def _delivered(self, outbox_id: int, reference: str, *, reconciled: bool) -> str:
        """Mark a message delivered; a shipment voided meanwhile is cancelled in the shop now."""
        self._mark_done(outbox_id, reference, reconciled=reconciled)
        with UnitOfWork(self._factory) as uow:
            row = uow.outbox.get(outbox_id)
            assert row is not None
            voided = row.void_requested
        if voided:
            self._cancel_one(outbox_id, reference)
        return DELIVERED

    def _drop_voided(self, outbox_id: int) -> str:
        """A voided shipment the shop turned out not to have: it is never sent."""
        with UnitOfWork(self._factory) as uow:
            claimed = uow.outbox.claim(outbox_id, ("pending", "sending"), "voided")
            uow.commit()
        if claimed:
            self._transition(outbox_id, "sync.dropped", lambda _uow, _row, _now: {})
        return SKIPPED

    def _cancel_one(self, outbox_id: int, reference: str) -> str:
        """Cancel the shop's fulfillment of a voided shipment."""
        try:
            self._connector.cancel_fulfillment(reference)
        except ShopRejected as exc:
            self._mark_rejected(
                outbox_id, f"The shop would not cancel the voided shipment: {exc}", "cancel_refused"
            )
            return REJECTED

        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error = "cancelled", ""
            return {"shop_reference": reference}

        self._transition(outbox_id, "sync.cancelled", change)
        return CANCELLED

    def _transition(
        self,
        outbox_id: int,
        action: str,
        change: Callable[[UnitOfWork, OutboxRow, datetime], dict[str, object]],
    ) -> None:
        """Change a row and audit the change, in one transaction."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            row = uow.outbox.get(outbox_id)
            assert row is not None
            detail = {"outbox_id": outbox_id, **change(uow, row, now)}
            uow.audit.record(
                at=now,
                station=self._station,
                user="sync",
                action=action,
                subject=row.fulfillment_order_id,
                detail=detail,
            )
            uow.commit()

    def _mark_done(self, outbox_id: int, reference: str, *, reconciled: bool) -> None:
        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.shop_reference, row.done_at, row.last_error = "done", reference, now, ""
            uow.sync_state.set("last_push_at", now.isoformat())
            return {"shop_reference": reference}

        self._transition(outbox_id, "sync.reconciled" if reconciled else "sync.pushed", change)
        log.info("outbox %s delivered as %s (reconciled=%s)", outbox_id, reference, reconciled)

    def _mark_rejected(self, outbox_id: int, reason: str, state: str = "rejected") -> None:
        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error = state, reason
            order = uow.orders.row(row.fulfillment_order_id)
            if order is not None:
                order.local_state = "exception"
            uow.exceptions.raise_exception(
                "sync_refused",
                fulfillment_order_id=row.fulfillment_order_id,
                order_name=order.order_name if order is not None else "",
                detail={"reason": reason, "outbox_id": outbox_id},
                station=self._station,
                raised_by="sync",
                at=now,
            )
            return {"reason": reason}

        self._transition(outbox_id, "sync.rejected", change)
        log.warning("outbox %s rejected by the shop: %s", outbox_id, reason)

    def _defer(self, outbox_id: int, reason: str) -> None:
        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            delay = self._policy.delay(max(row.attempts, 1), self._rng)
            if row.state != "done":  # a delivered message waiting to be cancelled stays done
                row.state = "pending"
            row.last_error = reason
            row.next_attempt_at = now + timedelta(seconds=delay)
            return {"reason": reason, "retry_in_s": round(delay, 1)}

        self._transition(outbox_id, "sync.deferred", change)
