"""Which carrier product ships an order: a rule table, and the customs check for non-EU parcels.

Pure: the rules come in as plain values (a parsed TOML table), the decision goes out as a value.
The first rule that matches wins, so a shop lists its special cases before its catch-alls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from packstation.i18n.said import said


class ShippingRuleError(ValueError):
    """A rule in the table cannot be used; the message names the rule and the problem."""


class MethodType(StrEnum):
    """Shopify's ``deliveryMethod.methodType`` (``RETAIL`` ships nothing, like ``NONE``)."""

    SHIPPING = "SHIPPING"
    PICKUP_POINT = "PICKUP_POINT"
    PICK_UP = "PICK_UP"
    LOCAL = "LOCAL"
    NONE = "NONE"

    @classmethod
    def parse(cls, text: str) -> MethodType:
        """The method type for Shopify's spelling; unknown types ship nothing rather than guess."""
        value = text.strip().upper()
        if value == "RETAIL":
            return cls.NONE
        try:
            return cls(value)
        except ValueError:
            return cls.NONE


@dataclass(frozen=True)
class DeliveryMethod:
    """How the customer chose to receive the order (from the fulfillment order)."""

    method_type: MethodType
    service_code: str = ""
    presented_name: str = ""
    pickup_point_id: str = ""  # the customer's chosen parcel shop, when the order carries one
    pickup_point_name: str = ""


class Action(StrEnum):
    """What the station does with the box."""

    CARRIER = "carrier"  # book a carrier label
    OWN_DELIVERY = "own_delivery"  # the shop's own van or courier
    COLLECT_IN_STORE = "collect_in_store"  # slip only; Shopify is told it is ready for pickup
    NOTHING = "nothing"  # nothing to ship


@dataclass(frozen=True)
class ShippingRule:
    """One row of the table: what it matches, and the carrier product it chooses."""

    name: str
    product_code: str
    services: tuple[str, ...] = ()
    method_types: frozenset[MethodType] = frozenset({MethodType.SHIPPING})
    service_codes: frozenset[str] = frozenset()  # casefolded; empty: any
    presented_names: frozenset[str] = frozenset()  # casefolded; empty: any
    countries: frozenset[str] = frozenset()  # ISO alpha-2; empty: any
    min_weight_g: int = 0
    max_weight_g: int | None = None

    def matches(self, method: DeliveryMethod, country: str, weight_g: int) -> bool:
        """Whether this rule applies to an order."""
        return (
            method.method_type in self.method_types
            and (not self.service_codes or method.service_code.casefold() in self.service_codes)
            and (
                not self.presented_names
                or method.presented_name.strip().casefold() in self.presented_names
            )
            and (not self.countries or country.upper() in self.countries)
            and weight_g >= self.min_weight_g
            and (self.max_weight_g is None or weight_g <= self.max_weight_g)
        )


@dataclass(frozen=True)
class ShippingDecision:
    """What to do with one order's box; ``problem`` is set (in words) when it cannot ship."""

    action: Action
    product_code: str = ""
    services: tuple[str, ...] = ()
    rule_name: str = ""
    service_point_id: str = ""
    automatic_service_point: bool = False
    problem: str = ""

    @property
    def stopped(self) -> bool:
        """True when no rule matched: the order becomes an exception before any label."""
        return bool(self.problem)


def decide(
    rules: Sequence[ShippingRule], method: DeliveryMethod, country: str, weight_g: int
) -> ShippingDecision:
    """The decision for one order: by delivery method type first, then the first matching rule."""
    kind = method.method_type
    if kind is MethodType.NONE:
        return ShippingDecision(Action.NOTHING)
    if kind is MethodType.PICK_UP:
        return ShippingDecision(Action.COLLECT_IN_STORE)
    if kind is MethodType.LOCAL:
        return ShippingDecision(Action.OWN_DELIVERY)
    rule = next((r for r in rules if r.matches(method, country, weight_g)), None)
    if rule is None:
        shown = method.presented_name or method.service_code or "(no name)"
        return ShippingDecision(
            Action.CARRIER,
            problem=said(
                "Booking",
                "No shipping rule matches this order: delivery {delivery} ({kind}) to {country}, "
                "{kg} kg. Add a rule in Settings → Shipping rules, or a lead can choose the "
                "carrier product for this order.",
                delivery=repr(shown),
                kind=kind.value,
                country=country.upper() or "?",
                kg=f"{weight_g / 1000:.2f}",
            ),
        )
    pickup = kind is MethodType.PICKUP_POINT
    return ShippingDecision(
        Action.CARRIER,
        product_code=rule.product_code,
        services=rule.services,
        rule_name=rule.name,
        service_point_id=method.pickup_point_id if pickup else "",
        automatic_service_point=pickup and not method.pickup_point_id,
    )


