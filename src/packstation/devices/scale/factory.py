"""Scales from their setting: ``none``, ``serial:PORT@BAUD:PROTOCOL[:UNIT]``, ``hid:PATH|auto``."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.devices.scale.base import GRAMS_PER_UNIT, ReadingCallback, Scale
from packstation.devices.scale.hid_scale import HidScale
from packstation.devices.scale.null import NullScale
from packstation.devices.scale.serial_protocols import PROTOCOLS
from packstation.devices.scale.serial_scale import SerialScale, SerialScaleSettings

FORMS = (
    "none | serial:/dev/ttyUSB0[@9600]:PROTOCOL[:UNIT] (PROTOCOL: "
    + ", ".join(PROTOCOLS)
    + ") | hid:auto | hid:/dev/hidraw0"
)


class ScaleSettingError(ValueError):
    """A scale setting that names no known kind of scale."""


@dataclass(frozen=True)
class ScaleSetting:
    """A checked scale setting."""

    kind: str  # "none", "serial" or "hid"
    serial: SerialScaleSettings | None = None
    hid_path: str = ""


def parse_scale_setting(text: str) -> ScaleSetting:
    """Check a scale setting and say in words what is wrong with it."""
    kind, _, rest = text.strip().partition(":")
    kind = kind.lower()
    if kind in ("", "none"):
        return ScaleSetting("none")
    if kind == "hid":
        if not rest:
            raise ScaleSettingError(f"Scale setting {text!r} needs a device: hid:auto")
        return ScaleSetting("hid", hid_path=rest)
    if kind == "serial":
        return ScaleSetting("serial", serial=_serial(text, rest))
    raise ScaleSettingError(f"Unknown scale setting {text!r}; use one of: {FORMS}")


def _serial(text: str, rest: str) -> SerialScaleSettings:
    head, _, last = rest.rpartition(":")
    unit = "kg"
    if last.lower() in GRAMS_PER_UNIT and head.rpartition(":")[2].lower() in PROTOCOLS:
        unit = last.lower()
        head, _, last = head.rpartition(":")
    protocol = last.lower()
    if not head or protocol not in PROTOCOLS:
        raise ScaleSettingError(
            f"Scale setting {text!r} needs a protocol at the end, one of: {', '.join(PROTOCOLS)}"
        )
    port, _, baud = head.partition("@")
    if baud and not baud.isdigit():
        raise ScaleSettingError(f"Scale setting {text!r}: baud rate {baud!r} is not a number")
    return SerialScaleSettings(port=port, baudrate=int(baud or 9600), protocol=protocol, unit=unit)


def make_scale(text: str, on_reading: ReadingCallback | None = None) -> Scale:
    """The (not yet started) scale a setting names."""
    setting = parse_scale_setting(text)
    if setting.serial is not None:
        return SerialScale(setting.serial, on_reading)
    if setting.kind == "hid":
        return HidScale(setting.hid_path, on_reading)
    return NullScale()
