"""The durable print queue: render a shipment's documents, send them, never print twice silently.

Rules (docs/printing.md): jobs are rows, created in the completion's transaction. A job is marked
``sending`` before its bytes go out. A failure before any byte left is retried with back-off. A
failure part-way, or a job found ``sending`` after a restart, becomes ``uncertain``: it is never
retried by itself; a person checks the printer and either marks it printed or reprints it, and
a reprint says REPRINT on the label.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from packstation.devices.printer.base import PrintDocument, Printer, PrinterError
from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import DocumentLanguages, SlipLanguage
from packstation.labels.layout import LabelTemplate
from packstation.labels.slip_zpl import packing_slip_zpl
from packstation.labels.zpl import shipping_label_zpl
from packstation.services.audit import record_audit
from packstation.services.claims import StationPresence
from packstation.services.context import StationContext
from packstation.storage.db import StorageError
from packstation.storage.models import PrintJobRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow
from packstation.sync.policy import BackoffPolicy

log = logging.getLogger("packstation.printing")


class PrintQueueError(Exception):
    """A print-queue action that cannot be done (say, retrying an uncertain job)."""


@dataclass(frozen=True)
class PrintJobView:
    """A job as the packer and the shift lead see it."""

    job_id: int
    shipment_id: str
    order_name: str
    kind: str
    printer: str
    state: str
    attempts: int
    last_error: str
    reason: str
    created_at: datetime
    is_reprint: bool


@dataclass
class LabelRun:
    """What asking for a batch's labels did."""

    queued: int = 0
    already_printed: int = 0
    to_check: int = 0  # an uncertain send: the packer looks at the printer first


@dataclass(frozen=True)
class PrintOutcome:
    """A shipment's documents and how far they got; ``ok`` only when the printers took them."""

    shipment: Shipment
    jobs: tuple[PrintJobView, ...]
    preview_png: bytes

    @property
    def ok(self) -> bool:
        """Whether every document of the shipment was printed."""
        return bool(self.jobs) and all(job.state == "done" for job in self.jobs)

    @property
    def problem(self) -> str:
        """The first problem of an unprinted document, in words."""
        return next((job.last_error for job in self.jobs if job.state != "done"), "")


@dataclass(frozen=True)
class PrintRun:
    """What one pass over the queue did."""

    done: tuple[int, ...] = ()
    waiting: tuple[tuple[int, str], ...] = ()
    uncertain: tuple[tuple[int, str], ...] = ()


def _view(row: PrintJobRow) -> PrintJobView:
    return PrintJobView(
        job_id=row.id,
        shipment_id=row.shipment_id,
        order_name=row.order_name,
        kind=row.kind,
        printer=row.printer,
        state=row.state,
        attempts=row.attempts,
        last_error=row.last_error,
        reason=row.reason,
        created_at=row.created_at,
        is_reprint=row.reprint_of is not None,
    )


