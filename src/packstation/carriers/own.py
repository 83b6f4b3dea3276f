"""Own delivery: the shop's own van or courier, with the station's own numbers, named as such.

A number is derived from the booking's unique reference, so asking again after a lost answer
gives the same number and label: booking twice is impossible by construction. Bookings are
kept in a small JSON file (when given) so they can be found, cancelled and listed later.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from packstation.carriers.base import (
    AccountInfo,
    Booking,
    BookingRequest,
    Cancellation,
    CarrierNotFound,
    CarrierProduct,
    CarrierRefused,
    CarrierUnavailable,
    PickupBooking,
    ServicePoint,
)
from packstation.carriers.credentials import CarrierCredentials
from packstation.carriers.registry import CarrierConfig
from packstation.domain.orders import Address
from packstation.i18n import fill, format_weight, translator_for

CARRIER_CODE = "own_delivery"
PRODUCT_CODE = "OWN"
NUMBER_PREFIX = "OD"


def own_number(reference: str, parcel: int) -> str:
    """The station's number for one parcel: ``OD`` + 12 digits, stable for a reference."""
    digest = hashlib.sha256(f"{reference}/{parcel}".encode()).digest()
    return f"{NUMBER_PREFIX}{int.from_bytes(digest[:8], 'big') % 10**12:012d}"


@dataclass(frozen=True)
class _Entry:
    reference: str
    numbers: tuple[str, ...]
    created_at: datetime
    order_name: str
    receiver: Address
    sender: Address
    cancelled: bool = False
    weights: tuple[int, ...] = ()  # grams per parcel (older books have none)
    estimated: tuple[bool, ...] = ()  # per parcel: no scale weighed it


