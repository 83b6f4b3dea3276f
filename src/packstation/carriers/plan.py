"""From an order and the rules' decision to the :class:`BookingRequest` a carrier books."""

from __future__ import annotations

from packstation.carriers.base import BookingRequest, CarrierRefused, Parcel
from packstation.carriers.own import PRODUCT_CODE as OWN_PRODUCT
from packstation.domain.orders import Address, FulfillmentOrder
from packstation.domain.shipping_rules import (
    Action,
    CustomsLine,
    ShippingDecision,
    missing_customs,
    needs_customs,
)


def booking_request(
    reference: str,
    order: FulfillmentOrder,
    decision: ShippingDecision,
    sender: Address,
    parcels: tuple[Parcel, ...],
    *,
    label_format: str,
    customs: tuple[CustomsLine, ...] = (),
    currency: str = "",
    voec_number: str = "",
    sender_email: str = "",
) -> BookingRequest:
    """The request for one shipment; a stop (no rule, missing customs) is refused in words."""
    if decision.stopped:
        raise CarrierRefused(decision.problem)
    if decision.action not in (Action.CARRIER, Action.OWN_DELIVERY):
        raise CarrierRefused(f"This order needs no carrier label ({decision.action.value})")
    destination = order.shipping_address.country_code
    if decision.action is Action.CARRIER and needs_customs(sender.country_code, destination):
        missing = missing_customs(destination, customs, currency, voec_number)
        if missing:
            raise CarrierRefused("Customs data is missing: " + "; ".join(missing), tuple(missing))
    own = decision.action is Action.OWN_DELIVERY
    return BookingRequest(
        reference=reference,
        order_name=order.order_name,
        product_code=OWN_PRODUCT if own else decision.product_code,
        receiver=order.shipping_address,
        sender=sender,
        parcels=parcels,
        services=() if own else decision.services,
        receiver_email=order.email,
        service_point_id=decision.service_point_id,
        automatic_service_point=decision.automatic_service_point,
        customs=customs,
        currency=currency,
        voec_number=voec_number,
        label_format=label_format,
        sender_email=sender_email,
    )
