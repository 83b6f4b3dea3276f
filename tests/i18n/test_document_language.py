"""Which language a document speaks: the slip follows the order, the warehouse the station."""

from __future__ import annotations

import pytest

from packstation.config import ConfigError, load_settings
from packstation.i18n import DocumentLanguages, fill, format_percent, translator_for
from packstation.i18n.documents import return_text_problem, slip_language_problem


@pytest.mark.parametrize(
    ("country", "language"),
    [("DK", "da"), ("SE", "sv"), ("NO", "nb"), ("NL", "nl"), ("BE", "nl"), ("dk", "da")],
)
def test_the_slip_follows_the_shipping_country(country, language):
    assert DocumentLanguages("en").slip(country).tr.language == language


def test_other_countries_get_the_stations_language():
    assert DocumentLanguages("sv").slip_language_for("DE") == "sv"
    assert DocumentLanguages("").slip_language_for("US") in {"en", "da", "sv", "nb", "nl"}


def test_the_slip_language_setting_overrides_the_country():
    assert DocumentLanguages("sv", "station").slip_language_for("DK") == "sv"
    assert DocumentLanguages("sv", "nl").slip_language_for("DK") == "nl"
    assert DocumentLanguages("sv", "order").slip_language_for("DK") == "da"


def test_an_unknown_station_language_falls_back_to_english():
    languages = DocumentLanguages("xx")
    assert languages.warehouse.language == "en"
    assert languages.slip_language_for("FR") == "en"
    assert translator_for("klingon")("PackingSlip", "Ship to") == "Ship to"


def test_the_return_text_is_the_one_of_the_slips_language():
    languages = DocumentLanguages(
        "da",
        return_texts={"da": "Retur inden 14 dage til {shop}, mærket {order}.", "sv": ""},
    )
    assert languages.slip("DK").returns("#1001", "Nordlys") == (
        "Retur inden 14 dage til Nordlys, mærket #1001."
    )
    assert languages.slip("SE").returns("#1001", "Nordlys") == ""  # empty: no return text
    assert languages.slip("NL").returns("#1001", "Nordlys") == ""  # not set for Dutch


def test_fill_inserts_values_and_never_parses_them():
    assert fill("Pakkeseddel {order}", order="{shop} ^XA") == "Pakkeseddel {shop} ^XA"
    assert fill("broken {", order="#1") == "broken {"


def test_percent_follows_the_language():
    assert format_percent(0.125, "en") == "12.5%"
    assert format_percent(0.125, "da") == "12,5\u00a0%"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("order", ""),
        ("station", ""),
        ("da", ""),
        ("NL", ""),
        ("fr", "slip_language 'fr' is not one of order, station, en, da, sv, nb, nl"),
    ],
)
def test_slip_language_values(value, problem):
    assert slip_language_problem(value) == problem


def test_return_text_may_use_only_order_and_shop():
    assert return_text_problem("return_text_da", "Retur til {shop}, {order}") == ""
    assert return_text_problem("return_text_da", "Within {days} days") == (
        "return_text_da uses {days}; it may only use {order}, {shop}"
    )
    assert "unmatched" in return_text_problem("return_text_sv", "Retur {order")


def test_settings_load_and_check_the_new_values(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    config.write_text(
        '[station]\nlanguage = "sv"\nslip_language = "station"\n'
        'return_text_sv = "Returnera inom 30 dagar till {shop}, ange {order}."\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("PACKSTATION_CONFIG", str(config))
    monkeypatch.setenv("PACKSTATION_DATA_DIR", str(tmp_path / "data"))
    settings = load_settings()
    languages = settings.document_languages
    assert languages.slip("DK").tr.language == "sv"
    assert languages.slip("DK").returns("#7", "Nordlys").startswith("Returnera inom 30 dagar")
    monkeypatch.setenv("PACKSTATION_SLIP_LANGUAGE", "customer")
    with pytest.raises(ConfigError, match="slip_language 'customer' is not one of"):
        load_settings()
    monkeypatch.setenv("PACKSTATION_SLIP_LANGUAGE", "order")
    monkeypatch.setenv("PACKSTATION_RETURN_TEXT_DA", "Retur inden {dage} dage")
    with pytest.raises(ConfigError, match=r"return_text_da uses \{dage\}"):
        load_settings()
