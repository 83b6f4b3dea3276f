"""The LABEL PENDING slip: put on a box whose carrier booking waits (offline, platform down).

It carries the order barcode: scanned at any bench once the booking is made, it prints the
carrier's label for that box.
"""

from __future__ import annotations

from packstation.labels.layout import Barcode, Element, Text
from packstation.labels.zpl import render_elements


def label_pending_zpl(order_name: str, reason: str, dpi: int = 203) -> bytes:
    """A 4x6" ZPL slip: LABEL PENDING, the order number and its Code 128."""
    elements: list[Element] = [
        Text(40, 60, 90, "LABEL PENDING"),
        Text(40, 190, 60, order_name),
        Barcode(40, 290, 160, 3, order_name),
        Text(40, 560, 30, "The carrier label prints when the booking is made."),
        Text(40, 610, 30, "Scan this barcode at any bench to print it then."),
        Text(40, 680, 26, reason),
    ]
    return render_elements(elements, dpi).encode("utf-8")
