"""What a booking changes besides its own row, inside the transaction that records it.

Each function runs in the caller's unit of work (a held booking row's change), so its effect
happens exactly when the booking's new state is committed, and never twice.
"""

from __future__ import annotations

import json
from datetime import datetime

from packstation.carriers.base import Booking
from packstation.carriers.reconcile import Reconciled
from packstation.i18n.said import said_as_data
from packstation.labels.pending import label_pending_zpl
from packstation.storage.models import BookingRow, PrintJobRow
from packstation.storage.uow import UnitOfWork


def release_fulfillment(uow: UnitOfWork, row: BookingRow, booking: Booking, now: datetime) -> None:
    """The shipment now carries the carrier's name and numbers; its held fulfillment may go."""
    shipment = uow.shipments.row(row.shipment_id)
    if shipment is not None:
        shipment.carrier = booking.carrier_name
        for package, tracking in zip(shipment.packages, booking.tracking_numbers, strict=False):
            package.tracking_number = tracking
    message = uow.outbox.for_shipment(row.shipment_id)
    if message is None or message.state != "held":
        return
    payload = json.loads(message.payload)
    payload["tracking_number"] = booking.tracking_numbers[0] if booking.tracking_numbers else ""
    payload["carrier"] = booking.carrier_name
    payload["tracking_url"] = booking.tracking_urls[0] if booking.tracking_urls else ""
    message.payload = json.dumps(payload, ensure_ascii=False)
    message.state, message.next_attempt_at = "pending", now


def queue_label(uow: UnitOfWork, row: BookingRow, now: datetime) -> None:
    """The carrier's own label bytes, for the label printer of the bench that packed the box."""
    _print(uow, row, row.label_format or "zpl", row.label, "label", now)


def pending_slip(uow: UnitOfWork, row: BookingRow, reason: str, now: datetime) -> None:
    """Offline: the box gets a LABEL PENDING slip once, and packing goes on."""
    if row.pending_slip or row.void_requested:
        return
    row.pending_slip = True
    _print(uow, row, "zpl", label_pending_zpl(row.order_name, reason), "label-pending", now)


def duplicate_words(found: Reconciled) -> str:
    """What the shift lead reads about a duplicate booking."""
    words = "Booked twice with the carrier (an earlier try arrived late); "
    if found.duplicates_left:
        return words + "cancel by hand: " + ", ".join(found.duplicates_left)
    return words + "the duplicate " + ", ".join(found.duplicates_cancelled) + " was cancelled"


def raise_for_lead(
    uow: UnitOfWork, row: BookingRow, kind: str, reason: str, station: str, now: datetime
) -> None:
    """An exception about this booking's order for the shift lead."""
    uow.exceptions.raise_exception(
        kind,
        fulfillment_order_id=row.fulfillment_order_id,
        order_name=row.order_name,
        detail={"reason": str(reason), "said": said_as_data(reason), "booking_row_id": row.id},
        station=station,
        raised_by="sync",
        at=now,
    )


def _print(
    uow: UnitOfWork, row: BookingRow, content_type: str, data: bytes, what: str, now: datetime
) -> None:
    uow.print_jobs.add(
        PrintJobRow(
            shipment_id=row.shipment_id,
            order_name=row.order_name,
            kind="label",
            content_type=content_type,
            name=f"{row.order_name.lstrip('#')}-{what}",
            data=data,
            printer="",
            state="queued",
            attempts=0,
            next_attempt_at=now,
            last_error="",
            reason="",
            station=row.station,
            user="sync",
            created_at=now,
        )
    )
