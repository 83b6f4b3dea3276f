"""A carrier whose account cannot be used yet (no API user or key): every call says so.

The station still packs: bookings pause with the words below and the boxes get LABEL PENDING
slips, exactly as when the account refuses the key.
"""

from __future__ import annotations

from datetime import datetime
from typing import NoReturn

from packstation.carriers.base import (
    AccountInfo,
    Booking,
    BookingRequest,
    Cancellation,
    CarrierAuthRefused,
    PickupBooking,
    ServicePoint,
)
from packstation.domain.orders import Address


class UnconfiguredCarrier:
    """Stands in for a carrier that could not be made; raises CarrierAuthRefused."""

    name = "carrier (not set up)"

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def _refuse(self) -> NoReturn:
        raise CarrierAuthRefused(self.reason)

    def book(self, request: BookingRequest) -> Booking:
        """Refused: the account is not set up."""
        self._refuse()

    def find(
        self, reference: str, since: datetime, label_format: str = "10x19_zpl"
    ) -> Booking | None:
        """Refused: the account is not set up."""
        self._refuse()

    def label(self, booking_id: str, label_format: str) -> tuple[bytes, str]:
        """Refused: the account is not set up."""
        self._refuse()

    def find_all(self, reference: str, since: datetime) -> list[Booking]:
        """Refused: the account is not set up."""
        self._refuse()

    def cancel(self, booking_id: str) -> Cancellation:
        """Refused: the account is not set up."""
        self._refuse()

    def book_pickup(
        self,
        carrier_code: str,
        booking_ids: tuple[str, ...],
        address: Address,
        ready_by: datetime,
        closed_by: datetime,
        *,
        contact_name: str,
        contact_phone: str,
        location: str = "At the reception",
    ) -> PickupBooking:
        """Refused: the account is not set up."""
        self._refuse()

    def nearest_service_point(self, product_code: str, receiver: Address) -> ServicePoint | None:
        """Refused: the carrier settings are not complete."""
        self._refuse()

    def account(self, receiver_country: str = "DK") -> AccountInfo:
        """Refused: the account is not set up."""
        self._refuse()

    def close(self) -> None:
        """Nothing to release."""
