"""Wiring the carrier into a station: the carrier, its booking pusher and the F10 side."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from packstation.carriers.base import Carrier, CarrierAuthRefused
from packstation.carriers.own import create as create_own
from packstation.carriers.registry import NO_CARRIER, make_carrier
from packstation.carriers.unconfigured import UnconfiguredCarrier
from packstation.config import Settings, load_shipping_rules, shipping_rules_path
from packstation.services.booking import CarrierBookings
from packstation.sync.bookings import BookingPusher
from packstation.sync.clock import Clock
from packstation.sync.delivery import DeliveryPolicy


def station_carrier(settings: Settings) -> Carrier | None:
    """The configured carrier; one that cannot be made yet refuses every call in words."""
    config = settings.carrier_config
    if config.kind == NO_CARRIER:
        return None
    try:
        return make_carrier(config)
    except CarrierAuthRefused as exc:
        return UnconfiguredCarrier(str(exc))


def build_bookings(
    settings: Settings,
    factory: sessionmaker[Session],
    *,
    station: str,
    clock: Clock,
    delivery: DeliveryPolicy,
    carrier: Carrier | None = None,
) -> CarrierBookings | None:
    """The F10 booking side, or None for ``carrier_kind = "none"`` (today's own numbers)."""
    carrier = carrier or station_carrier(settings)
    if carrier is None:
        return None
    own = (
        carrier
        if settings.carrier_config.kind == "own"
        else create_own(settings.carrier_config, None)
    )
    pusher = BookingPusher(
        factory,
        carrier,
        station=station,
        clock=clock,
        delivery=booking_policy(settings, delivery),
        own=own,
    )
    return CarrierBookings(
        pusher,
        load_shipping_rules(shipping_rules_path(settings)),
        settings.sender,
        label_format=settings.carrier_label_format,
        voec_number=settings.carrier_voec_number,
        sender_email=settings.sender_email,
        session_factory=factory,
    )


def booking_policy(settings: Settings, delivery: DeliveryPolicy) -> DeliveryPolicy:
    """The outbox's rule with the carrier's request timeout: a booking whose answer was lost
    settles at least twice that long before the platform is searched for it."""
    timeout = settings.carrier_timeout_seconds
    return DeliveryPolicy(
        request_timeout_seconds=timeout,
        settle_seconds=max(delivery.settle_seconds, 2 * timeout),
        lease_seconds=max(delivery.lease_seconds, 4 * timeout),
        max_looks=delivery.max_looks,
    )


def tracking_company(settings: Settings) -> str:
    """The name on the station's own labels and in Shopify without a carrier: never a
    carrier's name the station cannot book with (``carrier``, else own delivery)."""
    return settings.carrier.strip() or settings.own_delivery_name.strip() or "Own delivery"
