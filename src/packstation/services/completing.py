"""Completing an order: the shop's last word, the shipment, the outbox, the carrier booking.

A mixin of PackingService, kept apart so packing.py stays about scanning.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import replace
from datetime import datetime

from packstation.domain.orders import FulfillmentOrder, ShopStatus
from packstation.domain.shipments import LABEL_PENDING, Package, Shipment, build_shipment
from packstation.i18n.said import said, said_as_data, words_of
from packstation.services.auth import Authorisation
from packstation.services.booking import (
    BookingPlan,
    CarrierBookings,
    PlanStopped,
    plan_without_carrier,
    unseal,
)
from packstation.services.boxes import packages as box_packages
from packstation.services.opening import OpeningMixin
from packstation.services.pack_records import (
    DOCUMENTS,
    NO_CARRIER_NAMES,
    Completion,
    DocumentJobs,
    OpenOrder,
    new_tracking_number,
)
from packstation.services.refusals import PackingRefused
from packstation.shop.base import (
    FulfillmentLineQuantity,
    FulfillmentRequest,
    ShopAccessRefused,
    ShopConnector,
    ShopUnavailable,
)
from packstation.storage.models import (
    OutboxRow,
)
from packstation.storage.uow import UnitOfWork


class CompletingMixin(OpeningMixin):
    """Complete (or partly complete) the order on the bench: one transaction, then the
    carrier booking when the station books at once."""

    _connector: ShopConnector
    _documents: DocumentJobs | None
    _bookings: CarrierBookings | None
    _carrier: str

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
