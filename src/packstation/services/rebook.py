"""A lead chooses an order's carrier product and services, and its box is booked again.

Two cases come to a lead as exceptions:

- ``carrier_refused``: sync's booking was refused after the box was sealed. The booking row
  gets the new product and services and is due again; its fulfillment, blocked so it never
  went without the carrier's numbers, is held again and goes out once the booking is made.
- ``no_label``: no rule matched (or the carrier stopped the box at the bench). The choice is
  kept with the order, and the next F10 books with it.

Either way the choice is remembered for the order, the exception is resolved and the change
is audited with the lead's name, in one transaction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.models import BookingRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

REBOOKABLE = ("carrier_refused", "no_label")


class RebookRefused(Exception):
    """The choice cannot be applied (any more); ``str()`` says why."""


@dataclass(frozen=True)
class CarrierChoice:
    """A carrier product and its services, as a lead chose them for one order."""

    product_code: str
    services: tuple[str, ...] = ()

    def to_json(self) -> str:
        """Stored on the order row."""
        return json.dumps({"product_code": self.product_code, "services": list(self.services)})

    @classmethod
    def from_json(cls, text: str) -> CarrierChoice | None:
        """Read a stored choice ("" gives None)."""
        if not text:
            return None
        data = json.loads(text)
        return cls(str(data["product_code"]), tuple(str(s) for s in data.get("services") or ()))

    @classmethod
    def parse(cls, product_code: str, services: str) -> CarrierChoice:
        """From what a lead typed: a product code, and services separated by commas or spaces."""
        product = product_code.strip().upper()
        if not product:
            raise RebookRefused("Choose a carrier product")
        codes = tuple(s.upper() for s in services.replace(",", " ").split() if s)
        return cls(product, codes)


class Rebooking:
    """Applies a lead's carrier choice to a refused booking or a stopped order."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        clock: Clock = utcnow,
        products: tuple[str, ...] = (),
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._clock = clock
        self.products = products  # the rules' product codes, offered first to a lead

    def current(self, exception_id: int) -> CarrierChoice | None:
        """What the refused booking asked for (to start the lead's choice from), if any."""
        with UnitOfWork(self._factory) as uow:
            exception = uow.exceptions.get(exception_id)
            if exception is None:
                return None
            booking = self._booking(uow, exception.detail)
            if booking is not None:
                request = json.loads(booking.payload)
                return CarrierChoice(
                    str(request.get("product_code") or ""),
                    tuple(str(s) for s in request.get("services") or ()),
                )
            order = uow.orders.row(exception.fulfillment_order_id)
            return CarrierChoice.from_json(order.carrier_choice) if order is not None else None

    def choose(self, exception_id: int, choice: CarrierChoice, authorisation: Authorisation) -> str:
        """Apply the choice; returns what happens next, in words."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            exception = uow.exceptions.get(exception_id)
            if exception is None or exception.state != "open":
                raise RebookRefused("This exception was resolved meanwhile")
            if exception.kind not in REBOOKABLE:
                raise RebookRefused("This exception is not about the carrier")
            order = uow.orders.row(exception.fulfillment_order_id)
            if order is None:
                raise RebookRefused(f"{exception.order_name} is no longer in the station")
            order.carrier_choice = choice.to_json()
            booking = self._booking(uow, exception.detail)
            before: dict[str, object] = {}
            if booking is not None:
                before = self._book_again(uow, booking, choice, now)
                order.local_state = "packed"
                words = f"{exception.order_name} is booked again with {choice.product_code}"
            else:
                if order.local_state == "exception":
                    order.local_state = "queued"
                words = (
                    f"{exception.order_name} will be booked with {choice.product_code}: "
                    "pack it and press F10 again"
                )
            exception.state, exception.resolved_by = "resolved", authorisation.lead
            exception.resolved_at = now
            exception.resolution = f"Carrier product {choice.product_code}: {authorisation.reason}"
            record_audit(
                uow,
                self._ctx,
                now,
                "booking.product_chosen",
                exception.order_name,
                {
                    "exception_id": exception_id,
                    "lead": authorisation.lead,
                    "reason": authorisation.reason,
                    "product_code": choice.product_code,
                    "services": list(choice.services),
                    **before,
                },
            )
            uow.commit()
        return words

    @staticmethod
    def _booking(uow: UnitOfWork, detail: str) -> BookingRow | None:
        """The refused booking an exception names (None for a stop before the label)."""
        try:
            row_id = json.loads(detail or "{}").get("booking_row_id")
        except (ValueError, AttributeError):
            return None
        if not isinstance(row_id, int):
            return None
        row = uow.bookings.get(row_id)
        return row if row is not None and row.state == "refused" else None

    @staticmethod
    def _book_again(
        uow: UnitOfWork, row: BookingRow, choice: CarrierChoice, now: datetime
    ) -> dict[str, object]:
        request = json.loads(row.payload)
        before = {
            "was_product_code": request.get("product_code"),
            "was_services": request.get("services"),
        }
        request["product_code"], request["services"] = choice.product_code, list(choice.services)
        row.payload = json.dumps(request, ensure_ascii=False)
        row.state, row.attempts, row.looks, row.uncertain_at = "pending", 0, 0, None
        row.last_error = ""
        row.next_attempt_at = now
        message = uow.outbox.for_shipment(row.shipment_id)
        if message is not None and message.state == "blocked":
            message.state = "held"  # released with the booking's real numbers
        return before
