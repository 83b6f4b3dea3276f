"""Barcode rules: cleaning raw scans and GTIN check digits and equivalence."""

from __future__ import annotations

import re

from packstation.i18n.said import said

MAX_SCAN_LENGTH = 200
GS = "\x1d"
_CONTROL = re.compile("[\x00-\x1c\x1e\x1f\x7f]")  # control characters other than GS
# A lone UTF-16 surrogate (from a broken keyboard layout or driver) cannot be stored as text.
_SURROGATE = re.compile("[\ud800-\udfff]")


class InvalidScan(ValueError):
    """A scan that cannot be a barcode (control characters, far too long, empty)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_scan(raw: str) -> str:
    """Trim a raw scan and reject garbage; GS (FNC1) is kept, other control characters are not."""
    text = raw.strip()
    if not text:
        raise InvalidScan(said("Scanning", "empty"))
    if len(text) > MAX_SCAN_LENGTH:
        raise InvalidScan(said("Scanning", "too long"))
    if _CONTROL.search(text):
        raise InvalidScan(said("Scanning", "control characters"))
    if _SURROGATE.search(text):
        raise InvalidScan(said("Scanning", "characters that are not text"))
    return text


def gtin_check_digit(data_digits: str) -> int:
    """GS1 mod-10 check digit for the digits before the check digit."""
    odd = sum(map(int, data_digits[-1::-2]))  # weight 3, from the rightmost data digit
    even = sum(map(int, data_digits[-2::-2]))
    return (10 - (3 * odd + even) % 10) % 10


def is_valid_gtin(code: str) -> bool:
    """Whether ``code`` is a GTIN-8/12/13/14 with a correct check digit."""
    if len(code) not in (8, 12, 13, 14) or not code.isdigit():
        return False
    return gtin_check_digit(code[:-1]) == int(code[-1])


def gtin14(code: str) -> str | None:
    """The 14-digit form of a valid GTIN (UPC-A and its EAN-13 form give the same), else None."""
    if not is_valid_gtin(code):
        return None
    return code.zfill(14)


def product_key(code: str) -> str:
    """The key a scan or a product barcode is matched by: GTIN-14 if it is one, else the text."""
    return gtin14(code) or code.strip().casefold()
