"""What a raw scan means: its symbology, the code to match, and GS1 data (lot, expiry, serial)."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.barcodes import GS
from packstation.domain.gs1 import Gs1Data, Gs1Error, parse_element_string, parse_hri
from packstation.domain.symbology import Symbology, split_symbology


@dataclass(frozen=True)
class ScanInput:
    """A cleaned scan, interpreted."""

    raw: str
    code: str
    symbology: Symbology | None = None
    gs1: Gs1Data | None = None

    @property
    def match_code(self) -> str:
        """What is matched against order lines: the GTIN of a GS1 code, else the code."""
        if self.gs1 is not None and self.gs1.gtin:
            return self.gs1.gtin
        return self.code


def _looks_like_gs1(code: str) -> bool:
    # Without an identifier, only strings that start with a GTIN/SSCC AI and carry more than it.
    return code[:2] in ("00", "01", "02") and (len(code) > 16 or GS in code or "|" in code)


def interpret(code: str) -> ScanInput:
    """Strip an AIM identifier and parse GS1 content where there is some."""
    symbology, data = split_symbology(code)
    if symbology is not None and symbology.identifier.startswith("]E"):
        return ScanInput(code, data, symbology)  # EAN/UPC: the digits are the product code
    if data.startswith("("):
        try:
            return ScanInput(code, data, symbology, parse_hri(data))
        except Gs1Error:
            return ScanInput(code, data, symbology)
    if (symbology is not None and symbology.gs1) or _looks_like_gs1(data):
        try:
            return ScanInput(code, data, symbology, parse_element_string(data.lstrip(GS)))
        except Gs1Error:
            if symbology is not None and symbology.gs1:
                raise
    return ScanInput(code, data, symbology)
