"""The pick list PDF: rows by bin, with a tick box, quantities and the orders they serve."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.picking import PickRow
from packstation.i18n import Translator, fill, format_datetime, translator_for
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.slip import PAGE_SIZES, ROW_HEIGHT, fit_text


def pick_list_pdf(
    rows: list[PickRow],
    *,
    title: str,
    created: datetime,
    paper: str = "A4",
    tr: Translator | None = None,
) -> bytes:
    """A pick list in bin order; long lists continue over pages with the header repeated.

    ``tr`` is the station's language (the warehouse reads it); English by default.
    """
    tr = tr or translator_for("en")
    register_pdf_fonts()
    width, height = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    c.setTitle(title)
    left, right = 15 * mm, width - 15 * mm
    columns = (
        (left + 8 * mm, tr("PickList", "Bin"), 24 * mm),
        (left + 34 * mm, tr("PickList", "SKU"), 28 * mm),
        (left + 64 * mm, tr("PickList", "Qty"), 12 * mm),
        (left + 78 * mm, tr("PickList", "Item"), 58 * mm),
        (left + 138 * mm, tr("PickList", "Orders"), right - left - 138 * mm),
    )
    orders = sorted({name for row in rows for name in row.orders})
    page = 1

    def header() -> float:
        c.setFont(BOLD, 16)
        c.drawString(left, height - 20 * mm, title)
        c.setFont(REGULAR, 9)
        facts = (
            format_datetime(created, tr.language),
            tr("PickList", "%n orders", len(orders)),
            tr("PickList", "%n units", sum(r.quantity for r in rows)),
            fill(tr("PickList", "page {page}"), page=page),
        )
        c.drawString(left, height - 26 * mm, " · ".join(facts))
        c.setFont(BOLD, 10)
        top = height - 36 * mm
        for x, name, _ in columns:
            c.drawString(x, top, name)
        c.line(left, top - 2 * mm, right, top - 2 * mm)
        return float(top - ROW_HEIGHT)

    y = header()
    for row in rows:
        if y < 20 * mm:
            c.showPage()
            page += 1
            y = header()
        c.rect(left, y - 1 * mm, 4 * mm, 4 * mm, stroke=1, fill=0)
        item = f"{row.title} — {row.variant_title}" if row.variant_title else row.title
        values = (row.bin_location or "—", row.sku, str(row.quantity), item, " ".join(row.orders))
        for (x, _, w), value in zip(columns, values, strict=True):
            c.setFont(BOLD if x == columns[0][0] else REGULAR, 10)
            c.drawString(x, y, fit_text(c, value, REGULAR, 10, w - 2 * mm))
        y -= ROW_HEIGHT
    c.showPage()
    c.save()
    return buffer.getvalue()
