"""Fulfillment orders as the station sees them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from packstation.domain.customs import OrderCustoms
from packstation.domain.shipping_rules import DeliveryMethod


class ShopStatus(StrEnum):
    """The shop's status of a fulfillment order (Shopify's FulfillmentOrderStatus subset)."""

    OPEN = "OPEN"
    IN_PROGRESS = "IN_PROGRESS"
    ON_HOLD = "ON_HOLD"
    CANCELLED = "CANCELLED"
    CLOSED = "CLOSED"

    @property
    def packable(self) -> bool:
        """Whether a packer may pack an order in this status."""
        return self in (ShopStatus.OPEN, ShopStatus.IN_PROGRESS)


@dataclass(frozen=True)
class Address:
    """A postal address; ``country_code`` is ISO 3166-1 alpha-2."""

    name: str
    address1: str
    city: str
    zip: str
    country_code: str
    address2: str = ""
    province: str = ""
    company: str = ""
    phone: str = ""

    def lines(self) -> list[str]:
        """The address as printed lines, in the destination country's usual order."""
        out = [self.name]
        if self.company:
            out.append(self.company)
        out.append(self.address1)
        if self.address2:
            out.append(self.address2)
        if self.country_code in ("GB", "US", "CA", "AU", "IE"):
            out.append(self.city)
            tail = " ".join(p for p in (self.province, self.zip) if p)
            if tail:
                out.append(tail)
        else:
            out.append(f"{self.zip} {self.city}".strip())
        out.append(COUNTRY_NAMES.get(self.country_code, self.country_code))
        return out


COUNTRY_NAMES: dict[str, str] = {
    "DK": "DENMARK",
    "SE": "SWEDEN",
    "NO": "NORWAY",
    "NL": "NETHERLANDS",
    "GB": "UNITED KINGDOM",
    "DE": "GERMANY",
    "US": "UNITED STATES",
}


@dataclass(frozen=True)
class FulfillmentLine:
    """One line of a fulfillment order: what must be packed, and how to recognise it."""

    line_id: str
    sku: str
    barcode: str
    title: str
    variant_title: str
    quantity: int
    bin_location: str = ""
    unit_weight_grams: int = 0
    image_url: str = ""
    # Extra barcodes of the product's packs: (barcode, units in the pack), e.g. a case of 6.
    pack_barcodes: tuple[tuple[str, int], ...] = ()
    requires_serial: bool = False  # each unit's serial number is scanned after the item
    # More barcodes of one unit: the supplier's, an old label's (from the shop or taught here)
    alt_barcodes: tuple[str, ...] = ()
    # Line-item properties the customer gave (engraving, gift wrap): (name, value)
    properties: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class FulfillmentOrder:
    """A shop's fulfillment order: the unit a station packs and ships."""

    fulfillment_order_id: str
    order_name: str
    status: ShopStatus
    created_at: datetime
    updated_at: datetime
    shipping_address: Address
    shipping_method: str
    express: bool
    lines: tuple[FulfillmentLine, ...]
    customer_note: str = ""
    email: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    hold_reason: str = ""
    delivery_method: DeliveryMethod | None = None  # None: shipping, named by shipping_method
    gift_message: str = ""
    # The order's custom attributes other than the gift message: (name, value)
    attributes: tuple[tuple[str, str], ...] = ()
    customs: OrderCustoms | None = None  # read for destinations outside the EU

    @property
    def has_instructions(self) -> bool:
        """Whether the packer must read and confirm something before the box closes."""
        return bool(
            self.gift_message or self.attributes or any(line.properties for line in self.lines)
        )

    customer_locale: str = ""  # the language the customer bought in ("da-DK"); "": not known

    @property
    def units(self) -> int:
        """Total units to pack."""
        return sum(line.quantity for line in self.lines)

    @property
    def customer_name(self) -> str:
        """The recipient's name."""
        return self.shipping_address.name


def normalise_order_name(text: str) -> str:
    """Canonical order name: ``1042``, ``#1042`` and `` #1042 `` all become ``#1042``."""
    stripped = text.strip()
    if not stripped:
        return ""
    return stripped if stripped.startswith("#") else f"#{stripped}"
