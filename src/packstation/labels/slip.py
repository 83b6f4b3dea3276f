"""The packing slip (PDF, A4 or Letter): order barcode, lines by bin, note and returns."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.pdf import draw_code128

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
ROW_HEIGHT = 7 * mm


def fit_text(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    while text and canvas.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def packing_slip_pdf(
    shipment: Shipment,
    sender: Address,
    paper: str = "A4",
    *,
    logo: Path | None = None,
    reprint: bool = False,
) -> bytes:
    """The packing slip of a shipment, with the shop's logo when there is one; a reprint
    says REPRINT at the top."""
    return packing_slips_pdf(
        [shipment],
        sender,
        paper,
        logo=logo,
        title=f"Packing slip {shipment.order_name}",
        reprint=reprint,
    )


def packing_slips_pdf(
    shipments: Sequence[Shipment],
    sender: Address,
    paper: str = "A4",
    *,
    logo: Path | None = None,
    title: str = "Packing slips",
    reprint: bool = False,
) -> bytes:
    """Several packing slips in one PDF (a batch), each starting on a new page."""
    register_pdf_fonts()
    width, height = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    c.setTitle(title)
    for shipment in shipments:
        if reprint:  # at the top of the slip's first page
            c.setFont(BOLD, 22)
            c.drawCentredString(width / 2, height - 12 * mm, "REPRINT")
        _draw_slip(c, shipment, sender, (width, height), logo)
    c.save()
    return buffer.getvalue()


def _draw_slip(
    c: Canvas,
    shipment: Shipment,
    sender: Address,
    size: tuple[float, float],
    logo: Path | None,
) -> None:
    width, height = size
    left, right = 18 * mm, width - 18 * mm

    def header() -> float:
        if logo is not None:
            c.drawImage(
                ImageReader(str(logo)),
                left,
                height - 26 * mm,
                width=48 * mm,
                height=12 * mm,
                preserveAspectRatio=True,
                anchor="sw",
                mask="auto",
            )
        else:
            c.setFont(BOLD, 18)
            c.drawString(left, height - 25 * mm, sender.name)
        c.setFont(REGULAR, 9)
        address = ", ".join(sender.lines())
        c.drawString(
            left, height - 31 * mm, fit_text(c, address, REGULAR, 9, right - left - 64 * mm)
        )
        c.setFont(BOLD, 14)
        c.drawRightString(right, height - 22 * mm, f"Packing slip {shipment.order_name}")
        draw_code128(c, right - 60 * mm, height - 40 * mm, shipment.order_name, 0.9, 14 * mm)
        return float(height - 50 * mm)

    y = header()
    c.setFont(BOLD, 10)
    c.drawString(left, y, "Ship to")
    c.setFont(REGULAR, 10)
    for i, address_line in enumerate(shipment.recipient.lines()):
        c.drawString(left, y - (i + 1) * 5 * mm, address_line)
    c.drawString(110 * mm, y - 5 * mm, f"Shipping: {shipment.shipping_method}")
    c.drawString(110 * mm, y - 10 * mm, f"Date: {shipment.created_at:%Y-%m-%d}")
    if shipment.tracking_number:  # a slip printed for picking has none yet
        c.drawString(110 * mm, y - 15 * mm, f"Tracking: {shipment.tracking_number}")
    y -= (len(shipment.recipient.lines()) + 2) * 5 * mm
    columns = (
        (left, "Qty", 12 * mm),
        (left + 14 * mm, "SKU", 28 * mm),
        (left + 44 * mm, "Bin", 20 * mm),
        (left + 66 * mm, "Item", right - left - 66 * mm),
    )

    def table_head(top: float) -> float:
        c.setFont(BOLD, 10)
        for x, title, _ in columns:
            c.drawString(x, top, title)
        c.line(left, top - 2 * mm, right, top - 2 * mm)
        return float(top - ROW_HEIGHT)

    y = table_head(y)
    for line in sorted(shipment.lines, key=lambda ln: ln.bin_location):
        if y < 50 * mm:
            c.showPage()
            y = table_head(header())
        item = f"{line.title} — {line.variant_title}" if line.variant_title else line.title
        if line.serials:
            item += " · SN " + ", ".join(line.serials)
        values = (str(line.quantity), line.sku, line.bin_location, item)
        c.setFont(REGULAR, 10)
        for (x, _, w), value in zip(columns, values, strict=True):
            c.drawString(x, y, fit_text(c, value, REGULAR, 10, w - 2 * mm))
        y -= ROW_HEIGHT
    c.setFont(BOLD, 10)
    c.drawString(left, y - 2 * mm, f"{shipment.units} unit{'' if shipment.units == 1 else 's'}")
    y -= 12 * mm
    if shipment.partial_reason:
        c.setFont(BOLD, 10)
        c.drawString(left, y, f"Part shipment: {shipment.partial_reason}")
        y -= 8 * mm
    if shipment.customer_note:
        c.setFillGray(0.9)
        c.rect(left, y - 12 * mm, right - left, 14 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(BOLD, 10)
        c.drawString(left + 3 * mm, y - 3 * mm, "Note from the customer")
        c.setFont(REGULAR, 10)
        c.drawString(
            left + 3 * mm,
            y - 9 * mm,
            fit_text(c, shipment.customer_note, REGULAR, 10, right - left - 6 * mm),
        )
    c.setFont(BOLD, 10)
    c.drawString(left, 30 * mm, "Returns")
    c.setFont(REGULAR, 9)
    c.drawString(
        left,
        25 * mm,
        f"Return within 30 days: pack the items with this slip and send "
        f"them to {sender.name}, quoting {shipment.order_name}.",
    )
    c.showPage()
