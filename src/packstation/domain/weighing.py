"""The weight check, learned SKU weights, and which scale readings count; pure."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# Readings this close (grams) count as the scale being back at zero.
ZERO_BAND_G = 5


def grams_text(grams: int) -> str:
    """A weight as ``1,240 g``."""
    return f"{grams:,} g"


def expected_weight(item_weights_g: Iterable[int], tare_g: int) -> int:
    """What the box should weigh: its items plus the box itself."""
    return sum(item_weights_g) + tare_g


@dataclass(frozen=True)
class WeightCheck:
    """The scale's weight against the expected one; ``message`` is the packer's amber words."""

    measured_g: int
    expected_g: int
    allowed_g: int

    @property
    def difference_g(self) -> int:
        """How far off the scale is (positive: heavier than expected)."""
        return self.measured_g - self.expected_g

    @property
    def ok(self) -> bool:
        """Within the tolerance."""
        return abs(self.difference_g) <= self.allowed_g

    @property
    def message(self) -> str:
        """Empty when within the tolerance; otherwise what is wrong and what to do."""
        if self.ok:
            return ""
        return (
            f"{grams_text(self.measured_g)} on the scale, {grams_text(self.expected_g)} "
            "expected: check for a missing or extra item"
        )


def allowed_difference(expected_g: int, tolerance_g: int, tolerance_percent: float) -> int:
    """The larger of the two tolerances, so light parcels are not stopped by a few grams."""
    return max(tolerance_g, round(expected_g * tolerance_percent / 100))


def check_weight(
    measured_g: int, expected_g: int, tolerance_g: int, tolerance_percent: float
) -> WeightCheck:
    """Compare the weight on the scale with the expected one."""
    return WeightCheck(
        measured_g, expected_g, allowed_difference(expected_g, tolerance_g, tolerance_percent)
    )


@dataclass(frozen=True)
class PackedBox:
    """A past box as the learner sees it: what was in it and what it weighed."""

    units_by_sku: Mapping[str, int]
    measured_g: int
    tare_g: int


def learned_weights(history: Iterable[PackedBox], min_boxes: int = 3) -> dict[str, int]:
    """Each SKU's unit weight: the median over past boxes holding that SKU alone.

    Only SKUs with at least ``min_boxes`` such boxes are learned, so one odd box cannot teach.
    """
    samples: dict[str, list[float]] = {}
    for box in history:
        skus = [sku for sku, units in box.units_by_sku.items() if units > 0]
        if len(skus) != 1:
            continue
        sku = skus[0]
        net = box.measured_g - box.tare_g
        if net <= 0:
            continue
        samples.setdefault(sku, []).append(net / box.units_by_sku[sku])
    return {
        sku: round(statistics.median(values))
        for sku, values in samples.items()
        if len(values) >= min_boxes
    }


class ParcelWeigher:
    """Which stable readings are a parcel's weight: a new parcel needs a return to zero.

    Feed every reading; ``weight`` is the parcel's weight once the scale has been at zero
    since the last parcel was taken and then held the same weight for ``settle`` readings;
    motion clears it.
    """

    def __init__(self, settle: int = 2) -> None:
        self._settle = settle
        self._zeroed = True  # the first parcel of a session needs no earlier zero
        self._candidate: int | None = None
        self._count = 0
        self.weight: int | None = None

    def feed(self, grams: int, stable: bool) -> int | None:
        """Take one reading; returns the parcel's weight when there is one."""
        if not stable:  # a moving scale has no weight
            self._candidate, self._count, self.weight = None, 0, None
            return None
        if abs(grams) <= ZERO_BAND_G:
            self._zeroed = True
            self._candidate, self._count, self.weight = None, 0, None
            return None
        if not self._zeroed:
            return None
        if grams == self._candidate:
            self._count += 1
        else:
            self._candidate, self._count = grams, 1
        if self._count >= self._settle:
            self.weight = grams
        return self.weight

    def take(self) -> int | None:
        """Use the parcel's weight (at F10); the next one needs the scale back at zero."""
        weight, self.weight = self.weight, None
        if weight is not None:
            self._zeroed = False
        self._candidate, self._count = None, 0
        return weight

    @property
    def needs_zero(self) -> bool:
        """Whether the scale must be emptied before the next parcel counts."""
        return not self._zeroed


@dataclass(frozen=True)
class UnitWeight:
    """The weight one unit of an SKU is expected to have, and where it comes from."""

    grams: int
    source: str  # "shop", "learned", "confirmed" or "missing"


def unit_weight(
    shop_g: int,
    learned_g: int | None,
    confirmed_g: int | None,
    tolerance_g: int,
    tolerance_percent: float,
) -> UnitWeight:
    """A lead's confirmed weight wins; a learned one replaces a shop weight that is missing
    or off by more than the tolerance; otherwise the shop's weight counts."""
    if confirmed_g is not None and confirmed_g > 0:
        return UnitWeight(confirmed_g, "confirmed")
    if learned_g is not None and learned_g > 0:
        if shop_g <= 0:
            return UnitWeight(learned_g, "learned")
        if abs(learned_g - shop_g) > allowed_difference(shop_g, tolerance_g, tolerance_percent):
            return UnitWeight(learned_g, "learned")
    if shop_g > 0:
        return UnitWeight(shop_g, "shop")
    return UnitWeight(0, "missing")
