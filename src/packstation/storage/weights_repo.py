"""Unit weights: those a lead confirmed, and this station's weighed single-SKU boxes."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

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
        (SKU units per box, its weight and tare). Plain columns, three indexed queries: it is
        read when an order opens."""
        if not skus:
            return []
        with_sku = select(ShipmentLineRow.shipment_id).where(ShipmentLineRow.sku.in_(skus))
        recent = (
            select(ShipmentRow.id)
            .where(
                ShipmentRow.station == station,
                ShipmentRow.voided_at.is_(None),
                ShipmentRow.id.in_(with_sku),
            )
            .order_by(ShipmentRow.created_at.desc())
            .limit(HISTORY_LIMIT)
        )
        ids = list(self._s.scalars(recent))
        if not ids:
            return []
        packages = self._s.execute(
            select(
                PackageRow.shipment_id,
                PackageRow.weight_grams,
                PackageRow.tare_grams,
                PackageRow.contents,
            ).where(PackageRow.shipment_id.in_(ids), PackageRow.weighed.is_(True))
        ).all()
        if not packages:
            return []
        lines: dict[str, list[tuple[str, str, int]]] = {}
        for shipment_id, line_id, sku, quantity in self._s.execute(
            select(
                ShipmentLineRow.shipment_id,
                ShipmentLineRow.line_id,
                ShipmentLineRow.sku,
                ShipmentLineRow.quantity,
            ).where(ShipmentLineRow.shipment_id.in_({p.shipment_id for p in packages}))
        ):
            lines.setdefault(shipment_id, []).append((line_id, sku, quantity))
        boxes: list[PackedBox] = []
        for shipment_id, grams, tare, contents in packages:
            shipment_lines = lines.get(shipment_id, [])
            sku_of = {line_id: sku for line_id, sku, _ in shipment_lines}
            everything = tuple((line_id, quantity) for line_id, _, quantity in shipment_lines)
            units: dict[str, int] = {}
            for line_id, count in package_contents(contents) or everything:
                sku = sku_of.get(line_id, "")
                units[sku] = units.get(sku, 0) + count
            boxes.append(PackedBox(units, grams, tare or 0))
        return boxes
