"""The scale of a station without one: never a weight, so the expected weight is used."""

from __future__ import annotations

from packstation.devices.scale.base import DISCONNECTED, ScaleReading


class NullScale:
    """Has no readings."""

    name = "No scale"

    def start(self) -> None:
        """Nothing to start."""

    def stop(self, timeout: float = 5.0) -> None:
        """Nothing to stop."""

    def latest(self) -> ScaleReading:
        """Always disconnected."""
        return DISCONNECTED

    def describe(self) -> str:
        """Always the same."""
        return "No scale configured: the expected weight is used"
