"""Book each shipment with the carrier exactly once, oldest first, with any number of workers.

The same rule as the outbox (docs/sync.md): a worker leases the row (sync/leased.py), marks it
``sending`` and commits before the request goes out. When the answer is lost the row waits
out the settle period (longer than the request timeout), then the platform is searched by the
booking's unique reference (carriers/reconcile.py) and only a booking not found is made again.
A duplicate found then is cancelled and the shift lead told. The booking's numbers release the
shipment's Shopify fulfillment (held until now) and queue the carrier's label on the bench
that packed the box, in the same transaction: nothing prints twice.
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.carriers.base import (
    Booking,
    BookingRequest,
    Carrier,
    CarrierAuthRefused,
    CarrierNotFound,
    CarrierOutcomeUnknown,
    CarrierRefused,
    CarrierUnavailable,
)
from packstation.carriers.codec import request_from_json
from packstation.carriers.own import PRODUCT_CODE as OWN_PRODUCT
from packstation.carriers.reconcile import Reconciled, reconcile
from packstation.i18n.said import said, words_of
from packstation.storage.models import BookingRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.booking_effects import (
    duplicate_words,
    pending_slip,
    queue_label,
    raise_for_lead,
    release_fulfillment,
)
from packstation.sync.clock import Clock, utcnow
from packstation.sync.delivery import DeliveryFacts, DeliveryPolicy, Step
from packstation.sync.leased import LeasedRows, worker_identity
from packstation.sync.policy import BackoffPolicy

log = logging.getLogger("packstation.sync")
BOOKED, REFUSED, CANCELLED, SKIPPED, WAITING = (
    "booked",
    "refused",
    "cancelled",
    "skipped",
    "waiting",
)
# The platform's clock may differ from ours: search a little before our first attempt.
SINCE_MARGIN = timedelta(minutes=10)
REFUSED_NOW = "refused_now"  # refused at the first try, at the bench: the packer fixes it


@dataclass(frozen=True)
class BookingReport:
    """What one pass over the bookings achieved."""

    booked: int = 0
    refused: int = 0
    offline: bool = False
    paused: bool = False
    last_error: str = ""


@dataclass(frozen=True)
class NowOutcome:
    """What booking at once at the bench gave: ``booked``, ``refused`` (words: why),
    ``pending`` (offline: a LABEL PENDING slip; sync books later) or ``paused`` (the key)."""

    state: str
    words: str = ""


class BookingPusher:
    """Makes due carrier bookings one by one, in the order the boxes were packed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        carrier: Carrier,
        *,
        station: str,
        clock: Clock = utcnow,
        policy: BackoffPolicy | None = None,
        delivery: DeliveryPolicy | None = None,
        owner: str | None = None,
        rng: random.Random | None = None,
        pause_retry_seconds: float = 300.0,
        own: Carrier | None = None,
    ) -> None:
        self._factory = session_factory
        self.carrier = carrier
        self.own = own  # LOCAL orders: the shop's own van, whatever the platform
        self._station = station
        self._clock = clock
        self._policy = policy or BackoffPolicy()
        self.delivery = delivery or DeliveryPolicy()
        self._rng = rng or random.Random()
        self.pause_retry_seconds = pause_retry_seconds
        self._paused: tuple[str, datetime] | None = None
        self._rows: LeasedRows[BookingRow] = LeasedRows(
            session_factory,
            BookingRow,
            owner=owner or worker_identity(station),
            station=station,
            lease_seconds=self.delivery.lease_seconds,
            clock=clock,
            subject=lambda row: row.order_name,
            id_key="booking_row_id",
        )

    @property
    def paused_reason(self) -> str:
        """Why bookings wait for a lead ("" when they do not): the account refused the key."""
        return self._paused[0] if self._paused else ""

    def resume(self) -> None:
        """The carrier settings were fixed: book again on the next pass."""
        self._paused = None

    def push_due(self) -> BookingReport:
        """Make every due booking no other worker holds; stops when the platform is down."""
        if self._paused is not None:
            waited = (self._clock() - self._paused[1]).total_seconds()
            if waited < self.pause_retry_seconds:
                return BookingReport(paused=True, last_error=self._paused[0])
        with UnitOfWork(self._factory) as uow:
            ids = [row.id for row in uow.bookings.due(self._clock())]
        booked = refused = 0
        for row_id in ids:
            if not self._rows.take(row_id, ("pending", "sending", "done")):
                continue  # another worker holds it
            try:
                outcome = self._book_one(row_id)
            except CarrierAuthRefused as exc:
                self._paused = (words_of(exc), self._clock())
                log.warning("carrier bookings paused: %s", exc)
                return BookingReport(booked, refused, paused=True, last_error=words_of(exc))
            except CarrierUnavailable as exc:
                self._defer(row_id, str(exc), exc.retry_after)
                return BookingReport(booked, refused, offline=True, last_error=str(exc))
            finally:
                self._rows.release(row_id)
            booked += outcome == BOOKED
            refused += outcome == REFUSED
        self._paused = None
        return BookingReport(booked, refused)

    def book_now(self, shipment_id: str) -> NowOutcome:
        """Book one shipment at once (the completion's own try, before sync's)."""
        with UnitOfWork(self._factory) as uow:
            found = uow.bookings.for_shipment(shipment_id)
            row_id = found.id if found is not None else None
        if row_id is None or not self._rows.take(row_id, ("pending",)):
            return NowOutcome("pending")  # no booking, or a sync worker is making it now
        try:
            if self._paused is not None:
                self._slip_now(row_id, self._paused[0])
                return NowOutcome("paused", self._paused[0])
            outcome = self._book_one(row_id, immediate=True)
        except CarrierAuthRefused as exc:
            self._paused = (words_of(exc), self._clock())
            self._slip_now(row_id, str(exc))
            return NowOutcome("paused", words_of(exc))
        except CarrierUnavailable as exc:
            self._defer(row_id, str(exc), exc.retry_after)
            return NowOutcome("pending", str(exc))
        finally:
            self._rows.release(row_id)
        if outcome == REFUSED_NOW:
            row = self._rows.read(row_id)
            return NowOutcome("refused", row.last_error if row is not None else "")
        return NowOutcome("booked" if outcome == BOOKED else "pending")

    def _slip_now(self, row_id: int, reason: str) -> None:
        def change(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.last_error = reason
            pending_slip(uow, row, reason, now)
            return {}

        self._rows.change(row_id, "", change)

    # -- one booking ---------------------------------------------------------------------------

    def _book_one(self, row_id: int, *, immediate: bool = False) -> str:
        now = self._clock()
        row = self._rows.read(row_id)
        assert row is not None
        if row.state == "done":
            if row.void_requested:
                return self._cancel(row_id, row.booking_id, row.product_code)
            return SKIPPED
        if row.state == "sending":  # its worker died or gave up its lease mid-request
            return self._wait(row_id, self.delivery.settle_until(now), "taken over")
        facts = DeliveryFacts(row.attempts, row.uncertain_at, row.looks)
        request = request_from_json(json.loads(row.payload))
        decision = self.delivery.next_step(facts, now)
        if decision.step is Step.WAIT:
            assert decision.not_before is not None
            return self._wait(row_id, decision.not_before, "")
        if decision.step in (Step.RECONCILE, Step.GIVE_UP):
            since = row.since or row.created_at - SINCE_MARGIN
            carrier = self._carrier_for(request.product_code)
            found = reconcile(carrier, row.reference, since, request.label_format)
            if found.booking is not None:
                return self._booked(row_id, found.booking, found)
            if row.void_requested:  # never booked, and nobody wants it any more
                return self._finish(row_id, "voided", "", "booking.dropped")
            if decision.step is Step.GIVE_UP:
                return self._refused(
                    row_id, row.last_error or said("Carrier", "The carrier keeps refusing it")
                )
        return self._send(row_id, request, facts, immediate=immediate)

    def _send(
        self, row_id: int, request: BookingRequest, facts: DeliveryFacts, *, immediate: bool
    ) -> str:
        def sending(_uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.attempts = "sending", row.attempts + 1
            row.since = row.since or now - SINCE_MARGIN
            return {}

        if not self._rows.change(row_id, "", sending, states=("pending",)):
            return SKIPPED
        try:
            booking = self._carrier_for(request.product_code).book(request)
        except CarrierOutcomeUnknown:
            self._uncertain(row_id)
            raise
        except (CarrierUnavailable, CarrierAuthRefused):
            self._not_sent(row_id)
            raise
        except CarrierRefused as exc:
            if immediate and facts.attempts == 0:
                return self._refused_now(row_id, exc)
            if self.delivery.refusal_is_final(facts):
                return self._refused(row_id, words_of(exc))
            self._look_again(row_id, str(exc))
            return WAITING
        return self._booked(row_id, booking, None)

    def _booked(self, row_id: int, booking: Booking, found: Reconciled | None) -> str:
        """Store the booking; release the fulfillment with its numbers; queue the label."""

        def change(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.done_at, row.last_error = "done", now, ""
            row.uncertain_at, row.looks = None, 0
            row.booking_id, row.carrier_code = booking.booking_id, booking.carrier_code
            row.carrier_name, row.product_code = booking.carrier_name, booking.product_code
            row.tracking_numbers = json.dumps(list(booking.tracking_numbers))
            row.tracking_urls = json.dumps(list(booking.tracking_urls))
            row.label, row.label_format = booking.label, booking.label_format
            release_fulfillment(uow, row, booking, now)
            if not row.void_requested:
                queue_label(uow, row, now)
            if found is not None and found.had_duplicates:
                raise_for_lead(
                    uow, row, "carrier_duplicate", duplicate_words(found), self._station, now
                )
            return {"booking_id": booking.booking_id, "tracking": list(booking.tracking_numbers)}

        action = "booking.reconciled" if found is not None else "booking.made"
        if not self._rows.change(row_id, action, change, states=("pending", "sending")):
            return SKIPPED
        row = self._rows.read(row_id)
        if row is not None and row.void_requested:
            self._cancel(row_id, booking.booking_id, booking.product_code)
        return BOOKED

    def _carrier_for(self, product_code: str) -> Carrier:
        """Own delivery books with the station's own numbers; everything else on the platform."""
        return self.own if self.own is not None and product_code == OWN_PRODUCT else self.carrier

    def _cancel(self, row_id: int, booking_id: str, product_code: str) -> str:
        """A lead voided the shipment: cancel the booking at the carrier, once."""
        try:
            outcome = self._carrier_for(product_code).cancel(booking_id)
            words = outcome.message
            cancelled = outcome.cancelled
        except CarrierNotFound:
            words, cancelled = "the carrier no longer has it", True
        except CarrierRefused as exc:
            words, cancelled = str(exc), False
        if cancelled:
            return self._finish(row_id, "cancelled", "", "booking.cancelled")

        def refused(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error = "cancel_refused", words
            raise_for_lead(uow, row, "carrier_cancel_refused", words, self._station, now)
            return {"reason": words}

        self._rows.change(row_id, "booking.cancel_refused", refused)
        return REFUSED

    def _finish(self, row_id: int, state: str, error: str, action: str) -> str:
        def change(_uow: UnitOfWork, row: BookingRow, _now: datetime) -> dict[str, object]:
            row.state, row.last_error = state, error
            return {}

        self._rows.change(row_id, action, change)
        return CANCELLED if state == "cancelled" else SKIPPED

    def _refused_now(self, row_id: int, exc: CarrierRefused) -> str:
        """Nothing was booked: the completion unseals the box and the packer is told why."""
        words = "; ".join((str(exc), *exc.details)) if exc.details else str(exc)

        def change(_uow: UnitOfWork, row: BookingRow, _now: datetime) -> dict[str, object]:
            row.state, row.last_error = "refused", words
            return {"reason": words}

        self._rows.change(row_id, "booking.refused_at_bench", change, states=("sending",))
        return REFUSED_NOW

    def _refused(self, row_id: int, reason: str) -> str:
        """The carrier said no: the order becomes an exception; the fulfillment stays held."""

        def change(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error = "refused", reason
            row.uncertain_at, row.looks = None, 0
            order = uow.orders.row(row.fulfillment_order_id)
            if order is not None:
                order.local_state = "exception"
            message = uow.outbox.for_shipment(row.shipment_id)
            if message is not None and message.state == "held":
                message.state = "blocked"  # never sent without the carrier's numbers
            raise_for_lead(uow, row, "carrier_refused", reason, self._station, now)
            return {"reason": reason}

        self._rows.change(row_id, "booking.refused", change)
        log.warning("booking %s refused by the carrier: %s", row_id, reason)
        return REFUSED

    # -- unknown outcomes and waiting (the outbox's rule) ---------------------------------------

    def _not_sent(self, row_id: int) -> None:
        def change(_uow: UnitOfWork, row: BookingRow, _now: datetime) -> dict[str, object]:
            row.state, row.attempts = "pending", max(0, row.attempts - 1)
            return {}

        self._rows.change(row_id, "", change, states=("sending",))

    def _uncertain(self, row_id: int) -> None:
        def change(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.uncertain_at = "pending", now
            pending_slip(uow, row, "The carrier's answer was lost", now)
            return {}

        self._rows.change(row_id, "", change, states=("sending",))

    def _look_again(self, row_id: int, reason: str) -> None:
        def change(_uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            row.state, row.last_error, row.looks = "pending", reason, row.looks + 1
            row.uncertain_at, row.next_attempt_at = now, self.delivery.settle_until(now)
            return {"reason": reason, "looks": row.looks}

        self._rows.change(row_id, "booking.look_again", change, states=("sending",))

    def _wait(self, row_id: int, until: datetime, why: str) -> str:
        def change(_uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            if row.state == "sending":
                row.state, row.uncertain_at = "pending", now
            row.next_attempt_at = until
            return {"until": until.isoformat(), "why": why}

        self._rows.change(row_id, "booking.settling" if why else "", change)
        return WAITING

    def _defer(self, row_id: int, reason: str, retry_after: float | None) -> None:
        """The platform cannot book now: back off (honouring Retry-After and any settle)."""

        def change(uow: UnitOfWork, row: BookingRow, now: datetime) -> dict[str, object]:
            delay = self._policy.delay(max(row.attempts, 1), self._rng)
            retry_at = now + timedelta(seconds=max(delay, retry_after or 0.0))
            if row.state == "sending":
                row.state, row.uncertain_at = "pending", now
            if row.uncertain_at is not None:
                retry_at = max(retry_at, self.delivery.settle_until(row.uncertain_at))
            row.last_error, row.next_attempt_at = reason, retry_at
            if row.state == "pending":
                pending_slip(uow, row, reason, now)
            return {"reason": reason, "retry_in_s": round((retry_at - now).total_seconds(), 1)}

        self._rows.change(row_id, "booking.deferred", change)
