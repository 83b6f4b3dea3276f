"""Test prints: a label and a page that show a printer works, with Nordic letters and a barcode."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.layout import BASE_DPI, Barcode, Element, Rule, Text
from packstation.labels.pdf import draw_code128
from packstation.labels.zpl import render_elements

SAMPLE_TEXT = "Åse Ørsted · Søndre gate 12 · Märta Öberg · Joëlle"
TEST_CODE = "PACKSTATION-TEST"


def check_label_zpl(station: str, printer: str, when: datetime, dpi: int = BASE_DPI) -> bytes:
    """A 4×6 test label."""
    elements: list[Element] = [
        Text(30, 40, 48, "Packstation test label"),
        Text(30, 110, 28, f"{printer} · station {station}"),
        Text(30, 150, 28, f"{when:%Y-%m-%d %H:%M:%S}"),
        Rule(30, 200, 752, 4),
        Text(30, 230, 30, SAMPLE_TEXT),
        Barcode(50, 300, 150, 3, TEST_CODE),
        Text(30, 520, 26, f"{dpi} dpi: the frame below must be complete"),
        Rule(30, 570, 752, 4),
        Rule(30, 1180, 752, 4),
        Rule(30, 570, 4, 614),
        Rule(778, 570, 4, 614),
    ]
    return render_elements(elements, dpi).encode("utf-8")


def check_page_pdf(station: str, printer: str, when: datetime) -> bytes:
    """An A4 test page for document printers."""
    register_pdf_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    c.setFont(BOLD, 20)
    c.drawString(20 * mm, 270 * mm, "Packstation test page")
    c.setFont(REGULAR, 12)
    c.drawString(20 * mm, 260 * mm, f"{printer} · station {station} · {when:%Y-%m-%d %H:%M:%S}")
    c.drawString(20 * mm, 250 * mm, SAMPLE_TEXT)
    draw_code128(c, 20 * mm, 225 * mm, TEST_CODE, 1.0, 15 * mm)
    c.showPage()
    c.save()
    return buffer.getvalue()
