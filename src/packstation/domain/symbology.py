"""AIM symbology identifiers (ISO/IEC 15424): ``]`` + code letter + modifier before the data."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_NAMES = {
    "A": "Code 39",
    "C": "Code 128",
    "d": "Data Matrix",
    "E": "EAN/UPC",
    "e": "GS1 DataBar",
    "F": "Codabar",
    "G": "Code 93",
    "I": "Interleaved 2 of 5",
    "L": "PDF417",
    "Q": "QR Code",
    "z": "Aztec",
}
# Identifiers whose data is a GS1 element string (FNC1 in first position).
GS1_IDENTIFIERS = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1", "]z1"})


@dataclass(frozen=True)
class Symbology:
    """The barcode type a scanner reported."""

    identifier: str

    @property
    def name(self) -> str:
        """A readable name, e.g. "Code 128"."""
        return _NAMES.get(self.identifier[1], f"symbology {self.identifier}")

    @property
    def gs1(self) -> bool:
        """Whether the data is a GS1 element string."""
        return self.identifier in GS1_IDENTIFIERS


def split_symbology(text: str) -> tuple[Symbology | None, str]:
    """Strip a leading AIM identifier: ``]E05701234567892`` → (EAN/UPC, ``5701234567892``)."""
    if _PATTERN.match(text):
        return Symbology(text[:3]), text[3:]
    return None, text
