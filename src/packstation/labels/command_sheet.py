"""The command sheet: one Code 128 barcode per command, to pin beside the bench."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from packstation.domain.commands import Command
from packstation.i18n import Translator, fill, translator_for
from packstation.labels.fonts import BOLD, REGULAR, register_pdf_fonts
from packstation.labels.pdf import draw_code128
from packstation.labels.slip import PAGE_SIZES

MODULE = 1.1  # points per bar module: wide enough for a scanner at arm's length
BAR_HEIGHT = 22 * mm


def captions(tr: Translator) -> dict[Command, str]:
    """What the sheet prints under each barcode, in the station's language."""
    return {
        Command.COMPLETE: tr("CommandSheet", "Complete the order (F10)"),
        Command.UNDO: tr("CommandSheet", "Undo the last scan (F4)"),
        Command.SHORT: tr("CommandSheet", "Ship short / partial (F9)"),
        Command.REPRINT: tr("CommandSheet", "Reprint label and slip (F8)"),
        Command.CANCEL: tr("CommandSheet", "Back to the queue / close a panel (Esc)"),
        Command.NEW_BOX: tr("CommandSheet", "Close this box, start a new one (Ctrl+N)"),
    }


def command_sheet_pdf(station: str, paper: str = "A4", *, tr: Translator | None = None) -> bytes:
    """A page with every command barcode and what it does (English unless ``tr`` says)."""
    tr = tr or translator_for("en")
    words = captions(tr)
    register_pdf_fonts()
    width, height = PAGE_SIZES[paper]
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(width, height), pageCompression=1)
    c.setTitle(tr("CommandSheet", "Packstation command barcodes"))
    left = 25 * mm
    c.setFont(BOLD, 18)
    c.drawString(left, height - 25 * mm, tr("CommandSheet", "Packstation: scan to act"))
    c.setFont(REGULAR, 10)
    intro = tr("CommandSheet", "Station {station}. Works on the pack screen.")
    c.drawString(left, height - 32 * mm, fill(intro, station=station))
    y = height - 45 * mm
    step = (y - 15 * mm) / len(Command)
    for command in Command:
        y -= step
        draw_code128(c, left, y + 8 * mm, command.code, MODULE, BAR_HEIGHT)
        c.setFont(BOLD, 13)
        c.drawString(left, y + 2 * mm, words[command])
        c.setFont(REGULAR, 8)
        c.drawString(left + 110 * mm, y + 2 * mm, command.code)
    c.showPage()
    c.save()
    return buffer.getvalue()
