"""Double triggers: the same code again from the same scanner within a short window (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Debouncer:
    """Tells a bounce from a real second scan; with ``count_each`` every scan counts."""

    window_ms: int = 300
    count_each: bool = False
    _last: dict[str, tuple[str, float]] = field(default_factory=dict)

    def is_repeat(self, source: str, code: str, now_ms: float) -> bool:
        """Whether this scan repeats the previous one of ``source`` within the window."""
        previous = self._last.get(source)
        self._last[source] = (code, now_ms)
        if self.count_each or previous is None:
            return False
        return previous[0] == code and now_ms - previous[1] <= self.window_ms
