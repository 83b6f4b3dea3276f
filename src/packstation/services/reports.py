"""End-of-shift reports and the carrier manifest, built from the database (off the GUI thread)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.orm import Session, sessionmaker

from packstation.i18n import Translator, translator_for
from packstation.services.audit_anchor import log_audit_head
from packstation.services.figures import FiguresService
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class ReportService:
    """Renders the shift report (PDF or CSV) and a day's manifest (PDF)."""

    def __init__(
        self,
        read_factory: sessionmaker[Session],
        figures: FiguresService,
        *,
        station_name: str,
        sender_name: str,
        clock: Clock = utcnow,
        tr: Translator | None = None,
    ) -> None:
        self._reads = read_factory
        self._figures = figures
        self._station = station_name
        self._sender = sender_name
        self._clock = clock
        self._tr = tr or translator_for("en")  # the station's language: the warehouse reads these

    def shift_report(self, hours: float, kind: str) -> tuple[bytes, int]:
        """The last ``hours`` as "pdf" or "csv"; returns the bytes and the shipment count."""
        # reportlab, imported when a report is made (not by every command that starts)
        from packstation.reports.shift_report import shift_csv, shift_pdf

        end = self._clock().astimezone(UTC)
        start = end - timedelta(hours=hours)
        with UnitOfWork(self._reads) as uow:
            shipments = uow.shipments.between(start, end)
        # The chain's head goes in the log and on paper: anchors a database edit cannot reach.
        head = log_audit_head(self._reads, "shift report")
        if kind == "csv":
            return shift_csv(shipments, tr=self._tr), len(shipments)
        figures = self._figures.shift(start, end)
        pdf = shift_pdf(figures, shipments, self._station, tr=self._tr, audit_head=head)
        return pdf, len(shipments)

    def manifest(self, day: date | None = None, carrier: str = "") -> tuple[bytes, int]:
        """The manifest of one local day (default: today), optionally for one carrier."""
        from packstation.reports.manifest import manifest_pdf

        # reportlab, imported when a report is made (not by every command that starts)

        day = day or self._clock().astimezone().date()
        start = datetime.combine(day, time.min).astimezone()
        with UnitOfWork(self._reads) as uow:
            shipments = uow.shipments.between(start, start + timedelta(days=1), carrier)
        return manifest_pdf(shipments, day, self._sender, tr=self._tr), len(shipments)
