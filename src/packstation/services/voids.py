"""Voiding a shipment: a lead takes back a packed box, and the shop hears of it exactly once."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from packstation.i18n.said import said
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class VoidRefused(Exception):
    """The shipment cannot be voided; ``str()`` says why."""


@dataclass(frozen=True)
class VoidOutcome:
    """What a void did: whether the shop must cancel a fulfillment, and jobs stopped."""

    order_name: str
    tracking_number: str
    cancel_in_shop: bool
    print_jobs_cancelled: int
    cancel_booking: bool = False  # sync cancels the carrier booking


class VoidService:
    """Voids shipments; never-sent ones vanish locally, delivered ones are cancelled by sync."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._clock = clock

    def void_latest(self, order_name: str, authorisation: Authorisation) -> VoidOutcome:
        """Void the newest shipment of an order."""
        with UnitOfWork(self._factory) as uow:
            shipment = uow.shipments.latest_for_order(order_name)
        if shipment is None:
            raise VoidRefused(
                said("Voids", "Order {order} has no shipment to void", order=order_name)
            )
        return self.void(shipment.shipment_id, authorisation)

    def void(self, shipment_id: str, authorisation: Authorisation) -> VoidOutcome:
        """Void one shipment in one transaction; the order goes back to the queue."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            row = uow.shipments.row(shipment_id)
            if row is None:
                raise VoidRefused(said("Voids", "No such shipment"))
            if row.voided_at is not None:
                raise VoidRefused(
                    said("Voids", "The shipment of {order} is already void", order=row.order_name)
                )
            message = uow.outbox.for_shipment(shipment_id)
            cancel_in_shop = False
            if message is not None and not uow.outbox.claim(
                message.id, ("pending", "held"), "voided", never_sent=True
            ):
                # it reached the shop, or may have: sync cancels it after delivering it
                cancel_in_shop = message.state not in ("rejected", "voided")
                message.void_requested = cancel_in_shop
            cancel_booking = self._void_booking(uow, shipment_id)
            stopped = 0
            for job in uow.print_jobs.for_shipment(shipment_id):
                if job.state == "queued":
                    job.state, job.last_error = "cancelled", "shipment voided"
                    stopped += 1
            row.voided_at, row.void_reason = now, authorisation.reason
            order = uow.orders.row(row.fulfillment_order_id)
            if order is not None:
                order.local_state = "queued"
            tracking = row.packages[0].tracking_number if row.packages else ""
            record_audit(
                uow,
                self._ctx,
                now,
                "shipment.voided",
                row.order_name,
                {
                    "shipment_id": shipment_id,
                    "tracking_number": tracking,
                    "lead": authorisation.lead,
                    "reason": authorisation.reason,
                    "cancel_in_shop": cancel_in_shop,
                    "cancel_booking": cancel_booking,
                    "print_jobs_cancelled": stopped,
                },
            )
            uow.commit()
            return VoidOutcome(row.order_name, tracking, cancel_in_shop, stopped, cancel_booking)

    @staticmethod
    def _void_booking(uow: UnitOfWork, shipment_id: str) -> bool:
        """A booking never tried is dropped; one made (or maybe made) is cancelled by sync at
        the carrier, once. True when the carrier must cancel."""
        booking = uow.bookings.for_shipment(shipment_id)
        if booking is None or booking.state in ("refused", "voided", "cancelled"):
            return False
        if booking.state == "pending" and booking.attempts == 0:
            booking.state = "voided"
            return False
        booking.void_requested = True
        return True
