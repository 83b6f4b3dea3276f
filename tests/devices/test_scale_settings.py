"""The scale, tolerance and box settings, checked at start; and the scale line of ``doctor``."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from packstation.config import ConfigError, boxes_path, load_boxes, load_settings
from packstation.devices.scale.doctor import scale_line
from packstation.devices.scale.factory import ScaleSettingError, make_scale, parse_scale_setting
from packstation.devices.scale.hid_scale import HidScale
from packstation.devices.scale.null import NullScale
from packstation.devices.scale.serial_protocols import PROTOCOLS
from packstation.devices.scale.serial_scale import SerialScale, SerialScaleSettings
from tests.devices.scale_fakes import PtyScale


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("serial:/dev/ttyUSB0@9600:mtsics", SerialScaleSettings("/dev/ttyUSB0", 9600, "mtsics")),
        ("serial:COM3:nci", SerialScaleSettings("COM3", 9600, "nci")),
        (
            "serial:/dev/ttyS0@4800:toledo8217:lb",
            SerialScaleSettings("/dev/ttyS0", 4800, "toledo8217", "lb"),
        ),
        (
            "serial:usb:0EB8:F000@9600:MTSICS",
            SerialScaleSettings("usb:0EB8:F000", 9600, "mtsics"),
        ),
    ],
)
def test_serial_settings_parse(text, expected):
    assert parse_scale_setting(text).serial == expected


def test_every_kind_makes_its_scale():
    assert isinstance(make_scale("none"), NullScale)
    assert isinstance(make_scale(""), NullScale)
    assert isinstance(make_scale("hid:auto"), HidScale)
    assert isinstance(make_scale("serial:/dev/ttyUSB0:nci"), SerialScale)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("usb", "Unknown scale setting 'usb'; use one of: none | serial:"),
        ("serial:/dev/ttyUSB0", "needs a protocol at the end, one of: mtsics, toledo8217, nci"),
        ("serial:/dev/ttyUSB0:sics", "needs a protocol at the end"),
        ("serial:/dev/ttyUSB0@fast:nci", "baud rate 'fast' is not a number"),
        ("hid:", "needs a device: hid:auto"),
    ],
)
def test_wrong_settings_are_refused_in_words(text, words):
    with pytest.raises(ScaleSettingError) as error:
        parse_scale_setting(text)
    assert words in str(error.value)


@pytest.fixture
def config(tmp_path, monkeypatch):
    path = tmp_path / "config.toml"
    monkeypatch.setenv("PACKSTATION_CONFIG", str(path))
    return path


def test_a_wrong_scale_or_tolerance_stops_the_start(config, tmp_path):
    settings = load_settings(data_dir=tmp_path)
    assert (settings.scale, settings.weight_tolerance_g) == ("none", 50)
    assert settings.weight_tolerance_percent == 5.0
    for text, words in (
        ('scale = "serial:/dev/ttyUSB0"', "needs a protocol"),
        ("weight_tolerance_g = -5", "weight_tolerance_g must be 0 or more"),
        ("weight_tolerance_percent = 150", "between 0 and 100, not 150"),
    ):
        config.write_text(f"[station]\n{text}\n", encoding="utf-8")
        with pytest.raises(ConfigError, match=words):
            load_settings(data_dir=tmp_path)


def test_the_box_catalogue_is_read_beside_the_config(config, tmp_path):
    settings = load_settings(data_dir=tmp_path)
    assert boxes_path(settings) == tmp_path / "boxes.toml"
    assert load_boxes(boxes_path(settings)) == ()
    (tmp_path / "boxes.toml").write_text(
        '[[box]]\nname = "Small"\nbarcode = "BOX-S"\nlength_mm = 300\nwidth_mm = 200\n'
        "height_mm = 100\ntare_g = 150\nmax_weight_g = 5000\n",
        encoding="utf-8",
    )
    (box,) = load_boxes(boxes_path(settings))
    assert (box.name, box.tare_g) == ("Small", 150)
    (tmp_path / "boxes.toml").write_text('[[box]]\nname = "Small"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"boxes\.toml: box 'Small' has no length_mm"):
        load_boxes(boxes_path(settings))
    (tmp_path / "boxes.toml").write_text("[[box]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="Cannot read"):
        load_boxes(boxes_path(settings))
    other = load_settings(data_dir=tmp_path, boxes_file=str(tmp_path / "b.toml"))
    assert boxes_path(other) == tmp_path / "b.toml"


def test_doctor_line_for_each_case(tmp_path):
    assert scale_line("none") == (True, "scale", "none configured: labels use the expected weight")
    assert scale_line("bogus")[0] is False
    ok, _, words = scale_line(f"serial:{tmp_path / 'absent'}:mtsics", wait_seconds=0.5)
    assert not ok and "disconnected" in words
    fake = PtyScale(tmp_path / "scale0", PROTOCOLS["mtsics"].request)
    fake.answer = b"S S 1240 g\r\n"
    try:
        assert scale_line(f"serial:{fake.link}@9600:mtsics") == (
            True,
            "scale",
            f"Mettler Toledo MT-SICS on {fake.link}: 1,240 g",
        )
    finally:
        fake.unplug()


@pytest.mark.slow
def test_packstation_doctor_prints_the_scale_line(tmp_path):
    fake = PtyScale(tmp_path / "scale0", PROTOCOLS["nci"].request)
    fake.answer = b"\n  0.480kg\r\n00\r\x03"
    (tmp_path / "config.toml").write_text(
        f'[station]\nscale = "serial:{fake.link}:nci"\n', encoding="utf-8"
    )
    env = {
        **os.environ,
        "PACKSTATION_DATA_DIR": str(tmp_path / "data"),
        "PACKSTATION_CONFIG": str(tmp_path / "config.toml"),
    }
    try:
        result = subprocess.run(
            [sys.executable, "-m", "packstation", "doctor", "--demo"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    finally:
        fake.unplug()
    assert f"[ok] scale: NCI/Brecknell on {fake.link}: 480 g" in result.stdout, result.stdout
