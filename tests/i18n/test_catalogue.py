"""The pure-Python side of translations: reading .ts catalogues, plural forms, local formats."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from packstation.i18n import (
    Catalogue,
    Translator,
    format_date,
    format_datetime,
    format_number,
    format_weight,
    normalise_language,
    translator_for,
)

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Slip</name>
    <message>
        <source>Packing slip</source>
        <translation>Pakkeseddel</translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <translation>
            <numerusform>%n stk.</numerusform>
            <numerusform>%n stk. i alt</numerusform>
        </translation>
    </message>
    <message>
        <source>Returns</source>
        <translation type="unfinished">Retur</translation>
    </message>
</context>
</TS>
"""


def danish(tmp_path: Path) -> Translator:
    path = tmp_path / "packstation_da.ts"
    path.write_text(TS, encoding="utf-8")
    return Translator(Catalogue.parse(path, "da"))


def test_finished_messages_are_translated_and_unfinished_stay_english(tmp_path):
    tr = danish(tmp_path)
    assert tr("Slip", "Packing slip") == "Pakkeseddel"
    assert tr("Slip", "Returns") == "Returns"
    assert tr("Other", "Packing slip") == "Packing slip"


def test_plural_forms_follow_the_count_and_write_it_locally(tmp_path):
    tr = danish(tmp_path)
    assert tr("Slip", "%n units", 1) == "1 stk."
    assert tr("Slip", "%n units", 2) == "2 stk. i alt"
    assert tr("Slip", "%n units", 1200) == "1.200 stk. i alt"
    assert translator_for("en")("Slip", "%n units", 3) == "3 units"


def test_language_codes_as_people_write_them():
    assert normalise_language("da_DK.UTF-8") == "da"
    assert normalise_language("nb-NO") == "nb"
    assert normalise_language("no") == "nb"
    assert normalise_language("SV") == "sv"
    assert normalise_language("fr") == "en"


def test_numbers_weights_and_dates_follow_the_language():
    assert format_number(1234.5, "da", 1) == "1.234,5"
    assert format_number(1234.5, "sv", 1) == "1\u00a0234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_weight(850, "nl") == "850 g"
    assert format_weight(1250, "da") == "1,25 kg"
    assert format_weight(2000, "nb") == "2 kg"
    assert format_date(date(2026, 11, 26), "da") == "26.11.2026"
    assert format_date(date(2026, 11, 26), "sv") == "2026-11-26"
    assert format_date(date(2026, 11, 26), "nl") == "26-11-2026"
    assert format_datetime(datetime(2026, 11, 26, 14, 5), "nb") == "26.11.2026 14:05"
