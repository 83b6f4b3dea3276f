"""Opening an order on the bench: at once in one transaction, or read first and claimed after.

A mixin of PackingService, kept apart so packing.py stays about scanning and completing.

A slip scan of an order nobody has started is the common case. :meth:`OpeningMixin.
prepare_open` answers it from a read alone (no write lock, no wait for the disk), and the
window shows the order while :meth:`OpeningMixin.write_claim` writes the claim on the
station's database writer, before any scan of the order. A claim another bench wrote in
between is refused there, and the window takes the order back off the screen.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from packstation.domain.box_plan import BoxPlan
from packstation.domain.packing import Count, PackSession
from packstation.services.boxes import BoxService
from packstation.services.claiming import ClaimingMixin
from packstation.services.claims import claim_view
from packstation.services.pack_records import OpenOrder, StoredCatalogue
from packstation.services.refusals import ClaimedElsewhere, OrderNotFound
from packstation.services.replay import (
    COUNTED,
    SERIAL_TAKEN,
    counted_units,
    describe_edits,
    shop_edits,
)
from packstation.services.teach_barcode import with_taught_barcodes
from packstation.services.weight_check import WeightService
from packstation.storage.models import FulfillmentOrderRow, PackSessionRow, ScanEventRow
from packstation.storage.uow import UnitOfWork


@dataclass(frozen=True)
class PendingClaim:
    """An order read for a new session and shown at once; its claim is still to be written."""

    open_order: OpenOrder
    fulfillment_order_id: str


class OpeningMixin(ClaimingMixin):
    """Open an order: the claim, the new or continued session, and its replayed scans."""

    _catalogue: StoredCatalogue
    boxes: BoxService
    weights: WeightService

    def open_order(self, order_name: str) -> OpenOrder:
        """Open an order by its number and claim it for this station and person.

        Continues this station's session on it; refuses with ClaimedElsewhere (in words:
        "#1001 is being packed at Bench 2 by Åse") while another bench holds it.
        """
        try:
            opened, new = self._open(order_name)
        except IntegrityError:
            # Two stations claimed at the same moment and the database kept the other one.
            opened, new = self._open(order_name)
        if new and self._on_opened is not None:
            self._on_opened()
        return opened

    def prepare_open(self, order_name: str) -> OpenOrder | PendingClaim:
        """A slip scan: an order nobody has started comes back as a :class:`PendingClaim`,
        read without the write lock, for :meth:`write_claim`; any other order is opened as
        :meth:`open_order` does (continued, adopted or refused) and comes back open."""
        with UnitOfWork(self._reads) as uow:
            rows = uow.orders.find_by_name(order_name)
            row = next((r for r in rows if r.local_state != "packed"), None)
            fresh = (
                row is not None
                and row.local_state != "packing"
                and uow.claims.get(row.id) is None
                and uow.sessions.active_for_order(row.id, self._ctx.station) is None
            )
            if row is not None and fresh:
                self._check_packable(row)
                opened = self._assemble(
                    uow, row.id, str(uuid.uuid4()), self._ctx.user, [], resumed=False
                )
                return PendingClaim(opened, row.id)
        return self.open_order(order_name)

    def write_claim(self, pending: PendingClaim) -> None:
        """Claim a prepared order for its new session, in one transaction (on the writer).

        Raises ClaimedElsewhere when another bench claimed it since it was read, and
        PackingRefused when the shop closed or held it meanwhile.
        """
        try:
            new = self._write_claim(pending)
        except IntegrityError:
            new = self._write_claim(pending)  # the other bench's claim won: said in words
        if new and self._on_opened is not None:
            self._on_opened()

    def _write_claim(self, pending: PendingClaim) -> bool:
        now = self._clock()
        session_id = pending.open_order.session_id
        with UnitOfWork(self._factory) as uow:
            row = uow.claims.lock_order(pending.fulfillment_order_id) or uow.orders.row(
                pending.fulfillment_order_id
            )
            if row is None:
                raise OrderNotFound(
                    f"No order {pending.open_order.order.order_name} is waiting at this station"
                )
            claim = uow.claims.get(row.id)
            if claim is not None:
                if claim.session_id == session_id:
                    return False  # written already
                raise ClaimedElsewhere(claim_view(claim, now, self._claim_expiry))
            self._check_packable(row)
            self._start(uow, row, now, session_id=session_id)
            uow.commit()
            return True

    def _open(self, order_name: str) -> tuple[OpenOrder, bool]:
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            rows = uow.orders.find_by_name(order_name)
            if not rows:
                raise OrderNotFound(f"No order {order_name} is waiting at this station")
            row = next((r for r in rows if r.local_state != "packed"), rows[0])
            row = uow.claims.lock_order(row.id) or row
            self._check_packable(row)
            claim = uow.claims.get(row.id)
            if claim is not None:
                if claim.station != self._ctx.station:
                    raise ClaimedElsewhere(claim_view(claim, now, self._claim_expiry))
                session = uow.sessions.get(claim.session_id)
                assert session is not None
                claim.user, claim.beat_at = self._ctx.user, now
                # read in the claim's own transaction: one write lock taken, one commit
                opened = self._load(uow, session, resumed=True)
                uow.commit()
                return opened, False
            existing = uow.sessions.active_for_order(row.id, self._ctx.station)
            if existing is not None:  # left by a version without claims
                self._claim(uow, existing, now)
                opened = self._load(uow, existing, resumed=True)
                uow.commit()
                return opened, False
            session_row = self._start(uow, row, now)
            opened = self._load(uow, session_row, resumed=False)
            uow.commit()
            return opened, True

    def _start(
        self, uow: UnitOfWork, row: FulfillmentOrderRow, now: datetime, *, session_id: str = ""
    ) -> PackSessionRow:
        """A packer starts the order: a new session and its claim, audited (both ways of
        opening write it here)."""
        session_row = self._new_session(uow, row, now, session_id=session_id)
        self._audit(uow, "pack.opened", row.order_name, {"session_id": session_row.id})
        return session_row

    def _load(self, uow: UnitOfWork, row: PackSessionRow, *, resumed: bool) -> OpenOrder:
        events = uow.sessions.events(row.id)
        return self._assemble(
            uow, row.fulfillment_order_id, row.id, row.user, events, resumed=resumed, row=row
        )

    def _assemble(
        self,
        uow: UnitOfWork,
        order_id: str,
        session_id: str,
        started_by: str,
        events: list[ScanEventRow],
        *,
        resumed: bool,
        row: PackSessionRow | None = None,
    ) -> OpenOrder:
        """The order on the bench: its session replayed from ``events``, its boxes, weights."""
        order = uow.orders.get(order_id)
        assert order is not None
        order = with_taught_barcodes(uow, order)  # a lead's codes count like the shop's
        if row is not None and events:
            edits = shop_edits(order, counted_units(events), self._named_lines(uow, events))
            if edits:
                self._set_aside(uow, row, order, describe_edits(order.order_name, edits), edits)
        session = PackSession(order, self._catalogue)
        plan = BoxPlan()
        for event in events:
            if event.kind == "box":
                plan.sync(session.history)
                self.boxes.replay(plan, event)
                continue
            if event.kind in ("scan", "override") and event.outcome in COUNTED and event.line_id:
                session.apply(Count(event.line_id, event.quantity))
                if event.serial and session.awaiting_serial is not None:
                    session.apply_serial(event.line_id, event.serial)
            elif event.kind == "serial" and event.outcome in SERIAL_TAKEN and event.line_id:
                session.apply_serial(event.line_id, event.code)
            elif event.kind == "undo":
                session.undo()
            plan.sync(session.history)
        opened = OpenOrder(
            session_id=session_id,
            session=session,
            resumed=resumed,
            started_by=started_by,
            boxes=plan,
            unit_weights=self.weights.unit_weights(uow, order),
        )
        if plan.open_box.box is None and not plan.open_box.units:
            suggested = self.boxes.suggest(opened)
            if suggested is not None:
                # a suggestion only: the packer's scan of a box decides
                plan.choose(suggested, suggested_by=self.boxes.suggestion_basis(opened))
        return opened
