"""Retry policy: exponential back-off with jitter (pure, no I/O)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class BackoffPolicy:
    """Delay before retry ``attempt`` (1-based): base * 2^(attempt-1), capped, with full jitter."""

    base_seconds: float = 2.0
    cap_seconds: float = 300.0
    jitter: float = 0.5

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before the next try after ``attempt`` failed tries."""
        if attempt < 1:
            return 0.0
        raw = min(self.cap_seconds, self.base_seconds * 2.0 ** min(attempt - 1, 30))
        spread = raw * self.jitter
        roll = float((rng or random).random())
        return raw - spread + 2 * spread * roll
