"""The pick list PDF: rows by bin, with a tick box, quantities and the orders they serve."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.picking import PickRow
from packstation.i18n import Translator, fill, format_datetime, translator_for
from packstation.labels.fonts import register_pdf_fonts
from packstation.labels.pdf_text import column_widths, draw
from packstation.labels.slip import PAGE_SIZES, ROW_HEIGHT
from packstation.labels.text import width, wrap_lines

ORDER_LINES = 20  # a row's orders wrap onto at most this many lines


def pick_list_pdf(
    rows: list[PickRow],
    *,
    title: str,
    created: datetime,
    paper: str = "A4",
    tr: Translator | None = None,
    order_count: int | None = None,
) -> bytes:
    """A pick list in bin order; long lists continue over pages with the header repeated.

    ``tr`` is the station's language (the warehouse reads it); English by default.
    ``order_count`` is the number of orders picked for (by default, the orders the rows
    name; an order with nothing to pick is in no row).
    """
    tr = tr or translator_for("en")
    register_pdf_fonts()
    width, height = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    c.setTitle(title)
    left, right = 15 * mm, width - 15 * mm
    headings = (
        tr("PickList", "Bin"),
        tr("PickList", "SKU"),
        tr("PickList", "Qty"),
        tr("PickList", "Item"),
        tr("PickList", "Orders"),
    )
    cells = [
        (
            row.bin_location or "—",
            row.sku,
            str(row.quantity),
            f"{row.title} — {row.variant_title}" if row.variant_title else row.title,
            " ".join(row.orders),
        )
        for row in rows
    ]
    first = left + 8 * mm  # after the tick box
    bin_, sku, qty = column_widths(
        [cell[:3] for cell in cells],
        headings[:3],
        size=10,
        gap=3 * mm,
        caps=(35 * mm, 60 * mm, 15 * mm),
        bold=(True,),
    )
    room = right - first - bin_ - sku - qty  # item and orders share the rest
    # the item as wide as it needs while the orders keep 40 % (they wrap, the item cannot)
    item_natural = max([width_of(headings[3], bold=True)] + [width_of(c[3]) for c in cells])
    orders_w = room - min(item_natural + 3 * mm, room * 0.6)
    xs = (first, first + bin_, first + bin_ + sku, first + bin_ + sku + qty, right - orders_w)
    rooms = (bin_, sku, qty, xs[4] - xs[3], orders_w)
    if order_count is None:
        order_count = len({name for row in rows for name in row.orders})
    page = 1

    def header() -> float:
        draw(c, left, height - 20 * mm, title, size=16, bold=True, room=right - left)
        facts = (
            format_datetime(created, tr.language),
            tr("PickList", "%n orders", order_count),
            tr("PickList", "%n units", sum(r.quantity for r in rows)),
            fill(tr("PickList", "page {page}"), page=page),
        )
        draw(c, left, height - 26 * mm, " · ".join(facts), size=9, room=right - left)
        top = height - 36 * mm
        for x, name, w in zip(xs, headings, rooms, strict=True):
            draw(c, x, top, name, bold=True, room=w - 1 * mm)
        c.line(left, top - 2 * mm, right, top - 2 * mm)
        return float(top - ROW_HEIGHT)

    y = header()
    for cell in cells:
        # the orders wrap onto more lines of the row, as many as they need
        orders = wrap_lines(cell[4], 10, orders_w - 2 * mm, ORDER_LINES)
        row_height = ROW_HEIGHT + (len(orders) - 1) * 4.5 * mm
        if y - row_height + ROW_HEIGHT < 20 * mm:
            c.showPage()
            page += 1
            y = header()
        c.rect(left, y - 1 * mm, 4 * mm, 4 * mm, stroke=1, fill=0)
        for i, (x, value, w) in enumerate(zip(xs[:4], cell[:4], rooms[:4], strict=True)):
            draw(c, x, y, value, bold=i == 0, room=w - 2 * mm)
        for i, line in enumerate(orders):
            draw(c, xs[4], y - i * 4.5 * mm, line)
        y -= row_height
    c.showPage()
    c.save()
    return buffer.getvalue()


def width_of(text: str, bold: bool = False) -> float:
    """Width of ``text`` at the table's 10 pt."""
    return width(text, 10, bold)
