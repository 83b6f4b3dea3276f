"""Code 128 module patterns (from python-barcode), drawn by our PDF and PNG renderers."""

from __future__ import annotations

from barcode import Code128


def modules(value: str) -> str:
    """The bar/space pattern of ``value`` as a string of '1' (bar) and '0' (space)."""
    return str(Code128(value).build()[0])
