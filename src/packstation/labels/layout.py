"""The 4×6 in shipping label: a template from resources/ filled with a shipment's fields.

The ZPL, PDF and PNG renderers all draw the same positioned elements, so they always agree.
"""

from __future__ import annotations

import math
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from packstation.domain.orders import Address
from packstation.domain.shipments import Package, Shipment
from packstation.i18n import Translator, fill, format_weight, translator_for
from packstation.labels.text import address_block, fit
from packstation.labels.text import width as text_width
from packstation.resources import resources_dir

# Coordinates are in dots of a 203 dpi printer (8 dots/mm); renderers scale them.
BASE_DPI = 203
LABEL_WIDTH_DOTS = 812
LABEL_HEIGHT_DOTS = 1218
MARGIN = 30
BASELINE = 0.75  # a text's baseline is this many sizes below its y, as a printer places it
MIN_SCALE = 0.75  # an address line (or a shrink text) may print this much smaller before it is cut


class TemplateError(ValueError):
    """A label template that cannot be used; the message names the element and the problem."""


@dataclass(frozen=True)
class Text:
    """A single line of text, ``width`` dots at most (0: up to the right margin); measured
    with the printing font, it is shortened cleanly instead of running off."""

    x: int
    y: int
    size: int
    value: str
    width: int = 0

    @property
    def room(self) -> int:
        """The dots the text may take."""
        return self.width or LABEL_WIDTH_DOTS - self.x - MARGIN

    @property
    def baseline(self) -> float:
        """The y of the text's baseline, in dots."""
        return self.y + BASELINE * self.size

    @property
    def fitted(self) -> str:
        """The value, printable, shortened with an ellipsis to fit its space."""
        return fit(self.value, self.size, self.room)


@dataclass(frozen=True)
class Barcode:
    """A Code 128 barcode with its human-readable text below."""

    x: int
    y: int
    height: int
    module: int
    value: str

    @property
    def caption_size(self) -> int:
        """Size of the text below, in a monospaced font, as printers size it: 10 modules."""
        return 10 * self.module

    @property
    def caption_baseline(self) -> int:
        """The y of the caption's baseline: one caption size below the bars."""
        return self.y + self.height + self.caption_size


@dataclass(frozen=True)
class QrCode:
    """A QR code; ``module`` is the side of one square in dots."""

    x: int
    y: int
    module: int
    value: str


@dataclass(frozen=True)
class Rule:
    """A filled rectangle (separator line)."""

    x: int
    y: int
    width: int
    height: int


Element = Text | Barcode | QrCode | Rule
Fields = Mapping[str, str | list[str]]
_NUMBERS = {
    "text": ("x", "y", "size"),
    "lines": ("x", "y", "size", "step"),
    "barcode": ("x", "y", "height", "module"),
    "qr": ("x", "y", "module"),
    "rule": ("x", "y", "width", "height"),
}


