"""Labels to print: boxes that left their bench with a LABEL PENDING slip.

When the carrier booking of such a box is made, its label is queued on the bench that packed
it. Scanning the slip's order barcode at any bench moves that one queued label to this bench,
in one conditional update, so it prints once, here. A label printed already is never printed
again by a scan (that is a reprint, F8).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.services.audit import record_audit
from packstation.services.context import StationContext
from packstation.storage.models import BookingRow, PrintJobRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow

WAITING, PRINTING, PRINTED, BUSY, GONE = "waiting", "printing", "printed", "busy", "gone"


@dataclass(frozen=True)
class LabelToPrint:
    """A box whose carrier label has not printed yet."""

    order_name: str
    shipment_id: str
    packed_at: str  # the bench that packed it
    since: datetime
    booked: bool  # the carrier booked it: the label waits for a printer or a scan
    words: str  # why it waits (the carrier's or printer's last words)


@dataclass(frozen=True)
class SlipScan:
    """What scanning a LABEL PENDING slip did: ``printing`` (here, now), ``waiting`` (not
    booked yet), ``printed`` (already, somewhere), ``busy`` (a printer is sending it now)
    or ``gone`` (voided or refused); ``station`` is the bench concerned."""

    state: str
    order_name: str
    station: str = ""
    words: str = ""


def _carrier_label(job: PrintJobRow) -> bool:
    """The carrier's label of a booked box (queued by sync, or again by a slip scan)."""
    return job.kind == "label" and job.name == f"{job.order_name.lstrip('#')}-label"


class PendingLabels:
    """The LABEL PENDING boxes of every bench, and printing one at the bench that scans it."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        context: StationContext,
        *,
        read_factory: sessionmaker[Session] | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self._factory = session_factory
        self._reads = read_factory or session_factory
        self._ctx = context
        self._clock = clock

    def labels_to_print(self, limit: int = 200) -> list[LabelToPrint]:
        """Boxes with a LABEL PENDING slip whose carrier label has not printed, oldest first."""
        with UnitOfWork(self._reads) as uow:
            rows = uow.session.scalars(
                select(BookingRow)
                .where(
                    BookingRow.pending_slip.is_(True),
                    BookingRow.void_requested.is_(False),
                    BookingRow.state.in_(("pending", "sending", "done")),
                )
                .order_by(BookingRow.id)
                .limit(limit)
            ).all()
            found = []
            for row in rows:
                jobs = [
                    j for j in uow.print_jobs.for_shipment(row.shipment_id) if _carrier_label(j)
                ]
                if any(j.state == "done" for j in jobs):
                    continue
                errors = [j.last_error for j in jobs if j.last_error]
                found.append(
                    LabelToPrint(
                        order_name=row.order_name,
                        shipment_id=row.shipment_id,
                        packed_at=row.station,
                        since=row.created_at,
                        booked=row.state == "done",
                        words=(errors[-1] if errors else row.last_error),
                    )
                )
            return found

    def is_pending_slip(self, order_name: str) -> bool:
        """Whether a scanned order barcode is a LABEL PENDING slip whose label has not printed
        (a short read: the GUI thread may ask)."""
        with UnitOfWork(self._reads) as uow:
            return self._booking(uow, order_name) is not None

    def print_here(self, order_name: str) -> SlipScan:
        """A LABEL PENDING slip was scanned at this bench: print that box's label here, once."""
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            row = self._booking(uow, order_name)
            if row is None:
                return SlipScan(GONE, order_name)
            if row.state in ("pending", "sending"):
                return SlipScan(WAITING, row.order_name, row.station, row.last_error)
            if row.state != "done" or row.void_requested:
                return SlipScan(GONE, row.order_name, row.station, row.last_error)
            jobs = [j for j in uow.print_jobs.for_shipment(row.shipment_id) if _carrier_label(j)]
            printed = next((j for j in jobs if j.state == "done"), None)
            if printed is not None:
                return SlipScan(PRINTED, row.order_name, printed.station)
            sending = next((j for j in jobs if j.state in ("sending", "uncertain")), None)
            if sending is not None:
                return SlipScan(BUSY, row.order_name, sending.station)
            queued = next((j for j in jobs if j.state == "queued"), None)
            if queued is not None:
                moved = uow.session.execute(
                    update(PrintJobRow)
                    .where(PrintJobRow.id == queued.id, PrintJobRow.state == "queued")
                    .values(station=self._ctx.station, next_attempt_at=now)
                )
                if not getattr(moved, "rowcount", 0):  # its bench took it this instant
                    return SlipScan(BUSY, row.order_name, queued.station)
                from_station = queued.station
            else:  # its job was cancelled (a printer given up on): queue the label again
                from_station = ""
                uow.print_jobs.add(self._label_job(row, now))
            record_audit(
                uow,
                self._ctx,
                now,
                "print.pending_label",
                row.order_name,
                {"shipment_id": row.shipment_id, "from_station": from_station},
            )
            uow.commit()
            return SlipScan(PRINTING, row.order_name, self._ctx.station)

    @staticmethod
    def _booking(uow: UnitOfWork, order_name: str) -> BookingRow | None:
        """The newest booking of this order that had a LABEL PENDING slip and whose label
        has not printed."""
        name = order_name.strip()
        names = {name, name.lstrip("#"), "#" + name.lstrip("#")}
        rows = uow.session.scalars(
            select(BookingRow)
            .where(BookingRow.order_name.in_(names), BookingRow.pending_slip.is_(True))
            .order_by(BookingRow.id.desc())
        ).all()
        for row in rows:
            jobs = uow.print_jobs.for_shipment(row.shipment_id)
            if row.state in ("pending", "sending") or not any(
                _carrier_label(j) and j.state == "done" for j in jobs
            ):
                return row
        if not rows:
            return None
        # printed already: a second scan of the slip says where, unless the order has
        # units left to pack (then its barcode opens it as a packing slip)
        order = uow.orders.row(rows[0].fulfillment_order_id)
        return rows[0] if order is None or order.local_state == "packed" else None

    def _label_job(self, row: BookingRow, now: datetime) -> PrintJobRow:
        return PrintJobRow(
            shipment_id=row.shipment_id,
            order_name=row.order_name,
            kind="label",
            content_type=row.label_format or "zpl",
            name=f"{row.order_name.lstrip('#')}-label",
            data=row.label,
            printer="",
            state="queued",
            attempts=0,
            next_attempt_at=now,
            last_error="",
            reason="",
            station=self._ctx.station,
            user=self._ctx.user,
            created_at=now,
        )
