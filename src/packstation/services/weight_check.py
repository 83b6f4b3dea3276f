"""The weight check: what a box should weigh, learned unit weights, stops, recounts, overrides.

Expected weight = the units' weights plus the box's tare. A unit weighs what a lead confirmed,
else what this station learned from its past single-SKU boxes when the shop's weight is missing
or wrong, else the shop's weight. Every stop, recount and override is a scan event (the
dashboard counts stops per packer) and an audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.box_plan import PackedBoxState
from packstation.domain.orders import FulfillmentOrder
from packstation.domain.weighing import (
    UnitWeight,
    WeightCheck,
    check_weight,
    learned_weights,
    unit_weight,
)
from packstation.i18n.said import said
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.models import ScanEventRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

if TYPE_CHECKING:
    from packstation.services.packing import OpenOrder


@dataclass(frozen=True)
class WeightEvent:
    """A weight stop, recount or override waiting to be written (on the DB-writer thread)."""

    session_id: str
    fulfillment_order_id: str
    order_name: str
    user: str
    outcome: str  # "stop", "recount" or "override"
    box_number: int
    measured_g: int
    expected_g: int
    at: datetime
    lead: str = ""
    reason: str = ""


@dataclass(frozen=True)
class SkuWeight:
    """One SKU's weights as a lead sees them before confirming one."""

    sku: str
    title: str
    shop_g: int
    learned_g: int | None
    confirmed_g: int | None


class WeightService:
    """Expected weights, the check against the scale, and the learned weights of SKUs."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        tolerance_g: int = 50,
        tolerance_percent: float = 5.0,
        clock: Clock = utcnow,
        read_factory: sessionmaker[Session] | None = None,
    ) -> None:
        self._factory = session_factory
        self._reads = read_factory or session_factory
        self._ctx = context
        self.tolerance_g = tolerance_g
        self.tolerance_percent = tolerance_percent
        self._clock = clock

    def unit_weights(self, uow: UnitOfWork, order: FulfillmentOrder) -> dict[str, UnitWeight]:
        """Each line's unit weight (by line id), read in the caller's transaction."""
        skus = {line.sku for line in order.lines if line.sku}
        confirmed = uow.weights.confirmed(skus)
        learned = learned_weights(uow.weights.weighed_boxes(self._ctx.station, skus))
        return {
            line.line_id: unit_weight(
                line.unit_weight_grams,
                learned.get(line.sku),
                confirmed.get(line.sku),
                self.tolerance_g,
                self.tolerance_percent,
            )
            for line in order.lines
        }

    def expected(self, open_order: OpenOrder, box: PackedBoxState) -> int:
        """What a box should weigh: its units and its tare."""
        weights = open_order.unit_weights
        items = sum(
            (weights[line_id].grams if line_id in weights else 0) * units
            for line_id, units in box.contents().items()
        )
        return items + box.tare_g

    def check(self, open_order: OpenOrder, measured_g: int | None) -> WeightCheck:
        """The open box on the scale against its expected weight; without a reading the
        expected weight is used, so it always passes."""
        open_order.boxes.sync(open_order.session.history)
        expected = self.expected(open_order, open_order.boxes.open_box)
        measured = expected if measured_g is None else measured_g
        return check_weight(measured, expected, self.tolerance_g, self.tolerance_percent)

    def event(
        self,
        open_order: OpenOrder,
        outcome: str,
        check: WeightCheck,
        authorisation: Authorisation | None = None,
    ) -> WeightEvent:
        """A stop, recount or override of the open box, to be saved with :meth:`save`."""
        return WeightEvent(
            session_id=open_order.session_id,
            fulfillment_order_id=open_order.order.fulfillment_order_id,
            order_name=open_order.order.order_name,
            user=self._ctx.user,
            outcome=outcome,
            box_number=open_order.boxes.open_number,
            measured_g=check.measured_g,
            expected_g=check.expected_g,
            at=self._clock(),
            lead=authorisation.lead if authorisation else "",
            reason=authorisation.reason if authorisation else "",
        )

    def save(self, event: WeightEvent) -> None:
        """Write a weight event and its audit entry in one transaction."""
        detail: dict[str, object] = {
            "session_id": event.session_id,
            "box": event.box_number,
            "measured_g": event.measured_g,
            "expected_g": event.expected_g,
        }
        if event.lead:
            detail["lead"], detail["reason"] = event.lead, event.reason
        with UnitOfWork(self._factory) as uow:
            uow.sessions.add_event(
                ScanEventRow(
                    session_id=event.session_id,
                    fulfillment_order_id=event.fulfillment_order_id,
                    kind="weight",
                    code=f"box {event.box_number}",
                    outcome=event.outcome,
                    line_id=None,
                    quantity=0,
                    station=self._ctx.station,
                    user=event.user,
                    at=event.at,
                    weight_grams=event.measured_g,
                )
            )
            record_audit(
                uow,
                self._ctx,
                event.at,
                f"pack.weight_{event.outcome}",
                event.order_name,
                detail,
                user=event.user,
            )
            uow.commit()

    def sku_weights(self, order: FulfillmentOrder) -> list[SkuWeight]:
        """The order's SKUs with their shop, learned and confirmed unit weights."""
        titles = {line.sku: line.title for line in order.lines if line.sku}
        shop = {line.sku: line.unit_weight_grams for line in order.lines if line.sku}
        with UnitOfWork(self._reads) as uow:
            confirmed = uow.weights.confirmed(set(titles))
            learned = learned_weights(uow.weights.weighed_boxes(self._ctx.station, set(titles)))
        return [
            SkuWeight(sku, titles[sku], shop[sku], learned.get(sku), confirmed.get(sku))
            for sku in sorted(titles)
        ]

    def confirm(self, sku: str, grams: int, authorisation: Authorisation) -> None:
        """A lead confirms an SKU's unit weight (it then wins over the shop's); audited."""
        if grams <= 0:
            raise ValueError(said("Boxes", "a unit weight must be more than 0 g"))
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            uow.weights.confirm(sku, grams, authorisation.lead, now)
            record_audit(
                uow,
                self._ctx,
                now,
                "weight.confirmed",
                sku,
                {"grams": grams, "lead": authorisation.lead, "reason": authorisation.reason},
            )
            uow.commit()
