"""Draw the application icon (a parcel with a barcode) as PNG and Windows ICO files."""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
# Bar widths of a Code 128-like pattern: recognisably a barcode, not meant to scan.
BARS = [3, 1, 2, 1, 1, 3, 2, 2, 1, 1, 3, 1, 2, 1, 1, 2, 3, 1]


def draw() -> Image.Image:
    """The icon at 256×256: a brown box, a white label, black bars."""
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle(
        (16, 40, 240, 232), radius=18, fill=(176, 122, 64), outline=(96, 62, 28), width=6
    )
    pen.rectangle((112, 40, 144, 120), fill=(222, 190, 140))  # the tape
    pen.rounded_rectangle((48, 128, 208, 208), radius=6, fill=(255, 255, 255))
    x = 60
    for number, width in enumerate(BARS):
        if number % 2 == 0:
            pen.rectangle((x, 140, x + width * 3 - 1, 196), fill=(0, 0, 0))
        x += width * 3 + 1
    return image


def main(folder: str) -> None:
    """Write packstation.png and packstation.ico into ``folder``."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.save(out / "packstation.png")
    icon.save(out / "packstation.ico", sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "installer/build")
