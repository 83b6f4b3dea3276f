"""The printing font sent to the label printer with each label (ZPL ``~DU``).

A Zebra printer's own font 0 has other widths than the font the PDF and the preview use, so
an address measured for one ran off the other. Each label carries a subset of DejaVu Sans with
just the characters it prints (a few kB), stored in the printer's RAM and used by ``^A@``.
"""

from __future__ import annotations

import io
from functools import cache, lru_cache

from packstation.labels.fonts import font_path

PRINTER_FONT = "R:PKSANS.TTF"
# Tables a printer does not use: shaping (text comes shaped), kerning (the measurement has
# none), hinting. Dropped once, so cutting a label's font takes a tenth of a second, not a
# quarter.
_UNUSED = ("GSUB", "GPOS", "GDEF", "FFTM", "MATH", "kern", "fpgm", "prep", "cvt ", "hdmx")
# The scripts addresses are written in (Latin, Greek, Cyrillic, Hebrew, Arabic with its
# presentation forms) and common punctuation: a sixth of the font's glyphs. Once a process has
# cut a few labels' fonts, it cuts these out once (0.2 s) and cuts later labels' fonts from
# them when it can: the same font, in a third of the time, as the whole font's glyph table
# need not be read. A one-off command cutting one font never pays for it.
_COMMON_RANGES = (
    (0x0020, 0x024F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x0590, 0x05FF),
    (0x0600, 0x06FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x20CF),
    (0x2100, 0x214F),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)


@cache
def _base_font() -> bytes:
    from fontTools.ttLib import TTFont as FontFile  # when a label is drawn, not at import

    font = FontFile(str(font_path()))
    for tag in _UNUSED:
        if tag in font:
            del font[tag]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _cut(font_file: bytes, *, text: str = "", unicodes: tuple[int, ...] = ()) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont as FontFile

    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    font = FontFile(io.BytesIO(font_file))
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text, unicodes=unicodes)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


@cache
def _common_font() -> tuple[bytes, frozenset[int]]:
    """The font cut to the common scripts, and the code points it has."""
    from fontTools.ttLib import TTFont as FontFile

    with FontFile(io.BytesIO(_base_font()), lazy=True) as font:
        cmap = font.getBestCmap()
    kept = tuple(cp for cp in cmap if any(lo <= cp <= hi for lo, hi in _COMMON_RANGES))
    return _cut(_base_font(), unicodes=kept), frozenset(kept)


_CUTS_BEFORE_COMMON = 3
_cuts_from_the_whole = 0


@lru_cache(maxsize=256)
def subset_font(characters: str) -> bytes:
    """A TrueType file with the glyphs of ``characters``; no kerning, as it was measured."""
    global _cuts_from_the_whole
    if _cuts_from_the_whole >= _CUTS_BEFORE_COMMON:
        common, has = _common_font()
        if all(ord(ch) in has for ch in characters):
            return _cut(common, text=characters)
    _cuts_from_the_whole += 1
    return _cut(_base_font(), text=characters)


def font_download(texts: list[str]) -> str:
    """``~DU`` that stores the font for ``texts`` as :data:`PRINTER_FONT` (empty if none)."""
    characters = "".join(sorted({ch for text in texts for ch in text}))
    if not characters.strip():
        return ""
    data = subset_font(characters)
    return f"~DU{PRINTER_FONT},{len(data)},{data.hex().upper()}"
