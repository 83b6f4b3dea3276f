"""The end-of-day carrier manifest: each carrier's shipments with scannable tracking numbers."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.shipments import LABEL_PENDING, Shipment
from packstation.i18n import Translator, fill, format_date, translator_for
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.pdf import draw_code128
from packstation.labels.pdf_text import draw

ROW_HEIGHT = 64
TEXT_ROOM = 220  # points left of the barcodes
MODULE = 1.0  # points per Code 128 module: wide enough for a driver's handheld scanner


def manifest_pdf(
    shipments: Sequence[Shipment], day: date, sender: str, *, tr: Translator | None = None
) -> bytes:
    """A4, a section per carrier: order, recipient, packages, tracking number as Code 128.

    The words are in ``tr``'s language (the station's); English by default.
    """
    tr = tr or translator_for("en")
    when = format_date(day, tr.language)
    by_carrier: dict[str, list[Shipment]] = defaultdict(list)
    for shipment in shipments:
        if shipment.carrier != LABEL_PENDING:  # no carrier number yet: nothing to hand over
            by_carrier[shipment.carrier].append(shipment)
    register_pdf_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _width, height = A4
    for carrier in sorted(by_carrier):
        parcels = sum(len(s.packages) for s in by_carrier[carrier])
        y = height - 56
        canvas.setFont(BOLD, 16)
        title = tr("Manifest", "Carrier manifest · {carrier} · {date}")
        canvas.drawString(48, y, fill(title, carrier=carrier, date=when))
        canvas.setFont(REGULAR, 10)
        summary = (
            fill(tr("Manifest", "From {sender}"), sender=sender),
            tr("Manifest", "%n shipments", len(by_carrier[carrier]))
            + ", "
            + tr("Manifest", "%n parcels", parcels),
        )
        canvas.drawString(48, y - 18, " · ".join(summary))
        y -= 40
        for shipment in by_carrier[carrier]:
            for package in shipment.packages:
                if y < 48 + ROW_HEIGHT:
                    canvas.showPage()
                    y = height - 56
                y -= ROW_HEIGHT
                draw(canvas, 48, y + 44, shipment.order_name, bold=True, room=TEXT_ROOM)
                recipient = shipment.recipient
                place = f"{recipient.zip} {recipient.city}"
                draw(canvas, 48, y + 31, recipient.name, size=9, room=TEXT_ROOM)
                draw(canvas, 48, y + 19, place, size=9, room=TEXT_ROOM)
                draw(canvas, 48, y + 7, recipient.country_code, size=9)
                draw_code128(canvas, 280, y + 14, package.tracking_number, MODULE, 34)
                draw(canvas, 280, y + 2, package.tracking_number, size=9)
        canvas.drawString(
            48, 36, tr("Manifest", "Driver's signature: ______________________   Time: ________")
        )
        canvas.showPage()
    if not by_carrier:
        canvas.setFont(REGULAR, 12)
        canvas.drawString(
            48, height - 56, fill(tr("Manifest", "No shipments on {date}"), date=when)
        )
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
