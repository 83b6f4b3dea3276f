"""PDF rendering (reportlab): the 4×6 in shipping label for desktop printers."""

from __future__ import annotations

import io

from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import Translator, fill, translator_for
from packstation.labels.code128 import modules, printable_ascii
from packstation.labels.fonts import MONO, REGULAR, register_pdf_fonts
from packstation.labels.layout import (
    BASE_DPI,
    LABEL_HEIGHT_DOTS,
    Barcode,
    Element,
    LabelTemplate,
    QrCode,
    Rule,
    Text,
    shipping_label,
)
from packstation.labels.qr import qr_matrix
from packstation.labels.text import shown

DOT = 72 / BASE_DPI  # points per label dot


def draw_code128(
    canvas: Canvas, x: float, y: float, value: str, module: float, height: float
) -> None:
    """Draw a Code 128 barcode with its bottom-left corner at (x, y), in points."""
    for i, bit in enumerate(modules(value)):
        if bit == "1":
            canvas.rect(x + i * module, y, module, height, stroke=0, fill=1)


def draw_elements(canvas: Canvas, elements: list[Element], top: int = LABEL_HEIGHT_DOTS) -> None:
    """Draw label elements on a page ``top`` dots high, as the printer would."""
    for el in elements:
        if isinstance(el, Text):
            canvas.setFont(REGULAR, el.size * DOT)
            canvas.drawString(el.x * DOT, (top - el.baseline) * DOT, shown(el.fitted))
        elif isinstance(el, Barcode):
            bottom = (top - el.y - el.height) * DOT
            draw_code128(canvas, el.x * DOT, bottom, el.value, el.module * DOT, el.height * DOT)
            canvas.setFont(MONO, el.caption_size * DOT)
            middle = (el.x + len(modules(el.value)) * el.module / 2) * DOT
            canvas.drawCentredString(
                middle, (top - el.caption_baseline) * DOT, printable_ascii(el.value)
            )
        elif isinstance(el, QrCode):
            for row, cells in enumerate(qr_matrix(el.value)):
                for col, dark in enumerate(cells):
                    if dark:
                        canvas.rect(
                            (el.x + col * el.module) * DOT,
                            (top - el.y - (row + 1) * el.module) * DOT,
                            el.module * DOT,
                            el.module * DOT,
                            stroke=0,
                            fill=1,
                        )
        elif isinstance(el, Rule):
            canvas.rect(
                el.x * DOT,
                (top - el.y - el.height) * DOT,
                el.width * DOT,
                el.height * DOT,
                stroke=0,
                fill=1,
            )


def shipping_label_pdf(
    shipment: Shipment,
    sender: Address,
    *,
    reprint: bool = False,
    template: LabelTemplate | None = None,
    tr: Translator | None = None,
) -> bytes:
    """A 4×6 in PDF with one page per package (words in ``tr``'s language)."""
    register_pdf_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(4 * inch, 6 * inch), pageCompression=1)
    tr = tr or translator_for("en")
    canvas.setTitle(fill(tr("ShippingLabel", "Shipping label {order}"), order=shipment.order_name))
    for index in range(len(shipment.packages)):
        elements = shipping_label(
            shipment, sender, index, reprint=reprint, template=template, tr=tr
        )
        draw_elements(canvas, elements)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
