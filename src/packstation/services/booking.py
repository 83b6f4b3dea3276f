"""F10 with a carrier: plan the booking of a completion, queue it with the shipment, book now.

The plan (rules → request) is made before anything is written, so an order no rule matches or
one without customs data stops before the box is sealed, in words, and becomes an exception.
The booking row is written in the completion's transaction and the booking is tried at once
on the caller's thread (the DB-writer thread, never the GUI). Offline, the box gets a LABEL
PENDING slip and sync books it later; a refusal (HTTP 422) at once unseals the box again.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session, sessionmaker

from packstation.carriers.base import BookingRequest, CarrierRefused, Parcel, ServicePoint
from packstation.carriers.codec import request_to_json
from packstation.carriers.plan import booking_request
from packstation.domain.customs import BoxLine, declaration
from packstation.domain.orders import Address, FulfillmentOrder
from packstation.domain.shipments import Shipment
from packstation.domain.shipping_rules import (
    Action,
    CustomsLine,
    DeliveryMethod,
    MethodType,
    ShippingDecision,
    ShippingRule,
    decide,
)
from packstation.i18n.said import said, words_of
from packstation.services.rebook import CarrierChoice
from packstation.storage.models import BookingRow
from packstation.storage.uow import UnitOfWork
from packstation.sync.bookings import BookingPusher, NowOutcome
from packstation.sync.pickup_ready import FULFILLMENT_CREATE, PICKUP_READY


@dataclass(frozen=True)
class BookingPlan:
    """What the completion does about the carrier: book ``request``, or nothing (collect in
    store, nothing to ship)."""

    decision: ShippingDecision
    request: BookingRequest | None

    @property
    def shop_message(self) -> str:
        """The outbox message telling the shop: collect in store is "ready for pickup",
        everything else a fulfillment."""
        if self.decision.action is Action.COLLECT_IN_STORE:
            return PICKUP_READY
        return FULFILLMENT_CREATE

    @property
    def books(self) -> bool:
        """Whether a carrier booking is made for this box."""
        return self.request is not None


class PlanStopped(Exception):
    """The order cannot get a label (no rule, missing customs): words for the packer."""


def box_declaration(shipment: Shipment, order: FulfillmentOrder) -> tuple[CustomsLine, ...]:
    """The customs lines of a box: what is in it, with the shop's facts for each line."""
    weights = {line.line_id: line.unit_weight_grams for line in order.lines}
    return declaration(
        order.customs,
        (
            BoxLine(line.line_id, line.sku, line.title, line.quantity, weights.get(line.line_id, 0))
            for line in shipment.lines
        ),
    )


def chosen(method: DeliveryMethod, choice: CarrierChoice) -> ShippingDecision:
    """The decision a lead's choice makes: that product, to the order's parcel shop if any."""
    pickup = method.method_type is MethodType.PICKUP_POINT
    return ShippingDecision(
        Action.CARRIER,
        product_code=choice.product_code,
        services=choice.services,
        rule_name="chosen by a lead",
        service_point_id=method.pickup_point_id if pickup else "",
        automatic_service_point=pickup and not method.pickup_point_id,
    )


def delivery_method(order: FulfillmentOrder) -> DeliveryMethod:
    """The order's delivery method as the shop gave it (shipping, named by its method)."""
    return order.delivery_method or DeliveryMethod(
        MethodType.SHIPPING, presented_name=order.shipping_method
    )


def plan_without_carrier(order: FulfillmentOrder) -> BookingPlan | None:
    """Without a carrier (``carrier_kind = "none"``): collect in store still gets the slip
    only and the "ready for pickup" notice, nothing to ship gets the slip only; every other
    order gets the station's own label (None)."""
    decision = decide((), delivery_method(order), order.shipping_address.country_code, 1)
    if decision.action in (Action.NOTHING, Action.COLLECT_IN_STORE):
        return BookingPlan(decision, None)
    return None