def _strings(name: str, key: str, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ShippingRuleError(
            said(
                "Settings",
                "Shipping rule {rule}: {key} must be text or a list of texts",
                rule=repr(name),
                key=key,
            )
        )
    return tuple(v.strip() for v in value)


def _grams(name: str, key: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ShippingRuleError(
            said(
                "Settings",
                "Shipping rule {rule}: {key} must be a whole number of grams",
                rule=repr(name),
                key=key,
            )
        )
    return value


_KEYS = frozenset(
    {
        "name",
        "method_type",
        "service_code",
        "presented_name",
        "countries",
        "min_weight_g",
        "max_weight_g",
        "product_code",
        "services",
    }
)


def parse_rule(spec: Mapping[str, object], number: int) -> ShippingRule:
    """One ``[[shipping_rule]]`` table, checked; errors name the rule and the key."""
    name = spec.get("name")
    label = name if isinstance(name, str) and name.strip() else f"#{number}"
    unknown = sorted(set(spec) - _KEYS)
    if unknown:
        raise ShippingRuleError(
            said(
                "Settings",
                "Shipping rule {rule}: unknown key(s) {keys}",
                rule=repr(label),
                keys=", ".join(unknown),
            )
        )
    product = spec.get("product_code")
    if not isinstance(product, str) or not product.strip():
        raise ShippingRuleError(
            said("Settings", "Shipping rule {rule}: product_code is missing", rule=repr(label))
        )
    types = _strings(label, "method_type", spec.get("method_type")) or ("SHIPPING",)
    methods = set()
    for text in types:
        if text.upper() not in (MethodType.SHIPPING, MethodType.PICKUP_POINT):
            raise ShippingRuleError(
                said(
                    "Settings",
                    "Shipping rule {rule}: method_type {kind} does not take a carrier product "
                    "(only SHIPPING and PICKUP_POINT do)",
                    rule=repr(label),
                    kind=repr(text),
                )
            )
        methods.add(MethodType(text.upper()))
    countries = _strings(label, "countries", spec.get("countries"))
    bad = [c for c in countries if len(c) != 2 or not c.isalpha()]
    if bad:
        raise ShippingRuleError(
            said(
                "Settings",
                "Shipping rule {rule}: {codes} is not a two-letter country code",
                rule=repr(label),
                codes=", ".join(bad),
            )
        )
    low = _grams(label, "min_weight_g", spec.get("min_weight_g")) or 0
    high = _grams(label, "max_weight_g", spec.get("max_weight_g"))
    if high is not None and high < low:
        raise ShippingRuleError(
            said(
                "Settings",
                "Shipping rule {rule}: max_weight_g is below min_weight_g",
                rule=repr(label),
            )
        )
    services = _strings(label, "services", spec.get("services"))
    if any("," in s for s in services):
        raise ShippingRuleError(
            said("Settings", "Shipping rule {rule}: list services one by one", rule=repr(label))
        )
    return ShippingRule(
        name=label,
        product_code=product.strip(),
        services=tuple(s.upper() for s in services),
        method_types=frozenset(methods),
        service_codes=frozenset(
            s.casefold() for s in _strings(label, "service_code", spec.get("service_code"))
        ),
        presented_names=frozenset(
            s.casefold() for s in _strings(label, "presented_name", spec.get("presented_name"))
        ),
        countries=frozenset(c.upper() for c in countries),
        min_weight_g=low,
        max_weight_g=high,
    )


def parse_rules(specs: object) -> tuple[ShippingRule, ...]:
    """The whole table (a list of TOML tables), in order."""
    if specs is None:
        return ()
    if not isinstance(specs, list) or not all(isinstance(s, Mapping) for s in specs):
        raise ShippingRuleError(
            said("Settings", "shipping_rule must be a list of tables ([[shipping_rule]])")
        )
    return tuple(parse_rule(spec, n) for n, spec in enumerate(specs, start=1))


# -- customs --------------------------------------------------------------------------------

EU_COUNTRIES = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    ]
)
VOEC_COUNTRY = "NO"  # Norway's VAT On E-Commerce scheme: the shop's VOEC number goes along


def needs_customs(sender_country: str, destination: str) -> bool:
    """Whether a parcel crosses the EU's customs border (Norway, UK, Switzerland…)."""
    sender, to = sender_country.upper(), destination.upper()
    return sender != to and ((sender in EU_COUNTRIES) != (to in EU_COUNTRIES))


@dataclass(frozen=True)
class CustomsLine:
    """One kind of goods in the box, as the customs declaration needs it."""

    description: str
    quantity: int
    unit_value: float
    hs_code: str = ""
    origin_country: str = ""
    unit_weight_g: int = 0
    sku: str = ""


def missing_customs(
    destination: str,
    lines: Iterable[CustomsLine],
    currency: str,
    voec_number: str = "",
) -> list[str]:
    """What the declaration still lacks, each in words; empty when the booking can go."""
    problems: list[str] = []
    items = list(lines)
    if not items:
        problems.append("no goods are listed for the customs declaration")
    if not currency.strip():
        problems.append("the currency of the goods' value is unknown")
    for line in items:
        what = line.sku or line.description or "a line"
        lacks = []
        if not line.description.strip():
            lacks.append("a description")
        if not line.hs_code.strip():
            lacks.append("an HS code")
        elif not line.hs_code.replace(" ", "").replace(".", "").isdigit():
            lacks.append(f"a valid HS code (not {line.hs_code!r})")
        if len(line.origin_country.strip()) != 2:
            lacks.append("a country of origin")
        if line.unit_value <= 0:
            lacks.append("a value")
        if lacks:
            problems.append(f"{what} needs {', '.join(lacks)}")
    if destination.upper() == VOEC_COUNTRY and not voec_number.strip():
        problems.append("the shop's VOEC number for Norway is not set (Settings → Carrier)")
    return problems
