"""Images for thermal printers: a logo, or text no printer font can show, as a ZPL ``^GFA``."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL import Image, ImageDraw

from packstation.labels.fonts import advance, pil_font


def gfa(mono: Image.Image) -> str:
    """``^GFA,total,total,bytes_per_row,hex`` of a 1-bit image (black = a dot)."""
    width, height = mono.size
    bytes_per_row = (width + 7) // 8
    rows = []
    pixels = mono.load()
    assert pixels is not None
    for y in range(height):
        row = bytearray(bytes_per_row)
        for x in range(width):
            if pixels[x, y] == 0:  # black pixel: a dot
                row[x // 8] |= 0x80 >> (x % 8)
        rows.append(row.hex().upper())
    total = bytes_per_row * height
    return f"^GFA,{total},{total},{bytes_per_row},{''.join(rows)}"


@cache
def gfa_field(path: Path, max_width_dots: int, max_height_dots: int) -> str:
    """The image at ``path`` scaled to fit, 1 bit, as a ``^GFA`` field."""
    from PIL import Image  # when a picture is drawn, not when a label module is imported

    with Image.open(path) as source:
        image = source.convert("RGBA")
    background = Image.new("RGBA", image.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(background, image).convert("L")
    flat.thumbnail((max_width_dots, max_height_dots))
    return gfa(flat.point(lambda v: 255 if v > 160 else 0).convert("1"))


def draw_text(draw: ImageDraw.ImageDraw, x: float, baseline: float, shown: str, size: int) -> None:
    """Draw shaped text glyph by glyph at the font's own advances (unhinted, unkerned), as
    it was measured and as a printer places it."""
    font = pil_font(size)
    for ch in shown:
        if not ch.isspace():
            draw.text((round(x), round(baseline)), ch, font=font, fill=0, anchor="ls")
        x += advance(ch, size)


def text_image(shown: str, size: int) -> tuple[Image.Image, int]:
    """Shaped text as a 1-bit picture, and how far its baseline is below the picture's top."""
    ascent, descent = pil_font(size).getmetrics()
    from PIL import Image, ImageDraw

    image = Image.new("L", (max(1, round(advance(shown, size)) + 2), ascent + descent), 255)
    draw_text(ImageDraw.Draw(image), 0, ascent, shown, size)
    return image.point(lambda v: 255 if v > 127 else 0).convert("1"), ascent
