"""The end-of-shift report: per-packer figures and every shipment, as CSV and PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.figures import ShiftFigures
from packstation.domain.shipments import Shipment
from packstation.i18n import (
    Translator,
    fill,
    format_datetime,
    format_number,
    format_percent,
    translator_for,
)
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.pdf_text import column_widths, draw
from packstation.reports.csv_safe import csv_bytes

SHIPMENT_HEADER = (
    "shipped_at",
    "order",
    "recipient",
    "city",
    "country",
    "carrier",
    "tracking",
    "units",
    "partial_reason",
)


def shift_header(tr: Translator) -> tuple[str, ...]:
    """The CSV's column names in the station's language (English: ``SHIPMENT_HEADER``)."""
    return (
        tr("ShiftReport", "shipped_at"),
        tr("ShiftReport", "order"),
        tr("ShiftReport", "recipient"),
        tr("ShiftReport", "city"),
        tr("ShiftReport", "country"),
        tr("ShiftReport", "carrier"),
        tr("ShiftReport", "tracking"),
        tr("ShiftReport", "units"),
        tr("ShiftReport", "partial_reason"),
    )


def shift_csv(shipments: Sequence[Shipment], *, tr: Translator | None = None) -> bytes:
    """One row per shipment (customer text made formula-safe), headed in ``tr``'s language."""
    tr = tr or translator_for("en")
    rows = (
        (
            format_datetime(s.created_at.astimezone(), tr.language),
            s.order_name,
            s.recipient.name,
            s.recipient.city,
            s.recipient.country_code,
            s.carrier,
            s.tracking_number,
            s.units,
            s.partial_reason,
        )
        for s in shipments
    )
    return csv_bytes(shift_header(tr), rows)


def shift_pdf(
    figures: ShiftFigures,
    shipments: Sequence[Shipment],
    station: str,
    *,
    tr: Translator | None = None,
    audit_head: str = "",
) -> bytes:
    """A4: the shift's totals, a line per packer, then the shipments (English by default).

    ``audit_head`` (the audit chain's count, newest entry and hash) is printed under the
    totals, so a later deletion from the log can be checked against the paper.
    """
    tr = tr or translator_for("en")
    language = tr.language
    register_pdf_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    page_width, height = A4
    y = height - 56
    canvas.setFont(BOLD, 16)
    start = format_datetime(figures.start.astimezone(), language)
    end = figures.end.astimezone().strftime("%H:%M")
    title = tr("ShiftReport", "End of shift · {station} · {start}–{end}")
    canvas.drawString(48, y, fill(title, station=station, start=start, end=end))
    y -= 28
    canvas.setFont(REGULAR, 10)
    total = sum(p.orders for p in figures.packers)
    totals = (
        tr("ShiftReport", "%n orders packed", total),
        tr("ShiftReport", "%n still open", figures.open_orders),
        tr("ShiftReport", "%n waiting to sync", figures.sync_backlog),
        tr("ShiftReport", "%n open exceptions", figures.exceptions_open),
    )
    canvas.drawString(48, y, " · ".join(totals))
    if audit_head:
        y -= 14
        canvas.setFont(REGULAR, 8)
        canvas.drawString(48, y, fill(tr("ShiftReport", "Audit log: {head}"), head=audit_head))
    y -= 24
    headings = (
        tr("ShiftReport", "Packer"),
        tr("ShiftReport", "Orders"),
        tr("ShiftReport", "Units"),
        tr("ShiftReport", "Mis-scans"),
        tr("ShiftReport", "Overrides"),
        tr("ShiftReport", "Avg/order"),
    )
    rows = [
        (
            packer.user,
            format_number(packer.orders, language),
            format_number(packer.units, language),
            format_percent(packer.mis_scan_rate, language),
            format_number(packer.overrides, language),
            fill(
                tr("ShiftReport", "{minutes} min"),
                minutes=format_number(packer.average_seconds_per_order / 60, language, 1),
            ),
        )
        for packer in figures.packers
    ]
    # the figures as wide as their words; the packer's name takes what is left
    figures_w = column_widths([r[1:] for r in rows], headings[1:], size=10, gap=10, caps=[90] * 5)
    name_w = page_width - 96 - sum(figures_w)
    xs = [48.0]
    for w in (name_w, *figures_w[:-1]):
        xs.append(xs[-1] + w)
    for x, title, w in zip(xs, headings, (name_w, *figures_w), strict=True):
        draw(canvas, x, y, title, bold=True, room=w - 4)
    for row in rows:
        y -= 14
        for x, text, w in zip(xs, row, (name_w, *figures_w), strict=True):
            draw(canvas, x, y, text, room=w - 4)
    y -= 28
    canvas.setFont(BOLD, 12)
    canvas.drawString(48, y, tr("ShiftReport", "Shipments"))
    canvas.setFont(REGULAR, 9)
    for shipment in shipments:
        y -= 13
        if y < 48:
            canvas.showPage()
            canvas.setFont(REGULAR, 9)
            y = height - 56
        canvas.drawString(48, y, shipment.created_at.astimezone().strftime("%H:%M"))
        draw(canvas, 84, y, shipment.order_name, size=9, room=52)
        draw(canvas, 140, y, shipment.recipient.name, size=9, room=185)
        draw(canvas, 330, y, shipment.tracking_number, size=9, room=135)
        canvas.drawString(470, y, tr("ShiftReport", "%n units", shipment.units))
    canvas.save()
    return buffer.getvalue()