class CarrierBookings:
    """The carrier side of a completion: plan, queue, and book at once."""

    def __init__(
        self,
        pusher: BookingPusher,
        rules: Sequence[ShippingRule],
        sender: Address,
        *,
        label_format: str = "10x19_zpl",
        voec_number: str = "",
        sender_email: str = "",
        session_factory: sessionmaker[Session] | None = None,
    ) -> None:
        self.pusher = pusher
        self._factory = session_factory  # where a lead's carrier choice for an order is read
        # Parcel shops shown to the packer, by fulfillment order: F10 books that very point
        self._points: dict[str, ServicePoint] = {}
        self.rules = tuple(rules)
        self._sender = sender
        self._label_format = label_format
        self._voec = voec_number
        self._sender_email = sender_email

    def plan(self, shipment: Shipment, order: FulfillmentOrder) -> BookingPlan:
        """The booking request for a shipment; raises PlanStopped in words."""
        weight = max(1, sum(p.weight_grams for p in shipment.packages))
        country = order.shipping_address.country_code
        method = delivery_method(order)
        decision = decide(self.rules, method, country, weight)
        choice = self._choice(order.fulfillment_order_id)
        if choice is not None and decision.action is Action.CARRIER:
            decision = chosen(method, choice)
        shown = self._points.get(order.fulfillment_order_id)
        if decision.automatic_service_point and shown is not None and shown.point_id:
            decision = replace(decision, service_point_id=shown.point_id)
            decision = replace(decision, automatic_service_point=False)
        if decision.action in (Action.NOTHING, Action.COLLECT_IN_STORE):
            return BookingPlan(decision, None)
        try:
            request = booking_request(
                shipment.shipment_id,
                order,
                decision,
                self._sender,
                tuple(
                    Parcel(max(1, p.weight_grams), estimated=not p.weighed)
                    for p in shipment.packages
                ),
                label_format=self._label_format,
                customs=box_declaration(shipment, order),
                currency=order.customs.currency if order.customs is not None else "",
                voec_number=self._voec,
                sender_email=self._sender_email,
            )
        except CarrierRefused as exc:
            raise PlanStopped(
                said(
                    "Booking",
                    "No label for {order}: {reason}",
                    order=order.order_name,
                    reason=words_of(exc),
                )
            ) from exc
        return BookingPlan(decision, request)

    def service_point(self, order: FulfillmentOrder) -> ServicePoint | None:
        """The parcel shop a PICKUP_POINT order goes to, asked of the carrier (network: call
        off the GUI thread); remembered, so F10 books the point the packer was shown. None
        when the order is not for a parcel shop, names its own point, or no rule matches."""
        method = delivery_method(order)
        if method.method_type is not MethodType.PICKUP_POINT or method.pickup_point_id:
            return None
        known = self._points.get(order.fulfillment_order_id)
        if known is not None:
            return known
        weight = max(1, sum(line.unit_weight_grams * line.quantity for line in order.lines))
        decision = decide(self.rules, method, order.shipping_address.country_code, weight)
        choice = self._choice(order.fulfillment_order_id)
        if choice is not None and decision.action is Action.CARRIER:
            decision = chosen(method, choice)
        if decision.stopped or not decision.product_code:
            return None
        point = self.pusher.carrier.nearest_service_point(
            decision.product_code, order.shipping_address
        )
        if point is not None:
            self._points[order.fulfillment_order_id] = point
        return point

    def _choice(self, fulfillment_order_id: str) -> CarrierChoice | None:
        """A lead's carrier product for this order, if one was chosen."""
        if self._factory is None:
            return None
        with UnitOfWork(self._factory) as uow:
            row = uow.orders.row(fulfillment_order_id)
            return CarrierChoice.from_json(row.carrier_choice) if row is not None else None

    def enqueue(
        self,
        uow: UnitOfWork,
        shipment: Shipment,
        request: BookingRequest,
        station: str,
        now: datetime,
    ) -> None:
        """The booking row, in the completion's transaction; a stop of this order's earlier
        F10 (no label) is resolved by it."""
        stopped = uow.exceptions.open_for(shipment.fulfillment_order_id, "no_label")
        if stopped is not None:
            stopped.state, stopped.resolved_by, stopped.resolved_at = "resolved", station, now
            stopped.resolution = "Booked at a later F10"
        uow.bookings.enqueue(
            BookingRow(
                shipment_id=shipment.shipment_id,
                fulfillment_order_id=shipment.fulfillment_order_id,
                order_name=shipment.order_name,
                station=station,
                reference=request.reference,
                payload=json.dumps(request_to_json(request), ensure_ascii=False),
                state="pending",
                attempts=0,
                next_attempt_at=now,
                last_error="",
                tracking_numbers="[]",
                tracking_urls="[]",
                label=b"",
                label_format="",
                pending_slip=False,
                created_at=now,
            )
        )

    def book_now(self, shipment_id: str) -> NowOutcome:
        """Try the booking at once (on the caller's thread, never the GUI)."""
        return self.pusher.book_now(shipment_id)


def unseal(uow: UnitOfWork, shipment_id: str, session_id: str) -> None:
    """Take back a completion the carrier refused at once: nothing was booked or printed for
    it yet, so its rows go and the session is open again (the caller claims it again)."""
    for job in uow.print_jobs.for_shipment(shipment_id):
        uow.session.delete(job)
    booking = uow.bookings.for_shipment(shipment_id)
    if booking is not None:
        uow.session.delete(booking)
    message = uow.outbox.for_shipment(shipment_id)
    if message is not None:
        uow.session.delete(message)
    uow.flush()
    shipment = uow.shipments.row(shipment_id)
    if shipment is not None:
        uow.session.delete(shipment)
    session_row = uow.sessions.get(session_id)
    if session_row is not None:
        session_row.state, session_row.ended_at = "active", None
        order = uow.orders.row(session_row.fulfillment_order_id)
        if order is not None:
            order.local_state = "packing"
    uow.flush()
