"""Packing use cases: open an order, scan, undo, complete. One transaction each."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.barcodes import InvalidScan, clean_scan
from packstation.domain.gs1 import Gs1Error
from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.domain.packing import Count, ScanResult
from packstation.domain.scan_input import interpret
from packstation.domain.shipments import LABEL_PENDING, Package, Shipment, build_shipment
from packstation.i18n.said import said, said_as_data, words_of
from packstation.services.audit import record_audit
from packstation.services.auth import Authorisation
from packstation.services.booking import (
    BookingPlan,
    CarrierBookings,
    PlanStopped,
    plan_without_carrier,
    unseal,
)
from packstation.services.boxes import BoxService
from packstation.services.boxes import packages as box_packages
from packstation.services.claiming import Resumption as Resumption
from packstation.services.claims import DEFAULT_CLAIM_EXPIRY_SECONDS
from packstation.services.context import StationContext
from packstation.services.expired_items import ExpiredItem, expired_item_to_approve
from packstation.services.opening import OpeningMixin
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
    FulfillmentLineQuantity,
    FulfillmentRequest,
    ShopAccessRefused,
    ShopConnector,
    ShopUnavailable,
)
from packstation.storage.models import (
    OutboxRow,
    ScanEventRow,
)
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock, utcnow


class PackingService(OpeningMixin):
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
            assert row is not None
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

    def complete(
        self,
        open_order: OpenOrder,
        partial_reason: str = "",
        authorisation: Authorisation | None = None,
    ) -> Completion:
        """Close the box: shipment, outbox message and audit in one transaction.

        When the shop can be reached, the order is re-checked first: a cancel, hold or edit
        stops the packer. Offline, the completion is queued and checked by the shop on push.
        A short shipment needs a lead's authorisation and becomes an exception.
        """
        short = not open_order.session.is_complete
        if short and authorisation is None:
            raise PackingRefused("A short shipment needs a shift lead's authorisation")
        checked = self._check_with_shop(open_order)
        now = self._clock()
        shipment_id = str(uuid.uuid4())
        shipment = build_shipment(
            open_order.session,
            shipment_id=shipment_id,
            tracking_number=new_tracking_number(shipment_id),
            carrier=self._carrier,
            created_at=now,
            partial_reason=partial_reason,
        )
        shipment = replace(shipment, packages=self._packages(open_order, shipment))
        plan = self._plan(open_order, shipment)
        books = plan is not None and plan.request is not None
        if books:  # named by the carrier, with its numbers, once booked
            shipment = replace(shipment, carrier=LABEL_PENDING)
        elif plan is not None:  # collect in store, nothing to ship: no carrier to name
            shipment = replace(shipment, carrier=NO_CARRIER_NAMES[plan.decision.action])
        request = FulfillmentRequest(
            fulfillment_order_id=shipment.fulfillment_order_id,
            lines=tuple(FulfillmentLineQuantity(s.line_id, s.quantity) for s in shipment.lines),
            tracking_number=shipment.tracking_number,
            carrier=shipment.carrier,
        )
        with UnitOfWork(self._factory) as uow:
            self._check_claim(uow, open_order)
            uow.shipments.add(shipment, open_order.session_id, self._ctx.station, self._ctx.user)
            uow.flush()  # the outbox row and print jobs reference the shipment row
            if self._documents is not None:
                # with a carrier, the station's own label never prints: the carrier's does
                slip_only = plan is not None
                self._documents.add_jobs(uow, shipment, kinds=("slip",) if slip_only else DOCUMENTS)
            if books:
                assert self._bookings is not None and plan is not None and plan.request
                self._bookings.enqueue(uow, shipment, plan.request, self._ctx.station, now)
            uow.outbox.enqueue(
                OutboxRow(
                    kind=plan.shop_message if plan is not None else "fulfillment_create",
                    shipment_id=shipment.shipment_id,
                    fulfillment_order_id=shipment.fulfillment_order_id,
                    payload=json.dumps(request.to_json(), ensure_ascii=False),
                    # with a carrier, it waits for the booking's real numbers
                    state="held" if books else "pending",
                    attempts=0,
                    next_attempt_at=now,
                    created_at=now,
                )
            )
            session_row = uow.sessions.get(open_order.session_id)
            order_row = uow.orders.row(shipment.fulfillment_order_id)
            assert session_row is not None and order_row is not None
            session_row.state = "completed"
            session_row.ended_at = now
            order_row.local_state = "packed"
            uow.claims.release(order_row.id, open_order.session_id)
            detail: dict[str, object] = {
                "shipment_id": shipment.shipment_id,
                "units": shipment.units,
                "partial_reason": shipment.partial_reason,
                "tracking_number": shipment.tracking_number,
                "checked_with_shop": checked,
            }
            if short and authorisation is not None:
                detail["lead"] = authorisation.lead
                self._raise_short_pick(uow, open_order, authorisation, now)
            self._audit(uow, "pack.completed", shipment.order_name, detail)
            uow.commit()
        if not books:
            return Completion(shipment=shipment, checked_with_shop=checked)
        return self._book_now(open_order, shipment, checked)

    def _packages(self, open_order: OpenOrder, shipment: Shipment) -> tuple[Package, ...]:
        """One package per box that holds something; the first keeps the shipment's number."""
        open_order.boxes.sync(open_order.session.history)
        filled = open_order.boxes.filled()
        if not filled:
            return shipment.packages
        numbers = [shipment.tracking_number] + [
            new_tracking_number(str(uuid.uuid4())) for _ in filled[1:]
        ]
        expected = [self.weights.expected(open_order, box) for box in filled]
        return box_packages(filled, expected, numbers)

    def _plan(self, open_order: OpenOrder, shipment: Shipment) -> BookingPlan | None:
        """The carrier booking of this box; an order that cannot get a label stops here."""
        if self._bookings is None:
            return plan_without_carrier(open_order.order)
        try:
            return self._bookings.plan(shipment, open_order.order)
        except PlanStopped as exc:
            order = open_order.order
            with UnitOfWork(self._factory) as uow:
                reason = words_of(exc)
                self._audit(uow, "pack.no_label", order.order_name, {"reason": str(exc)})
                detail: dict[str, object] = {"reason": str(exc), "said": said_as_data(reason)}
                self._raise_exception(uow, "no_label", order, detail, self._clock())
                uow.commit()
            raise PackingRefused(reason) from exc

    def _book_now(self, open_order: OpenOrder, shipment: Shipment, checked: bool) -> Completion:
        """Book at once; a carrier refusal unseals the box (nothing booked, nothing lost)."""
        assert self._bookings is not None
        outcome = self._bookings.book_now(shipment.shipment_id)
        if outcome.state == "refused":
            with UnitOfWork(self._factory) as uow:
                unseal(uow, shipment.shipment_id, open_order.session_id)
                session_row = uow.sessions.get(open_order.session_id)
                assert session_row is not None
                self._claim(uow, session_row, self._clock())
                words = said(
                    "Packing",
                    "The carrier refused the booking of {order}: {words}",
                    order=shipment.order_name,
                    words=outcome.words,
                )
                self._audit(uow, "pack.carrier_refused", shipment.order_name, {"reason": words})
                # a lead may choose another product for the order (Exceptions, F2)
                detail: dict[str, object] = {"reason": str(words), "said": said_as_data(words)}
                self._raise_exception(uow, "no_label", open_order.order, detail, self._clock())
                uow.commit()
            raise PackingRefused(words)
        with UnitOfWork(self._reads) as uow:
            stored = uow.shipments.get(shipment.shipment_id)
        return Completion(
            shipment=stored or shipment,
            checked_with_shop=checked,
            booking=outcome.state,
            booking_words=outcome.words,
        )

    def _raise_short_pick(
        self, uow: UnitOfWork, open_order: OpenOrder, authorisation: Authorisation, at: datetime
    ) -> None:
        order = open_order.order
        missing = [
            {"sku": line.sku, "title": line.title, "missing": count}
            for line, count in open_order.session.missing()
        ]
        self._raise_exception(
            uow,
            "short_pick",
            order,
            {"missing": missing, "lead": authorisation.lead, "reason": authorisation.reason},
            at,
        )

    def _raise_exception(
        self,
        uow: UnitOfWork,
        kind: str,
        order: FulfillmentOrder,
        detail: dict[str, object],
        at: datetime,
    ) -> None:
        uow.exceptions.raise_exception(
            kind,
            fulfillment_order_id=order.fulfillment_order_id,
            order_name=order.order_name,
            detail=detail,
            station=self._ctx.station,
            raised_by=self._ctx.user,
            at=at,
        )

    def _check_with_shop(self, open_order: OpenOrder) -> bool:
        order = open_order.order
        try:
            current = self._connector.fetch_fulfillment_order(order.fulfillment_order_id)
        except (ShopUnavailable, ShopAccessRefused):  # packing goes on as offline
            return False
        if current is None or current.status in (ShopStatus.CANCELLED, ShopStatus.CLOSED):
            word = current.status.value.lower() if current else "removed"
            self._refuse(order, f"Order {order.order_name} was {word} in the shop: do not ship it")
        assert current is not None
        if current.status is ShopStatus.ON_HOLD:
            self._refuse(order, f"Order {order.order_name} was put on hold in the shop")
        remaining = {line.line_id: line.quantity for line in current.lines}
        for line_id, quantity in open_order.session.verified_quantities().items():
            if quantity > remaining.get(line_id, 0):
                self._refuse(order, f"Order {order.order_name} was changed in the shop")
        return True

    def _refuse(self, order: FulfillmentOrder, message: str) -> None:
        """The shop changed the order after packing began: stop, and tell the shift lead."""
        with UnitOfWork(self._factory) as uow:
            self._audit(uow, "pack.refused", order.order_name, {"reason": message})
            self._raise_exception(uow, "shop_changed", order, {"reason": message}, self._clock())
            uow.commit()
        raise PackingRefused(message)

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
