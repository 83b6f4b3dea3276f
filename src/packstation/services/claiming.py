"""One order on one bench: the claim side of packing (resume, take-over, claim checks).

A mixin of PackingService, kept apart so packing.py stays about scanning and completing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.i18n.said import said
from packstation.services.auth import Authorisation
from packstation.services.claims import claim_view
from packstation.services.context import StationContext
from packstation.services.refusals import (
    ClaimLost,
    OrderChangedInShop,
    OrderNotFound,
    PackingRefused,
)
from packstation.services.replay import CountedLine, counted_units
from packstation.storage.models import (
    FulfillmentOrderRow,
    OrderClaimRow,
    PackSessionRow,
    ProgressReportRow,
    ScanEventRow,
)
from packstation.storage.uow import UnitOfWork
from packstation.sync.clock import Clock

if TYPE_CHECKING:
    from packstation.services.packing import OpenOrder


@dataclass(frozen=True)
class Resumption:
    """What was on the bench at start-up: the order to go on with, or a notice in words."""

    open_order: OpenOrder | None
    notice: str = ""


class ClaimingMixin:
    """Claims, take-over, shop edits under an open session; PackingService provides the rest."""

    _factory: sessionmaker[Session]
    _reads: sessionmaker[Session]
    _ctx: StationContext
    _clock: Clock
    _claim_expiry: float
    _on_opened: Callable[[], None] | None

    def _load(self, uow: UnitOfWork, row: PackSessionRow, *, resumed: bool) -> OpenOrder:
        raise NotImplementedError

    def _audit(self, uow: UnitOfWork, action: str, subject: str, detail: dict[str, object]) -> None:
        raise NotImplementedError

    def _raise_exception(
        self,
        uow: UnitOfWork,
        kind: str,
        order: FulfillmentOrder,
        detail: dict[str, object],
        at: datetime,
    ) -> None:
        raise NotImplementedError

    def resume(self) -> Resumption:
        """At start-up: this station's unfinished order, or why it cannot go on with it.

        Never raises for a shop edit or a take-over: those end the old session and come back
        as ``notice`` (the shop edit also raised an exception for the lead).
        """
        with UnitOfWork(self._factory) as uow:
            row = uow.sessions.active_for_station(self._ctx.station)
            if row is None:
                return Resumption(None)
            claim = uow.claims.get(row.fulfillment_order_id)
            if claim is not None and claim.session_id != row.id:
                row.state, row.ended_at = "taken_over", self._clock()
                uow.commit()
                view = claim_view(claim, self._clock(), self._claim_expiry)
                return Resumption(
                    None,
                    said(
                        "Claims", "{order} is now {claim}", order=claim.order_name, claim=view.text
                    ),
                )
            try:
                if claim is None:
                    self._claim(uow, row, self._clock())
                    uow.commit()
                return Resumption(self._load(uow, row, resumed=True))
            except OrderChangedInShop as exc:
                return Resumption(None, exc.args[0] if exc.args else str(exc))

    def _check_packable(self, row: FulfillmentOrderRow) -> None:
        if row.local_state == "packed":
            raise PackingRefused(
                said("Claims", "Order {order} has already been packed", order=row.order_name)
            )
        status = ShopStatus(row.status)
        if status is ShopStatus.ON_HOLD:
            if row.hold_reason:
                raise PackingRefused(
                    said(
                        "Claims",
                        "Order {order} is on hold: {reason}",
                        order=row.order_name,
                        reason=row.hold_reason,
                    )
                )
            raise PackingRefused(said("Claims", "Order {order} is on hold", order=row.order_name))
        if not status.packable:
            if status is ShopStatus.CANCELLED:
                raise PackingRefused(
                    said(
                        "Claims",
                        "Order {order} was cancelled in the shop: do not pack it",
                        order=row.order_name,
                    )
                )
            raise PackingRefused(
                said(
                    "Claims",
                    "Order {order} was closed in the shop: do not pack it",
                    order=row.order_name,
                )
            )

    def _new_session(
        self,
        uow: UnitOfWork,
        row: FulfillmentOrderRow,
        now: datetime,
        *,
        taken_over_by: str = "",
        session_id: str = "",
    ) -> PackSessionRow:
        """A new session on the order, its claim, and the shop's "being packed" note."""
        session_row = PackSessionRow(
            id=session_id or str(uuid.uuid4()),
            fulfillment_order_id=row.id,
            station=self._ctx.station,
            user=self._ctx.user,
            state="active",
            started_at=now,
        )
        uow.sessions.add(session_row)
        uow.flush()  # the claim references the session
        self._claim(uow, session_row, now, taken_over_by=taken_over_by)
        row.local_state = "packing"
        # the shop shows it; kept until sent, also across an offline stretch and a restart
        uow.progress_reports.add(
            ProgressReportRow(
                fulfillment_order_id=row.id,
                note=f"Being packed at {self._ctx.station} by {self._ctx.user}",
                created_at=now,
                state="pending",
            )
        )
        return session_row

    def _claim(
        self, uow: UnitOfWork, session: PackSessionRow, now: datetime, *, taken_over_by: str = ""
    ) -> None:
        order = uow.orders.row(session.fulfillment_order_id)
        assert order is not None
        uow.claims.add(
            OrderClaimRow(
                fulfillment_order_id=session.fulfillment_order_id,
                order_name=order.order_name,
                session_id=session.id,
                station=self._ctx.station,
                user=self._ctx.user,
                claimed_at=now,
                beat_at=now,
                taken_over_by=taken_over_by,
            )
        )

    def take_over(self, order_name: str, authorisation: Authorisation) -> OpenOrder:
        """A shift lead moves an order to this bench (its old bench is gone or stuck).

        The old session ends as "taken_over" and its counted units stay on record; this bench
        starts a fresh session (the items are counted again here). Audited with the lead.
        """
        now = self._clock()
        with UnitOfWork(self._factory) as uow:
            rows = uow.orders.find_by_name(order_name)
            if not rows:
                raise OrderNotFound(
                    said("Claims", "No order {order} is known to this station", order=order_name)
                )
            row = next((r for r in rows if r.local_state != "packed"), rows[0])
            row = uow.claims.lock_order(row.id) or row
            self._check_packable(row)
            claim = uow.claims.get(row.id)
            detail: dict[str, object] = {
                "lead": authorisation.lead,
                "reason": authorisation.reason,
            }
            if claim is not None:
                old = uow.sessions.get(claim.session_id)
                units = sum(counted_units(uow.sessions.events(claim.session_id)).values())
                detail.update(
                    from_station=claim.station,
                    from_user=claim.user,
                    previous_session_id=claim.session_id,
                    units_counted_there=units,
                    expired=claim_view(claim, now, self._claim_expiry).expired,
                )
                if old is not None and old.state == "active":
                    old.state, old.ended_at = "taken_over", now
                uow.session.delete(claim)
                uow.flush()
            session_row = self._new_session(uow, row, now, taken_over_by=authorisation.lead)
            detail["session_id"] = session_row.id
            self._audit(uow, "pack.taken_over", row.order_name, detail)
            uow.commit()
            opened = self._load(uow, session_row, resumed=False)
        if self._on_opened is not None:
            self._on_opened()
        return opened

    def claim_lost(self, open_order: OpenOrder) -> str | None:
        """None while this bench still holds the order, else why not, in words.

        Cheap (two primary-key reads): the window polls it with each heartbeat and drops the
        order from the screen with this message.
        """
        order_name = open_order.order.order_name
        with UnitOfWork(self._reads) as uow:
            claim = uow.claims.get(open_order.order.fulfillment_order_id)
            if claim is not None and claim.session_id == open_order.session_id:
                return None
            session = uow.sessions.get(open_order.session_id)
            if session is not None and session.state == "completed":
                return None
            if session is None and claim is None:
                return None  # just opened: its claim is still on the way to the database
            if claim is not None:
                if claim.taken_over_by:
                    return said(
                        "Claims",
                        "{lead} took {order} over: it is now being packed at {station} by {user}."
                        " Put its items aside.",
                        lead=claim.taken_over_by,
                        order=order_name,
                        station=claim.station,
                        user=claim.user,
                    )
                return said(
                    "Claims",
                    "{order} is now being packed at {station} by {user}",
                    order=order_name,
                    station=claim.station,
                    user=claim.user,
                )
            if session is not None and session.state == "taken_over":
                return said(
                    "Claims",
                    "A shift lead took {order} over: it is no longer on this bench",
                    order=order_name,
                )
            if session is not None and session.state == "stopped":
                return said("Claims", "{order} was set aside for a shift lead", order=order_name)
            return said("Claims", "{order} is no longer claimed by this bench", order=order_name)

    def _check_claim(self, uow: UnitOfWork, open_order: OpenOrder) -> None:
        """Inside the completion's transaction: this bench still holds the order.

        The order row is locked first, so a lead's take-over and this completion run one after
        the other; whichever comes second sees the first.
        """
        order_id = open_order.order.fulfillment_order_id
        order_row = uow.claims.lock_order(order_id)
        claim = uow.claims.get(order_id)
        session = uow.sessions.get(open_order.session_id)
        holds = claim is not None and claim.session_id == open_order.session_id
        if holds and session is not None and session.state == "active":
            if order_row is not None and order_row.local_state == "packed":
                raise ClaimLost(
                    said(
                        "Claims",
                        "Order {order} has already been packed",
                        order=open_order.order.order_name,
                    )
                )
            return
        message = self.claim_lost(open_order) or said(
            "Claims",
            "{order} is no longer claimed by this bench",
            order=open_order.order.order_name,
        )
        raise ClaimLost(said("Claims", "Not shipped: {why}", why=message))

    @staticmethod
    def _named_lines(uow: UnitOfWork, events: list[ScanEventRow]) -> dict[str, tuple[str, str]]:
        """SKU and title of each scanned line, from the catalogue (the order may have lost it)."""
        named: dict[str, tuple[str, str]] = {}
        for event in events:
            if event.line_id and event.line_id not in named and event.code:
                product = uow.catalogue.product(event.code)
                named[event.line_id] = (product.sku, product.title) if product else ("", event.code)
        return named

    def _set_aside(
        self,
        uow: UnitOfWork,
        row: PackSessionRow,
        order: FulfillmentOrder,
        message: str,
        edits: list[CountedLine],
    ) -> None:
        """The shop changed scanned lines: end the session, free the order, tell the lead.

        The counted units stay in the scan events and on the exception, for the lead.
        """
        now = self._clock()
        row.state, row.ended_at = "stopped", now
        uow.claims.release(row.fulfillment_order_id, row.id)
        order_row = uow.orders.row(row.fulfillment_order_id)
        if order_row is not None and order_row.local_state == "packing":
            order_row.local_state = "queued"
        detail: dict[str, object] = {
            "reason": message,
            "session_id": row.id,
            "counted": [
                {
                    "line_id": e.line_id,
                    "sku": e.sku,
                    "title": e.title,
                    "counted": e.counted,
                    "wanted": e.wanted,
                }
                for e in edits
            ],
        }
        self._audit(uow, "pack.set_aside", order.order_name, detail)
        self._raise_exception(uow, "shop_changed", order, detail, now)
        uow.commit()
        raise OrderChangedInShop(message)
