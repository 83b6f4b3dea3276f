"""Push the durable outbox to the shop, exactly once, with any number of workers.

The rule (see docs/sync.md): a worker first takes an owned, expiring lease on a row
(storage/leases.py), so one worker at a time acts on it. A message is marked ``sending`` and
committed *before* the request goes out. When the outcome is unknown (timeout, dropped reply,
a worker killed mid-request) the row waits out a settle period longer than the request timeout
(sync/delivery.py), then the pusher reads the shop and sends again only when our fulfillment
is not there, reading right before the send. A refusal after an unknown outcome means "look
again". A resend is checked for a late duplicate after another settle period; a duplicate is
cancelled and the shift lead told.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.i18n.said import words_of
from packstation.shop.base import (
    FulfillmentRequest,
    ShopAccessRefused,
    ShopConnector,
    ShopNotReached,
    ShopRejected,
    ShopUnavailable,
)
from packstation.storage.models import OutboxRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow
from packstation.sync.delivery import DeliveryFacts, DeliveryPolicy, Step
from packstation.sync.leased import Change, LeasedRows, worker_identity
from packstation.sync.pickup_ready import PICKUP_READY, PickupReadyPush
from packstation.sync.policy import BackoffPolicy

log = logging.getLogger("packstation.sync")

# What pushing one message did
DELIVERED, REJECTED, CANCELLED, SKIPPED, WAITING = (
    "delivered",
    "rejected",
    "cancelled",
    "skipped",
    "waiting",
)


@dataclass(frozen=True)
class PushReport:
    """What one pass over the outbox achieved."""

    delivered: int = 0
    rejected: int = 0
    deferred: int = 0
    offline: bool = False
    last_error: str = ""


class OutboxPusher(PickupReadyPush):
    """Delivers due outbox messages one by one, in the order they were queued."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        connector: ShopConnector,
        *,
        station: str,
        clock: Clock = utcnow,
        policy: BackoffPolicy | None = None,
        delivery: DeliveryPolicy | None = None,
        owner: str | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._factory = session_factory
        self._connector = connector
        self._station = station
        self._clock = clock
        self._policy = policy or BackoffPolicy()
        self.delivery = delivery or DeliveryPolicy()
        self._rng = rng or random.Random()
        self._rows: LeasedRows[OutboxRow] = LeasedRows(
            session_factory,
            OutboxRow,
            owner=owner or worker_identity(station),
            station=station,
            lease_seconds=self.delivery.lease_seconds,
            clock=clock,
            subject=lambda row: row.fulfillment_order_id,
            id_key="outbox_id",
        )

    @property
    def owner(self) -> str:
        """This worker's name on the rows it holds."""
        return self._rows.owner

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def push_due(self) -> PushReport:
        """Push every due message no other worker holds; stops when the shop is unreachable.

        Raises ShopAccessRefused (the token or a scope was refused: nothing was sent).
        """
        with UnitOfWork(self._factory) as uow:
            ids = [row.id for row in uow.outbox.due(self._clock())]
        delivered = rejected = 0
        for outbox_id in ids:
            if not self._take(outbox_id):
                continue  # another worker holds it
            try:
                outcome = self._push_one(outbox_id)
            except ShopUnavailable as exc:
                self._defer(outbox_id, str(exc))
                return PushReport(
                    delivered, rejected, deferred=1, offline=True, last_error=words_of(exc)
                )
            finally:
                self._release(outbox_id)
            delivered += outcome == DELIVERED
            rejected += outcome == REJECTED
        return PushReport(delivered, rejected)

    def _take(self, outbox_id: int) -> bool:
        return self._rows.take(outbox_id, ("pending", "sending", "done"))

    def _release(self, outbox_id: int) -> None:
        self._rows.release(outbox_id)

    def _change(
        self,
        outbox_id: int,
        action: str,
        change: Change[OutboxRow],
        *,
        states: tuple[str, ...] = (),
    ) -> bool:
        """Change a row we hold (see LeasedRows.change)."""
        return self._rows.change(outbox_id, action, change, states=states)

    # -- one message --------------------------------------------------------------------------

    def _push_one(self, outbox_id: int) -> str:
        """Act on one held message; says what happened."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            row = uow.outbox.get(outbox_id)
            assert row is not None
            state, voided, reference = row.state, row.void_requested, row.shop_reference
            kind = row.kind
            verify_due = row.verify_at is not None and row.verify_at <= now
            request = FulfillmentRequest.from_json(json.loads(row.payload))
            facts = DeliveryFacts(row.attempts, row.uncertain_at, row.looks)
        if kind == PICKUP_READY:
            return self._push_pickup_ready(outbox_id, state, voided, request.fulfillment_order_id)
        if state == "done":
            if verify_due:
                self._verify_single(outbox_id, request)
            if voided:
                return self._cancel_one(outbox_id, self._reference(outbox_id) or reference)
            return SKIPPED
        if state == "sending":  # its worker died or gave up its lease mid-request
            return self._wait(outbox_id, self.delivery.settle_until(now), "taken over")
        decision = self.delivery.next_step(facts, now)
        if decision.step is Step.WAIT:
            assert decision.not_before is not None
            return self._wait(outbox_id, decision.not_before, "")
        if decision.step in (Step.RECONCILE, Step.GIVE_UP):
            existing = self._connector.find_fulfillment(
                request.fulfillment_order_id, request.tracking_number
            )
            if existing is not None:
                return self._delivered(outbox_id, existing, reconciled=True, resent=False)
            if voided:  # it never reached the shop, and nobody wants it there any more
                return self._drop_voided(outbox_id)
            if decision.step is Step.GIVE_UP:
                self._mark_rejected(outbox_id, self._last_error(outbox_id))
                return REJECTED
        return self._send(outbox_id, request, facts)

    def _send(self, outbox_id: int, request: FulfillmentRequest, facts: DeliveryFacts) -> str:
        """Mark the row sending (committed), then send; classify what came back."""

        def sending(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state, row.attempts = "sending", row.attempts + 1
            return {}

        # conditional: a lead may have voided the shipment since it was read
        if not self._change(outbox_id, "", sending, states=("pending",)):
            return SKIPPED
        try:
            reference = self._connector.create_fulfillment(request)
        except ShopNotReached:
            self._not_sent(outbox_id)
            raise
        except ShopAccessRefused:
            self._not_sent(outbox_id)
            raise
        except ShopUnavailable:
            self._uncertain(outbox_id)
            raise
        except ShopRejected as exc:
            if self.delivery.refusal_is_final(facts):
                self._mark_rejected(outbox_id, str(exc))
                return REJECTED
            self._look_again(outbox_id, str(exc))
            return WAITING
        resent = facts.uncertain_at is not None or facts.looks > 0
        return self._delivered(outbox_id, reference, reconciled=False, resent=resent)

    def _not_sent(self, outbox_id: int) -> None:
        """The request never reached the shop: the send did not happen."""

        def change(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state, row.attempts = "pending", max(0, row.attempts - 1)
            return {}

        self._change(outbox_id, "", change, states=("sending",))

    def _uncertain(self, outbox_id: int) -> None:
        """The outcome is unknown from now: wait out the settle period before looking."""

        def change(_uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.uncertain_at = "pending", now
            return {}

        self._change(outbox_id, "", change, states=("sending",))

    def _look_again(self, outbox_id: int, reason: str) -> None:
        """Refused after an unknown outcome: probably our own earlier send. Look again later."""

        def change(_uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error, row.looks = "pending", reason, row.looks + 1
            row.uncertain_at = now
            row.next_attempt_at = self.delivery.settle_until(now)
            return {"reason": reason, "looks": row.looks}

        self._change(outbox_id, "sync.look_again", change, states=("sending",))
        log.info("outbox %s refused after an unknown outcome, looking again: %s", outbox_id, reason)

    def _wait(self, outbox_id: int, until: datetime, why: str) -> str:
        def change(_uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            if row.state == "sending":
                row.state, row.uncertain_at = "pending", now
            row.next_attempt_at = until
            return {"until": until.isoformat(), "why": why}

        self._change(outbox_id, "sync.settling" if why else "", change)
        return WAITING

    def _delivered(self, outbox_id: int, reference: str, *, reconciled: bool, resent: bool) -> str:
        """Mark a message delivered; a shipment voided meanwhile is cancelled in the shop now."""

        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.shop_reference, row.done_at, row.last_error = "done", reference, now, ""
            row.uncertain_at, row.looks = None, 0
            row.verify_at = self.delivery.verify_at(now) if resent else None
            uow.sync_state.set("last_push_at", now.isoformat())
            return {"shop_reference": reference}

        action = "sync.reconciled" if reconciled else "sync.pushed"
        if not self._change(outbox_id, action, change, states=("pending", "sending")):
            return SKIPPED
        log.info("outbox %s delivered as %s (reconciled=%s)", outbox_id, reference, reconciled)
        row = self._rows.read(outbox_id)
        if row is not None and row.void_requested:
            self._cancel_one(outbox_id, reference)
        return DELIVERED

    def _verify_single(self, outbox_id: int, request: FulfillmentRequest) -> None:
        """After a resend: an earlier send may have committed late. Keep the oldest, cancel
        the rest, and tell the shift lead."""
        found = self._connector.find_fulfillments(
            request.fulfillment_order_id, request.tracking_number
        )
        duplicates = found[1:]
        refused = ""
        for duplicate in duplicates:
            try:
                self._connector.cancel_fulfillment(duplicate)
            except ShopRejected as exc:
                refused = str(exc)

        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.verify_at = None
            if not duplicates:
                return {}
            row.shop_reference = found[0]
            words = (
                f"Sent to the shop twice (an earlier try arrived late); the duplicate "
                f"{', '.join(duplicates)} was cancelled"
                if not refused
                else f"Sent to the shop twice; cancelling the duplicate failed: {refused}"
            )
            self._raise(uow, row, "sync_duplicate", words, now)
            return {"kept": found[0], "cancelled": duplicates, "refused": refused}

        action = "sync.duplicate_cancelled" if duplicates else ""
        self._change(outbox_id, action, change, states=("done",))

    def _drop_voided(self, outbox_id: int) -> str:
        """A voided shipment the shop turned out not to have: it is never sent."""

        def change(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state = "voided"
            return {}

        self._change(outbox_id, "sync.dropped", change, states=("pending", "sending"))
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

        def change(_uow: UnitOfWork, row: OutboxRow, _now: datetime) -> dict[str, object]:
            row.state, row.last_error, row.verify_at = "cancelled", "", None
            return {"shop_reference": reference}

        self._change(outbox_id, "sync.cancelled", change)
        return CANCELLED

    def _reference(self, outbox_id: int) -> str:
        row = self._rows.read(outbox_id)
        return row.shop_reference if row is not None else ""

    def _last_error(self, outbox_id: int) -> str:
        row = self._rows.read(outbox_id)
        error = row.last_error if row is not None else ""
        return error or "The shop does not have the shipment and keeps refusing it"

    def _raise(
        self, uow: UnitOfWork, row: OutboxRow, kind: str, reason: str, now: datetime
    ) -> None:
        """Raise an exception for the shift lead about this message's order."""
        order = uow.orders.row(row.fulfillment_order_id)
        uow.exceptions.raise_exception(
            kind,
            fulfillment_order_id=row.fulfillment_order_id,
            order_name=order.order_name if order is not None else "",
            detail={"reason": reason, "outbox_id": row.id},
            station=self._station,
            raised_by="sync",
            at=now,
        )

    def _mark_rejected(self, outbox_id: int, reason: str, state: str = "rejected") -> None:
        def change(uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error = state, reason
            row.uncertain_at, row.looks = None, 0
            order = uow.orders.row(row.fulfillment_order_id)
            if order is not None:
                order.local_state = "exception"
            self._raise(uow, row, "sync_refused", reason, now)
            return {"reason": reason}

        self._change(outbox_id, "sync.rejected", change)
        log.warning("outbox %s rejected by the shop: %s", outbox_id, reason)

    def _defer(self, outbox_id: int, reason: str) -> None:
        """The shop cannot be reached: back off (never sooner than a pending settle period)."""

        def change(_uow: UnitOfWork, row: OutboxRow, now: datetime) -> dict[str, object]:
            delay = self._policy.delay(max(row.attempts, 1), self._rng)
            retry_at = now + timedelta(seconds=delay)
            if row.state == "sending":  # should not happen; an unknown outcome to be safe
                row.state, row.uncertain_at = "pending", now
            if row.uncertain_at is not None:
                retry_at = max(retry_at, self.delivery.settle_until(row.uncertain_at))
            if row.state == "done" and row.verify_at is not None and not row.void_requested:
                row.verify_at = retry_at
            row.last_error = reason
            row.next_attempt_at = retry_at
            return {"reason": reason, "retry_in_s": round((retry_at - now).total_seconds(), 1)}

        self._change(outbox_id, "sync.deferred", change)
