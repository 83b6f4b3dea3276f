"""PNG preview of the shipping label (pillow), as the 203 dpi printer would print it."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import Translator
from packstation.labels.bitmap import draw_text, text_image
from packstation.labels.code128 import modules, printable_ascii
from packstation.labels.fonts import pil_mono
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
from packstation.labels.text import is_rtl, shown


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
            value = el.fitted
            if is_rtl(value):  # as the ZPL prints it: a picture of the shaped text
                picture, ascent = text_image(shown(value), el.size)
                top = max(0, round(el.baseline) - ascent)
                image.paste(picture.convert("L"), (el.x, top))
            else:
                draw_text(draw, el.x, el.baseline, shown(value), el.size)
        elif isinstance(el, Barcode):
            bars = modules(el.value)
            for i, bit in enumerate(bars):
                if bit == "1":
                    x = el.x + i * el.module
                    draw.rectangle((x, el.y, x + el.module - 1, el.y + el.height - 1), fill=0)
            caption = printable_ascii(el.value)
            middle = el.x + len(bars) * el.module / 2
            draw.text(
                (middle, el.caption_baseline),
                caption,
                font=pil_mono(el.caption_size),
                fill=0,
                anchor="ms",
            )
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
