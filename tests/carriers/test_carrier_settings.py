"""Carrier settings, the rules file, the key in the keyring, and doctor's carrier lines."""

from __future__ import annotations

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from packstation.carriers.base import CarrierAuthRefused
from packstation.carriers.credentials import (
    ENV_KEY,
    ENV_USER,
    CarrierCredentials,
    load_carrier_credentials,
    save_carrier_credentials,
)
from packstation.carriers.doctor import carrier_lines
from packstation.carriers.registry import CarrierConfig, factory, make_carrier
from packstation.carriers.shipmondo.connector import ShipmondoCarrier
from packstation.config import (
    ConfigError,
    load_settings,
    load_shipping_rules,
    shipping_rules_path,
)


@pytest.fixture
def file_keyring(tmp_path):
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_config(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    for name in (ENV_USER, ENV_KEY):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "config.toml"


def test_carrier_settings_are_read_and_checked(no_config, tmp_path):
    no_config.write_text(
        '[station]\ncarrier_kind = "shipmondo"\ncarrier_base_url = "http://127.0.0.1:1/api"\n'
        'carrier_own_agreement = true\ncarrier_label_format = "compact_zpl"\n'
    )
    config = load_settings(data_dir=tmp_path).carrier_config
    assert (config.kind, config.base_url, config.own_agreement, config.label_format) == (
        "shipmondo",
        "http://127.0.0.1:1/api",
        True,
        "compact_zpl",
    )
    with pytest.raises(ConfigError, match="carrier_kind 'postnord' is not one of"):
        load_settings(data_dir=tmp_path, carrier_kind="postnord")
    with pytest.raises(ConfigError, match="carrier_label_format 'a4_pdf' is not one of"):
        load_settings(data_dir=tmp_path, carrier_label_format="a4_pdf")
    with pytest.raises(ValueError, match="not one of"):
        factory("sendcloud")


def test_no_invented_sender_outside_the_demo(no_config, tmp_path):
    real = load_settings(data_dir=tmp_path)
    assert real.sender_name == "" and "Nordlys" not in repr(real.sender)
    assert real.sender_missing == ["name", "street", "postcode", "city", "country"]
    assert load_settings(demo=True, data_dir=tmp_path).sender_missing == []
    assert load_settings(demo=True, data_dir=tmp_path, sender_name="Butik").sender_name == "Butik"


def test_the_rules_file_is_read_and_a_wrong_rule_is_named(no_config, tmp_path):
    settings = load_settings(data_dir=tmp_path)
    path = shipping_rules_path(settings)
    assert path == tmp_path / "shipping-rules.toml"
    assert load_shipping_rules(path) == ()
    path.write_text('[[shipping_rule]]\nname = "Home"\nproduct_code = "GLSDK_HD"\n')
    assert [r.product_code for r in load_shipping_rules(path)] == ["GLSDK_HD"]
    path.write_text('[[shipping_rule]]\nname = "Home"\nproduct = "GLSDK_HD"\n')
    with pytest.raises(ConfigError, match="Shipping rule 'Home': unknown key"):
        load_shipping_rules(path)
    path.write_text("[[shipping_rule]\n")
    with pytest.raises(ConfigError, match="Cannot read"):
        load_shipping_rules(path)


def test_the_key_lives_in_the_keyring_or_the_environment(file_keyring, monkeypatch):
    url = "https://sandbox.example/api"
    assert load_carrier_credentials("shipmondo", url, environ={}) is None
    save_carrier_credentials("shipmondo", url, CarrierCredentials("user-1", "secret-1"))
    stored = load_carrier_credentials("shipmondo", url, environ={})
    assert stored == CarrierCredentials("user-1", "secret-1", "keyring")
    assert "secret-1" not in repr(stored)
    env = {ENV_USER: "env-user", ENV_KEY: "env-key"}
    assert load_carrier_credentials("shipmondo", url, environ=env).source == "environment"
    assert load_carrier_credentials("shipmondo", "https://other", environ={}) is None


def test_shipmondo_without_a_key_is_refused_in_words(file_keyring, no_config):
    with pytest.raises(CarrierAuthRefused, match="No carrier API user and key yet"):
        make_carrier(CarrierConfig("shipmondo", "http://127.0.0.1:9/api"))


def test_doctor_lists_the_account_its_carriers_and_products(emulator):
    creds = CarrierCredentials(emulator.api_user, emulator.api_key)
    lines = carrier_lines(CarrierConfig("shipmondo", emulator.url), [], creds)
    assert lines[0] == (
        True,
        "carrier",
        "account Emulated Webshop ApS answers; carriers: GLS Denmark, PostNord, Bring, "
        "DHL Express, DAO",
    )
    assert lines[1][0] and "GLSDK_HD (GLS Denmark Private Delivery)" in lines[1][2]
    made = make_carrier(CarrierConfig("shipmondo", emulator.url), creds)
    assert isinstance(made, ShipmondoCarrier)
    made.close()


def test_doctor_says_a_refused_key_and_a_missing_sender_in_words(emulator):
    creds = CarrierCredentials(emulator.api_user, "wrong")
    lines = carrier_lines(CarrierConfig("shipmondo", emulator.url), ["name", "city"], creds)
    assert lines[0] == (False, "sender", "the ship-from address lacks name, city")
    assert not lines[1][0] and "The carrier account refused the key" in lines[1][2]
    emulator.stop()
    down = carrier_lines(CarrierConfig("shipmondo", emulator.url), [], creds)
    assert not down[0][0] and "Cannot reach the carrier platform" in down[0][2]
    assert carrier_lines(CarrierConfig("none"), []) == [
        (True, "carrier", "none configured: no carrier labels are booked")
    ]
