"""The 4×6 in shipping label as positioned elements, shared by the ZPL, PDF and PNG renderers."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment

# Coordinates are in dots of a 203 dpi printer (8 dots/mm); renderers scale them.
BASE_DPI = 203
LABEL_WIDTH_DOTS = 812
LABEL_HEIGHT_DOTS = 1218
MARGIN = 30


@dataclass(frozen=True)
class Text:
    """A single line of text; ``max_chars`` shortens it cleanly instead of running off."""

    x: int
    y: int
    size: int
    value: str
    max_chars: int

    @property
    def fitted(self) -> str:
        """The value shortened with an ellipsis to fit its space."""
        flat = " ".join(self.value.split())
        return flat if len(flat) <= self.max_chars else flat[: self.max_chars - 1] + "…"


@dataclass(frozen=True)
class Barcode:
    """A Code 128 barcode with its human-readable text below."""

    x: int
    y: int
    height: int
    module: int
    value: str


@dataclass(frozen=True)
class Rule:
    """A filled rectangle (separator line)."""

    x: int
    y: int
    width: int
    height: int


Element = Text | Barcode | Rule


def _chars(width_dots: int, size: int) -> int:
    return max(4, int(width_dots / (size * 0.55)))


def shipping_label(
    shipment: Shipment, sender: Address, package_index: int = 0, *, reprint: bool = False
) -> list[Element]:
    """The elements of one package's label; a reprint says so in large letters."""
    package = shipment.packages[package_index]
    width = LABEL_WIDTH_DOTS - 2 * MARGIN
    out: list[Element] = [
        Text(MARGIN, 30, 24, "FROM", _chars(width, 24)),
    ]
    y = 58
    for line in sender.lines():
        out.append(Text(MARGIN, y, 24, line, _chars(width, 24)))
        y += 28
    out.append(Rule(MARGIN, 210, width, 4))
    out.append(Text(MARGIN, 228, 28, "SHIP TO", _chars(width, 28)))
    y = 270
    for line in shipment.recipient.lines()[:6]:
        out.append(Text(MARGIN, y, 44, line, _chars(width, 44)))
        y += 52
    out.append(Rule(MARGIN, 600, width, 4))
    out.append(Text(MARGIN, 618, 32, shipment.shipping_method, _chars(width, 32)))
    kg = package.weight_grams / 1000
    out.append(
        Text(
            MARGIN,
            660,
            28,
            f"Order {shipment.order_name}   {kg:.2f} kg   "
            f"Package {package_index + 1}/{len(shipment.packages)}",
            _chars(width, 28),
        )
    )
    out.append(Barcode(MARGIN + 20, 710, 110, 3, shipment.order_name))
    out.append(Rule(MARGIN, 880, width, 4))
    out.append(Text(MARGIN, 898, 28, f"{shipment.carrier} tracking", _chars(width, 28)))
    out.append(Barcode(MARGIN + 20, 940, 170, 3, package.tracking_number))
    if reprint:
        out.append(Text(520, 30, 48, "REPRINT", 10))
    return out
