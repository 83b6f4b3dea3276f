"""After a booking's answer was lost: find it by its reference, and cancel any duplicate.

The outbox calls :func:`reconcile` before any retry of a booking whose outcome is unknown
(after letting a platform that commits late settle). The earliest booking is kept; any later
one with the same reference is a duplicate, cancelled here and reported so a lead is told.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from packstation.carriers.base import Booking, Carrier, CarrierError

log = logging.getLogger("packstation.carriers")


@dataclass(frozen=True)
class Reconciled:
    """What the platform holds for one reference."""

    booking: Booking | None  # the one to keep (with its label), or None: safe to book again
    duplicates_cancelled: tuple[str, ...] = ()
    duplicates_left: tuple[str, ...] = ()  # cancels that failed: a lead must act

    @property
    def had_duplicates(self) -> bool:
        """Whether more than one booking was found (the lead is told)."""
        return bool(self.duplicates_cancelled or self.duplicates_left)


def reconcile(
    carrier: Carrier, reference: str, since: datetime, label_format: str = "10x19_zpl"
) -> Reconciled:
    """Keep the earliest booking with ``reference``, cancel the rest; raises CarrierUnavailable."""
    found = sorted(carrier.find_all(reference, since), key=lambda b: (b.created_at, b.booking_id))
    if not found:
        return Reconciled(None)
    keep, extra = found[0], found[1:]
    cancelled: list[str] = []
    left: list[str] = []
    for duplicate in extra:
        try:
            outcome = carrier.cancel(duplicate.booking_id)
        except CarrierError as exc:
            log.warning("duplicate booking %s not cancelled: %s", duplicate.booking_id, exc)
            left.append(duplicate.booking_id)
            continue
        (cancelled if outcome.cancelled else left).append(duplicate.booking_id)
    if not keep.label:
        label, file_format = carrier.label(keep.booking_id, label_format)
        keep = replace(keep, label=label, label_format=file_format)
    return Reconciled(keep, tuple(cancelled), tuple(left))
