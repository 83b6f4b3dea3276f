"""A :class:`BookingRequest` as JSON for the durable booking queue, and back."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from packstation.carriers.base import BookingRequest, Parcel
from packstation.domain.orders import Address
from packstation.domain.shipping_rules import CustomsLine


def request_to_json(request: BookingRequest) -> dict[str, Any]:
    """A JSON-friendly form (tuples become lists)."""
    return asdict(request)


def request_from_json(data: dict[str, Any]) -> BookingRequest:
    """Rebuild a request stored by :func:`request_to_json`."""
    values = dict(data)
    values["receiver"] = Address(**values["receiver"])
    values["sender"] = Address(**values["sender"])
    values["parcels"] = tuple(Parcel(**p) for p in values["parcels"])
    values["customs"] = tuple(CustomsLine(**c) for c in values.get("customs", ()))
    values["services"] = tuple(values.get("services", ()))
    return BookingRequest(**values)