class OwnDelivery:
    """The :class:`Carrier` for parcels the shop delivers itself."""

    name = "own delivery"

    def __init__(
        self, store: Path | None = None, display_name: str = "Own delivery", language: str = ""
    ) -> None:
        self._store = store
        self.display_name = display_name
        self.language = language
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = self._load()

    def _load(self) -> dict[str, _Entry]:
        if self._store is None or not self._store.exists():
            return {}
        try:
            raw = json.loads(self._store.read_text(encoding="utf-8"))
            return {
                ref: _Entry(
                    ref,
                    tuple(item["numbers"]),
                    datetime.fromisoformat(item["created_at"]),
                    str(item["order_name"]),
                    Address(**item["receiver"]),
                    Address(**item["sender"]),
                    bool(item.get("cancelled")),
                    tuple(int(g) for g in item.get("weights", ())),
                    tuple(bool(e) for e in item.get("estimated", ())),
                )
                for ref, item in raw.items()
            }
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CarrierUnavailable(f"The own-delivery book {self._store} cannot be read") from exc

    def _save(self) -> None:
        if self._store is None:
            return
        data = {
            ref: {
                "numbers": list(e.numbers),
                "created_at": e.created_at.isoformat(),
                "order_name": e.order_name,
                "receiver": asdict(e.receiver),
                "sender": asdict(e.sender),
                "cancelled": e.cancelled,
                "weights": list(e.weights),
                "estimated": list(e.estimated),
            }
            for ref, e in self._entries.items()
        }
        try:
            self._store.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._store.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
            tmp.replace(self._store)
        except OSError as exc:
            raise CarrierUnavailable(
                f"The own-delivery book cannot be saved: {exc.strerror}"
            ) from exc

    def _booking(self, entry: _Entry, label_format: str) -> Booking:
        # Rendering brings reportlab and fontTools: imported when a label is drawn, so a
        # command or worker that never draws one starts without them.
        from packstation.carriers import parcel_label

        labels = [
            parcel_label.ParcelLabel(
                title=self.display_name.upper(),
                product="Delivered by the shop",
                number=number,
                receiver=entry.receiver,
                sender=entry.sender,
                reference=entry.order_name,
                parcel=i,
                parcels=len(entry.numbers),
                weight=self._weight(entry, i - 1),
            )
            for i, number in enumerate(entry.numbers, start=1)
        ]
        label, file_format = parcel_label.render(labels, label_format)
        return Booking(
            booking_id=entry.reference,
            reference=entry.reference,
            carrier_code=CARRIER_CODE,
            carrier_name=self.display_name,
            product_code=PRODUCT_CODE,
            tracking_numbers=entry.numbers,
            tracking_urls=tuple("" for _ in entry.numbers),
            label=label,
            label_format=file_format,
            created_at=entry.created_at,
            own_delivery=True,
        )

    def _weight(self, entry: _Entry, index: int) -> str:
        """A parcel's weight in the station's language, "(estimated)" when not weighed."""
        if index >= len(entry.weights):
            return ""
        tr = translator_for(self.language)
        weight = format_weight(entry.weights[index], tr.language)
        if index < len(entry.estimated) and entry.estimated[index]:
            return fill(tr("ShippingLabel", "{weight} (estimated)"), weight=weight)
        return weight

    def book(self, request: BookingRequest) -> Booking:
        """Numbers for each parcel and a label that says own delivery."""
        if not request.parcels:
            raise CarrierRefused("There is no parcel to book")
        numbers = tuple(
            own_number(request.reference, i) for i in range(1, len(request.parcels) + 1)
        )
        with self._lock:
            entry = self._entries.get(request.reference)
            if entry is None or entry.cancelled:
                entry = _Entry(
                    request.reference,
                    numbers,
                    datetime.now(UTC),
                    request.order_name,
                    request.receiver,
                    request.sender,
                    weights=tuple(p.weight_g for p in request.parcels),
                    estimated=tuple(p.estimated for p in request.parcels),
                )
                self._entries[request.reference] = entry
                self._save()
        return self._booking(entry, request.label_format)

    def label(self, booking_id: str, label_format: str) -> tuple[bytes, str]:
        """The label of an own-delivery booking again."""
        with self._lock:
            entry = self._entries.get(booking_id)
        if entry is None:
            raise CarrierNotFound("No own-delivery booking with that reference")
        booking = self._booking(entry, label_format)
        return booking.label, booking.label_format

    def find_all(self, reference: str, since: datetime) -> list[Booking]:
        """The booking with this reference (never more than one)."""
        found = self.find(reference, since)
        return [found] if found else []

    def find(
        self, reference: str, since: datetime, label_format: str = "10x19_zpl"
    ) -> Booking | None:
        """The booking with this reference, with its label (kept across restarts)."""
        with self._lock:
            entry = self._entries.get(reference)
        if entry is None or entry.cancelled:
            return None
        return self._booking(entry, label_format)

    def cancel(self, booking_id: str) -> Cancellation:
        """Mark the booking cancelled (there is no one else to tell)."""
        with self._lock:
            entry = self._entries.get(booking_id)
            if entry is None:
                return Cancellation(False, False, "No own-delivery booking with that reference")
            self._entries[booking_id] = replace(entry, cancelled=True)
            self._save()
        return Cancellation(True, True, "Cancelled")

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
        """Nothing to book: the shop's own van comes anyway."""
        return PickupBooking("own", CARRIER_CODE, ready_by, closed_by, len(booking_ids))

    def nearest_service_point(self, product_code: str, receiver: Address) -> ServicePoint | None:
        """The shop's own van has no parcel shops."""
        return None

    def account(self, receiver_country: str = "DK") -> AccountInfo:
        """One product: own delivery."""
        product = CarrierProduct(PRODUCT_CODE, self.display_name, CARRIER_CODE, self.display_name)
        return AccountInfo(self.display_name, ((CARRIER_CODE, self.display_name),), (product,))

    def close(self) -> None:
        """Nothing to release."""


def create(config: CarrierConfig, credentials: CarrierCredentials | None) -> OwnDelivery:
    """The registry's factory: the book of numbers lives in the station's data folder."""
    store = config.data_dir / "own-delivery.json" if config.data_dir else None
    return OwnDelivery(store, config.own_delivery_name, config.language)
