"""The box catalogue, read from a TOML table, and the smallest box the items fit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from packstation.i18n.said import said


class BoxError(ValueError):
    """A box catalogue entry that is missing a value or has a wrong one."""


@dataclass(frozen=True)
class Box:
    """A box a bench packs into: inner size in mm, its own (tare) weight and the most it holds."""

    name: str
    barcode: str
    length_mm: int
    width_mm: int
    height_mm: int
    tare_g: int
    max_weight_g: int

    @property
    def inner_mm(self) -> tuple[int, int, int]:
        """Inner sides, longest first."""
        sides = sorted((self.length_mm, self.width_mm, self.height_mm), reverse=True)
        return (sides[0], sides[1], sides[2])

    @property
    def volume_mm3(self) -> int:
        """Inner volume."""
        return self.length_mm * self.width_mm * self.height_mm


@dataclass(frozen=True)
class ItemSize:
    """One order line as the box suggestion sees it; a size of None is unknown."""

    quantity: int
    weight_g: int
    size_mm: tuple[int, int, int] | None = None


_INTS = ("length_mm", "width_mm", "height_mm", "tare_g", "max_weight_g")


def parse_boxes(entries: Any) -> tuple[Box, ...]:
    """``[[box]]`` tables as boxes; every problem names the box and the field."""
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise BoxError(said("Boxes", "boxes must be [[box]] tables"))
    boxes = tuple(_parse_box(i, entry) for i, entry in enumerate(entries, start=1))
    _unique(boxes, "name", lambda b: b.name.casefold())
    _unique(boxes, "barcode", lambda b: b.barcode)
    return boxes


def _parse_box(number: int, entry: Any) -> Box:
    if not isinstance(entry, Mapping):
        raise BoxError(said("Boxes", "box {number} is not a table", number=number))
    name = entry.get("name")
    label = (
        said("Boxes", "box {number}", number=number)
        if not isinstance(name, str) or not name.strip()
        else said("Boxes", "box {name}", name=repr(name))
    )
    if not isinstance(name, str) or not name.strip():
        raise BoxError(said("Boxes", "{box} has no name", box=label))
    unknown = set(entry) - {"name", "barcode", *_INTS}
    if unknown:
        raise BoxError(
            said(
                "Boxes",
                "{box}: unknown field(s) {fields}",
                box=label,
                fields=", ".join(sorted(unknown)),
            )
        )
    barcode = entry.get("barcode", "")
    if not isinstance(barcode, str):
        raise BoxError(said("Boxes", "{box}: barcode must be text (quote it)", box=label))
    values: dict[str, int] = {}
    for key in _INTS:
        value = entry.get(key)
        if value is None:
            raise BoxError(said("Boxes", "{box} has no {field}", box=label, field=key))
        if isinstance(value, bool) or not isinstance(value, int):
            raise BoxError(
                said(
                    "Boxes",
                    "{box}: {field} must be a whole number, not {value}",
                    box=label,
                    field=key,
                    value=repr(value),
                )
            )
        if key == "tare_g" and value < 0:
            raise BoxError(said("Boxes", "{box}: tare_g must be 0 or more", box=label))
        if key != "tare_g" and value <= 0:
            raise BoxError(
                said("Boxes", "{box}: {field} must be more than 0", box=label, field=key)
            )
        values[key] = value
    if values["max_weight_g"] <= values["tare_g"]:
        raise BoxError(said("Boxes", "{box}: max_weight_g must be more than its tare_g", box=label))
    return Box(name=name.strip(), barcode=barcode.strip(), **values)


def _unique(boxes: Sequence[Box], what: str, key: Any) -> None:
    seen: set[str] = set()
    for box in boxes:
        value = key(box)
        if value and value in seen:
            raise BoxError(
                said(
                    "Boxes",
                    "two boxes have the {field} {value}",
                    field=what,
                    value=repr(getattr(box, what)),
                )
            )
        seen.add(value)


def box_for_barcode(boxes: Iterable[Box], barcode: str) -> Box | None:
    """The box whose barcode was scanned."""
    return next((b for b in boxes if b.barcode and b.barcode == barcode.strip()), None)


def items_weight(items: Iterable[ItemSize]) -> int:
    """The items' total weight in grams."""
    return sum(item.weight_g * item.quantity for item in items)


def fits(box: Box, items: Sequence[ItemSize]) -> bool:
    """Whether the items fit the box by weight, each item's sides and the total volume.

    Items of unknown size count by weight only; volume is a necessary test, not a packing plan.
    """
    if items_weight(items) + box.tare_g > box.max_weight_g:
        return False
    volume = 0
    for item in items:
        if item.size_mm is None:
            continue
        sides = sorted(item.size_mm, reverse=True)
        if any(side > inner for side, inner in zip(sides, box.inner_mm, strict=True)):
            return False
        volume += sides[0] * sides[1] * sides[2] * item.quantity
    return volume <= box.volume_mm3


def suggestion_basis(items: Sequence[ItemSize]) -> str:
    """What a suggestion for these items rests on: ``"size"`` when any item's size is known,
    else ``"weight"`` (Shopify gives no item sizes, so that is the usual case)."""
    return "size" if any(item.size_mm is not None for item in items) else "weight"


def suggest_box(boxes: Iterable[Box], items: Sequence[ItemSize]) -> Box | None:
    """The smallest box (by volume, then tare) that the items fit; None when none does."""
    fitting = [box for box in boxes if fits(box, items)]
    return min(fitting, key=lambda b: (b.volume_mm3, b.tare_g), default=None)


def boxes_toml(boxes: Iterable[Box]) -> str:
    """The catalogue as ``[[box]]`` tables, as :func:`parse_boxes` reads them back."""
    parts = ["# The boxes this station packs into (Settings → Boxes). Sizes in mm, weights in g.\n"]
    for box in boxes:
        parts.append("\n[[box]]\n")
        parts.append(f"name = {_toml_text(box.name)}\n")
        parts.append(f"barcode = {_toml_text(box.barcode)}\n")
        parts.extend(f"{key} = {getattr(box, key)}\n" for key in _INTS)
    return "".join(parts)


def _toml_text(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in escaped) + '"'
