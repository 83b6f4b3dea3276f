"""The shipping rules table (Settings → Carrier) to the rules file and back, checked."""

from __future__ import annotations

import pytest

from packstation.carriers.rules_file import RuleRow, rows_from_file, save_rules
from packstation.config import load_shipping_rules
from packstation.domain.shipping_rules import MethodType, ShippingRuleError

ROWS = [
    RuleRow(
        name="GLS parcel shop",
        method_type="PICKUP_POINT",
        countries="dk",
        product_code="GLSDK_SD",
        services="EMAIL_NT, sms_nt",
    ),
    RuleRow(name="Heavy", service_code="standard", min_weight_g="20001", product_code="DAO_DIR"),
    RuleRow(
        name="Home", presented_name="Home Delivery", max_weight_g="20000", product_code="GLSDK_HD"
    ),
]


def test_rows_saved_are_the_rules_the_station_loads(tmp_path):
    path = tmp_path / "shipping-rules.toml"
    saved = save_rules(path, ROWS)
    loaded = load_shipping_rules(path)
    assert loaded == saved
    assert [r.name for r in loaded] == ["GLS parcel shop", "Heavy", "Home"]
    assert loaded[0].method_types == frozenset({MethodType.PICKUP_POINT})
    assert loaded[0].countries == frozenset({"DK"}) and loaded[0].services == ("EMAIL_NT", "SMS_NT")
    assert loaded[1].min_weight_g == 20001 and loaded[2].max_weight_g == 20000
    again = rows_from_file(path)
    assert [r.product_code for r in again] == ["GLSDK_SD", "DAO_DIR", "GLSDK_HD"]
    assert save_rules(path, again) == saved


@pytest.mark.parametrize(
    ("row", "words"),
    [
        (RuleRow(name="No product"), "product_code is missing"),
        (RuleRow(name="Bad land", countries="Denmark", product_code="X"), "two-letter"),
        (RuleRow(name="Grams", min_weight_g="heavy", product_code="X"), "whole number of grams"),
    ],
)
def test_a_wrong_row_is_refused_in_words_and_nothing_is_written(tmp_path, row, words):
    path = tmp_path / "shipping-rules.toml"
    with pytest.raises(ShippingRuleError, match=words):
        save_rules(path, [row])
    assert not path.exists()
