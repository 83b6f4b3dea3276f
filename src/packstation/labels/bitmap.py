"""Images for thermal printers: a logo as a ZPL ``^GFA`` graphic field."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PIL import Image


@cache
def gfa_field(path: Path, max_width_dots: int, max_height_dots: int) -> str:
    """``^GFA,total,total,bytes_per_row,hex``: the image scaled, 1 bit, black = ink."""
    with Image.open(path) as source:
        image = source.convert("RGBA")
    background = Image.new("RGBA", image.size, (255, 255, 255, 255))
    flat = Image.alpha_composite(background, image).convert("L")
    flat.thumbnail((max_width_dots, max_height_dots))
    mono = flat.point(lambda v: 255 if v > 160 else 0).convert("1")
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
