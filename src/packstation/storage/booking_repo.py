"""The bookings repository: carrier bookings waiting, made, and their stored labels."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from packstation.storage.leases import LeaseRepository
from packstation.storage.models import BookingRow


class BookingRepository:
    """Carrier bookings; ``leases`` gives one worker per row (the outbox's lease)."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self.leases = LeaseRepository(session, BookingRow)

    def enqueue(self, row: BookingRow) -> None:
        """Queue a booking (committed with the completion that caused it)."""
        self._s.add(row)

    def due(self, now: datetime, limit: int = 50) -> list[BookingRow]:
        """Bookings with work to do now that no live lease holds, oldest first.

        Pending ones whose time has come, ones left ``sending`` by a worker that is gone, and
        made ones a lead voided (to cancel at the carrier).
        """
        stmt = (
            select(BookingRow)
            .where(
                or_(BookingRow.lease_until.is_(None), BookingRow.lease_until <= now),
                or_(
                    (BookingRow.state == "pending") & (BookingRow.next_attempt_at <= now),
                    BookingRow.state == "sending",
                    (BookingRow.state == "done")
                    & BookingRow.void_requested.is_(True)
                    & (BookingRow.next_attempt_at <= now),
                ),
            )
            .order_by(BookingRow.id)
            .limit(limit)
        )
        return list(self._s.scalars(stmt))

    def get(self, booking_row_id: int) -> BookingRow | None:
        """A booking by id (read fresh from the database)."""
        return self._s.get(BookingRow, booking_row_id, populate_existing=True)

    def for_shipment(self, shipment_id: str) -> BookingRow | None:
        """The booking of a shipment, if it has one."""
        return self._s.scalars(
            select(BookingRow).where(BookingRow.shipment_id == shipment_id)
        ).first()

    def waiting_count(self) -> int:
        """Bookings not yet made (labels to print), and cancellations to send."""
        stmt = select(func.count()).where(
            BookingRow.state.in_(("pending", "sending"))
            | ((BookingRow.state == "done") & BookingRow.void_requested.is_(True))
        )
        return self._s.scalar(stmt) or 0

    def all(self) -> list[BookingRow]:
        """Every booking, oldest first."""
        return list(self._s.scalars(select(BookingRow).order_by(BookingRow.id)))
