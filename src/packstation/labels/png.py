"""PNG preview of the shipping label (pillow), as the 203 dpi printer would print it."""

from __future__ import annotations

import io
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import Translator
from packstation.labels.code128 import modules
from packstation.labels.fonts import font_path
from packstation.labels.layout import (
    LABEL_HEIGHT_DOTS,
    LABEL_WIDTH_DOTS,
    Barcode,
    LabelTemplate,
    QrCode,
    Rule,
    Text,
    shipping_label,
)
from packstation.labels.qr import qr_matrix


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path()), size)


def shipping_label_png(
    shipment: Shipment,
    sender: Address,
    package_index: int = 0,
    *,
    template: LabelTemplate | None = None,
    tr: Translator | None = None,
) -> bytes:
    """A 812×1218 PNG of one package's label (words in ``tr``'s language)."""
    image = Image.new("L", (LABEL_WIDTH_DOTS, LABEL_HEIGHT_DOTS), 255)
    draw = ImageDraw.Draw(image)
    for el in shipping_label(shipment, sender, package_index, template=template, tr=tr):
        if isinstance(el, Text):
            draw.text((el.x, el.y), el.fitted, font=_font(el.size), fill=0)
        elif isinstance(el, Barcode):
            for i, bit in enumerate(modules(el.value)):
                if bit == "1":
                    x = el.x + 10 * el.module + i * el.module  # quiet zone of 10 modules
                    draw.rectangle((x, el.y, x + el.module - 1, el.y + el.height), fill=0)
            draw.text((el.x, el.y + el.height + 6), el.value, font=_font(24), fill=0)
        elif isinstance(el, QrCode):
            for row, cells in enumerate(qr_matrix(el.value)):
                for col, dark in enumerate(cells):
                    if dark:
                        x, y = el.x + col * el.module, el.y + row * el.module
                        draw.rectangle((x, y, x + el.module - 1, y + el.module - 1), fill=0)
        elif isinstance(el, Rule):
            draw.rectangle((el.x, el.y, el.x + el.width, el.y + el.height), fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()
