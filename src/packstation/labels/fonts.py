"""The fonts every document prints with: DejaVu Sans, shipped in resources/fonts/.

One font file drives the PDF, the PNG preview and the font sent to label printers, so a text
measured here has the same width on each. It has the Nordic letters, Arabic and Hebrew.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from packstation.resources import resources_dir

if TYPE_CHECKING:
    from PIL import ImageFont

# reportlab, fontTools and pillow are imported by the functions that use them: a command or
# worker that never draws a document starts without them (a fifth of a second).

REGULAR = "PackstationSans"
BOLD = "PackstationSans-Bold"
MONO = "PackstationMono"  # the text under a barcode, as label printers print it
FILES = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
MONO_FILE = "DejaVuSansMono.ttf"


def font_path(bold: bool = False) -> Path:
    """Path of the TrueType file."""
    return resources_dir() / "fonts" / FILES[bold]


@cache
def register_pdf_fonts() -> None:
    """Register the fonts with reportlab once (embedded, so text extracts as Unicode)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path())))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path(bold=True))))
    pdfmetrics.registerFont(TTFont(MONO, str(resources_dir() / "fonts" / MONO_FILE)))


@cache
def covered(bold: bool = False) -> frozenset[int]:
    """The code points the font has a glyph for."""
    from fontTools.ttLib import TTFont as FontFile

    with FontFile(str(font_path(bold)), lazy=True) as font:
        return frozenset(font.getBestCmap())


@cache
def pil_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """The font for pillow at ``size`` pixels per em (no shaping: text comes shaped)."""
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path(bold)), size, layout_engine=ImageFont.Layout.BASIC)


@cache
def pil_mono(size: int) -> ImageFont.FreeTypeFont:
    """The monospaced font of barcode captions for pillow."""
    from PIL import ImageFont

    path = resources_dir() / "fonts" / MONO_FILE
    return ImageFont.truetype(str(path), size, layout_engine=ImageFont.Layout.BASIC)


def advance(text: str, size: float, bold: bool = False) -> float:
    """Width of already shaped text at ``size`` (points or dots), from the font's metrics."""
    from reportlab.pdfbase import pdfmetrics

    register_pdf_fonts()
    return float(pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size))