class PrintService:
    """Renders shipping labels (ZPL) and packing slips (PDF) and runs the durable queue."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        printers: Mapping[str, Printer],
        context: StationContext,
        *,
        sender: Address,
        label_dpi: int = 203,
        paper: str = "A4",
        clock: Clock = utcnow,
        policy: BackoffPolicy | None = None,
        template: LabelTemplate | None = None,
        slip_format: str = "pdf",
        logo: Path | None = None,
        languages: DocumentLanguages | None = None,
        presence: StationPresence | None = None,
    ) -> None:
        self._factory = session_factory
        # Who this process is: jobs it takes for sending carry its token, so a restart (or
        # another station) can tell a job a dead process left behind from one still printing.
        self._presence = presence or StationPresence(session_factory, context, clock=clock)
        self.printers = dict(printers)
        self._ctx = context
        self._sender = sender
        self._dpi = label_dpi
        self._paper = paper
        self._clock = clock
        self._policy = policy or BackoffPolicy(base_seconds=5, cap_seconds=120)
        self._rng = random.Random()
        self.template = template
        self._slip_format = slip_format
        self._logo = logo
        self.languages = languages or DocumentLanguages()  # English unless the station says

    # -- documents ----------------------------------------------------------------------------

    def documents(self, shipment: Shipment, *, reprint: bool = False) -> list[PrintDocument]:
        """The label and the slip of a shipment."""
        stem = f"{shipment.order_name.lstrip('#')}-{shipment.tracking_number}"
        suffix = "-reprint" if reprint else ""
        label = shipping_label_zpl(
            shipment,
            self._sender,
            self._dpi,
            reprint=reprint,
            template=self.template,
            tr=self.languages.warehouse,
        )
        words = self.languages.slip(shipment.recipient.country_code, shipment.customer_locale)
        if self._slip_format == "zpl":
            slip = PrintDocument(
                f"{stem}-slip{suffix}",
                "slip",
                "zpl",
                packing_slip_zpl(
                    shipment,
                    self._sender,
                    self._dpi,
                    logo=self._logo,
                    language=words,
                    reprint=reprint,
                ),
            )
        else:
            from packstation.labels.slip import packing_slip_pdf  # reportlab, when a PDF is made

            pdf = packing_slip_pdf(
                shipment,
                self._sender,
                self._paper,
                logo=self._logo,
                language=words,
                reprint=reprint,
            )
            slip = PrintDocument(f"{stem}-slip{suffix}", "slip", "pdf", pdf)
        return [PrintDocument(f"{stem}-label{suffix}", "label", "zpl", label), slip]

    def slips_document(self, shipments: Sequence[Shipment], name: str) -> PrintDocument:
        """Packing slips of many orders as one document (one job: nothing interleaves)."""

        def words(shipment: Shipment) -> SlipLanguage:
            return self.languages.slip(shipment.recipient.country_code, shipment.customer_locale)

        if self._slip_format == "zpl":
            data = b"".join(
                packing_slip_zpl(s, self._sender, self._dpi, logo=self._logo, language=words(s))
                for s in shipments
            )
            return PrintDocument(name, "slip", "zpl", data)
        from packstation.labels.slip import packing_slips_pdf

        pdf = packing_slips_pdf(
            shipments, self._sender, self._paper, logo=self._logo, title=name, languages=words
        )
        return PrintDocument(name, "slip", "pdf", pdf)

    def pages_print_pdf(self) -> bool:
        """Whether the slip printer takes PDF pages (a pick list needs a page printer)."""
        return self._slip_format != "zpl"

    def send_now(self, document: PrintDocument, subject: str, detail: dict[str, object]) -> None:
        """Send a document at once, outside the durable queue (call on the printer worker).

        For documents that can simply be printed again (a batch's slips or pick list); raises
        PrinterError with the printer's problem in words.
        """
        self.printer_for(document.kind).send(document)
        with UnitOfWork(self._factory) as uow:
            self._audit(uow, "print.sent", subject, {"document": document.name, **detail})
            uow.commit()

    def queue_missing_labels(self, shipment_ids: Sequence[str]) -> LabelRun:
        """Labels for verified orders that have none printed yet; a printed label is never
        printed again here (that is a reprint, and needs a lead)."""
        run = LabelRun()
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            for shipment_id in shipment_ids:
                labels = [j for j in uow.print_jobs.for_shipment(shipment_id) if j.kind == "label"]
                states = {job.state for job in labels}
                if "done" in states:
                    run.already_printed += 1
                elif "uncertain" in states:
                    run.to_check += 1
                elif states & {"queued", "sending"}:
                    for job in labels:
                        if job.state == "queued":
                            job.next_attempt_at = now
                    run.queued += 1
                else:
                    shipment = uow.shipments.get(shipment_id)
                    assert shipment is not None
                    label, _slip = self.documents(shipment)
                    self._queue(
                        uow, shipment_id, shipment.order_name, label, reprint_of=None, reason=""
                    )
                    run.queued += 1
            self._audit(uow, "print.batch_labels", "", {"queued": run.queued})
            uow.commit()
        return run

    def preview(self, shipment: Shipment) -> bytes:
        """PNG preview of the first package's label."""
        from packstation.labels.png import shipping_label_png  # pillow, when a preview is drawn

        return shipping_label_png(
            shipment, self._sender, template=self.template, tr=self.languages.warehouse
        )

    def printer_for(self, kind: str) -> Printer:
        """The printer of a document kind ("label" or "slip")."""
        return self.printers[kind]

    # -- queueing -----------------------------------------------------------------------------

    def add_jobs(
        self,
        uow: UnitOfWork,
        shipment: Shipment,
        *,
        reason: str = "",
        reprint_of: Mapping[str, int] | None = None,
        kinds: tuple[str, ...] = ("label", "slip"),
    ) -> None:
        """Queue the shipment's documents inside the caller's transaction (with a carrier the
        slip only: the carrier's own label comes with its booking)."""
        for document in self.documents(shipment, reprint=reprint_of is not None):
            if document.kind not in kinds:
                continue
            self._queue(
                uow,
                shipment.shipment_id,
                shipment.order_name,
                document,
                reprint_of=(reprint_of or {}).get(document.kind),
                reason=reason,
            )

    def queue_reprint(self, order_name: str, reason: str, *, lead: str = "") -> int:
        """Queue the newest shipment's documents again, marked REPRINT; returns jobs queued."""
        if not reason.strip():
            raise PrintQueueError("A reprint needs a reason")
        with UnitOfWork(self._factory) as uow:
            shipment = uow.shipments.latest_for_order(order_name)
            if shipment is None:
                raise PrintQueueError(f"Order {order_name} has no shipment to reprint")
            previous = {
                row.kind: row.id for row in uow.print_jobs.for_shipment(shipment.shipment_id)
            }
            booking = uow.bookings.for_shipment(shipment.shipment_id)
            carrier_label = booking is not None and booking.state == "done" and bool(booking.label)
            kinds = ("slip",) if booking is not None else ("label", "slip")
            self.add_jobs(uow, shipment, reason=reason.strip(), reprint_of=previous, kinds=kinds)
            if booking is not None and carrier_label:
                # the carrier's own label bytes again, exactly as the carrier made them
                label = PrintDocument(
                    f"{shipment.order_name.lstrip('#')}-label-reprint",
                    "label",
                    booking.label_format or "zpl",
                    booking.label,
                )
                self._queue(
                    uow,
                    shipment.shipment_id,
                    shipment.order_name,
                    label,
                    reprint_of=previous.get("label"),
                    reason=reason.strip(),
                )
            detail: dict[str, object] = {"reason": reason.strip()}
            if booking is not None:
                detail["carrier_label"] = carrier_label
            if lead:
                detail["lead"] = lead
            self._audit(uow, "print.reprint", shipment.order_name, detail)
            uow.commit()
        return 2 if booking is None or carrier_label else 1

    # -- processing ---------------------------------------------------------------------------

    def recover(self) -> int:
        """This station's jobs left ``sending`` by a process that has stopped may have printed;
        they become uncertain. Jobs of other stations, and of live processes, are not touched.
        """
        with UnitOfWork(self._factory) as uow:
            rows = [
                row
                for row in uow.print_jobs.in_state("sending", station=self._ctx.station)
                if self._presence.sender_is_dead(uow, row.sender)
            ]
            for row in rows:
                row.state = "uncertain"
                row.last_error = "Packstation stopped while this job was being sent"
                self._audit(uow, "print.uncertain", row.order_name, {"job_id": row.id})
                self._raise_print_failed(uow, row)
            uow.commit()
            return len(rows)

    def process_due(self) -> PrintRun:
        """Send every due job; a printer that fails is not tried again in this pass."""
        with UnitOfWork(self._factory) as uow:
            due = uow.print_jobs.due(self._clock(), self._ctx.station)
            jobs = [(row.id, row.kind) for row in due]
        done: list[int] = []
        waiting: list[tuple[int, str]] = []
        uncertain: list[tuple[int, str]] = []
        broken: set[str] = set()
        for job_id, kind in jobs:
            printer = self.printer_for(kind)
            if printer.name in broken:  # stays queued; no second failure for the same cause
                continue
            document = self._start(job_id)
            if document is None:  # another process of this station took it first
                continue
            try:
                printer.send(document)
            except PrinterError as exc:
                broken.add(printer.name)
                if exc.uncertain:
                    self._finish(job_id, "uncertain", str(exc), "print.uncertain")
                    uncertain.append((job_id, str(exc)))
                else:
                    self._requeue(job_id, str(exc))
                    waiting.append((job_id, str(exc)))
                continue
            self._finish(job_id, "done", "", "print.done")
            done.append(job_id)
        return PrintRun(tuple(done), tuple(waiting), tuple(uncertain))

    def retry_now(self) -> str:
        """Make every waiting job due now (the packer fixed the printer and pressed Retry).

        Returns words when the jobs cannot be reached (a full disk, a lost database), else "".
        """
        try:
            with UnitOfWork(self._factory) as uow:
                for row in uow.print_jobs.in_state("queued", station=self._ctx.station):
                    row.next_attempt_at = self._clock()
                uow.commit()
        except StorageError as exc:
            log.warning("retry printing: %s", exc)
            return f"Cannot retry printing: {exc}"
        return ""

    def resolve_uncertain(self, job_id: int, *, printed: bool, reason: str = "") -> None:
        """A person checked the printer: it printed (done), or it did not (queue a REPRINT)."""
        with UnitOfWork(self._factory) as uow:
            row = uow.print_jobs.get(job_id)
            if row is None or row.state != "uncertain":
                raise PrintQueueError("Only an uncertain job can be resolved")
            row.state = "done" if printed else "cancelled"
            row.done_at = self._clock()
            action = "print.confirmed" if printed else "print.not_printed"
            self._audit(uow, action, row.order_name, {"job_id": job_id, "reason": reason})
            if not printed:
                shipment = uow.shipments.get(row.shipment_id)
                assert shipment is not None
                label, slip = self.documents(shipment, reprint=True)
                document = label if row.kind == "label" else slip
                self._queue(
                    uow,
                    row.shipment_id,
                    row.order_name,
                    document,
                    reprint_of=row.id,
                    reason=reason or "not printed after an uncertain send",
                )
            uow.commit()

    def jobs(self, limit: int = 100) -> list[PrintJobView]:
        """This station's newest jobs, for the print-queue panel."""
        with UnitOfWork(self._factory) as uow:
            return [_view(row) for row in uow.print_jobs.recent(limit, station=self._ctx.station)]

    def outcome(self, shipment: Shipment) -> PrintOutcome:
        """Where a shipment's newest documents are, with the label preview."""
        newest: dict[str, PrintJobView] = {}
        for job in self.shipment_jobs(shipment.shipment_id):
            newest[job.kind] = job
        return PrintOutcome(shipment, tuple(newest.values()), self.preview(shipment))

    def shipment_jobs(self, shipment_id: str) -> list[PrintJobView]:
        """Every job of a shipment."""
        with UnitOfWork(self._factory) as uow:
            return [_view(row) for row in uow.print_jobs.for_shipment(shipment_id)]

    def latest_shipment(self, order_name: str) -> Shipment | None:
        """The newest shipment of an order, for reprints."""
        with UnitOfWork(self._factory) as uow:
            return uow.shipments.latest_for_order(order_name)

    # -- internals ----------------------------------------------------------------------------

    def _start(self, job_id: int) -> PrintDocument | None:
        """Take a job for sending if it is still waiting; None when someone else has it."""
        with UnitOfWork(self._factory) as uow:
            if not uow.print_jobs.take_for_sending(job_id, self._presence.identity.token):
                return None
            uow.processes.beat(self._presence.identity.token, self._clock())
            row = uow.print_jobs.get(job_id)
            assert row is not None
            document = PrintDocument(row.name, row.kind, row.content_type, row.data)
            uow.commit()
            return document

    def _change(self, job_id: int, change: Callable[[UnitOfWork, PrintJobRow], str | None]) -> None:
        with UnitOfWork(self._factory) as uow:
            row = uow.print_jobs.get(job_id)
            assert row is not None
            action = change(uow, row)
            if action in ("print.failed", "print.uncertain"):
                self._raise_print_failed(uow, row)
            if action:
                self._audit(
                    uow,
                    action,
                    row.order_name,
                    {
                        "job_id": job_id,
                        "kind": row.kind,
                        "printer": row.printer,
                        "error": row.last_error,
                    },
                )
            uow.commit()

    def _raise_print_failed(self, uow: UnitOfWork, row: PrintJobRow) -> None:
        """The shift lead hears of a printer problem once per order, until resolved."""
        shipment = uow.shipments.row(row.shipment_id)
        what = "may not have printed" if row.state == "uncertain" else "did not print"
        uow.exceptions.raise_exception(
            "print_failed",
            fulfillment_order_id=shipment.fulfillment_order_id if shipment else "",
            order_name=row.order_name,
            detail={
                "reason": f"The {row.kind} {what} on {row.printer}: {row.last_error}",
                "job_id": row.id,
            },
            station=self._ctx.station,
            raised_by=self._ctx.user,
            at=self._clock(),
        )

    def _finish(self, job_id: int, state: str, error: str, action: str) -> None:
        def change(_uow: UnitOfWork, row: PrintJobRow) -> str:
            row.state, row.last_error = state, error
            if state == "done":
                row.done_at = self._clock()
            return action

        self._change(job_id, change)

    def _requeue(self, job_id: int, error: str) -> None:
        def change(_uow: UnitOfWork, row: PrintJobRow) -> str:
            row.state, row.last_error = "queued", error
            delay = self._policy.delay(row.attempts, self._rng)
            row.next_attempt_at = self._clock() + timedelta(seconds=delay)
            return "print.failed"

        self._change(job_id, change)

    def _queue(
        self,
        uow: UnitOfWork,
        shipment_id: str,
        order_name: str,
        document: PrintDocument,
        *,
        reprint_of: int | None,
        reason: str,
    ) -> None:
        """Add one queued job for a document, on the printer of its kind."""
        now = self._clock()
        uow.print_jobs.add(
            PrintJobRow(
                shipment_id=shipment_id,
                order_name=order_name,
                kind=document.kind,
                content_type=document.content_type,
                name=document.name,
                data=document.data,
                printer=self.printer_for(document.kind).name,
                state="queued",
                attempts=0,
                next_attempt_at=now,
                last_error="",
                reprint_of=reprint_of,
                reason=reason,
                station=self._ctx.station,
                user=self._ctx.user,
                created_at=now,
            )
        )

    def _audit(self, uow: UnitOfWork, action: str, subject: str, detail: dict[str, object]) -> None:
        record_audit(uow, self._ctx, self._clock(), action, subject, detail)
