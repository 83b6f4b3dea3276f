"""A shift's figures, per packer and per hour (pure: the numbers come from storage)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

MIS_SCAN_OUTCOMES = ("wrong_item", "unknown", "over_scan", "invalid")


@dataclass(frozen=True)
class PackerFigures:
    """One packer's work in a time window."""

    user: str
    orders: int
    units: int
    scans: int
    mis_scans: int
    overrides: int
    seconds_packing: float  # summed over completed sessions
    weight_stops: int = 0  # boxes stopped by the weight check

    def per_hour(self, hours: float) -> tuple[float, float]:
        """Orders and units per hour over ``hours``."""
        if hours <= 0:
            return 0.0, 0.0
        return self.orders / hours, self.units / hours

    @property
    def mis_scan_rate(self) -> float:
        """Share of scans that were wrong, unknown, too many or unreadable."""
        return self.mis_scans / self.scans if self.scans else 0.0

    @property
    def average_seconds_per_order(self) -> float:
        """Mean time from opening to completing an order."""
        return self.seconds_packing / self.orders if self.orders else 0.0


@dataclass(frozen=True)
class ShiftFigures:
    """What the lead's dashboard shows."""

    start: datetime
    end: datetime
    packers: tuple[PackerFigures, ...]
    orders_per_hour: tuple[tuple[datetime, int], ...]  # hour start → orders completed
    open_orders: int
    sync_backlog: int
    exceptions_open: int
    cutoff: datetime | None = None  # today's carrier collection
    open_before_cutoff: int = 0  # open orders placed before it: they should leave today

    @property
    def hours(self) -> float:
        """Length of the window in hours."""
        return max((self.end - self.start).total_seconds() / 3600, 0.0)
