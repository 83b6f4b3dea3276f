"""Customs facts the demo shop gives its products: HS code, origin and price (in DKK)."""

from __future__ import annotations

from collections.abc import Iterable

from packstation.domain.customs import LineCustoms, OrderCustoms, crosses_customs
from packstation.domain.orders import FulfillmentLine

# SKU family → (HS code, country of origin, unit price in DKK)
DEMO_FACTS: dict[str, tuple[str, str, float]] = {
    "MUG": ("6912.00", "DK", 149.0),
    "TEA": ("0902.30", "LK", 69.0),
    "SOCK": ("6115.94", "PT", 119.0),
    "CNDL": ("3406.00", "DK", 89.0),
    "BOWL": ("4419.90", "DK", 349.0),
    "TOWL": ("6302.91", "LT", 99.0),
    "NOTE": ("4820.10", "DK", 79.0),
    "SOAP": ("3401.11", "DK", 59.0),
    "BLKT": ("6301.20", "GB", 899.0),
    "PLNT": ("6913.90", "PT", 199.0),
    "CHOC": ("1806.32", "DK", 45.0),
    "KNIF": ("4419.90", "DK", 65.0),
    "BRSH": ("9603.90", "SE", 49.0),
    "GLAS": ("7013.37", "CZ", 299.0),
    "TRAY": ("4419.90", "DK", 449.0),
    "POST": ("4911.91", "DK", 249.0),
    "CAP": ("6505.00", "CN", 129.0),
    "HONY": ("0409.00", "DK", 95.0),
    "PUZZ": ("9503.00", "DE", 229.0),
    "BAG": ("4202.22", "IN", 119.0),
}
SHOP_CURRENCY = "DKK"


def demo_facts(sku: str) -> tuple[str, str, float]:
    """The HS code, origin and price of a demo SKU (a plain default for any other)."""
    family = sku.split("-", 1)[0].upper()
    return DEMO_FACTS.get(family, ("9999.00", "DK", 100.0))


def demo_customs(country_code: str, lines: Iterable[FulfillmentLine]) -> OrderCustoms | None:
    """An order's customs facts as a shop gives them: only for a destination outside the EU."""
    if not crosses_customs(country_code):
        return None
    return OrderCustoms(
        currency=SHOP_CURRENCY,
        lines={line.line_id: LineCustoms(*demo_facts(line.sku)) for line in lines},
    )
