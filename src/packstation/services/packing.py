"""Packing use cases: scan, confirm, undo (opening in opening.py, completing in completing.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.barcodes import InvalidScan, clean_scan
from packstation.domain.gs1 import Gs1Error
from packstation.domain.packing import Count, ScanResult
from packstation.domain.scan_input import interpret
from packstation.i18n.said import said, words_of
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.booking import (
    CarrierBookings,
)
from packstation.services.boxes import BoxService
from packstation.services.claiming import Resumption as Resumption
from packstation.services.claims import DEFAULT_CLAIM_EXPIRY_SECONDS
from packstation.services.completing import CompletingMixin
from packstation.services.context import StationContext
from packstation.services.expired_items import ExpiredItem, expired_item_to_approve
from packstation.services.opening import PendingClaim as PendingClaim
from packstation.services.pack_records import DOCUMENTS as DOCUMENTS
from packstation.services.pack_records import NO_CARRIER_NAMES as NO_CARRIER_NAMES
from packstation.services.pack_records import Completion as Completion
from packstation.services.pack_records import DocumentJobs as DocumentJobs
from packstation.services.pack_records import HandConfirmation as HandConfirmation
from packstation.services.pack_records import OpenOrder as OpenOrder
from packstation.services.pack_records import ScanRecord as ScanRecord
from packstation.services.pack_records import StoredCatalogue as StoredCatalogue
from packstation.services.pack_records import new_tracking_number as new_tracking_number
from packstation.services.refusals import ClaimedElsewhere as ClaimedElsewhere
from packstation.services.refusals import ClaimLost as ClaimLost
from packstation.services.refusals import OrderChangedInShop as OrderChangedInShop
from packstation.services.refusals import OrderNotFound as OrderNotFound
from packstation.services.refusals import PackingRefused as PackingRefused
from packstation.services.weight_check import WeightService
from packstation.shop.base import (
    ShopConnector,
)
from packstation.storage.models import (
    ScanEventRow,
)
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class PackingService(CompletingMixin):
    """Open, verify and complete orders at one station."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        connector: ShopConnector,
        context: StationContext,
        *,
        carrier: str = "Demo Post",
        clock: Clock = utcnow,
        read_factory: sessionmaker[Session] | None = None,
        documents: DocumentJobs | None = None,
        bookings: CarrierBookings | None = None,
        on_opened: Callable[[], None] | None = None,
        claim_expiry_seconds: float = DEFAULT_CLAIM_EXPIRY_SECONDS,
        boxes: BoxService | None = None,
        weights: WeightService | None = None,
    ) -> None:
        self._factory = session_factory
        self._claim_expiry = claim_expiry_seconds
        # Called when a packer starts an order: its progress report is waiting to be sent.
        self._on_opened = on_opened
        self._reads = read_factory or session_factory
        self._documents = documents
        self._bookings = bookings
        self._connector = connector
        self._ctx = context
        self._carrier = carrier
        self._clock = clock
        self._catalogue = StoredCatalogue(self._reads)
        self.boxes = boxes or BoxService(session_factory, context, clock=clock)
        self.weights = weights or WeightService(
            session_factory, context, clock=clock, read_factory=self._reads
        )

    def use_connector(self, connector: ShopConnector) -> None:
        """Talk to another shop from now on."""
        self._connector = connector

    def is_order_number(self, code: str) -> bool:
        """Whether a scan names an order the station knows (a packing-slip scan)."""
        with UnitOfWork(self._reads) as uow:
            return uow.orders.name_known(code)

    def resume_active(self) -> OpenOrder | None:
        """The order that was on the bench when the station stopped, with its scans."""
        return self.resume().open_order

    def verify(
        self, open_order: OpenOrder, raw: str, quantity: int = 1, *, scanner: str = ""
    ) -> tuple[ScanResult | None, ScanRecord]:
        """Match a scan in memory; returns the result (None for garbage) and the record to save.

        AIM identifiers are stripped and GS1 codes matched by their GTIN; symbology, lot,
        expiry and serial are kept with the scan.
        """
        try:
            scan = interpret(clean_scan(raw))
        except (InvalidScan, Gs1Error) as exc:
            printable = "".join(ch if ch.isprintable() else "?" for ch in raw[:255])
            record = self._make_record(open_order, "scan", printable, "invalid", None, quantity)
            reason = exc.reason if isinstance(exc, InvalidScan) else words_of(exc)
            return None, replace(record, scanner=scanner, problem=reason)
        gs1 = scan.gs1
        awaiting_serial = open_order.session.awaiting_serial is not None
        result = open_order.session.scan(
            scan.code if awaiting_serial else scan.match_code,
            quantity,
            serial=(gs1.serial or "") if gs1 else "",
        )
        line_id = result.line.line_id if result.line else None
        record = self._make_record(
            open_order,
            "serial" if awaiting_serial else "scan",
            scan.code,
            result.outcome.value,
            line_id,
            result.quantity,
        )
        expiry = gs1.expiry if gs1 is not None else None
        return result, replace(
            record,
            symbology=scan.symbology.identifier if scan.symbology else "",
            lot=(gs1.lot or "") if gs1 else "",
            expiry=expiry.isoformat() if expiry else "",
            serial=result.serial or ((gs1.serial or "") if gs1 else ""),
            scanner=scanner,
        )

    def expired_item(
        self, open_order: OpenOrder, raw: str, quantity: int = 1
    ) -> ExpiredItem | None:
        """The line and expiry warning of a scan that would count an item past its AI 17 date (the
        station's ``expired_needs_lead`` asks a lead first); None for any other scan."""
        today = self._clock().astimezone().date()
        return expired_item_to_approve(open_order.session, raw, quantity, today, self._catalogue)

    def save(self, record: ScanRecord) -> None:
        """Write a scan record, and its audit entry, in its own transaction."""
        with UnitOfWork(self._factory) as uow:
            self._add_event(uow, record)
            uow.commit()

    def _add_event(self, uow: UnitOfWork, record: ScanRecord) -> None:
        """The scan event and its audit entry (every scan is in the tamper-evident chain)."""
        detail: dict[str, object] = {
            "kind": record.kind,
            "code": record.code,
            "outcome": record.outcome,
            "quantity": record.quantity,
            "session_id": record.session_id,
        }
        for key in ("line_id", "scanner", "serial", "lot", "problem"):
            if value := getattr(record, key):
                detail[key] = value
        record_audit(
            uow,
            self._ctx,
            record.at,
            f"scan.{record.kind}",
            record.order_name,
            detail,
            user=record.user,
        )
        uow.sessions.add_event(
            ScanEventRow(
                session_id=record.session_id,
                fulfillment_order_id=record.fulfillment_order_id,
                kind=record.kind,
                code=record.code,
                outcome=record.outcome,
                line_id=record.line_id,
                quantity=record.quantity,
                symbology=record.symbology,
                lot=record.lot,
                expiry=record.expiry,
                serial=record.serial,
                scanner=record.scanner,
                station=self._ctx.station,
                user=record.user,
                at=record.at,
            )
        )

    def reload(self, open_order: OpenOrder) -> OpenOrder:
        """The order's session as stored (after a write failed, the screen must match the disk)."""
        with UnitOfWork(self._factory) as uow:
            row = uow.sessions.get(open_order.session_id)
            if row is None:  # its claim never reached the database
                raise PackingRefused(
                    said(
                        "Claims",
                        "{order} is no longer claimed by this bench",
                        order=open_order.order.order_name,
                    )
                )
            return self._load(uow, row, resumed=True)

    def scan(self, open_order: OpenOrder, raw: str, quantity: int = 1) -> ScanResult:
        """Verify one scan and save it at once; raises InvalidScan for garbage (also saved)."""
        result, record = self.verify(open_order, raw, quantity)
        try:
            self.save(record)
        except Exception:
            if result is not None and result.outcome.counted:
                open_order.session.undo()
            raise
        if result is None:
            raise InvalidScan(said("Scanning", "unreadable"))
        return result

    def confirm_by_hand(
        self, open_order: OpenOrder, line_id: str, authorisation: Authorisation
    ) -> ScanResult:
        """A lead confirms one unit whose barcode will not scan: saved, audited, an exception."""
        result, confirmation = self.confirm_in_memory(open_order, line_id, authorisation)
        if confirmation is not None:
            try:
                self.save_confirmation(confirmation)
            except Exception:
                open_order.session.undo()
                raise
        return result

    def confirm_in_memory(
        self, open_order: OpenOrder, line_id: str, authorisation: Authorisation
    ) -> tuple[ScanResult, HandConfirmation | None]:
        """Count the unit at once (the screen shows it); the confirmation is saved after."""
        result = open_order.session.confirm(line_id)
        if not result.outcome.counted:
            return result, None
        line = result.line
        assert line is not None
        record = self._make_record(
            open_order, "override", result.code, result.outcome.value, line_id, 1
        )
        detail: dict[str, object] = {
            "line_id": line_id,
            "sku": line.sku,
            "title": line.title,
            "lead": authorisation.lead,
            "reason": authorisation.reason,
        }
        return result, HandConfirmation(record, open_order.order, detail)

    def save_confirmation(self, confirmation: HandConfirmation) -> None:
        """Write a hand confirmation: the scan event, its audit entries and the exception."""
        record, order = confirmation.record, confirmation.order
        with UnitOfWork(self._factory) as uow:
            self._add_event(uow, record)
            self._audit(uow, "pack.override", order.order_name, confirmation.detail)
            self._raise_exception(uow, "override", order, confirmation.detail, record.at)
            uow.commit()

    def undo_in_memory(self, open_order: OpenOrder) -> tuple[Count, ScanRecord] | None:
        """Take back the last counted scan; returns it and the undo record to save."""
        count = open_order.session.undo()
        if count is None:
            return None
        record = self._make_record(open_order, "undo", "", "undone", count.line_id, count.quantity)
        return count, record

    def undo(self, open_order: OpenOrder) -> Count | None:
        """Take back the last counted scan and save the undo at once."""
        undone = self.undo_in_memory(open_order)
        if undone is None:
            return None
        count, record = undone
        try:
            self.save(record)
        except Exception:
            open_order.session.apply(count)
            raise
        return count

    def _make_record(
        self,
        open_order: OpenOrder,
        kind: str,
        code: str,
        outcome: str,
        line_id: str | None,
        quantity: int,
    ) -> ScanRecord:
        return ScanRecord(
            session_id=open_order.session_id,
            fulfillment_order_id=open_order.order.fulfillment_order_id,
            order_name=open_order.order.order_name,
            user=self._ctx.user,
            kind=kind,
            code=code,
            outcome=outcome,
            line_id=line_id,
            quantity=quantity,
            at=self._clock(),
        )

    def _audit(self, uow: UnitOfWork, action: str, subject: str, detail: dict[str, object]) -> None:
        record_audit(uow, self._ctx, self._clock(), action, subject, detail)
