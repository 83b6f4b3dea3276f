"""What the shop knows for a customs declaration, per line, and the declaration of one box.

The shop gives each line's HS code, country of origin and price (Shopify: the inventory item's
``harmonizedSystemCode`` and ``countryCodeOfOrigin``, the line's price paid). The station
stores them with the order, so a box to Norway or the UK can be declared offline too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from packstation.domain.shipping_rules import EU_COUNTRIES, CustomsLine


@dataclass(frozen=True)
class LineCustoms:
    """One order line's customs facts ("" / 0 where the shop has none)."""

    hs_code: str = ""
    origin_country: str = ""
    unit_value: float = 0.0


@dataclass(frozen=True)
class OrderCustoms:
    """An order's customs facts: the currency of its prices, and each line's facts by id."""

    currency: str = ""
    lines: Mapping[str, LineCustoms] = field(default_factory=dict)

    def to_json(self) -> str:
        """A compact JSON text for storage."""
        return json.dumps(
            {
                "currency": self.currency,
                "lines": {
                    line_id: [c.hs_code, c.origin_country, c.unit_value]
                    for line_id, c in self.lines.items()
                },
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> OrderCustoms | None:
        """Read what :meth:`to_json` stored ("" gives None: the shop gave nothing)."""
        if not text:
            return None
        data = json.loads(text)
        return cls(
            currency=str(data.get("currency") or ""),
            lines={
                str(line_id): LineCustoms(str(hs), str(origin), float(value))
                for line_id, (hs, origin, value) in (data.get("lines") or {}).items()
            },
        )


@dataclass(frozen=True)
class BoxLine:
    """One line in a box, as the declaration needs it (from the shipment and the order)."""

    line_id: str
    sku: str
    title: str
    quantity: int
    unit_weight_g: int = 0


def crosses_customs(country: str) -> bool:
    """Whether the shop should read customs facts for a destination (outside the EU)."""
    return bool(country) and country.upper() not in EU_COUNTRIES


def declaration(customs: OrderCustoms | None, lines: Iterable[BoxLine]) -> tuple[CustomsLine, ...]:
    """The customs lines of a box: each line's description, quantity and the shop's facts."""
    facts = customs.lines if customs is not None else {}
    declared = []
    for line in lines:
        fact = facts.get(line.line_id, LineCustoms())
        declared.append(
            CustomsLine(
                description=line.title,
                quantity=line.quantity,
                unit_value=fact.unit_value,
                hs_code=fact.hs_code,
                origin_country=fact.origin_country,
                unit_weight_g=line.unit_weight_g,
                sku=line.sku,
            )
        )
    return tuple(declared)
