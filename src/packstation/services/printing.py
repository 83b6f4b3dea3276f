"""Printing a shipment's documents: render, send to the printer, record the outcome."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from packstation.devices.printer.base import PrintDocument, Printer, PrinterError, PrintReceipt
from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.labels.png import shipping_label_png
from packstation.labels.slip import packing_slip_pdf
from packstation.labels.zpl import shipping_label_zpl
from packstation.services.context import StationContext
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a shipment's documents."""

    shipment: Shipment
    receipts: tuple[PrintReceipt, ...]
    preview_png: bytes
    error: str = ""

    @property
    def ok(self) -> bool:
        """Whether every document reached the printer."""
        return not self.error


class PrintService:
    """Renders and prints shipping labels (ZPL) and packing slips (PDF)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        printer: Printer,
        context: StationContext,
        *,
        sender: Address,
        label_dpi: int = 203,
        paper: str = "A4",
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self.printer = printer
        self._ctx = context
        self._sender = sender
        self._dpi = label_dpi
        self._paper = paper
        self._clock = clock

    def documents(self, shipment: Shipment) -> list[PrintDocument]:
        """The label and the slip of a shipment."""
        stem = f"{shipment.order_name.lstrip('#')}-{shipment.tracking_number}"
        return [
            PrintDocument(
                name=f"{stem}-label",
                kind="label",
                content_type="zpl",
                data=shipping_label_zpl(shipment, self._sender, self._dpi),
            ),
            PrintDocument(
                name=f"{stem}-slip",
                kind="slip",
                content_type="pdf",
                data=packing_slip_pdf(shipment, self._sender, self._paper),
            ),
        ]

    def preview(self, shipment: Shipment) -> bytes:
        """PNG preview of the first package's label."""
        return shipping_label_png(shipment, self._sender)

    def print_shipment(self, shipment: Shipment, *, reprint_reason: str = "") -> PrintOutcome:
        """Print label and slip; a printer failure is returned, not raised, and audited."""
        receipts: list[PrintReceipt] = []
        error = ""
        for document in self.documents(shipment):
            try:
                receipts.append(self.printer.send(document))
            except PrinterError as exc:
                error = str(exc)
                break
        action = "print.reprint" if reprint_reason else "print.done"
        with UnitOfWork(self._factory) as uow:
            uow.audit.record(
                at=self._clock(),
                station=self._ctx.station,
                user=self._ctx.user,
                action="print.failed" if error else action,
                subject=shipment.order_name,
                detail={
                    "shipment_id": shipment.shipment_id,
                    "printer": self.printer.name,
                    "documents": [r.location for r in receipts],
                    "error": error,
                    "reason": reprint_reason,
                },
            )
            uow.commit()
        return PrintOutcome(shipment, tuple(receipts), self.preview(shipment), error)

    def latest_shipment(self, order_name: str) -> Shipment | None:
        """The newest shipment of an order, for reprints."""
        with UnitOfWork(self._factory) as uow:
            return uow.shipments.latest_for_order(order_name)
