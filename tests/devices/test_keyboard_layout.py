"""A US-layout wedge scanner on a computer with another keyboard layout."""

from __future__ import annotations

import pytest

from packstation.devices.scanner.keyboard_layout import (
    AZERTY,
    NORDIC,
    layout_mismatch,
    nordic_meant,
)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("PACKER+0001", "PACKER-0001"),  # the dash key types + on DK/SE/NO
        ("BOWL+02", "BOWL-02"),
        ("PS+CMD+COMPLETE", "PS-CMD-COMPLETE"),
        ("¨C1010570123456789", "]C1010570123456789"),  # ] is the dead diaeresis key
        ("Ë05701234567892", "]E05701234567892"),  # …which composes with the next letter
        ("LOT?42A", "LOT_42A"),
    ],
)
def test_nordic_mangling_is_recognised_with_what_was_meant(typed, meant):
    assert nordic_meant(typed) == meant
    found = layout_mismatch(typed)
    assert found is not None and found.layout == NORDIC and found.meant == meant
    assert "Danish, Swedish or Norwegian" in found.advice()
    assert "keyboard country" in found.advice()


@pytest.mark.parametrize(
    "typed",
    ["PACKER-0001", "5701234567892", "+A123BJC5D6E71", "BOWL", "Øl+1", "ab+", "#1001"],
)
def test_ordinary_and_hibc_codes_are_not_called_mangled(typed):
    assert nordic_meant(typed) is None


def test_azerty_is_still_recognised_first():
    found = layout_mismatch("&é\"'(-è_çà")
    assert found is not None and found.layout == AZERTY and found.meant == "1234567890"
    assert "French AZERTY" in found.advice()


def test_nothing_to_say_about_a_clean_scan():
    assert layout_mismatch("5701234567892") is None
