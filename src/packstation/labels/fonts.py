"""Fonts with the Nordic letters, shared by the PDF and PNG renderers (reportlab ships Vera)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(reportlab.__file__).parent / "fonts"
REGULAR = "PackstationSans"
BOLD = "PackstationSans-Bold"


def font_path(bold: bool = False) -> Path:
    """Path of the TrueType file."""
    return FONT_DIR / ("VeraBd.ttf" if bold else "Vera.ttf")


@cache
def register_pdf_fonts() -> None:
    """Register the fonts with reportlab once (embedded, so text extracts as Unicode)."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
