"""A lead teaches the station a new barcode for an SKU: a supplier's code the shop lacks.

The barcode is stored in the database (every station sees it), audited with the lead's name
and reason, added to the catalogue, and matched like the shop's own barcodes from then on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.barcodes import InvalidScan, clean_scan, product_key
from packstation.domain.commands import command_of
from packstation.domain.orders import FulfillmentLine, FulfillmentOrder
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.context import StationContext
from packstation.storage.models import ProductRow, TaughtBarcodeRow
from packstation.storage.taught_barcodes import TaughtBarcodeRepository
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class TeachRefused(Exception):
    """The barcode cannot be taught for this SKU; ``str()`` says why, in words.

    ``kind`` names the reason for the screen's own words: ``invalid``, ``command``,
    ``no_sku``, ``taught_for`` (``other`` is that SKU), ``other_product`` (``other`` is its
    title and SKU) or ``order_number``.
    """

    def __init__(self, kind: str, message: str, other: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.other = other


@dataclass(frozen=True)
class Taught:
    """A barcode now known for an SKU (``new`` False: it was taught before)."""

    barcode: str
    sku: str
    new: bool


class TeachBarcodes:
    """Teaching barcodes, and reading them back for the orders being packed."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._ctx = context
        self._clock = clock

    def teach(
        self, raw: str, line: FulfillmentLine, authorisation: Authorisation, order_name: str = ""
    ) -> Taught:
        """Store ``raw`` as a barcode of the line's SKU; refused when it names anything else."""
        try:
            code = clean_scan(raw)
        except InvalidScan as exc:
            raise TeachRefused("invalid", f"That scan cannot be a barcode ({exc.reason})") from exc
        if command_of(code) is not None:
            raise TeachRefused("command", f"{code} is a command barcode, not a product's")
        if not line.sku:
            raise TeachRefused("no_sku", f"{line.title} has no SKU to teach a barcode for")
        key = product_key(code)
        with UnitOfWork(self._factory) as uow:
            repo = TaughtBarcodeRepository(uow.session)
            earlier = repo.by_key(key)
            if earlier is not None:
                if earlier.sku == line.sku:
                    return Taught(code, line.sku, new=False)
                raise TeachRefused(
                    "taught_for", f"{code} was taught for {earlier.sku} already", earlier.sku
                )
            other = repo.product_with_key(key)
            if other is not None and other.sku != line.sku:
                named = f"{other.title} ({other.sku})"
                raise TeachRefused("other_product", f"{code} is the barcode of {named}", named)
            if uow.orders.find_by_name(code):
                raise TeachRefused("order_number", f"{code} is an order number")
            now = self._clock()
            repo.add(
                TaughtBarcodeRow(
                    barcode=code,
                    barcode_key=key,
                    sku=line.sku,
                    taught_by=authorisation.lead,
                    station=self._ctx.station,
                    taught_at=now,
                )
            )
            if other is None:  # a wrong-item scan elsewhere names the product
                uow.session.add(
                    ProductRow(
                        sku=line.sku,
                        barcode=code,
                        barcode_key=key,
                        title=line.title,
                        variant_title=line.variant_title,
                    )
                )
            detail: dict[str, object] = {
                "barcode": code,
                "sku": line.sku,
                "title": line.title,
                "lead": authorisation.lead,
                "reason": authorisation.reason,
            }
            record_audit(uow, self._ctx, now, "barcode.taught", order_name or line.sku, detail)
            uow.commit()
        return Taught(code, line.sku, new=True)

    def known(self, skus: list[str]) -> dict[str, list[str]]:
        """The taught barcodes of these SKUs."""
        with UnitOfWork(self._factory) as uow:
            return TaughtBarcodeRepository(uow.session).for_skus(skus)


def with_taught_barcodes(uow: UnitOfWork, order: FulfillmentOrder) -> FulfillmentOrder:
    """The order with each line's taught barcodes among its alternate barcodes."""
    taught = TaughtBarcodeRepository(uow.session).for_skus(line.sku for line in order.lines)
    if not taught:
        return order
    lines = tuple(
        replace(line, alt_barcodes=tuple(dict.fromkeys((*line.alt_barcodes, *taught[line.sku]))))
        if line.sku in taught
        else line
        for line in order.lines
    )
    return replace(order, lines=lines)
