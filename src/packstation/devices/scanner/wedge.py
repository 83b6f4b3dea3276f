"""Telling a keyboard-wedge scanner from a person typing, by key timing (pure, no Qt).

Keys are held back while they arrive faster than ``max_gap_ms`` apart. A terminator after at
least ``min_length`` such keys makes a scan; anything slower is handed back to be typed.
Timing uses the keys' own timestamps, so a burst of queued human keys after a stall that is
released at once is still judged by when the keys were pressed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Generic, TypeVar

P = TypeVar("P")


@dataclass(frozen=True)
class WedgeSettings:
    """Scanner detection thresholds (per station, from settings)."""

    max_gap_ms: int = 50
    min_length: int = 4
    tab_terminates: bool = False
    prefix: str = ""  # characters the scanner sends first (framing beats timing)
    suffix: str = ""  # characters it sends before the Enter; both are stripped


@dataclass
class WedgeDecoder(Generic[P]):
    """Accumulates held-back keys; ``P`` is whatever the caller needs to replay a key."""

    settings: WedgeSettings = field(default_factory=WedgeSettings)
    _held: list[tuple[str, int, P]] = field(default_factory=list)
    framed: bool = False
    last_gaps: tuple[int, ...] = ()

    @property
    def holding(self) -> bool:
        """Whether keys are being held back."""
        return bool(self._held)

    def key(self, text: str, timestamp_ms: int, payload: P) -> list[P]:
        """A printable key arrived; returns keys to release as typing (maybe none)."""
        released: list[P] = []
        slow = bool(self._held) and timestamp_ms - self._held[-1][1] > self.settings.max_gap_ms
        if slow and not self.framed:
            released = self.release()
        if not self._held and self.settings.prefix and text == self.settings.prefix[0]:
            self.framed = True
        self._held.append((text, timestamp_ms, payload))
        return released

    def terminator(self, timestamp_ms: int) -> tuple[str | None, list[P]]:
        """A terminator arrived: ``(scan, [])`` for a scan, else ``(None, keys to release)``."""
        fast = bool(self._held) and timestamp_ms - self._held[-1][1] <= self.settings.max_gap_ms
        if self.framed or (fast and len(self._held) >= self.settings.min_length):
            stamps = [stamp for _, stamp, _ in self._held] + [timestamp_ms]
            self.last_gaps = tuple(b - a for a, b in itertools.pairwise(stamps))
            scan = self._unframe("".join(text for text, _, _ in self._held))
            self._held.clear()
            self.framed = False
            return scan, []
        return None, self.release()

    def release(self) -> list[P]:
        """Give back every held key (they were typed by a person)."""
        released = [payload for _, _, payload in self._held]
        self._held.clear()
        self.framed = False
        return released

    def _unframe(self, scan: str) -> str:
        prefix, suffix = self.settings.prefix, self.settings.suffix
        if prefix and scan.startswith(prefix):
            scan = scan[len(prefix) :]
        if suffix and scan.endswith(suffix):
            scan = scan[: -len(suffix)]
        return scan
