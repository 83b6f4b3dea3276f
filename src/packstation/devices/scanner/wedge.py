"""Telling a keyboard-wedge scanner from a person typing, by key timing (pure, no Qt).

Keys are held back while they arrive faster than ``max_gap_ms`` apart. A terminator after at
least ``min_length`` such keys makes a scan; anything slower is handed back to be typed.
Timing uses the keys' own timestamps, so a burst of queued human keys after a stall that is
released at once is still judged by when the keys were pressed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

P = TypeVar("P")


@dataclass(frozen=True)
class WedgeSettings:
    """Scanner detection thresholds (per station, from settings)."""

    max_gap_ms: int = 50
    min_length: int = 4
    tab_terminates: bool = False


@dataclass
class WedgeDecoder(Generic[P]):
    """Accumulates held-back keys; ``P`` is whatever the caller needs to replay a key."""

    settings: WedgeSettings = field(default_factory=WedgeSettings)
    _held: list[tuple[str, int, P]] = field(default_factory=list)

    @property
    def holding(self) -> bool:
        """Whether keys are being held back."""
        return bool(self._held)

    def key(self, text: str, timestamp_ms: int, payload: P) -> list[P]:
        """A printable key arrived; returns keys to release as typing (maybe none)."""
        released: list[P] = []
        if self._held and timestamp_ms - self._held[-1][1] > self.settings.max_gap_ms:
            released = self.release()
        self._held.append((text, timestamp_ms, payload))
        return released

    def terminator(self, timestamp_ms: int) -> tuple[str | None, list[P]]:
        """A terminator arrived: ``(scan, [])`` for a scan, else ``(None, keys to release)``."""
        fast = bool(self._held) and timestamp_ms - self._held[-1][1] <= self.settings.max_gap_ms
        if fast and len(self._held) >= self.settings.min_length:
            scan = "".join(text for text, _, _ in self._held)
            self._held.clear()
            return scan, []
        return None, self.release()

    def release(self) -> list[P]:
        """Give back every held key (they were typed by a person)."""
        released = [payload for _, _, payload in self._held]
        self._held.clear()
        return released
