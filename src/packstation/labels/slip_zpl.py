"""The packing slip on 4×6 in thermal labels (ZPL): order barcode, lines by bin, note, returns."""

from __future__ import annotations

from pathlib import Path

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import SlipLanguage, Translator, fill
from packstation.labels.bitmap import gfa_field
from packstation.labels.box_contents import box_contents_lines
from packstation.labels.layout import BASE_DPI, Barcode, Element, Rule, Text
from packstation.labels.text import width
from packstation.labels.zpl import render_elements

LINES_PER_LABEL = 14
ROW_SIZE = 26
INDENT = 40  # dots: a box line's continuation starts this far in
Row = tuple[int, str]  # (indent in dots, text)
_WIDTH = 752


def _slip_page(
    shipment: Shipment,
    sender: Address,
    rows: list[Row],
    page: tuple[int, int],
    words: SlipLanguage,
    reprint: bool = False,
) -> list[Element]:
    tr = words.tr
    number, pages = page
    heading = fill(tr("PackingSlip", "{shop} · Packing slip"), shop=sender.name)
    out: list[Element] = [
        # a reprint's REPRINT stands at x=560 on the first label
        Text(30, 30, 32, heading, 520 if reprint else _WIDTH),
        Barcode(50, 75, 90, 3, shipment.order_name),
        Text(30, 214, 28, f"{shipment.recipient.name} · {shipment.shipping_method}", _WIDTH),
        Text(560, 80, 28, f"{number}/{pages}", 200),
        Rule(30, 252, _WIDTH, 3),
    ]
    if reprint:  # as large as fits beside the heading, whatever the language's word
        word = tr("PackingSlip", "REPRINT")
        size = min(50, int(50 * 222 / max(1.0, width(word, 50))))
        out.append(Text(560, 20 + (50 - size) // 2, size, word, 222))
    y = 268
    for indent, row in rows:
        if row:  # an empty row is the gap before the boxes
            out.append(Text(30 + indent, y, ROW_SIZE, row, _WIDTH - indent))
        y += 46
    if number == pages:
        out.append(Rule(30, y + 4, _WIDTH, 3))
        out.append(Text(30, y + 16, 26, tr("PackingSlip", "%n units", shipment.units), _WIDTH))
        if shipment.customer_note:
            note = fill(tr("PackingSlip", "Note: {note}"), note=shipment.customer_note)
            out.append(Text(30, y + 56, 24, note, _WIDTH))
        returns = words.returns(shipment.order_name, sender.name)
        if returns:
            out.append(Text(30, 1150, 20, returns, _WIDTH))
    return out


def box_rows(shipment: Shipment, tr: Translator) -> list[list[Row]]:
    """What is in which box, as slip rows measured to fit the label: one list per box (none
    for a one-box shipment).

    A box whose contents do not fit one row goes on over the next rows, indented; an entry
    ("2 × SKU-1") is never split between rows.
    """
    boxes: list[list[Row]] = []
    room = _WIDTH - INDENT
    for line in box_contents_lines(shipment, tr):
        pieces: list[str] = []  # the box's rows
        for entry in line.split(", "):
            joined = f"{pieces[-1]}, {entry}" if pieces else entry
            if pieces and width(joined + ",", ROW_SIZE) > room:
                pieces[-1] += ","
                pieces.append(entry)
            elif pieces:
                pieces[-1] = joined
            else:
                pieces.append(entry)
        boxes.append([(INDENT if n else 0, piece) for n, piece in enumerate(pieces)])
    return boxes


def packing_slip_zpl(
    shipment: Shipment,
    sender: Address,
    dpi: int = BASE_DPI,
    *,
    logo: Path | None = None,
    language: SlipLanguage | None = None,
    reprint: bool = False,
) -> bytes:
    """The slip as one or more 4×6 labels, lines sorted by bin, the logo on the first (and
    REPRINT on it for a reprint).

    ``language`` is the customer's (its words and return text); English by default.
    """
    words = language or SlipLanguage()
    rows: list[Row] = [
        (
            0,
            f"{line.quantity} × {line.sku}  {line.bin_location}  {line.title}"
            + (f" — {line.variant_title}" if line.variant_title else "")
            + (f" · SN {', '.join(line.serials)}" if line.serials else ""),
        )
        for line in sorted(shipment.lines, key=lambda ln: ln.bin_location)
    ]
    for number, box in enumerate(box_rows(shipment, words.tr)):
        used = len(rows) % LINES_PER_LABEL
        if number == 0 and used:
            rows.append((0, ""))  # a gap between the order lines and the boxes
            used = len(rows) % LINES_PER_LABEL
        if used and used + len(box) > LINES_PER_LABEL >= len(box):
            rows += [(0, "")] * (LINES_PER_LABEL - used)  # a box that fits one label is not split
        rows += box
    chunks = [rows[i : i + LINES_PER_LABEL] for i in range(0, len(rows), LINES_PER_LABEL)] or [[]]
    labels = [
        render_elements(
            _slip_page(shipment, sender, chunk, (n + 1, len(chunks)), words, reprint and n == 0),
            dpi,
        )
        for n, chunk in enumerate(chunks)
    ]
    if logo is not None:
        scale = dpi / BASE_DPI
        field = gfa_field(logo, round(200 * scale), round(60 * scale))
        labels[0] = labels[0].replace(
            "^XZ", f"^FO{round(580 * scale)},{round(150 * scale)}{field}^FS\n^XZ", 1
        )
    return "".join(labels).encode("utf-8")
