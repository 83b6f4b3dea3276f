"""A plain parcel label (ZPL or PDF) with a Code 128 of each parcel number.

Own delivery prints these with the station's numbers; the Shipmondo emulator answers with them
so tests print and decode something shaped like a carrier's label.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.pdf import draw_code128
from packstation.labels.zpl import barcode_data, escape_field

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


def _lines(label: ParcelLabel) -> list[tuple[int, int, str]]:
    """(y, size, text) of the label's text, top to bottom, in dots."""
    rows: list[tuple[int, int, str]] = [(30, 56, label.title), (95, 28, label.product)]
    rows += [(150 + 28 * i, 24, t) for i, t in enumerate(["FROM", *label.sender.lines()])]
    rows += [(360 + 44 * i, 40, t) for i, t in enumerate(["TO", *label.receiver.lines()])]
    rows.append((700, 28, f"Ref {label.reference}   Parcel {label.parcel}/{label.parcels}"))
    return rows


def _fit(text: str, size: int, width: int) -> str:
    flat = " ".join(text.split())
    room = max(4, int((width - 60) / (size * 0.55)))
    return flat if len(flat) <= room else flat[: room - 1] + "…"


def label_zpl(labels: list[ParcelLabel], size: str = "10x19") -> bytes:
    """One ``^XA…^XZ`` per parcel; customer text cannot become a command (``^FH``)."""
    width, height = SIZES[size]
    out = []
    for label in labels:
        parts = ["^XA", "^CI28", f"^PW{width}", f"^LL{height}", "^LH0,0"]
        for y, font, text in _lines(label):
            parts.append(
                f"^FO30,{y}^A0N,{font},{font}^FH_^FD{escape_field(_fit(text, font, width))}^FS"
            )
        parts.append(f"^FO30,780^BY3^BCN,220,Y,N,N^FH_^FD{barcode_data(label.number)}^FS")
        parts.append(f"^FO20,{height - 60}^GB{width - 40},4,4^FS")
        parts.append("^XZ")
        out.append("\n".join(parts) + "\n")
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
        for y, font, text in _lines(label):
            canvas.setFont(BOLD if font >= 40 else REGULAR, font * dot)
            canvas.drawString(30 * dot, (height - y - font * 0.8) * dot, _fit(text, font, width))
        bottom = (height - 780 - 220) * dot
        draw_code128(canvas, 30 * dot, bottom, label.number, 3 * dot, 220 * dot)
        canvas.setFont(REGULAR, 24 * dot)
        canvas.drawString(30 * dot, bottom - 28 * dot, label.number)
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
