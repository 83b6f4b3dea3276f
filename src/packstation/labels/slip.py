"""The packing slip (PDF, A4 or Letter): order barcode, lines by bin, note and returns."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import SlipLanguage, Translator, fill, format_date
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


def wrap_text(
    canvas: Canvas, text: str, font: str, size: float, width: float, max_lines: int
) -> list[str]:
    """``text`` broken into lines that fit ``width``; the last of ``max_lines`` ends in "…"."""
    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], fit_text(canvas, rest + "…", font, size, width)]
    return lines


def packing_slip_pdf(
    shipment: Shipment,
    sender: Address,
    paper: str = "A4",
    *,
    logo: Path | None = None,
    language: SlipLanguage | None = None,
    reprint: bool = False,
) -> bytes:
    """The packing slip of a shipment, with the shop's logo when there is one; a reprint
    says REPRINT at the top."""
    words = language or SlipLanguage()
    tr = words.tr
    title = fill(tr("PackingSlip", "Packing slip {order}"), order=shipment.order_name)
    return packing_slips_pdf(
        [shipment],
        sender,
        paper,
        logo=logo,
        title=title,
        languages=lambda _s: words,
        reprint=reprint,
    )


def packing_slips_pdf(
    shipments: Sequence[Shipment],
    sender: Address,
    paper: str = "A4",
    *,
    logo: Path | None = None,
    title: str = "Packing slips",
    languages: Callable[[Shipment], SlipLanguage] | None = None,
    reprint: bool = False,
) -> bytes:
    """Several packing slips in one PDF (a batch), each starting on a new page.

    ``languages`` gives each shipment's words (the customer's language); English by default.
    """
    register_pdf_fonts()
    width, height = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    c.setTitle(title)
    for shipment in shipments:
        words = languages(shipment) if languages is not None else SlipLanguage()
        if reprint:  # at the top of the slip's first page
            c.setFont(BOLD, 22)
            c.drawCentredString(width / 2, height - 12 * mm, words.tr("PackingSlip", "REPRINT"))
        _draw_slip(c, shipment, sender, (width, height), logo, words)
    c.save()
    return buffer.getvalue()


def _draw_slip(
    c: Canvas,
    shipment: Shipment,
    sender: Address,
    size: tuple[float, float],
    logo: Path | None,
    words: SlipLanguage,
) -> None:
    tr = words.tr
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
        heading = fill(tr("PackingSlip", "Packing slip {order}"), order=shipment.order_name)
        c.drawRightString(right, height - 22 * mm, heading)
        draw_code128(c, right - 60 * mm, height - 40 * mm, shipment.order_name, 0.9, 14 * mm)
        return float(height - 50 * mm)

    y = header()
    c.setFont(BOLD, 10)
    c.drawString(left, y, tr("PackingSlip", "Ship to"))
    c.setFont(REGULAR, 10)
    for i, address_line in enumerate(shipment.recipient.lines()):
        c.drawString(left, y - (i + 1) * 5 * mm, address_line)
    facts = [
        fill(tr("PackingSlip", "Shipping: {method}"), method=shipment.shipping_method),
        fill(
            tr("PackingSlip", "Date: {date}"),
            date=format_date(shipment.created_at, tr.language),
        ),
    ]
    if shipment.tracking_number:  # a slip printed for picking has none yet
        facts.append(
            fill(tr("PackingSlip", "Tracking: {tracking}"), tracking=shipment.tracking_number)
        )
    for i, fact in enumerate(facts):
        c.drawString(
            110 * mm, y - (i + 1) * 5 * mm, fit_text(c, fact, REGULAR, 10, right - 110 * mm)
        )
    y -= (len(shipment.recipient.lines()) + 2) * 5 * mm
    columns = (
        (left, tr("PackingSlip", "Qty"), 12 * mm),
        (left + 14 * mm, tr("PackingSlip", "SKU"), 28 * mm),
        (left + 44 * mm, tr("PackingSlip", "Bin"), 20 * mm),
        (left + 66 * mm, tr("PackingSlip", "Item"), right - left - 66 * mm),
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
    c.drawString(left, y - 2 * mm, tr("PackingSlip", "%n units", shipment.units))
    y -= 12 * mm
    for box_line in box_contents_lines(shipment, tr):
        if y < 50 * mm:
            c.showPage()
            y = header()
        c.setFont(REGULAR, 10)
        for row in wrap_text(c, box_line, REGULAR, 10, right - left, max_lines=2):
            c.drawString(left, y, row)
            y -= 5 * mm
    if shipment.partial_reason:
        c.setFont(BOLD, 10)
        part = fill(tr("PackingSlip", "Part shipment: {reason}"), reason=shipment.partial_reason)
        for row in wrap_text(c, part, BOLD, 10, right - left, max_lines=3):
            c.drawString(left, y, row)
            y -= 5 * mm
        y -= 3 * mm
    if shipment.customer_note:
        c.setFillGray(0.9)
        c.rect(left, y - 12 * mm, right - left, 14 * mm, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont(BOLD, 10)
        c.drawString(left + 3 * mm, y - 3 * mm, tr("PackingSlip", "Note from the customer"))
        c.setFont(REGULAR, 10)
        c.drawString(
            left + 3 * mm,
            y - 9 * mm,
            fit_text(c, shipment.customer_note, REGULAR, 10, right - left - 6 * mm),
        )
    returns = words.returns(shipment.order_name, sender.name)
    if returns:  # the shop's own words, per language; none when the setting is empty
        c.setFont(BOLD, 10)
        c.drawString(left, 30 * mm, tr("PackingSlip", "Returns"))
        c.setFont(REGULAR, 9)
        c.drawString(left, 25 * mm, fit_text(c, returns, REGULAR, 9, right - left))
    c.showPage()


def box_contents_lines(shipment: Shipment, tr: Translator) -> list[str]:
    """One line per box ("Box 1/2 (M): 2 × SKU-1, 1 × SKU-2"); none for a one-box shipment."""
    packages = shipment.packages
    if len(packages) < 2:
        return []
    sku_of = {line.line_id: line.sku or line.title for line in shipment.lines}
    words = tr("PackingSlip", "Box {number}/{count} ({box}): {contents}")
    return [
        fill(
            words,
            number=index,
            count=len(packages),
            box=package.box,
            contents=", ".join(
                f"{units} × {sku_of.get(line_id, line_id)}" for line_id, units in package.contents
            ),
        )
        for index, package in enumerate(packages, start=1)
    ]
