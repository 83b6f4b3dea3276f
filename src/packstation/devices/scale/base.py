"""What every scale offers: the latest reading, in grams, and whether it may be used."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Protocol


class ScaleState(StrEnum):
    """What the scale says about its weight."""

    STABLE = "stable"
    MOTION = "motion"
    OVERLOAD = "overload"
    UNDERLOAD = "underload"
    FAULT = "fault"
    DISCONNECTED = "disconnected"


@dataclass(frozen=True)
class ScaleReading:
    """One reading: weight in grams (only meaningful when stable), and the state."""

    grams: int
    state: ScaleState
    detail: str = ""

    @property
    def stable(self) -> bool:
        """Only a stable reading is a weight that counts."""
        return self.state is ScaleState.STABLE

    @property
    def connected(self) -> bool:
        """Whether the scale answers at all."""
        return self.state is not ScaleState.DISCONNECTED

    def words(self) -> str:
        """The reading as a packer would say it."""
        if self.state is ScaleState.STABLE:
            return f"{self.grams:,} g"
        return {
            ScaleState.MOTION: "settling…",
            ScaleState.OVERLOAD: "too heavy for the scale",
            ScaleState.UNDERLOAD: "below zero: empty the scale and zero it",
            ScaleState.FAULT: f"scale fault{': ' + self.detail if self.detail else ''}",
            ScaleState.DISCONNECTED: "no scale connected",
        }[self.state]


DISCONNECTED = ScaleReading(0, ScaleState.DISCONNECTED)
# A connected scale whose first report was dropped as possibly stale.
WAITING = ScaleReading(0, ScaleState.MOTION, "waiting for a fresh reading")

# Grams per unit; the scale's unit is always converted explicitly.
GRAMS_PER_UNIT: dict[str, Decimal] = {
    "g": Decimal(1),
    "kg": Decimal(1000),
    "mg": Decimal("0.001"),
    "oz": Decimal("28.349523125"),
    "lb": Decimal("453.59237"),
    "ozt": Decimal("31.1034768"),  # troy ounce
    "ct": Decimal("0.2"),  # metric carat
}


class UnknownUnit(ValueError):
    """A unit the scale sent that Packstation cannot convert."""


def to_grams(value: Decimal, unit: str) -> int:
    """A weight in any known unit, rounded to whole grams."""
    factor = GRAMS_PER_UNIT.get(unit.strip().lower())
    if factor is None:
        raise UnknownUnit(f"unknown weight unit {unit!r}")
    return int((value * factor).to_integral_value())


class Scale(Protocol):
    """A scale read in the background; asking for the weight never blocks."""

    name: str

    def start(self) -> None:
        """Start reading (and reconnecting) in the background."""

    def stop(self, timeout: float = 5.0) -> None:
        """Stop reading and close the device."""

    def latest(self) -> ScaleReading:
        """The most recent reading (DISCONNECTED when there is none)."""

    def describe(self) -> str:
        """A one-line state for the status bar and ``doctor``."""


ReadingCallback = Callable[[str, ScaleReading], None]


class LatestReading:
    """The last reading, shared between the reader thread and the caller."""

    def __init__(self, name: str, on_reading: ReadingCallback | None) -> None:
        self._name = name
        self._lock = threading.Lock()
        self._reading = DISCONNECTED
        self._on_reading = on_reading

    def get(self) -> ScaleReading:
        """The last reading."""
        with self._lock:
            return self._reading

    def set(self, reading: ScaleReading) -> None:
        """Store a reading and tell the listener when it changed."""
        with self._lock:
            changed = reading != self._reading
            self._reading = reading
        if changed and self._on_reading is not None:
            self._on_reading(self._name, reading)
