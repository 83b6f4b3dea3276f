"""The :class:`Carrier` for Shipmondo API v3."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from packstation.carriers.base import (
    AccountInfo,
    Booking,
    BookingRequest,
    Cancellation,
    CarrierNotFound,
    CarrierUnavailable,
    PickupBooking,
    ServicePoint,
)
from packstation.carriers.credentials import CarrierCredentials
from packstation.carriers.registry import CarrierConfig, require_credentials
from packstation.carriers.shipmondo import mapping
from packstation.carriers.shipmondo.http import PRODUCTION_URL, ShipmondoHttp
from packstation.domain.orders import Address

# The platform's clock and ours differ a little: look this much further back when finding.
CLOCK_SLACK = timedelta(minutes=10)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


class ShipmondoCarrier:
    """Bookings, labels, cancels and pickups through one Shipmondo account."""

    name = "Shipmondo"
    # The carriers the platform takes pickup requests for (the spec's carrier_code enum of
    # CreatePickupRequestRequest); others are collected by a standing agreement.
    pickup_carriers = frozenset(
        {"fed_ex", "ups", "dhl_express", "geodis", "dhl_freight_se", "post_nord", "bring"}
    )

    def __init__(
        self,
        base_url: str,
        api_user: str,
        api_key: str,
        *,
        own_agreement: bool = False,
        timeout: float = 20.0,
        max_wait: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        extra: dict[str, Any] = {"sleep": sleep} if sleep else {}
        self._http = ShipmondoHttp(
            base_url,
            api_user,
            api_key,
            timeout=timeout,
            max_wait=max_wait,
            transport=transport,
            **extra,
        )
        self.own_agreement = own_agreement

    def close(self) -> None:
        """Release connections."""
        self._http.close()

    def book(self, request: BookingRequest) -> Booking:
        """``POST /shipments`` with the label in the answer; fetched apart if it is missing."""
        body = mapping.shipment_body(request, self.own_agreement)
        shipment = self._http.json("POST", "/shipments", body=body, write=True)
        label, file_format = mapping.decode_label(shipment.get("labels"))
        if not label:
            # booked: a lost label is fetched again, never booked again
            label, file_format = self._label(str(shipment["id"]), request.label_format)
        return mapping.booking(shipment, label, file_format)

    def _label(self, booking_id: str, label_format: str) -> tuple[bytes, str]:
        labels = self._http.json(
            "GET", f"/shipments/{int(booking_id)}/labels", params={"label_format": label_format}
        )
        return mapping.decode_label(labels)

    def label(self, booking_id: str, label_format: str) -> tuple[bytes, str]:
        """The label of an earlier booking, again (reprint, or a booking found after a loss)."""
        return self._label(booking_id, label_format)

    def find_all(self, reference: str, since: datetime) -> list[Booking]:
        """Bookings created since ``since`` whose unique reference is ``reference`` (no labels)."""
        params = {"created_at_min": _timestamp(since - CLOCK_SLACK)}
        return [
            mapping.booking(item, b"", "")
            for item in self._http.pages("/shipments", params)
            if str(item.get("additional_reference") or "") == reference
        ]

    def find(
        self, reference: str, since: datetime, label_format: str = "10x19_zpl"
    ) -> Booking | None:
        """The first booking with this reference, with its label, or None."""
        found = self.find_all(reference, since)
        if not found:
            return None
        first = min(found, key=lambda b: (b.created_at, int(b.booking_id)))
        label, file_format = self._label(first.booking_id, label_format)
        return replace(first, label=label, label_format=file_format)

    def cancel(self, booking_id: str) -> Cancellation:
        """``PUT /shipments/{id}/cancel``; an unknown id is reported, not raised."""
        try:
            reply = self._http.json("PUT", f"/shipments/{int(booking_id)}/cancel", write=True)
        except CarrierNotFound:
            return Cancellation(False, False, "The carrier platform does not know this booking")
        cancelled = bool(reply.get("cancelled"))
        at_carrier = bool(reply.get("cancelled_at_carrier"))
        if cancelled and not at_carrier:
            message = "Cancelled at Shipmondo; the carrier itself could not be told"
        elif cancelled:
            message = "Cancelled"
        else:
            message = "The carrier platform did not cancel this booking"
        return Cancellation(cancelled, at_carrier, message)

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
        """``POST /pickup_requests`` for today's bookings of one carrier."""
        body = {
            "carrier_code": carrier_code,
            "pickup_address": {
                "company_name": address.company or address.name,
                "address1": address.address1,
                "zipcode": address.zip,
                "city": address.city,
                "country_code": address.country_code.upper(),
                "contact_name": contact_name,
                "contact_phone": contact_phone,
            },
            "package_location": location,
            "ready_by": _timestamp(ready_by),
            "closed_by": _timestamp(closed_by),
            "shipment_ids": [int(b) for b in booking_ids],
        }
        reply = self._http.json("POST", "/pickup_requests", body=body, write=True)
        if not isinstance(reply, dict) or "id" not in reply:
            raise CarrierUnavailable("The carrier platform's pickup answer could not be read")
        return PickupBooking(
            pickup_id=str(reply["id"]),
            carrier_code=carrier_code,
            ready_by=ready_by,
            closed_by=closed_by,
            shipment_count=len(booking_ids),
        )

    def nearest_service_point(self, product_code: str, receiver: Address) -> ServicePoint | None:
        """``GET /products`` names the product's carrier; ``GET /pickup_points`` its point
        nearest the receiver (the one ``automatic_select_service_point`` would choose)."""
        country = receiver.country_code.upper()
        products = self._http.json(
            "GET",
            "/products",
            params={"product_code": product_code, "receiver_country_code": country},
        )
        carrier_code = next(
            (
                str((item.get("carrier") or {}).get("code") or "")
                for item in products or []
                if isinstance(item, dict)
            ),
            "",
        )
        if not carrier_code:
            return None
        params = {
            "carrier_code": carrier_code,
            "country_code": country,
            "zipcode": receiver.zip,
            "city": receiver.city,
            "address": receiver.address1,
            "quantity": 1,
        }
        points = self._http.json("GET", "/pickup_points", params=params)
        return mapping.service_point(points[0]) if points else None

    def account(self, receiver_country: str = "DK") -> AccountInfo:
        """``GET /account/``, ``/carriers`` and every page of ``/products``."""
        account = self._http.json("GET", "/account/")
        carriers = self._http.json(
            "GET", "/carriers", params={"receiver_country_code": receiver_country}
        )
        products = [
            mapping.product(item)
            for item in self._http.pages("/products", {"receiver_country_code": receiver_country})
        ]
        return AccountInfo(
            name=str(account.get("name") or ""),
            carriers=tuple((str(c.get("code")), str(c.get("name"))) for c in carriers),
            products=tuple(products),
        )


def create(config: CarrierConfig, credentials: CarrierCredentials | None) -> ShipmondoCarrier:
    """The registry's factory: the account from the keyring or environment, the URL a setting."""
    creds = require_credentials(credentials)
    return ShipmondoCarrier(
        config.base_url or PRODUCTION_URL,
        creds.api_user,
        creds.api_key,
        own_agreement=config.own_agreement,
        timeout=config.timeout_seconds,
    )
