"""The packing slip (PDF, A4 or Letter): order barcode, lines by bin, note and returns."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment, ShipmentLine
from packstation.i18n import SlipLanguage, fill, format_date
from packstation.labels.box_contents import box_contents_lines
from packstation.labels.fonts import BOLD, register_pdf_fonts
from packstation.labels.pdf import draw_code128
from packstation.labels.pdf_text import column_widths, draw, draw_wrapped
from packstation.labels.text import address_block, wrap_lines

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
ROW_HEIGHT = 7 * mm
ADDRESS_LINES = 8  # the slip's address block: the label's six lines and two more
SENDER_ROOM = 100 * mm


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
            draw(c, left, height - 25 * mm, sender.name, size=18, bold=True, room=SENDER_ROOM)
        # the order barcode starts 60 mm from the right: the sender's address stops before it
        room = right - left - 62 * mm
        address = ", ".join(sender.lines())
        draw_wrapped(
            c, left, height - 31 * mm, address, room=room, max_lines=2, leading=4 * mm, size=9
        )
        heading = fill(tr("PackingSlip", "Packing slip {order}"), order=shipment.order_name)
        draw(
            c,
            right,
            height - 22 * mm,
            heading,
            size=14,
            bold=True,
            room=right - left - 62 * mm,
            align="right",
        )
        draw_code128(c, right - 60 * mm, height - 40 * mm, shipment.order_name, 0.9, 14 * mm)
        return float(height - 50 * mm)

    y = header()
    facts_x = 110 * mm
    draw(c, left, y, tr("PackingSlip", "Ship to"), bold=True)
    # the address stops before the facts column and may use up to two more lines than it has
    block = address_block(
        shipment.recipient.lines(),
        10,
        facts_x - left - 4 * mm,
        max(ADDRESS_LINES, len(shipment.recipient.lines())),
        min_size=8,
    )
    for i, (address_line, line_size) in enumerate(block):
        draw(c, left, y - (i + 1) * 5 * mm, address_line, size=line_size)
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
        draw(c, facts_x, y - (i + 1) * 5 * mm, fact, room=right - facts_x)
    y -= (max(len(block), len(facts)) + 2) * 5 * mm
    lines = sorted(shipment.lines, key=lambda ln: ln.bin_location)
    cells = [_cells(line) for line in lines]
    headings = (
        tr("PackingSlip", "Qty"),
        tr("PackingSlip", "SKU"),
        tr("PackingSlip", "Bin"),
        tr("PackingSlip", "Item"),
    )
    qty, sku, bin_ = column_widths(
        [row[:3] for row in cells],
        headings[:3],
        size=10,
        gap=3 * mm,
        caps=(20 * mm, 70 * mm, 35 * mm),
    )
    xs = (left, left + qty, left + qty + sku, left + qty + sku + bin_)
    rooms = (qty, sku, bin_, right - xs[3])

    def table_head(top: float) -> float:
        for x, title, room in zip(xs, headings, rooms, strict=True):
            draw(c, x, top, title, bold=True, room=room - 1 * mm)
        c.line(left, top - 2 * mm, right, top - 2 * mm)
        return float(top - ROW_HEIGHT)

    y = table_head(y)
    for row in cells:
        if y < 50 * mm:
            c.showPage()
            y = table_head(header())
        for x, value, room in zip(xs, row, rooms, strict=True):
            draw(c, x, y, value, room=room - 2 * mm)
        y -= ROW_HEIGHT
    draw(c, left, y - 2 * mm, tr("PackingSlip", "%n units", shipment.units), bold=True)
    y -= 12 * mm
    for box_line in box_contents_lines(shipment, tr):
        if y < 50 * mm:
            c.showPage()
            y = header()
        y = draw_wrapped(c, left, y, box_line, room=right - left, max_lines=2, leading=5 * mm)
    if shipment.partial_reason:
        part = fill(tr("PackingSlip", "Part shipment: {reason}"), reason=shipment.partial_reason)
        y = draw_wrapped(
            c, left, y, part, room=right - left, max_lines=3, leading=5 * mm, bold=True
        )
        y -= 3 * mm
    if shipment.customer_note:
        note = wrap_lines(shipment.customer_note, 10, right - left - 6 * mm, 3)
        box = (len(note) + 1) * 5 * mm + 4 * mm
        c.setFillGray(0.9)
        c.rect(left, y - box + 2 * mm, right - left, box, stroke=0, fill=1)
        c.setFillGray(0)
        draw(c, left + 3 * mm, y - 3 * mm, tr("PackingSlip", "Note from the customer"), bold=True)
        for i, note_line in enumerate(note):
            draw(c, left + 3 * mm, y - (i + 2) * 5 * mm + 1 * mm, note_line)
    returns = words.returns(shipment.order_name, sender.name)
    if returns:  # the shop's own words, per language; none when the setting is empty
        draw(c, left, 30 * mm, tr("PackingSlip", "Returns"), bold=True)
        draw_wrapped(
            c, left, 25 * mm, returns, room=right - left, max_lines=2, leading=4 * mm, size=9
        )
    c.showPage()


def _cells(line: ShipmentLine) -> tuple[str, str, str, str]:
    item = f"{line.title} — {line.variant_title}" if line.variant_title else line.title
    if line.serials:
        item += " · SN " + ", ".join(line.serials)
    return (str(line.quantity), line.sku, line.bin_location, item)