@dataclass(frozen=True)
class LabelTemplate:
    """A validated list of element specifications."""

    elements: tuple[dict[str, object], ...]

    @classmethod
    def load(cls, path: Path) -> LabelTemplate:
        """Read and check a template file."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise TemplateError(f"Cannot read label template {path}: {exc}") from exc
        elements = data.get("element")
        if not isinstance(elements, list) or not elements:
            raise TemplateError(f"{path} has no [[element]] entries")
        for number, spec in enumerate(elements, start=1):
            kind = spec.get("type")
            if kind not in _NUMBERS:
                raise TemplateError(f"{path}, element {number}: unknown type {kind!r}")
            for key in _NUMBERS[kind]:
                if not isinstance(spec.get(key), int):
                    raise TemplateError(
                        f"{path}, element {number} ({kind}): {key} must be a number"
                    )
            if kind != "rule" and not isinstance(spec.get("value"), str):
                raise TemplateError(f"{path}, element {number} ({kind}): value is missing")
        return cls(tuple(elements))

    def render(self, fields: Fields, *, reprint: bool = False) -> list[Element]:
        """The positioned elements for one package."""
        out: list[Element] = []
        for number, spec in enumerate(self.elements, start=1):
            if spec.get("when") == "reprint" and not reprint:
                continue
            try:
                out.extend(_element(spec, fields))
            except (KeyError, ValueError, IndexError) as exc:
                raise TemplateError(f"Label template element {number}: bad field {exc}") from exc
        return out


def _element(spec: Mapping[str, object], fields: Fields) -> list[Element]:
    kind = spec["type"]
    n = {key: int(str(spec[key])) for key in _NUMBERS[str(kind)]}
    if kind == "rule":
        return [Rule(n["x"], n["y"], n["width"], n["height"])]
    template = str(spec["value"])
    if kind == "lines":
        name = template.strip().strip("{}")
        lines = fields[name]
        if not isinstance(lines, list):
            raise ValueError(f"{name} is not a list field")
        limit = int(str(spec.get("max_lines", 6)))
        width = int(str(spec.get("width", LABEL_WIDTH_DOTS - n["x"] - MARGIN)))
        block = address_block(lines, n["size"], width, limit, min_size=n["size"] * MIN_SCALE)
        return [
            Text(n["x"], n["y"] + i * n["step"], int(size), line, width)
            for i, (line, size) in enumerate(block)
        ]
    value = _fill(template, fields)
    if kind == "barcode":
        return [Barcode(n["x"], n["y"], n["height"], n["module"], value)]
    if kind == "qr":
        return [QrCode(n["x"], n["y"], n["module"], value)]
    width = int(str(spec.get("width", LABEL_WIDTH_DOTS - n["x"] - MARGIN)))
    size = _shrunk(value, n["size"], width) if spec.get("shrink") is True else n["size"]
    return [Text(n["x"], n["y"], size, value, width)]


def _shrunk(value: str, size: int, room: int) -> int:
    """The largest size, down to :data:`MIN_SCALE` of ``size``, at which ``value`` fits."""
    smallest = math.ceil(size * MIN_SCALE)
    return next(
        (s for s in range(size, smallest - 1, -1) if text_width(value, s) <= room), smallest
    )


def _fill(template: str, fields: Fields) -> str:
    # Only the template's own {names} are replaced; customer text is never parsed as a template.
    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(literal)
        if name is not None:
            value = fields[name]
            parts.append(", ".join(value) if isinstance(value, list) else value)
    return "".join(parts)


@cache
def default_template() -> LabelTemplate:
    """The template shipped in resources/templates/shipping_label.toml."""
    return LabelTemplate.load(resources_dir() / "templates" / "shipping_label.toml")


def label_fields(
    shipment: Shipment, sender: Address, package_index: int, tr: Translator | None = None
) -> dict[str, str | list[str]]:
    """The values a template can use for one package; fixed words in ``tr``'s language."""
    tr = tr or translator_for("en")
    package = shipment.packages[package_index]
    weight = package_weight(package, tr)
    package_line = tr("ShippingLabel", "Order {order}   {weight}   Package {package}/{count}")
    return {
        "from_title": tr("ShippingLabel", "FROM"),
        "ship_to_title": tr("ShippingLabel", "SHIP TO"),
        "reprint_title": tr("ShippingLabel", "REPRINT"),
        "package_line": fill(
            package_line,
            order=shipment.order_name,
            weight=weight,
            package=package_index + 1,
            count=len(shipment.packages),
        ),
        "tracking_title": fill(tr("ShippingLabel", "{carrier} tracking"), carrier=shipment.carrier),
        "weight": weight,
        "units_text": tr("ShippingLabel", "%n units", shipment.units),
        "sender_lines": sender.lines(),
        "recipient_lines": shipment.recipient.lines(),
        "order_name": shipment.order_name,
        "shipping_method": shipment.shipping_method,
        "carrier": shipment.carrier,
        "tracking_number": package.tracking_number,
        "weight_kg": f"{package.weight_grams / 1000:.2f}",
        "package_number": str(package_index + 1),
        "package_count": str(len(shipment.packages)),
        "units": str(shipment.units),
    }


def package_weight(package: Package, tr: Translator) -> str:
    """The package's weight in ``tr``'s language; "(estimated)" when no scale weighed it."""
    weight = format_weight(package.weight_grams, tr.language)
    if package.weighed:
        return weight
    return fill(tr("ShippingLabel", "{weight} (estimated)"), weight=weight)


def shipping_label(
    shipment: Shipment,
    sender: Address,
    package_index: int = 0,
    *,
    reprint: bool = False,
    template: LabelTemplate | None = None,
    tr: Translator | None = None,
) -> list[Element]:
    """The elements of one package's label; a reprint says so in large letters."""
    chosen = template or default_template()
    return chosen.render(label_fields(shipment, sender, package_index, tr), reprint=reprint)
