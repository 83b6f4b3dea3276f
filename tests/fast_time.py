"""Time that a sleep moves on at once, shared by the Shopify emulator's cost bucket and the
station's client, so throttling is modelled in full and its waits cost no real time.

The client paces each query by the bucket it learns from the replies and sleeps until the
query fits; the emulator refills its bucket by the clock. With both on this clock, a sleep of
0.3 s advances both by 0.3 s in no time: the same requests go out in the same order with the
same costs, as if the waits were real.
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace

from packstation.shop.shopify.client import GraphQLClient
from packstation.testing.shopify.server import Bucket, ShopifyEmulator


class FastForwardTime:
    """Monotonic time plus every sleep taken so far."""

    def __init__(self) -> None:
        self._skipped = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """Seconds, as ``time.monotonic`` plus the sleeps skipped."""
        with self._lock:
            return time.monotonic() + self._skipped

    def sleep(self, seconds: float) -> None:
        """Move time on by ``seconds`` at once (other threads still get a turn)."""
        with self._lock:
            self._skipped += max(0.0, seconds)
        time.sleep(0)

    def bucket(self, figures: Bucket | None = None) -> Bucket:
        """A cost bucket (by default the emulator's) that refills on this clock."""
        return replace(figures or Bucket(), clock=self.now, updated=self.now())

    def drive(self, emulator: ShopifyEmulator, *clients: GraphQLClient) -> None:
        """Put the emulator's bucket and these clients' pacing on this clock."""
        emulator.bucket = self.bucket(emulator.bucket)
        for client in clients:
            client._clock = self.now
            client._sleep = self.sleep
