"""Barcodes a lead taught the station, by SKU (storage of services/teach_barcode.py)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.storage.models import ProductRow, TaughtBarcodeRow


class TaughtBarcodeRepository:
    """Taught barcodes: one SKU per barcode, kept for good."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def by_key(self, barcode_key: str) -> TaughtBarcodeRow | None:
        """The taught barcode with this matching key, if any."""
        stmt = select(TaughtBarcodeRow).where(TaughtBarcodeRow.barcode_key == barcode_key)
        return self._s.scalars(stmt).first()

    def add(self, row: TaughtBarcodeRow) -> None:
        """Store a newly taught barcode."""
        self._s.add(row)

    def for_skus(self, skus: Iterable[str]) -> dict[str, list[str]]:
        """The taught barcodes of these SKUs, oldest first."""
        wanted = sorted({sku for sku in skus if sku})
        if not wanted:
            return {}
        stmt = (
            select(TaughtBarcodeRow.sku, TaughtBarcodeRow.barcode)
            .where(TaughtBarcodeRow.sku.in_(wanted))
            .order_by(TaughtBarcodeRow.id)
        )
        out: dict[str, list[str]] = {}
        for sku, barcode in self._s.execute(stmt):
            out.setdefault(sku, []).append(barcode)
        return out

    def product_with_key(self, barcode_key: str) -> ProductRow | None:
        """A catalogue product whose barcode has this key (another SKU's code, say)."""
        stmt = select(ProductRow).where(ProductRow.barcode_key == barcode_key)
        return self._s.scalars(stmt.limit(1)).first()
