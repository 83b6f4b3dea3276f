"""The USB HID postal scale report (usage page 0x8D), read into a reading; pure.

Layout (Dymo M10/M25, Mettler PS60 and other POS scales): byte 0 the report id (3), byte 1
the status, byte 2 the unit, byte 3 a signed power-of-ten exponent, bytes 4-5 the weight
(little-endian, unsigned).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from packstation.devices.scale.base import ScaleReading, ScaleState, UnknownUnit, to_grams

DATA_REPORT_ID = 3
REPORT_SIZE = 6
SCALE_USAGE_PAGE = 0x8D

# Status byte of the scale data report.
FAULT, STABLE_ZERO, IN_MOTION, STABLE, UNDER_ZERO, OVER_LIMIT = 1, 2, 3, 4, 5, 6
NEEDS_CALIBRATION, NEEDS_REZERO = 7, 8

# Weight units of the HID POS usage tables.
HID_UNITS = {1: "mg", 2: "g", 3: "kg", 4: "ct", 10: "ozt", 11: "oz", 12: "lb"}


def parse_report(report: bytes) -> ScaleReading | None:
    """A scale data report as a reading; None for any other report."""
    if len(report) < REPORT_SIZE or report[0] != DATA_REPORT_ID:
        return None
    status, unit_code, exponent = report[1], report[2], int.from_bytes(report[3:4], signed=True)
    raw = int.from_bytes(report[4:6], "little")
    if status == FAULT:
        return ScaleReading(0, ScaleState.FAULT, "the scale reports a fault")
    if status == NEEDS_CALIBRATION:
        return ScaleReading(0, ScaleState.FAULT, "the scale needs calibrating")
    if status == NEEDS_REZERO:
        return ScaleReading(0, ScaleState.FAULT, "empty the scale and press its zero key")
    if status == STABLE_ZERO:
        return ScaleReading(0, ScaleState.STABLE)
    if status == IN_MOTION:
        return ScaleReading(0, ScaleState.MOTION)
    if status == UNDER_ZERO:
        return ScaleReading(0, ScaleState.UNDERLOAD)
    if status == OVER_LIMIT:
        return ScaleReading(0, ScaleState.OVERLOAD)
    if status != STABLE:
        return ScaleReading(0, ScaleState.FAULT, f"unknown scale status {status}")
    unit = HID_UNITS.get(unit_code)
    if unit is None:
        return ScaleReading(0, ScaleState.FAULT, f"unknown weight unit code {unit_code}")
    try:
        grams = to_grams(Decimal(raw).scaleb(exponent), unit)
    except UnknownUnit as exc:  # pragma: no cover - HID_UNITS only names known units
        return ScaleReading(0, ScaleState.FAULT, str(exc))
    return ScaleReading(grams, ScaleState.STABLE)


def is_scale_descriptor(descriptor: bytes) -> bool:
    """Whether a report descriptor declares usage page 0x8D (scales)."""
    return b"\x05\x8d" in descriptor or b"\x06\x8d\x00" in descriptor


def find_hid_scale(
    sys_class: Path = Path("/sys/class/hidraw"), dev: Path = Path("/dev")
) -> Path | None:
    """The first hidraw device whose report descriptor is a scale's, or None."""
    if not sys_class.is_dir():
        return None
    for entry in sorted(sys_class.iterdir()):
        try:
            descriptor = (entry / "device" / "report_descriptor").read_bytes()
        except OSError:
            continue
        if is_scale_descriptor(descriptor):
            return dev / entry.name
    return None
