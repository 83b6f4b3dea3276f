"""A booking whose answer was lost is found by its reference before any retry: one booking."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from packstation.carriers.base import BookingRequest, Carrier, CarrierOutcomeUnknown
from packstation.carriers.reconcile import reconcile
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from tests.carriers.conftest import request

SETTLE_SECONDS = 5.0


def book_once(carrier: Carrier, req: BookingRequest, settle) -> tuple[object, int]:
    """What the outbox does: book; on an unknown outcome settle, reconcile, and only then retry."""
    since = datetime.now(UTC)
    attempts = 0
    while True:
        attempts += 1
        try:
            return carrier.book(req), attempts
        except CarrierOutcomeUnknown:
            settle()
            found = reconcile(carrier, req.reference, since, req.label_format)
            if found.booking is not None:
                return found.booking, attempts


def test_a_dropped_answer_after_commit_is_found_not_booked_again(emulator, carrier):
    emulator.inject("drop_after_commit", "POST /shipments")
    booking, attempts = book_once(carrier, request("ps-drop"), settle=lambda: None)
    assert attempts == 1
    assert len(emulator.store.with_reference("ps-drop")) == 1
    assert booking.tracking_numbers == (emulator.store.with_reference("ps-drop")[0]["pkg_no"],)
    assert booking.label.startswith(b"^XA")


def test_a_dropped_request_before_commit_is_booked_once_on_retry(emulator, carrier):
    emulator.inject("drop_before", "POST /shipments")
    booking, attempts = book_once(carrier, request("ps-lost"), settle=lambda: None)
    assert attempts == 2 and booking.tracking_numbers
    assert len(emulator.store.with_reference("ps-lost")) == 1


def test_a_booking_that_commits_after_the_client_gave_up_is_found_after_settling(emulator):
    impatient = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key, timeout=0.3)
    emulator.inject("late_commit", "POST /shipments", seconds=1.0)
    since = datetime.now(UTC)
    with pytest.raises(CarrierOutcomeUnknown):
        impatient.book(request("ps-late"))
    # asked at once, the platform has nothing yet: a retry now would book twice
    assert reconcile(impatient, "ps-late", since).booking is None

    def settle() -> None:
        assert emulator.store.wait_for("ps-late", SETTLE_SECONDS)

    booking, _ = book_once(impatient, request("ps-late"), settle=settle)
    assert len(emulator.store.with_reference("ps-late")) == 1
    assert booking.booking_id == str(emulator.store.with_reference("ps-late")[0]["id"])
    impatient.close()


def test_a_late_commit_then_settled_reconcile_never_doubles(emulator):
    impatient = ShipmondoCarrier(emulator.url, emulator.api_user, emulator.api_key, timeout=0.3)
    emulator.inject("late_commit", "POST /shipments", seconds=0.8)
    booking, attempts = book_once(
        impatient,
        request("ps-late2"),
        settle=lambda: emulator.store.wait_for("ps-late2", SETTLE_SECONDS),
    )
    assert attempts == 1 and booking.label.startswith(b"^XA")
    assert len(emulator.store.with_reference("ps-late2")) == 1
    impatient.close()


def test_a_duplicate_that_slipped_through_is_cancelled_and_reported(emulator, carrier):
    since = datetime.now(UTC)
    first = carrier.book(request("ps-dup"))
    second = carrier.book(request("ps-dup"))
    result = reconcile(carrier, "ps-dup", since)
    assert result.booking is not None and result.booking.booking_id == first.booking_id
    assert result.booking.label.startswith(b"^XA")
    assert result.duplicates_cancelled == (second.booking_id,) and result.had_duplicates
    assert emulator.store.get(second.booking_id)["cancelled"] is True
    assert emulator.store.get(first.booking_id)["cancelled"] is False
