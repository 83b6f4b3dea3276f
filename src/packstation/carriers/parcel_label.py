"""A plain parcel label (ZPL or PDF) with a Code 128 of each parcel number.

Own delivery prints these with the station's numbers; the Shipmondo emulator answers with them
so tests print and decode something shaped like a carrier's label.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.labels.fonts import register_pdf_fonts
from packstation.labels.layout import Barcode, Element, Rule, Text
from packstation.labels.pdf import draw_elements
from packstation.labels.text import address_block
from packstation.labels.zpl import render_elements

DPI = 203
# (width, height) in dots at 203 dpi: 10×19 cm, and the compact 4×6 in
SIZES = {"10x19": (800, 1520), "compact": (812, 1218)}
POINTS_PER_DOT = 72 / DPI


@dataclass(frozen=True)
class ParcelLabel:
    """What one parcel's label says."""

    title: str  # the carrier, or "OWN DELIVERY"
    product: str
    number: str  # the parcel number, printed as Code 128
    receiver: Address
    sender: Address
    reference: str
    parcel: int = 1
    parcels: int = 1
    weight: str = ""  # as printed ("1,25 kg", or "1,25 kg (estimated)"); empty: not shown


MARGIN = 30  # dots left and right


def _elements(label: ParcelLabel, width: int) -> list[Element]:
    """The label's text (measured with the printing font) and barcode, in dots."""
    room = width - 2 * MARGIN
    rows: list[tuple[int, int, str]] = [(30, 56, label.title), (95, 28, label.product)]
    rows += [(150 + 28 * i, 24, t) for i, t in enumerate(["FROM", *label.sender.lines()])]
    rows.append((360, 40, "TO"))
    # up to 7 lines of 40 dots (smaller if need be) between "TO" and the reference
    receiver = address_block(label.receiver.lines(), 40, room, 7, min_size=28)
    rows += [(404 + 42 * i, round(size), t) for i, (t, size) in enumerate(receiver)]
    rows.append((712, 28, f"Ref {label.reference}   Parcel {label.parcel}/{label.parcels}"))
    if label.weight:  # a line of its own, so a long reference never cuts it off
        rows.append((746, 26, label.weight))
    elements: list[Element] = [
        Text(MARGIN, y, size, " ".join(text.split()), width=room) for y, size, text in rows
    ]
    elements.append(Barcode(MARGIN, 780, 220, 3, label.number))
    return elements


def label_zpl(labels: list[ParcelLabel], size: str = "10x19") -> bytes:
    """One ``^XA…^XZ`` per parcel; customer text cannot become a command (``^FH``)."""
    width, height = SIZES[size]
    out = []
    for label in labels:
        elements = _elements(label, width)
        elements.append(Rule(20, height - 60, width - 40, 4))
        out.append(render_elements(elements, page=(width, height)))
    return "".join(out).encode("utf-8")


def label_pdf(labels: list[ParcelLabel], size: str = "10x19") -> bytes:
    """One page per parcel."""
    register_pdf_fonts()
    width, height = SIZES[size]
    dot = POINTS_PER_DOT
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width * dot, height * dot), pageCompression=1)
    for label in labels:
        canvas.setTitle(f"Parcel label {label.reference}")
        draw_elements(canvas, _elements(label, width), top=height)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render(labels: list[ParcelLabel], label_format: str) -> tuple[bytes, str]:
    """Bytes and file format ("zpl"/"pdf") for a Shipmondo-style ``label_format``."""
    size, _, kind = label_format.partition("_")
    if size not in SIZES:
        size = "10x19"
    if kind == "pdf":
        return label_pdf(labels, size), "pdf"
    return label_zpl(labels, size), "zpl"
