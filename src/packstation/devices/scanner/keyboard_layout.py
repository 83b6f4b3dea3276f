"""Spotting a wedge scanner that types for the wrong keyboard layout (pure)."""

from __future__ import annotations

from dataclasses import dataclass

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

# A US-layout scanner on a Danish, Swedish or Norwegian layout: the key that types `-` gives
# `+`, Shift on it (`_`) gives `?`, and `]` is the dead diaeresis key, which shows as `¨` or
# composes with the next letter (`]E0`, the EAN AIM identifier, arrives as `Ë0`).
NORDIC_KEYS = {"+": "-", "?": "_", "¨": "]"}
_DIAERESIS = {"Ä": "A", "Ë": "E", "Ï": "I", "Ö": "O", "Ü": "U", "ä": "a", "ë": "e", "ï": "i"}
NORDIC = "Danish, Swedish or Norwegian"
AZERTY = "French AZERTY"


@dataclass(frozen=True)
class LayoutMismatch:
    """A scan that looks typed for another keyboard layout than the computer's."""

    layout: str  # the computer's layout, as a person calls it
    meant: str  # what the scanner most likely read

    def advice(self) -> str:
        """What to change, in words (English; the window translates its own copy)."""
        return (
            f"this looks like “{self.meant}” typed by a US-keyboard scanner on a {self.layout} "
            f"keyboard layout: set the scanner's keyboard country to {self.layout} (see its "
            "manual's keyboard-country barcodes), or make the scanner a serial (COM) device"
        )


def nordic_meant(text: str) -> str | None:
    """What a scan meant, when it looks typed for a Danish/Swedish/Norwegian layout."""
    if len(text) < 4:
        return None
    meant = []
    mangled = 0
    for index, ch in enumerate(text):
        if ch in NORDIC_KEYS:
            meant.append(NORDIC_KEYS[ch])
            mangled += 1
        elif index == 0 and ch in _DIAERESIS:  # a composed AIM identifier such as Ë0
            meant.append("]" + _DIAERESIS[ch])
            mangled += 1
        elif ch.isascii() and ch.isalnum():
            meant.append(ch)
        else:
            return None
    if not mangled or text[0] == "+":  # a leading + is a HIBC code, not a mangled dash
        return None
    return "".join(meant)


def layout_mismatch(text: str) -> LayoutMismatch | None:
    """The keyboard-layout mix-up a scan shows, if any (AZERTY first, then the Nordic ones)."""
    digits = azerty_digits(text)
    if digits is not None:
        return LayoutMismatch(AZERTY, digits)
    meant = nordic_meant(text)
    return LayoutMismatch(NORDIC, meant) if meant is not None else None


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
