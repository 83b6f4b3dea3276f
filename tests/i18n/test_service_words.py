"""Service, sync and carrier messages a person reads are said again in the station's language."""

from __future__ import annotations

import json

import pytest

from packstation.carriers.base import CarrierAuthRefused
from packstation.carriers.registry import require_credentials
from packstation.i18n.catalogue import translator_for
from packstation.i18n.said import in_language, said, said_as_data, said_from_data, words_of
from packstation.services.exceptions import _what
from packstation.shop.base import ShopAccessRefused
from packstation.shop.shopify.credentials import AccessTokenProvider

LANGUAGES = ("da", "sv", "nb", "nl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shop_and_a_carrier_refusal_pause_in_the_language(language):
    translate = translator_for(language)
    with pytest.raises(ShopAccessRefused) as shop:
        AccessTokenProvider("https://demo.myshopify.com", None)()
    with pytest.raises(CarrierAuthRefused) as carrier:
        require_credentials(None)
    for error in (shop.value, carrier.value):
        paused = words_of(error)  # what sync keeps while it is paused
        assert paused == str(error) and paused.startswith("No ")
        shown = in_language(paused, translate)
        assert shown != str(error) and "PACKSTATION_" in shown  # the variable's name stays


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_carrier_stop_reads_in_the_language_from_the_database(language):
    translate = translator_for(language)
    reason = said("Booking", "No label for {order}: {reason}", order="#1001", reason="GLS 4012")
    stored = json.loads(json.dumps({"reason": str(reason), "said": said_as_data(reason)}))
    what = _what("no_label", stored)
    assert what == "No label for #1001: GLS 4012"
    assert in_language(what, translate) != what and "#1001: GLS 4012" in in_language(
        what, translate
    )
    refused = said("Carrier", "The carrier refused the booking: {reason}", reason="GLS 4012")
    stored = json.loads(json.dumps({"reason": str(refused), "said": said_as_data(refused)}))
    what = _what("carrier_refused", stored)  # the carrier's own words stay as it wrote them
    assert what == "The carrier refused the booking: GLS 4012"
    assert in_language(what, translate).endswith(": GLS 4012")
    assert in_language(what, translate) != what


def test_an_old_exception_without_its_said_still_shows_its_english():
    assert _what("no_label", {"reason": "No label for #1001: out of range"}) == (
        "No label for #1001: out of range"
    )
    assert said_from_data(None, "as written") == "as written"
    assert words_of(ValueError("plain")) == "plain"


@pytest.mark.parametrize("language", LANGUAGES)
def test_scan_problems_from_the_domain_read_in_the_language(language):
    from packstation.domain.barcodes import InvalidScan, clean_scan
    from packstation.domain.gs1 import Gs1Error, parse_hri

    translate = translator_for(language)
    with pytest.raises(Gs1Error) as gs1:
        parse_hri("(01)09501101530004")  # a wrong check digit
    with pytest.raises(InvalidScan) as garbage:
        clean_scan("   ")
    for error in (gs1.value, garbage.value):
        assert in_language(error, translate) != str(error)
    assert "(01)" in in_language(gs1.value, translate)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_box_list_problem_reads_in_the_language(language):
    from packstation.domain.boxes import BoxError, parse_boxes

    with pytest.raises(BoxError) as problem:
        parse_boxes([{"name": "Tube", "barcode": "BOX-T"}])
    shown = in_language(problem.value, translator_for(language))
    assert shown != str(problem.value) and "'Tube'" in shown  # the box's name as written


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_access_scope_is_explained_in_the_language(language):
    from packstation.shop.shopify.connector import REQUIRED_SCOPES, ConnectionReport

    report = ConnectionReport("Nordlys", "nordlys.myshopify.com", (), tuple(REQUIRED_SCOPES))
    translate = translator_for(language)
    for sentence in report.missing_in_words():
        shown = in_language(sentence, translate)
        scope = str(sentence).split(":", 1)[0]
        assert shown.startswith(f"{scope}: ") and shown != sentence  # the scope's name stays


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shop_that_is_down_is_said_in_the_language_on_the_status_bar(language):
    import httpx

    from packstation.shop.base import ShopUnavailable
    from packstation.shop.shopify.credentials import ShopCredentials

    down = httpx.MockTransport(lambda request: httpx.Response(503))
    provider = AccessTokenProvider(
        "https://demo.myshopify.com",
        ShopCredentials(client_id="id", client_secret="secret"),
        transport=down,
    )
    with pytest.raises(ShopUnavailable) as error:
        provider()
    assert str(error.value) == "The shop has a problem (HTTP 503)"
    shown = in_language(words_of(error.value), translator_for(language))
    assert shown != str(error.value) and "(HTTP 503)" in shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_shipping_rule_is_said_in_the_language_where_the_lead_reads_it(language):
    from packstation.domain.shipping_rules import DeliveryMethod, MethodType, decide

    method = DeliveryMethod(MethodType.SHIPPING, presented_name="Home Delivery")
    decision = decide((), method, "SE", 1500)
    reason = said(
        "Booking", "No label for {order}: {reason}", order="#1001", reason=decision.problem
    )
    stored = json.loads(json.dumps({"reason": str(reason), "said": said_as_data(reason)}))
    shown = in_language(_what("no_label", stored), translator_for(language))
    assert "No shipping rule" not in shown and "'Home Delivery'" in shown and "SE" in shown


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shipping_rule_problem_is_said_in_the_language(language):
    from packstation.domain.shipping_rules import ShippingRuleError, parse_rule

    with pytest.raises(ShippingRuleError) as problem:
        parse_rule({"name": "Home", "product_code": "GLSDK_HD", "countries": ["DNK"]}, 1)
    shown = in_language(problem.value, translator_for(language))
    assert shown != str(problem.value) and "'Home'" in shown and "DNK" in shown
