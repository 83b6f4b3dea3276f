"""GS1 element strings and AIM identifiers: spec examples, properties, and biip as a referee."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from packstation.domain.barcodes import GS, gtin14, gtin_check_digit, is_valid_gtin
from packstation.domain.gs1 import (
    AI_TABLE,
    Gs1Error,
    gs1_date,
    parse_element_string,
    parse_hri,
    predefined_length,
)
from packstation.domain.scan_input import interpret
from packstation.domain.symbology import split_symbology

GTIN = "09501101530003"


def test_gs1_128_with_fnc1_as_group_separator():
    data = parse_element_string(f"01{GTIN}1725123110ABC123{GS}21SER42")
    assert data.elements == (("01", GTIN), ("17", "251231"), ("10", "ABC123"), ("21", "SER42"))
    assert (data.gtin, data.lot, data.serial) == (GTIN, "ABC123", "SER42")
    assert data.expiry == date(2025, 12, 31)


def test_the_pipe_substitute_and_a_needless_separator_after_a_fixed_field():
    data = parse_element_string(f"01{GTIN}|10ABC|21X")
    assert data.elements == (("01", GTIN), ("10", "ABC"), ("21", "X"))


def test_without_a_separator_a_variable_field_swallows_the_rest():
    data = parse_element_string(f"01{GTIN}10032915210525")
    assert data.lot == "032915210525"


def test_human_readable_form():
    data = parse_hri(f"(01){GTIN}(17)251231(10)ABC123(21)SER42")
    assert data.elements[2] == ("10", "ABC123")


def test_weights_carry_their_decimals():
    assert parse_element_string(f"01{GTIN}3103001250").net_weight_kg == Decimal("1.250")


def test_day_zero_is_the_last_day_of_the_month_and_centuries_slide():
    assert gs1_date("240200", today=date(2026, 11, 23)) == date(2024, 2, 29)
    assert gs1_date("990101", today=date(2026, 11, 23)) == date(1999, 1, 1)
    assert gs1_date("750101", today=date(2026, 11, 23)) == date(2075, 1, 1)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (f"01{GTIN[:-1]}4", "check digit"),
        ("0112345", "needs 14"),
        (f"01{GTIN}17251331", "not a date"),
        (f"01{GTIN}23ABC", "unknown application identifier"),
        (f"01{GTIN}10" + "X" * 21, "longer than 20"),
    ],
)
def test_invalid_element_strings_are_explained(text, problem):
    with pytest.raises(Gs1Error, match=problem):
        parse_element_string(text)


def test_predefined_lengths_follow_the_general_specifications():
    assert predefined_length("01") and predefined_length("17") and predefined_length("3103")
    assert not predefined_length("10") and not predefined_length("21")
    assert not predefined_length("400") and predefined_length("410")


def test_aim_identifiers_are_recognised_and_stripped():
    symbology, data = split_symbology("]E05701234567892")
    assert symbology is not None and symbology.name == "EAN/UPC" and data == "5701234567892"
    assert split_symbology("5701234567892") == (None, "5701234567892")
    scan = interpret(f"]C101{GTIN}10LOT7{GS}21SN1")
    assert scan.symbology is not None and scan.symbology.gs1
    assert (scan.match_code, scan.gs1.lot, scan.gs1.serial) == (GTIN, "LOT7", "SN1")


def test_a_gs1_datamatrix_and_a_qr_match_by_gtin():
    assert interpret(f"]d201{GTIN}21ABC").match_code == GTIN
    assert interpret(f"]Q301{GTIN}{GS}10L1").gs1.lot == "L1"


def test_plain_codes_are_left_alone():
    for code in ("5701234567892", "MUG-01", "10ABC", "0036000291452"):
        scan = interpret(code)
        assert scan.gs1 is None and scan.match_code == code


def test_a_gs1_identifier_with_broken_data_is_an_error():
    with pytest.raises(Gs1Error):
        interpret("]C101123")


# -- properties ------------------------------------------------------------------------------

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_ean13_built_with_its_check_digit_is_valid(body):
    ean = body + str(gtin_check_digit(body))
    assert is_valid_gtin(ean)
    broken = ean[:-1] + str((int(ean[-1]) + 1) % 10)
    assert not is_valid_gtin(broken)


@given(st.text(alphabet="0123456789", min_size=11, max_size=11))
def test_upc_a_ean13_and_gtin14_forms_are_one_product(body):
    upc = body + str(gtin_check_digit(body))
    assert gtin14(upc) == gtin14("0" + upc) == gtin14("00" + upc) == "00" + upc


ALNUM = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-", min_size=1, max_size=20)


@st.composite
def element_strings(draw):
    body = draw(st.text(alphabet="0123456789", min_size=13, max_size=13))
    parts = [("01", body + str(gtin_check_digit(body)))]
    for ai in draw(
        st.lists(
            st.sampled_from(["10", "11", "17", "21", "30", "3103", "37"]), max_size=4, unique=True
        )
    ):
        spec = AI_TABLE[ai]
        if spec.kind == "date":
            value = (
                f"{draw(st.integers(0, 99)):02d}{draw(st.integers(1, 12)):02d}"
                f"{draw(st.integers(1, 28)):02d}"
            )
        elif spec.fixed:
            value = "".join(draw(digits) for _ in range(spec.length))
        elif spec.numeric:
            value = str(draw(st.integers(1, 10**spec.length - 1)))
        else:
            value = draw(ALNUM)
        parts.append((ai, value))
    return parts


@settings(max_examples=300, deadline=None)
@given(element_strings())
def test_parsing_agrees_with_biip(parts):
    biip = pytest.importorskip("biip")
    text = ""
    for ai, value in parts:
        text += ai + value + ("" if predefined_length(ai) else GS)
    ours = parse_element_string(text).elements
    theirs = biip.parse("]C1" + text).gs1_message.element_strings
    assert ours == tuple((e.ai.ai, e.value) for e in theirs) == tuple(parts)
