"""The shipping rule table and the customs check (pure domain)."""

from __future__ import annotations

import tomllib

import pytest

from packstation.domain.shipping_rules import (
    Action,
    CustomsLine,
    DeliveryMethod,
    MethodType,
    ShippingRuleError,
    decide,
    missing_customs,
    needs_customs,
    parse_rules,
)

TABLE = tomllib.loads(
    """
[[shipping_rule]]
name = "GLS parcel shop"
method_type = "PICKUP_POINT"
countries = ["DK"]
product_code = "GLSDK_SD"
services = ["EMAIL_NT", "SMS_NT"]

[[shipping_rule]]
name = "Heavy home delivery"
service_code = "home"
min_weight_g = 20001
product_code = "DAO_DIR"

[[shipping_rule]]
name = "Home delivery DK"
presented_name = "Home Delivery"
countries = ["DK"]
max_weight_g = 20000
product_code = "GLSDK_HD"
services = "EMAIL_NT"

[[shipping_rule]]
name = "Abroad"
countries = ["GB", "NO", "CH"]
product_code = "DHLEX_WW"
"""
)
RULES = parse_rules(TABLE["shipping_rule"])


def shipping(name: str = "Home Delivery", code: str = "") -> DeliveryMethod:
    return DeliveryMethod(MethodType.SHIPPING, service_code=code, presented_name=name)


def test_pickup_point_books_the_customers_chosen_point():
    method = DeliveryMethod(
        MethodType.PICKUP_POINT,
        presented_name="GLS Pakkeshop",
        pickup_point_id="96271",
        pickup_point_name="Netto Vesterbro",
    )
    decision = decide(RULES, method, "DK", 900)
    assert decision.action is Action.CARRIER
    assert (decision.product_code, decision.services) == ("GLSDK_SD", ("EMAIL_NT", "SMS_NT"))
    assert decision.service_point_id == "96271" and not decision.automatic_service_point


def test_pickup_point_without_a_chosen_point_lets_the_carrier_choose():
    decision = decide(RULES, DeliveryMethod(MethodType.PICKUP_POINT), "DK", 900)
    assert decision.automatic_service_point and decision.service_point_id == ""


def test_collect_in_store_local_and_none_need_no_rule():
    assert decide((), DeliveryMethod(MethodType.PICK_UP), "DK", 1).action is Action.COLLECT_IN_STORE
    assert decide((), DeliveryMethod(MethodType.LOCAL), "DK", 1).action is Action.OWN_DELIVERY
    assert decide((), DeliveryMethod(MethodType.NONE), "DK", 1).action is Action.NOTHING
    assert MethodType.parse("RETAIL") is MethodType.NONE
    assert MethodType.parse("pickup_point") is MethodType.PICKUP_POINT


def test_first_matching_rule_wins_by_name_code_country_and_weight():
    assert decide(RULES, shipping(), "DK", 1500).product_code == "GLSDK_HD"
    assert decide(RULES, shipping("home delivery "), "DK", 1500).rule_name == "Home delivery DK"
    assert decide(RULES, shipping("Whatever", code="HOME"), "DK", 25_000).product_code == "DAO_DIR"
    assert decide(RULES, shipping("Anything"), "GB", 3000).product_code == "DHLEX_WW"


def test_no_rule_matches_is_an_explicit_stop_in_words():
    decision = decide(RULES, shipping("Home Delivery"), "SE", 1500)
    assert decision.stopped and decision.product_code == ""
    assert "No shipping rule matches" in decision.problem
    assert "'Home Delivery'" in decision.problem and "SE" in decision.problem
    assert "1.50 kg" in decision.problem
    heavy = decide(RULES, shipping("Home Delivery"), "DK", 20_001)
    assert heavy.stopped


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        ({"name": "x"}, "product_code is missing"),
        ({"name": "x", "product_code": "A", "method_type": "PICK_UP"}, "does not take a carrier"),
        ({"name": "x", "product_code": "A", "countries": ["DEN"]}, "not a two-letter"),
        ({"name": "x", "product_code": "A", "max_weight_g": -1}, "whole number of grams"),
        ({"name": "x", "product_code": "A", "min_weight_g": 5, "max_weight_g": 1}, "below"),
        ({"name": "x", "product_code": "A", "servicez": "B"}, "unknown key(s) servicez"),
        ({"name": "x", "product_code": "A", "services": "A,B"}, "one by one"),
        ({"product_code": "A", "services": 3}, "'#1': services must be text"),
    ],
)
def test_a_wrong_rule_is_refused_with_its_name_and_the_problem(rule, words):
    with pytest.raises(ShippingRuleError, match="Shipping rule") as caught:
        parse_rules([rule])
    assert words in str(caught.value)


def test_rules_must_be_a_list_of_tables():
    with pytest.raises(ShippingRuleError, match=r"\[\[shipping_rule\]\]"):
        parse_rules({"name": "x"})
    assert parse_rules(None) == ()


def test_customs_is_needed_across_the_eu_border_only():
    assert needs_customs("DK", "NO") and needs_customs("DK", "GB") and needs_customs("DK", "CH")
    assert not needs_customs("DK", "SE") and not needs_customs("DK", "DK")
    assert needs_customs("NO", "DK")


def test_missing_customs_data_is_listed_in_words():
    lines = [
        CustomsLine("Wool scarf", 1, 349.0, hs_code="6117.10", origin_country="DK", sku="SC-1"),
        CustomsLine("", 2, 0.0, sku="MUG-2"),
        CustomsLine("Candle", 1, 99.0, hs_code="candle", origin_country="DK", sku="C-3"),
    ]
    problems = missing_customs("NO", lines, "DKK", voec_number="")
    assert problems == [
        "MUG-2 needs a description, an HS code, a country of origin, a value",
        "C-3 needs a valid HS code (not 'candle')",
        "the shop's VOEC number for Norway is not set (Settings → Carrier)",
    ]
    assert missing_customs("GB", lines[:1], "DKK") == []
    assert missing_customs("NO", lines[:1], "DKK", "VOEC 2041234") == []
    assert missing_customs("CH", [], "") == [
        "no goods are listed for the customs declaration",
        "the currency of the goods' value is unknown",
    ]
