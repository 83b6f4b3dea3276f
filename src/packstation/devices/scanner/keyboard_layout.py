"""Spotting a wedge scanner that types for the wrong keyboard layout (pure)."""

from __future__ import annotations

# What the digit keys 0–9 of a US-layout scanner produce on a French AZERTY keyboard.
AZERTY_DIGITS = {
    "à": "0",
    "&": "1",
    "é": "2",
    '"': "3",
    "'": "4",
    "(": "5",
    "-": "6",
    "è": "7",
    "_": "8",
    "ç": "9",
}
# German QWERTZ swaps Y and Z.


def azerty_digits(text: str) -> str | None:
    """The digits a scan meant, when it looks AZERTY-mangled (``&é"'`` for ``1234``)."""
    if len(text) < 4:
        return None
    mangled = sum(1 for ch in text if ch in AZERTY_DIGITS)
    if mangled < len(text) / 2 or any(not (ch in AZERTY_DIGITS or ch.isalnum()) for ch in text):
        return None
    return "".join(AZERTY_DIGITS.get(ch, ch) for ch in text)


def describe_keys(text: str) -> str:
    """Characters as a person can read them: control characters by name, e.g. ``<GS>``."""
    names = {
        "\x1d": "<GS>",
        "\r": "<CR>",
        "\n": "<LF>",
        "\t": "<TAB>",
        "\x02": "<STX>",
        "\x03": "<ETX>",
        "\x1e": "<RS>",
        "\x04": "<EOT>",
    }
    return "".join(names.get(ch, ch if ch.isprintable() else f"<{ord(ch):02X}>") for ch in text)
