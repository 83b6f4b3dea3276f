"""Deterministic demo orders: the same seed always gives the same ~200 orders."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from packstation.domain.orders import Address, FulfillmentLine, FulfillmentOrder, ShopStatus
from packstation.domain.shipping_rules import DeliveryMethod, MethodType
from packstation.shop.demo.catalogue import DemoProduct
from packstation.shop.demo.customs import demo_customs
from packstation.shop.demo.people import COUNTRIES, CountryProfile

FO_GID = "gid://shopify/FulfillmentOrder/{}"
LINE_GID = "gid://shopify/FulfillmentOrderLineItem/{}"
FIRST_ORDER_NUMBER = 1001
_LINE_COUNTS = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 12)
_HOLD_REASONS = ("Awaiting payment", "Address check requested by customer service")


# A mix of Shopify delivery method types, by position (the random draws stay as they were)
_MIX = {
    5: (MethodType.PICKUP_POINT, "parcel-shop", "{name} ServicePoint"),
    8: (MethodType.PICK_UP, "collect", "Collect in store"),
    11: (MethodType.LOCAL, "local", "Local delivery"),
}


# The language a customer in each country shops in; every seventh customer shops in English
# (and gets an English slip), as visitors and expats do.
_LOCALES = {"DK": "da-DK", "SE": "sv-SE", "NO": "nb-NO", "NL": "nl-NL", "GB": "en-GB"}


def demo_locale(index: int, country_code: str) -> str:
    """The customer locale of demo order ``index`` (Shopify's ``Order.customerLocale``)."""
    return "en" if index % 7 == 3 else _LOCALES.get(country_code, "en")


def demo_delivery(index: int, shipping: str) -> DeliveryMethod:
    """The delivery method of demo order ``index``: mostly shipping, some of each other type."""
    kind, code, name = _MIX.get(index % 12, (MethodType.SHIPPING, "standard", "{name}"))
    return DeliveryMethod(kind, service_code=code, presented_name=name.format(name=shipping))


def demo_pickup_point(
    index: int, country: CountryProfile, postcode: str, town: str
) -> Address | None:
    """The parcel shop the customer of demo order ``index`` chose, if a parcel-shop order
    (every other one; the rest leave the choice to the carrier): the point's address, its
    name as the company."""
    if index % 24 != 17:
        return None
    street = country.streets[index % len(country.streets)]
    return Address(
        name="",
        company=f"Kiosk {town}",
        address1=f"{street} {1 + index % 40}",
        zip=postcode,
        city=town,
        country_code=country.code,
    )


def with_pickup_point(
    method: DeliveryMethod, address: Address, point: Address | None, point_id: str
) -> tuple[DeliveryMethod, Address]:
    """A parcel-shop order as a shop presents one whose customer chose the point: the method
    names the point, and the destination is the point's address with the customer's name."""
    if point is None or method.method_type is not MethodType.PICKUP_POINT:
        return method, address
    method = replace(method, pickup_point_id=point_id, pickup_point_name=point.company)
    return method, replace(point, name=address.name, phone=address.phone)


@dataclass(frozen=True)
class DemoExtras:
    """What some demo orders carry beyond items: a gift message, gift wrap, an engraving."""

    gift_message: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    engraving: str = ""
    tags: tuple[str, ...] = ()


def demo_extras(index: int, first_name: str) -> DemoExtras:
    """The extras of demo order ``index``, by position (the first dozen orders have none)."""
    if index < 12:
        return DemoExtras()
    if index % 10 == 5:
        return DemoExtras(
            gift_message=f"Happy birthday, {first_name}! Love from all of us",
            attributes=(("Gift wrap", "Yes"),),
            tags=("gift",),
        )
    if index % 10 == 7:
        return DemoExtras(engraving=first_name[:12], tags=("engraving",))
    if index % 15 == 14:
        return DemoExtras(tags=("VIP",))
    return DemoExtras()


def generate_orders(
    products: list[DemoProduct], *, seed: int, count: int, epoch: datetime, holds: int = 4
) -> list[FulfillmentOrder]:
    """``count`` open fulfillment orders placed in the three days before ``epoch``."""
    rng = random.Random(seed + 1)
    orders = []
    line_number = 9_000_000
    hold_indexes = set(rng.sample(range(10, count), holds)) if count > 10 + holds else set()
    for index in range(count):
        country = COUNTRIES[index % len(COUNTRIES)] if index else COUNTRIES[2]
        first, last = rng.choice(country.first_names), rng.choice(country.last_names)
        postcode, town = rng.choice(country.towns)
        street = f"{rng.choice(country.streets)} {rng.randint(1, 120)}"
        if index == 0:  # the name every label must survive
            first, last, street, (postcode, town) = (
                "Åse",
                "Ørsted",
                "Søndre gate 12",
                ("0154", "Oslo"),
            )
        express = rng.random() < 0.2
        method = demo_delivery(
            index, country.express_method if express else country.standard_method
        )
        picked = rng.sample(products, rng.choice(_LINE_COUNTS))
        lines = []
        for product in picked:
            line_number += 1
            quantity = rng.choice((1, 1, 1, 2, 2, 3, 4))
            if product.case_barcode and rng.random() < 0.3:  # a whole case (or two)
                quantity = product.case_size * rng.choice((1, 1, 2))
            lines.append(
                FulfillmentLine(
                    line_id=LINE_GID.format(line_number),
                    sku=product.sku,
                    barcode=product.barcode,
                    title=product.title,
                    variant_title=product.variant_title,
                    quantity=quantity,
                    bin_location=product.bin_location,
                    unit_weight_grams=product.weight_grams,
                    requires_serial=product.requires_serial,
                    pack_barcodes=(
                        ((product.case_barcode, product.case_size),) if product.case_barcode else ()
                    ),
                    alt_barcodes=(product.alt_barcode,) if product.alt_barcode else (),
                )
            )
        extras = demo_extras(index, first)
        if extras.engraving and lines:
            lines[0] = replace(lines[0], properties=(("Engraving", extras.engraving),))
        created = epoch - timedelta(minutes=rng.randint(5, 3 * 24 * 60))
        on_hold = index in hold_indexes
        address = Address(
            name=f"{first} {last}",
            address1=street,
            zip=postcode,
            city=town,
            country_code=country.code,
            phone=f"+{rng.randint(10, 99)} {rng.randint(10000000, 99999999)}",
        )
        method, address = with_pickup_point(
            method,
            address,
            demo_pickup_point(index, country, postcode, town),
            f"{95000 + index}",
        )
        orders.append(
            FulfillmentOrder(
                fulfillment_order_id=FO_GID.format(6_000_000 + index),
                order_name=f"#{FIRST_ORDER_NUMBER + index}",
                status=ShopStatus.ON_HOLD if on_hold else ShopStatus.OPEN,
                created_at=created,
                updated_at=created,
                shipping_address=address,
                shipping_method=method.presented_name,
                delivery_method=method,
                express=express,
                lines=tuple(lines),
                customer_note=rng.choice(country.notes) if rng.random() < 0.15 else "",
                email=f"{first.lower()}.{index}@example.com",
                hold_reason=rng.choice(_HOLD_REASONS) if on_hold else "",
                gift_message=extras.gift_message,
                attributes=extras.attributes,
                tags=extras.tags,
                customer_locale=demo_locale(index, country.code),
                customs=demo_customs(country.code, lines),
            )
        )
    return orders
