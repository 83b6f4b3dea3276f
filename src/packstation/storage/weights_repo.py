"""Unit weights: those a lead confirmed, and this station's weighed single-SKU boxes."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from packstation.domain.weighing import PackedBox
from packstation.storage.mapping import package_contents
from packstation.storage.models import PackageRow, ShipmentLineRow, ShipmentRow, SkuWeightRow

# The newest shipments read per learning: the median needs a few boxes, not a year of them.
HISTORY_LIMIT = 400


class WeightRepository:
    """Confirmed unit weights and the weighed boxes weights are learned from."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def confirmed(self, skus: Collection[str]) -> dict[str, int]:
        """The confirmed unit weight of each SKU that has one."""
        if not skus:
            return {}
        stmt = select(SkuWeightRow.sku, SkuWeightRow.grams).where(SkuWeightRow.sku.in_(skus))
        return {sku: grams for sku, grams in self._s.execute(stmt)}

    def confirm(self, sku: str, grams: int, by: str, at: datetime) -> None:
        """Store (or replace) an SKU's confirmed unit weight."""
        row = self._s.get(SkuWeightRow, sku)
        if row is None:
            self._s.add(SkuWeightRow(sku=sku, grams=grams, confirmed_by=by, confirmed_at=at))
        else:
            row.grams, row.confirmed_by, row.confirmed_at = grams, by, at

    def weighed_boxes(self, station: str, skus: Collection[str]) -> list[PackedBox]:
        """This station's boxes weighed on the scale that held one of these SKUs, newest first
        (SKU units per box, its weight and tare)."""
        if not skus:
            return []
        shipment_ids = select(ShipmentLineRow.shipment_id).where(ShipmentLineRow.sku.in_(skus))
        stmt = (
            select(ShipmentRow)
            .where(
                ShipmentRow.station == station,
                ShipmentRow.voided_at.is_(None),
                ShipmentRow.id.in_(shipment_ids),
            )
            .order_by(ShipmentRow.created_at.desc())
            .limit(HISTORY_LIMIT)
            .options(selectinload(ShipmentRow.lines), selectinload(ShipmentRow.packages))
        )
        boxes: list[PackedBox] = []
        for shipment in self._s.scalars(stmt):
            sku_of = {line.line_id: line.sku for line in shipment.lines}
            everything = tuple((line.line_id, line.quantity) for line in shipment.lines)
            packages: list[PackageRow] = list(shipment.packages)
            for package in packages:
                if not package.weighed:
                    continue
                contents = package_contents(package.contents) or everything
                units: dict[str, int] = {}
                for line_id, count in contents:
                    sku = sku_of.get(line_id, "")
                    units[sku] = units.get(sku, 0) + count
                boxes.append(PackedBox(units, package.weight_grams, package.tare_grams or 0))
        return boxes
