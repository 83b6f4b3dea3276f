"""The whole GS1 Barcode Syntax Dictionary: every AI parses, and biip agrees (issue 12)."""

from __future__ import annotations

import random
import runpy
from datetime import date
from pathlib import Path

import pytest

from packstation.domain.barcodes import GS
from packstation.domain.gs1 import (
    AI_TABLE,
    Gs1Error,
    expiry_warning,
    parse_element_string,
    parse_hri,
    predefined_length,
)
from packstation.domain.scan_input import interpret
from tests.domain.gs1_codes import GENERATABLE, element_string

GTIN = "09501101530003"
ROOT = Path(__file__).resolve().parents[2]


def test_the_generated_table_is_the_dictionary_in_the_repository():
    script = runpy.run_path(str(ROOT / "scripts" / "gen_gs1_table.py"))
    dictionary = (ROOT / "scripts" / "gs1" / "gs1-syntax-dictionary.txt").read_text("utf-8")
    generated = (ROOT / "src" / "packstation" / "domain" / "gs1_table.py").read_text("utf-8")
    assert script["render"](script["parse"](dictionary)) == generated
    assert len(AI_TABLE) > 500


def test_additional_id_240_and_internal_99_parse():
    data = parse_element_string(f"01{GTIN}240ABC-123{GS}99INTERNAL/7")
    assert data.elements == (("01", GTIN), ("240", "ABC-123"), ("99", "INTERNAL/7"))
    assert parse_hri(f"(01){GTIN}(240)XYZ(99)1").get("99") == "1"
    assert interpret(f"]C101{GTIN}240PART9").match_code == GTIN


def test_separators_follow_the_dictionary():
    for ai in ("00", "01", "17", "20", "3103", "410"):
        assert predefined_length(ai), ai
    for ai in ("10", "21", "240", "400", "8006", "99", "7003"):
        assert not predefined_length(ai), ai


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("2531234567890127", "check digit"),  # GDTI: N13 with a check digit, then optional X..17
        (f"01{GTIN}800826139912{GS}", "not a date"),  # PROD TIME: YYMMDD first
        ("4330001234Q", "does not allow"),  # MAX TEMP: an optional minus sign only
        ("7003" + "1" * 11, "needs 10"),  # EXPIRY TIME: N10
    ],
)
def test_component_rules_from_the_dictionary(text, problem):
    with pytest.raises(Gs1Error, match=problem):
        parse_element_string(text)


def test_optional_components_may_be_left_out_or_given():
    assert parse_element_string("2531234567890128").get("253") == "1234567890128"
    assert parse_element_string("2531234567890128DOC-7").get("253") == "1234567890128DOC-7"
    assert parse_element_string("4330001234-").get("4330") == "001234-"


def test_an_expired_item_gives_an_amber_warning_with_the_lead_setting():
    data = parse_element_string(f"01{GTIN}17260131")
    warning = expiry_warning(data, date(2026, 11, 26), lead_must_approve=True)
    assert warning is not None and warning.tone == "amber"
    assert warning.expiry == date(2026, 1, 31) and warning.days_past == 299
    assert "2026-01-31" in warning.message() and "lead" in warning.message()
    assert expiry_warning(data, date(2026, 11, 26)).lead_must_approve is False


def test_no_warning_on_the_last_day_or_without_an_expiry():
    data = parse_element_string(f"01{GTIN}17261126")
    assert expiry_warning(data, date(2026, 11, 26)) is None
    assert expiry_warning(parse_element_string(f"01{GTIN}10L1"), date(2026, 11, 26)) is None
    assert expiry_warning(None, date(2026, 11, 26)) is None


def test_the_day_00_expiry_is_the_end_of_its_month():
    data = parse_element_string(f"01{GTIN}17261100")
    assert expiry_warning(data, date(2026, 11, 30)) is None
    assert expiry_warning(data, date(2026, 12, 1)) is not None


def test_most_of_the_table_is_generated_against_biip():
    assert len(GENERATABLE) > 400


def test_parsing_agrees_with_biip_on_2000_generated_codes():
    biip = pytest.importorskip("biip")
    rng = random.Random(2026)
    for _ in range(2000):
        text, parts = element_string(rng)
        ours = parse_element_string(text).elements
        theirs = biip.parse("]C1" + text).gs1_message.element_strings
        assert ours == tuple(parts), text
        assert ours == tuple((e.ai.ai, e.value) for e in theirs), text


def test_the_expired_needs_lead_setting_reads_from_config_and_environment(tmp_path, monkeypatch):
    from packstation.config import load_settings

    config = tmp_path / "config.toml"
    monkeypatch.setenv("PACKSTATION_CONFIG", str(config))
    assert load_settings(data_dir=tmp_path).expired_needs_lead is False
    config.write_text("[station]\nexpired_needs_lead = true\n", encoding="utf-8")
    assert load_settings(data_dir=tmp_path).expired_needs_lead is True
    monkeypatch.setenv("PACKSTATION_EXPIRED_NEEDS_LEAD", "no")
    assert load_settings(data_dir=tmp_path).expired_needs_lead is False
