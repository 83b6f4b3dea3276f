"""The emulated account: its carriers and products, and the carrier's own checks (422 refusals)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from packstation.domain.shipping_rules import needs_customs


@dataclass(frozen=True)
class Product:
    """A bookable product as the emulated account has it."""

    code: str
    name: str
    carrier_code: str
    carrier_name: str
    max_weight_g: int = 20_000
    service_point_required: bool = False
    services: tuple[str, ...] = ("EMAIL_NT", "SMS_NT")
    countries: tuple[str, ...] = ("DK",)

    def as_json(self, receiver_country: str) -> dict[str, Any]:
        """A ``ShippingProduct`` object."""
        return {
            "code": self.code,
            "id": sum(map(ord, self.code)),
            "name": self.name,
            "own_agreement_available": True,
            "available_customer_numbers": [],
            "customs_declaration_required": needs_customs("DK", receiver_country),
            "service_point_available": self.service_point_required,
            "service_point_required": self.service_point_required,
            "sender_country_code": "DK",
            "receiver_country_code": receiver_country,
            "required_fields": "receiver_mobile" if "SMS_NT" in self.services else "",
            "carrier": {"id": 1, "code": self.carrier_code, "name": self.carrier_name},
        }


PRODUCTS = (
    Product("GLSDK_SD", "Shop Delivery", "gls", "GLS Denmark", service_point_required=True),
    Product("GLSDK_HD", "Private Delivery", "gls", "GLS Denmark"),
    Product("PDK_MC", "MyPack Collect", "post_nord", "PostNord", service_point_required=True),
    Product("PDK_MH", "MyPack Home", "post_nord", "PostNord", countries=("DK", "SE", "NO")),
    Product("BRING_PD", "PickUp Parcel", "bring", "Bring", countries=("NO", "SE")),
    Product(
        "DHLEX_WW",
        "Express Worldwide",
        "dhl_express",
        "DHL Express",
        max_weight_g=70_000,
        countries=("GB", "CH", "NO", "US", "DE"),
    ),
    Product("DAO_DIR", "Direct", "dao", "DAO", max_weight_g=15_000),
)
BY_CODE = {p.code: p for p in PRODUCTS}
POSTCODES = {"DK": r"\d{4}", "NO": r"\d{4}", "SE": r"\d{3} ?\d{2}", "DE": r"\d{5}"}
# Parcel number ranges per carrier: (prefix, digits)
NUMBERS = {"gls": ("", 11), "post_nord": ("00370", 13), "dhl_express": ("", 10)}


def carriers_json() -> list[dict[str, Any]]:
    """The ``Carriers`` list of the account."""
    seen: dict[str, str] = {}
    for p in PRODUCTS:
        seen.setdefault(p.carrier_code, p.carrier_name)
    return [{"id": i, "code": c, "name": n} for i, (c, n) in enumerate(seen.items(), start=1)]


def parcel_number(carrier_code: str, serial: int) -> str:
    """A carrier-shaped parcel number."""
    prefix, digits = NUMBERS.get(carrier_code, (carrier_code[:2].upper(), 10))
    return f"{prefix}{serial:0{digits}d}"


def refusals(body: dict[str, Any]) -> list[str]:
    """What the carrier would refuse about a valid-by-schema booking; empty when it books."""
    problems: list[str] = []
    product = BY_CODE.get(str(body.get("product_code")))
    if product is None:
        return [f"product_code {body.get('product_code')!r} is not available on this account"]
    parties = {p.get("type"): p for p in body.get("parties") or []}
    sender, receiver = parties.get("sender"), parties.get("receiver")
    if sender is None or receiver is None:
        return ["parties must include a sender and a receiver"]
    country = str(receiver.get("country_code") or "")
    if country not in product.countries:
        problems.append(f"{product.code} does not deliver to {country or 'an empty country'}")
    pattern = POSTCODES.get(country)
    if pattern and not re.fullmatch(pattern, str(receiver.get("postal_code") or "")):
        problems.append(f"receiver postal_code {receiver.get('postal_code')!r} is invalid")
    services = [s for s in str(body.get("service_codes") or "").split(",") if s]
    unknown = [s for s in services if s not in product.services]
    if unknown:
        problems.append(f"service(s) {', '.join(unknown)} not available for {product.code}")
    if "SMS_NT" in services and not receiver.get("phone"):
        problems.append("receiver phone is required for SMS_NT")
    if "EMAIL_NT" in services and not receiver.get("email"):
        problems.append("receiver email is required for EMAIL_NT")
    for n, parcel in enumerate(body.get("parcels") or [], start=1):
        if int(parcel.get("weight") or 0) > product.max_weight_g:
            problems.append(
                f"parcel {n} weight {parcel['weight']} g exceeds the maximum of "
                f"{product.max_weight_g} g for {product.code}"
            )
    if (
        product.service_point_required
        and not body.get("service_point_id")
        and not body.get("automatic_select_service_point")
    ):
        problems.append(f"{product.code} needs a service point")
    if needs_customs(str(sender.get("country_code") or ""), country):
        customs = body.get("customs") or {}
        goods = customs.get("goods") or []
        if not goods or not customs.get("currency_code"):
            problems.append("customs goods and currency_code are required outside the EU")
        for g in goods:
            if not g.get("commodity_code") or not g.get("country_code"):
                problems.append("customs goods need commodity_code and country_code")
    return problems
