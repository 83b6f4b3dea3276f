"""Boxes at the bench: the catalogue, the suggestion, a box barcode, New box, and replay.

Choosing a box and starting a new one are scan events (kind ``box``) written in scan order,
so a restart or a parked order comes back with its boxes, their contents and weights.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.box_plan import BoxPlan, PackedBoxState
from packstation.domain.boxes import (
    Box,
    ItemSize,
    box_for_barcode,
    boxes_toml,
    suggest_box,
    suggestion_basis,
)
from packstation.domain.shipments import Package
from packstation.services.audit import record_audit
from packstation.services.context import StationContext
from packstation.storage.models import ScanEventRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

if TYPE_CHECKING:
    from packstation.services.packing import OpenOrder

CHOSEN = "chosen"
NEW_BOX = "new_box"
DEFAULT_BOX = "standard"  # a package's box when none was chosen


@dataclass(frozen=True)
class BoxEvent:
    """A box chosen or a new box started, waiting to be written (on the DB-writer thread).

    ``weight_g`` is the chosen box's tare, or the weight the closed box left with.
    """

    session_id: str
    fulfillment_order_id: str
    order_name: str
    user: str
    outcome: str  # CHOSEN or NEW_BOX
    box: str
    box_number: int
    weight_g: int
    weighed: bool
    at: datetime


class BoxService:
    """The station's boxes and what a packer does with them."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        boxes: tuple[Box, ...] = (),
        *,
        path: Path | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self.boxes = boxes
        self.path = path
        self._clock = clock

    def use_boxes(self, boxes: tuple[Box, ...]) -> None:
        """Save a new catalogue (Settings → Boxes) and use it from now on; audited."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_suffix(".tmp")
            temporary.write_text(boxes_toml(boxes), encoding="utf-8")
            os.replace(temporary, self.path)
        self.boxes = tuple(boxes)
        with UnitOfWork(self._factory) as uow:
            names = [box.name for box in boxes]
            record_audit(uow, self._ctx, self._clock(), "settings.boxes", "boxes", {"boxes": names})
            uow.commit()

    def for_barcode(self, code: str) -> Box | None:
        """The box whose barcode this is, or None."""
        return box_for_barcode(self.boxes, code)

    def by_name(self, name: str) -> Box | None:
        """A catalogue box by its name."""
        return next((b for b in self.boxes if b.name.casefold() == name.casefold()), None)

    def suggest(self, open_order: OpenOrder) -> Box | None:
        """The smallest box the unpacked units fit (by weight; sizes are not known yet)."""
        return suggest_box(self.boxes, self._items(open_order))

    def suggestion_basis(self, open_order: OpenOrder) -> str:
        """What :meth:`suggest` rests on for this order: ``"weight"`` or ``"size"``."""
        return suggestion_basis(self._items(open_order))

    def _items(self, open_order: OpenOrder) -> list[ItemSize]:
        session, weights = open_order.session, open_order.unit_weights
        return [
            ItemSize(
                quantity=missing,
                weight_g=weights[line.line_id].grams if line.line_id in weights else 0,
            )
            for line, missing in session.missing()
        ]

    def replay(self, plan: BoxPlan, event: ScanEventRow) -> None:
        """Apply a stored box event to the plan (the session's counts are synced first)."""
        if event.outcome == CHOSEN:
            box = self.by_name(event.code) or Box(
                name=event.code,
                barcode="",
                length_mm=1,
                width_mm=1,
                height_mm=1,
                tare_g=event.weight_grams,
                max_weight_g=event.weight_grams + 1,
            )
            plan.choose(box)
        elif event.outcome == NEW_BOX:
            plan.new_box(event.weight_grams, weighed=event.quantity == 1)

    def choose(self, open_order: OpenOrder, box: Box) -> BoxEvent:
        """The open box is this one (in memory); returns the event to save."""
        open_order.boxes.choose(box)
        return self._event(open_order, CHOSEN, box.name, box.tare_g, weighed=False)

    def new_box(self, open_order: OpenOrder, weight_g: int, weighed: bool) -> BoxEvent:
        """Close the open box with its weight and start another (in memory)."""
        open_order.boxes.sync(open_order.session.history)
        number = open_order.boxes.open_number
        closed = open_order.boxes.new_box(weight_g, weighed)
        return BoxEvent(
            session_id=open_order.session_id,
            fulfillment_order_id=open_order.order.fulfillment_order_id,
            order_name=open_order.order.order_name,
            user=self._ctx.user,
            outcome=NEW_BOX,
            box=closed.name,
            box_number=number,
            weight_g=weight_g,
            weighed=weighed,
            at=self._clock(),
        )

    def _event(
        self, open_order: OpenOrder, outcome: str, box: str, weight_g: int, *, weighed: bool
    ) -> BoxEvent:
        return BoxEvent(
            session_id=open_order.session_id,
            fulfillment_order_id=open_order.order.fulfillment_order_id,
            order_name=open_order.order.order_name,
            user=self._ctx.user,
            outcome=outcome,
            box=box,
            box_number=open_order.boxes.open_number,
            weight_g=weight_g,
            weighed=weighed,
            at=self._clock(),
        )

    def save(self, event: BoxEvent) -> None:
        """Write a box event and its audit entry in one transaction."""
        with UnitOfWork(self._factory) as uow:
            uow.sessions.add_event(
                ScanEventRow(
                    session_id=event.session_id,
                    fulfillment_order_id=event.fulfillment_order_id,
                    kind="box",
                    code=event.box,
                    outcome=event.outcome,
                    line_id=None,
                    quantity=1 if event.weighed else 0,
                    station=self._ctx.station,
                    user=event.user,
                    at=event.at,
                    weight_grams=event.weight_g,
                )
            )
            detail: dict[str, object] = {
                "session_id": event.session_id,
                "box": event.box,
                "number": event.box_number,
                "weight_g": event.weight_g,
                "weighed": event.weighed,
            }
            action = "pack.box_chosen" if event.outcome == CHOSEN else "pack.new_box"
            record_audit(
                uow, self._ctx, event.at, action, event.order_name, detail, user=event.user
            )
            uow.commit()


def packages(
    filled: list[PackedBoxState],
    expected: list[int],
    tracking_numbers: list[str],
) -> tuple[Package, ...]:
    """One package per filled box: its type, weight (the scale's, else expected) and contents."""
    return tuple(
        Package(
            box=box.name or DEFAULT_BOX,
            weight_grams=box.weight_g if box.weight_g is not None else grams,
            tracking_number=tracking,
            contents=tuple(sorted(box.contents().items())),
            tare_grams=box.tare_g,
            weighed=box.weighed and box.weight_g is not None,
        )
        for box, grams, tracking in zip(filled, expected, tracking_numbers, strict=True)
    )
