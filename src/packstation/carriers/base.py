"""The carrier interface: book a shipment's parcels, find, cancel, pickup, and list the account.

Every implementation (Shipmondo, own delivery, later Sendcloud or nShift) speaks these values and
raises only the errors below, so the outbox and the pack screen never see HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from packstation.domain.orders import Address
from packstation.domain.shipping_rules import CustomsLine

LABEL_FORMATS = ("10x19_zpl", "compact_zpl", "10x19_pdf")


class CarrierError(Exception):
    """Base of the errors a carrier raises; ``str()`` is always words a packer can read."""


class CarrierRefused(CarrierError):
    """The carrier looked at the booking and said no (HTTP 422): fix the data, then book again."""

    def __init__(self, message: str, details: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.details = details


class CarrierAuthRefused(CarrierError):
    """The account refused the API user or key (HTTP 401): a lead must fix the settings."""


class CarrierUnavailable(CarrierError):
    """Nothing was booked: the platform is down, busy or unreachable (the offline path)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class CarrierOutcomeUnknown(CarrierUnavailable):
    """The request may have been booked (the answer was lost): look for it before any retry."""


class CarrierNotFound(CarrierError):
    """No booking with that id (already gone, or another account's)."""


@dataclass(frozen=True)
class Parcel:
    """One box: its weight in grams (at least 1) and, when known, its size in cm.

    ``estimated``: no scale weighed it (the items' weights and the box's tare); the carrier
    is told the weight all the same, and a label the station draws says so.
    """

    weight_g: int
    length_cm: int | None = None
    width_cm: int | None = None
    height_cm: int | None = None
    estimated: bool = False


@dataclass(frozen=True)
class BookingRequest:
    """Everything a carrier needs to book the parcels of one shipment.

    ``reference`` must be unique per booking attempt chain (the station's shipment id): it is
    how :meth:`Carrier.find` recognises a booking whose answer was lost.
    """

    reference: str
    order_name: str
    product_code: str
    receiver: Address
    sender: Address
    parcels: tuple[Parcel, ...]
    services: tuple[str, ...] = ()
    receiver_email: str = ""
    sender_email: str = ""
    service_point_id: str = ""
    automatic_service_point: bool = False
    contents: str = ""
    customs: tuple[CustomsLine, ...] = ()
    currency: str = ""
    voec_number: str = ""
    label_format: str = "10x19_zpl"


@dataclass(frozen=True)
class Booking:
    """A booking the carrier made; the label bytes are the carrier's own, to print as they are."""

    booking_id: str
    reference: str
    carrier_code: str
    carrier_name: str  # as Shopify spells it: "PostNord", "GLS", "DHL Express"…
    product_code: str
    tracking_numbers: tuple[str, ...]
    tracking_urls: tuple[str, ...]
    label: bytes
    label_format: str  # "zpl" or "pdf"
    created_at: datetime
    own_delivery: bool = False


@dataclass(frozen=True)
class Cancellation:
    """What a cancel achieved."""

    cancelled: bool
    cancelled_at_carrier: bool
    message: str = ""


@dataclass(frozen=True)
class PickupBooking:
    """An end-of-day pickup the carrier confirmed."""

    pickup_id: str
    carrier_code: str
    ready_by: datetime
    closed_by: datetime
    shipment_count: int


@dataclass(frozen=True)
class ServicePoint:
    """A parcel shop or locker a carrier delivers to."""

    point_id: str
    name: str
    address1: str = ""
    zip: str = ""
    city: str = ""
    country_code: str = ""

    def words(self) -> str:
        """Name and address on one line."""
        place = f"{self.zip} {self.city}".strip()
        return ", ".join(part for part in (self.name, self.address1, place) if part)


@dataclass(frozen=True)
class CarrierProduct:
    """A product the account can book (for rules, doctor and Test connection)."""

    code: str
    name: str
    carrier_code: str
    carrier_name: str
    service_point_required: bool = False
    service_point_available: bool = False
    customs_required: bool = False


@dataclass(frozen=True)
class AccountInfo:
    """What the account says about itself."""

    name: str
    carriers: tuple[tuple[str, str], ...]  # (code, name)
    products: tuple[CarrierProduct, ...] = field(default_factory=tuple)


@runtime_checkable
class Carrier(Protocol):
    """One shipping platform or carrier as the station uses it."""

    @property
    def name(self) -> str:
        """A short name for messages ("Shipmondo", "own delivery")."""
        ...

    def book(self, request: BookingRequest) -> Booking:
        """Book the parcels; raises CarrierRefused/AuthRefused/Unavailable/OutcomeUnknown."""
        ...

    def find(
        self, reference: str, since: datetime, label_format: str = "10x19_zpl"
    ) -> Booking | None:
        """The booking made with this reference since ``since``, with its label, or None."""
        ...

    def label(self, booking_id: str, label_format: str) -> tuple[bytes, str]:
        """An earlier booking's label again: bytes and file format ("zpl"/"pdf")."""
        ...

    def find_all(self, reference: str, since: datetime) -> list[Booking]:
        """Every booking with this reference (more than one is a duplicate to cancel)."""
        ...

    def cancel(self, booking_id: str) -> Cancellation:
        """Cancel a booking at the platform and, when it can, at the carrier."""
        ...

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
        """Ask the carrier to collect these bookings today."""
        ...

    def account(self, receiver_country: str = "DK") -> AccountInfo:
        """The account's name, carriers and products (doctor, Test connection)."""
        ...

    def nearest_service_point(self, product_code: str, receiver: Address) -> ServicePoint | None:
        """The parcel shop nearest the receiver for this product's carrier (None: none)."""
        ...

    def close(self) -> None:
        """Release connections."""
        ...
