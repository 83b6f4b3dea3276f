"""End of day: ask a carrier to collect today's parcels (Shipmondo ``POST /pickup_requests``).

A lead books it from the lead's screen. One pickup per carrier per day: a second request the
same day is refused in words (it would bring a second van). The request goes to the platform
on the caller's thread (a dialog's worker, never the GUI) and is audited with the lead's name.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from packstation.carriers.base import Carrier, CarrierError, PickupBooking
from packstation.carriers.own import CARRIER_CODE as OWN_CARRIER
from packstation.domain.orders import Address
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.models import AuditRow, BookingRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

BOOKED = "pickup.booked"


class PickupRefused(Exception):
    """The pickup cannot be booked; ``str()`` says why, in words."""


@dataclass(frozen=True)
class CarrierDay:
    """One carrier's parcels booked today, and the pickup already asked for, if any."""

    carrier_code: str
    carrier_name: str
    parcels: int
    pickup_booked_at: datetime | None = None
    can_book: bool = True  # the platform takes pickup requests for this carrier


class Pickups:
    """Today's parcels per carrier, and booking their collection."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        carrier: Carrier | None,
        pickup_address: Address,
        *,
        contact_phone: str = "",
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self.carrier = carrier
        self._address = pickup_address
        self._phone = contact_phone
        self._clock = clock

    def _day_start(self) -> datetime:
        local = self._clock().astimezone()
        return datetime.combine(local.date(), time(0), tzinfo=local.tzinfo)

    def today(self) -> list[CarrierDay]:
        """Carriers with parcels booked since midnight (own delivery needs no pickup)."""
        since = self._day_start()
        with UnitOfWork(self._factory) as uow:
            rows = uow.session.scalars(
                select(BookingRow).where(
                    BookingRow.state == "done",
                    BookingRow.void_requested.is_(False),
                    BookingRow.done_at >= since,
                    BookingRow.carrier_code != OWN_CARRIER,
                )
            ).all()
            counts: dict[str, int] = defaultdict(int)
            names: dict[str, str] = {}
            for row in rows:
                counts[row.carrier_code] += len(json.loads(row.tracking_numbers or "[]")) or 1
                names[row.carrier_code] = row.carrier_name
            booked = self._booked_today(uow, since)
        return [
            CarrierDay(code, names[code], counts[code], booked.get(code), self._can_book(code))
            for code in sorted(counts, key=lambda c: names[c])
        ]

    def _can_book(self, carrier_code: str) -> bool:
        allowed = getattr(self.carrier, "pickup_carriers", None)
        return allowed is None or carrier_code in allowed

    def book(
        self,
        carrier_code: str,
        ready_by: datetime,
        closed_by: datetime,
        authorisation: Authorisation,
    ) -> PickupBooking:
        """Ask the carrier to collect today's parcels (network: call off the GUI thread)."""
        if self.carrier is None:
            raise PickupRefused("This station books no carrier labels, so there is no pickup")
        if not self._can_book(carrier_code):
            raise PickupRefused(
                "The platform takes no pickup requests for this carrier: it collects by a "
                "standing agreement, or call the carrier"
            )
        if closed_by <= ready_by:
            raise PickupRefused("The pickup must close after the parcels are ready")
        since = self._day_start()
        with UnitOfWork(self._factory) as uow:
            earlier = self._booked_today(uow, since).get(carrier_code)
            ids = tuple(
                row.booking_id
                for row in uow.session.scalars(
                    select(BookingRow).where(
                        BookingRow.state == "done",
                        BookingRow.void_requested.is_(False),
                        BookingRow.done_at >= since,
                        BookingRow.carrier_code == carrier_code,
                    )
                )
            )
        if earlier is not None:
            raise PickupRefused(
                f"A pickup was already booked today at {earlier.astimezone():%H:%M}: "
                "ask the carrier if it must come twice"
            )
        if not ids:
            raise PickupRefused("No parcels were booked with this carrier today")
        try:
            pickup = self.carrier.book_pickup(
                carrier_code,
                ids,
                self._address,
                ready_by,
                closed_by,
                contact_name=self._address.name,
                contact_phone=self._phone or self._address.phone,
            )
        except CarrierError as exc:
            raise PickupRefused(f"The pickup was not booked: {exc}") from exc
        with UnitOfWork(self._factory) as uow:
            record_audit(
                uow,
                self._ctx,
                self._clock(),
                BOOKED,
                carrier_code,
                {
                    "carrier_code": carrier_code,
                    "pickup_id": pickup.pickup_id,
                    "parcels": len(ids),
                    "ready_by": ready_by.isoformat(),
                    "closed_by": closed_by.isoformat(),
                    "lead": authorisation.lead,
                },
            )
            uow.commit()
        return pickup

    @staticmethod
    def _booked_today(uow: UnitOfWork, since: datetime) -> dict[str, datetime]:
        rows = uow.session.execute(
            select(AuditRow.subject, AuditRow.at).where(
                AuditRow.action == BOOKED, AuditRow.at >= since
            )
        ).all()
        return {subject: at for subject, at in rows}


def default_window(now: datetime, cutoff: str) -> tuple[datetime, datetime]:
    """Ready now (or in a quarter of an hour), collected by the cut-off or two hours later."""
    local = now.astimezone()
    ready = local + timedelta(minutes=15)
    closed = ready + timedelta(hours=2)
    if cutoff:
        hour, _, minute = cutoff.partition(":")
        try:
            at_cutoff = local.replace(hour=int(hour), minute=int(minute or 0), second=0)
        except ValueError:
            at_cutoff = closed
        if at_cutoff > ready + timedelta(minutes=30):
            closed = at_cutoff
    return ready.replace(second=0, microsecond=0), closed.replace(second=0, microsecond=0)
