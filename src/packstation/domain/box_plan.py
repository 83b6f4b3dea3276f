"""Which box each counted unit went into: the open box takes the scans, New box starts another.

The plan follows the pack session's history of counts: each count belongs to the box that was
open when it was counted. Undo takes the last count back out of whichever box holds it; the
boxes themselves stay. Pure: the services persist the box events and replay them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from packstation.domain.boxes import Box
from packstation.domain.packing import Count


@dataclass
class PackedBoxState:
    """One box of the order: its type (None until chosen), contents and weight once closed."""

    box: Box | None = None
    counts: list[Count] = field(default_factory=list)
    weight_g: int | None = None  # the weight it was closed with (scale, or expected)
    weighed: bool = False  # whether that weight came from the scale
    suggested_by: str = ""  # "weight" or "size" when the station suggested it; "" when scanned

    @property
    def units(self) -> int:
        """Units in the box."""
        return sum(count.quantity for count in self.counts)

    def contents(self) -> dict[str, int]:
        """Units per order line in the box."""
        units: dict[str, int] = {}
        for count in self.counts:
            units[count.line_id] = units.get(count.line_id, 0) + count.quantity
        return {line_id: n for line_id, n in units.items() if n > 0}

    @property
    def name(self) -> str:
        """The box type's name ("" before one is chosen)."""
        return self.box.name if self.box is not None else ""

    @property
    def tare_g(self) -> int:
        """What the empty box weighs (0 before one is chosen)."""
        return self.box.tare_g if self.box is not None else 0


class BoxPlan:
    """The boxes of one order being packed; the last one is open."""

    def __init__(self) -> None:
        self.boxes: list[PackedBoxState] = [PackedBoxState()]
        self._seen: list[Count] = []  # the session's history as last synced
        self._owner: list[int] = []  # for each of those counts, its box

    @property
    def open_box(self) -> PackedBoxState:
        """The box scans go to."""
        return self.boxes[-1]

    @property
    def open_number(self) -> int:
        """The open box's number, 1-based."""
        return len(self.boxes)

    def sync(self, history: Sequence[Count]) -> None:
        """Follow the session's counts: new ones go to the open box, undone ones come out.

        Counts are matched by identity, so an undo followed by a new scan is told from no
        change at all; call it whenever the boxes are read.
        """
        keep = min(len(self._seen), len(history))
        while keep and self._seen[keep - 1] is not history[keep - 1]:
            keep -= 1
        while len(self._seen) > keep:
            self._seen.pop()
            self.boxes[self._owner.pop()].counts.pop()
        for count in history[keep:]:
            self._seen.append(count)
            self._owner.append(len(self.boxes) - 1)
            self.open_box.counts.append(count)

    def choose(self, box: Box, suggested_by: str = "") -> None:
        """The open box is of this type: suggested (``suggested_by`` says from what), or its
        barcode was scanned."""
        self.open_box.box = box
        self.open_box.suggested_by = suggested_by

    def new_box(self, weight_g: int, weighed: bool) -> PackedBoxState:
        """Close the open box with its weight and open the next (of the same type until
        another is chosen); returns the closed box."""
        closed = self.open_box
        closed.weight_g, closed.weighed = weight_g, weighed
        self.boxes.append(PackedBoxState(box=closed.box))
        return closed

    def filled(self) -> list[PackedBoxState]:
        """The boxes that hold something, in order (an empty box is never shipped)."""
        return [box for box in self.boxes if box.units > 0]
