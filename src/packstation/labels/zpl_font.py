"""The printing font sent to the label printer with each label (ZPL ``~DU``).

A Zebra printer's own font 0 has other widths than the font the PDF and the preview use, so
an address measured for one ran off the other. Each label carries a subset of DejaVu Sans with
just the characters it prints (a few kB), stored in the printer's RAM and used by ``^A@``.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache

from fontTools import subset
from fontTools.ttLib import TTFont as FontFile

from packstation.labels.fonts import font_path

PRINTER_FONT = "R:PKSANS.TTF"
# Tables a printer does not use: shaping (text comes shaped), kerning (the measurement has
# none), hinting. Dropped once, so cutting a label's font takes a tenth of a second, not a
# quarter.
_UNUSED = ("GSUB", "GPOS", "GDEF", "FFTM", "MATH", "kern", "fpgm", "prep", "cvt ", "hdmx")


@cache
def _base_font() -> bytes:
    font = FontFile(str(font_path()))
    for tag in _UNUSED:
        if tag in font:
            del font[tag]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@lru_cache(maxsize=256)
def subset_font(characters: str) -> bytes:
    """A TrueType file with the glyphs of ``characters``; no kerning, as it was measured."""
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    font = FontFile(io.BytesIO(_base_font()))
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=characters)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def font_download(texts: list[str]) -> str:
    """``~DU`` that stores the font for ``texts`` as :data:`PRINTER_FONT` (empty if none)."""
    characters = "".join(sorted({ch for text in texts for ch in text}))
    if not characters.strip():
        return ""
    data = subset_font(characters)
    return f"~DU{PRINTER_FONT},{len(data)},{data.hex().upper()}"
