"""Between the station's values and Shipmondo's JSON: request bodies, bookings, carrier names."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any

from packstation.carriers.base import Booking, BookingRequest, CarrierProduct, ServicePoint
from packstation.domain.orders import Address
from packstation.domain.shipping_rules import needs_customs

# Shipmondo's carrier codes → the company name as Shopify spells it (its tracking links work).
SHOPIFY_NAMES = {
    "post_nord": "PostNord",
    "gls": "GLS",
    "dao": "DAO",
    "bring": "Bring",
    "budbee": "Budbee",
    "dhl_express": "DHL Express",
    "dhl_parcel": "DHL Parcel",
    "ups": "UPS",
    "post_nl": "PostNL",
    "fed_ex": "FedEx",
    "dpd": "DPD",
    "instabox": "Instabox",
    "helthjem": "Helthjem",
    "posti": "Posti",
    "airmee": "Airmee",
}
# Public tracking pages; {n} is the parcel number.
TRACKING_URLS = {
    "post_nord": "https://tracking.postnord.com/?id={n}",
    "gls": "https://gls-group.com/track/{n}",
    "dao": "https://www.dao.as/privat/find-din-pakke?stregkode={n}",
    "bring": "https://tracking.bring.com/tracking/{n}",
    "dhl_express": "https://www.dhl.com/global-en/home/tracking.html?tracking-id={n}",
    "ups": "https://www.ups.com/track?tracknum={n}",
    "post_nl": "https://jouw.postnl.nl/track-and-trace/{n}",
    "fed_ex": "https://www.fedex.com/fedextrack/?trknbr={n}",
}
# The sender party's attribute that carries the shop's VOEC number on Norwegian parcels.
VOEC_ATTRIBUTE = "voec_number"


def shopify_name(carrier_code: str) -> str:
    """The carrier's name as Shopify spells it (a readable fallback for carriers not listed)."""
    return SHOPIFY_NAMES.get(carrier_code, carrier_code.replace("_", " ").title())


def tracking_url(carrier_code: str, number: str) -> str:
    """The carrier's public tracking page for one parcel, or "" when unknown."""
    template = TRACKING_URLS.get(carrier_code)
    return template.format(n=number) if template else ""


def _party(kind: str, address: Address, email: str = "") -> dict[str, Any]:
    party: dict[str, Any] = {
        "type": kind,
        "name": address.company or address.name,
        "address1": address.address1,
        "postal_code": address.zip,
        "city": address.city,
        "country_code": address.country_code.upper(),
    }
    if address.company and address.name:
        party["attention"] = address.name
    if address.address2:
        party["address2"] = address.address2
    if address.phone:
        party["phone"] = address.phone
    if email:
        party["email"] = email
    return party


def shipment_body(request: BookingRequest, own_agreement: bool) -> dict[str, Any]:
    """The ``CreateShipmentRequest`` for one booking."""
    sender = _party("sender", request.sender, request.sender_email)
    parties = [sender, _party("receiver", request.receiver, request.receiver_email)]
    body: dict[str, Any] = {
        "own_agreement": own_agreement,
        "label_format": request.label_format,
        "product_code": request.product_code,
        "service_codes": ",".join(request.services),
        "reference": request.order_name,
        # the unique reference find() matches on: reference is the order name the carrier prints
        "additional_reference": request.reference,
        "parties": parties,
        "parcels": [
            {
                "weight": max(1, parcel.weight_g),
                **{
                    key: value
                    for key, value in (
                        ("length", parcel.length_cm),
                        ("width", parcel.width_cm),
                        ("height", parcel.height_cm),
                    )
                    if value
                },
                "internal_reference": f"{request.reference}/{number}",
            }
            for number, parcel in enumerate(request.parcels, start=1)
        ],
    }
    if request.contents:
        body["contents"] = request.contents
    if request.service_point_id:
        body["service_point_id"] = request.service_point_id
    elif request.automatic_service_point:
        body["automatic_select_service_point"] = True
    if needs_customs(request.sender.country_code, request.receiver.country_code):
        body["customs"] = {
            "export_reason": "sale_of_goods",
            "currency_code": request.currency,
            "goods": [
                {
                    "quantity": line.quantity,
                    "unit": "piece",
                    "country_code": line.origin_country.upper(),
                    "content": line.description,
                    "commodity_code": line.hs_code.replace(" ", "").replace(".", ""),
                    "unit_value": round(line.unit_value, 2),
                    **({"unit_weight": line.unit_weight_g} if line.unit_weight_g else {}),
                }
                for line in request.customs
            ],
        }
        if request.receiver.country_code.upper() == "NO" and request.voec_number:
            sender["attributes"] = [{"name": VOEC_ATTRIBUTE, "value": request.voec_number}]
    return body


def parse_time(text: object) -> datetime:
    """Shipmondo's timestamps (ISO 8601, ``Z`` or an offset); now when missing."""
    if isinstance(text, str) and text:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        except ValueError:
            pass
    return datetime.now(UTC)


def parcel_numbers(shipment: dict[str, Any]) -> tuple[str, ...]:
    """The carrier's number of each parcel (the shipment's own number when parcels have none)."""
    numbers: list[str] = []
    for parcel in shipment.get("parcels") or []:
        many = parcel.get("pkg_nos") or ([parcel["pkg_no"]] if parcel.get("pkg_no") else [])
        numbers.extend(str(n) for n in many)
    if not numbers and shipment.get("pkg_no"):
        numbers.append(str(shipment["pkg_no"]))
    return tuple(numbers)


def decode_label(labels: object) -> tuple[bytes, str]:
    """Label bytes and their format from a ``labels`` array (ZPL/PDF come as one object)."""
    if not isinstance(labels, list) or not labels:
        return b"", ""
    data = b"".join(base64.b64decode(str(item.get("base64") or "")) for item in labels)
    return data, str(labels[0].get("file_format") or "")


def booking(shipment: dict[str, Any], label: bytes, label_format: str) -> Booking:
    """A :class:`Booking` from a ``Shipment`` object."""
    code = str(shipment.get("carrier_code") or "")
    numbers = parcel_numbers(shipment)
    return Booking(
        booking_id=str(shipment["id"]),
        reference=str(shipment.get("additional_reference") or ""),
        carrier_code=code,
        carrier_name=shopify_name(code),
        product_code=str(shipment.get("product_code") or ""),
        tracking_numbers=numbers,
        tracking_urls=tuple(tracking_url(code, n) for n in numbers),
        label=label,
        label_format=label_format,
        created_at=parse_time(shipment.get("created_at")),
    )


def product(item: dict[str, Any]) -> CarrierProduct:
    """A :class:`CarrierProduct` from a ``ShippingProduct``."""
    carrier = item.get("carrier") or {}
    return CarrierProduct(
        code=str(item.get("code") or ""),
        name=str(item.get("name") or ""),
        carrier_code=str(carrier.get("code") or ""),
        carrier_name=str(carrier.get("name") or ""),
        service_point_required=bool(item.get("service_point_required")),
        service_point_available=bool(item.get("service_point_available")),
        customs_required=bool(item.get("customs_declaration_required")),
    )


def service_point(item: dict[str, Any]) -> ServicePoint:
    """A ``ServicePoint`` of ``GET /pickup_points``."""
    return ServicePoint(
        point_id=str(item.get("id") or item.get("number") or ""),
        name=str(item.get("name") or item.get("company_name") or ""),
        address1=str(item.get("address") or ""),
        zip=str(item.get("zipcode") or ""),
        city=str(item.get("city") or ""),
        country_code=str(item.get("country") or ""),
    )
