"""The end-of-shift report: per-packer figures and every shipment, as CSV and PDF."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.figures import ShiftFigures
from packstation.domain.shipments import Shipment
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
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


def shift_csv(shipments: Sequence[Shipment]) -> bytes:
    """One row per shipment (customer text made formula-safe)."""
    rows = (
        (
            s.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
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
    return csv_bytes(SHIPMENT_HEADER, rows)


def shift_pdf(figures: ShiftFigures, shipments: Sequence[Shipment], station: str) -> bytes:
    """A4: the shift's totals, a line per packer, then the shipments."""
    register_pdf_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    _width, height = A4
    y = height - 56
    canvas.setFont(BOLD, 16)
    start = figures.start.astimezone().strftime("%Y-%m-%d %H:%M")
    end = figures.end.astimezone().strftime("%H:%M")
    canvas.drawString(48, y, f"End of shift · {station} · {start}–{end}")
    y -= 28
    canvas.setFont(REGULAR, 10)
    total = sum(p.orders for p in figures.packers)
    canvas.drawString(
        48,
        y,
        f"{total} orders packed · {figures.open_orders} still open · "
        f"{figures.sync_backlog} waiting to sync · {figures.exceptions_open} open exceptions",
    )
    y -= 24
    canvas.setFont(BOLD, 10)
    for x, title in zip(
        (48, 200, 260, 330, 410, 480),
        ("Packer", "Orders", "Units", "Mis-scans", "Overrides", "Avg/order"),
        strict=True,
    ):
        canvas.drawString(x, y, title)
    canvas.setFont(REGULAR, 10)
    for packer in figures.packers:
        y -= 14
        cells = (
            packer.user,
            str(packer.orders),
            str(packer.units),
            f"{packer.mis_scan_rate:.1%}",
            str(packer.overrides),
            f"{packer.average_seconds_per_order / 60:.1f} min",
        )
        for x, text in zip((48, 200, 260, 330, 410, 480), cells, strict=True):
            canvas.drawString(x, y, text)
    y -= 28
    canvas.setFont(BOLD, 12)
    canvas.drawString(48, y, "Shipments")
    canvas.setFont(REGULAR, 9)
    for shipment in shipments:
        y -= 13
        if y < 48:
            canvas.showPage()
            canvas.setFont(REGULAR, 9)
            y = height - 56
        canvas.drawString(48, y, shipment.created_at.astimezone().strftime("%H:%M"))
        canvas.drawString(84, y, shipment.order_name)
        canvas.drawString(140, y, shipment.recipient.name[:34])
        canvas.drawString(330, y, shipment.tracking_number)
        canvas.drawString(470, y, f"{shipment.units} units")
    canvas.save()
    return buffer.getvalue()
