"""Pacing requests to Shopify's cost-based leaky bucket (pure: time is passed in).

Shopify reports ``extensions.cost.throttleStatus`` (maximumAvailable, currentlyAvailable,
restoreRate) with every reply. The client keeps this model up to date, waits until a query's
requested cost fits before sending, and after a THROTTLED reply waits until it would fit
again, plus jitter.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any


@dataclass
class CostBucket:
    """What the client believes is available in the bucket at ``updated_at`` (seconds)."""

    maximum: float = 1000.0  # conservative until the first reply says otherwise
    available: float = 1000.0
    restore_rate: float = 50.0
    updated_at: float = 0.0

    def level(self, now: float) -> float:
        """Points available at ``now``, after refilling since the last update."""
        refill = max(0.0, now - self.updated_at) * self.restore_rate
        return min(self.maximum, self.available + refill)

    def wait_before(self, requested: float, now: float) -> float:
        """Seconds to wait so that a query of ``requested`` points fits."""
        missing = min(requested, self.maximum) - self.level(now)
        return max(0.0, missing / self.restore_rate)

    def spend(self, requested: float, now: float) -> None:
        """Debit a query when it is sent (the reply corrects the figure)."""
        self.available = self.level(now) - requested
        self.updated_at = now

    def refund(self, requested: float, now: float) -> None:
        """Give back a debit for a request the shop never charged (it never got there)."""
        self.available = min(self.maximum, self.level(now) + requested)
        self.updated_at = now

    def observe(self, cost: dict[str, Any] | None, now: float) -> None:
        """Take Shopify's reported throttle status; malformed figures are ignored."""
        status = (cost or {}).get("throttleStatus") or {}
        try:
            maximum = float(status["maximumAvailable"])
            available = float(status["currentlyAvailable"])
            rate = float(status["restoreRate"])
        except (KeyError, TypeError, ValueError):
            return
        if maximum > 0 and rate > 0:
            self.maximum, self.available, self.restore_rate = maximum, available, rate
            self.updated_at = now

    def throttled_delay(self, requested: float, now: float, rng: random.Random) -> float:
        """After a THROTTLED reply: until the query fits, plus up to 25 % jitter (min 0.5 s)."""
        base = max(0.5, self.wait_before(requested, now))
        return base * (1 + 0.25 * rng.random())
