"""ZPL II for Zebra-compatible thermal printers; customer text can never become a command."""

from __future__ import annotations

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import Translator
from packstation.labels.bitmap import gfa, text_image
from packstation.labels.code128 import printable_ascii, zpl_field
from packstation.labels.layout import (
    BASE_DPI,
    LABEL_HEIGHT_DOTS,
    LABEL_WIDTH_DOTS,
    Barcode,
    Element,
    LabelTemplate,
    QrCode,
    Rule,
    Text,
    shipping_label,
)
from packstation.labels.text import is_rtl, shown
from packstation.labels.zpl_font import PRINTER_FONT, font_download

QR_DROP = 10  # dots: a QR code prints this far below its ^FO (the ^BY bar height)


def escape_field(value: str) -> str:
    """Field data safe for ``^FH_``: the command prefixes and the escape char become hex."""
    return value.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def barcode_data(value: str) -> str:
    """Code 128 field data: printable ASCII only, ``>`` doubled as ``><`` (literal)."""
    return escape_field(printable_ascii(value).replace(">", "><"))


def render_elements(
    elements: list[Element], dpi: int = BASE_DPI, page: tuple[int, int] | None = None
) -> str:
    """A complete ``^XA…^XZ`` label of the given elements, carrying the font it uses.

    Text prints in the downloaded font (:mod:`packstation.labels.zpl_font`), so it is as wide
    as measured; right-to-left text (Arabic, Hebrew) prints as a picture of the shaped text,
    which no printer font does right. ``page`` is (width, height) in dots at 203 dpi; the
    4×6 in label when not given.
    """
    scale = dpi / BASE_DPI

    def s(v: int) -> int:
        return round(v * scale)

    width, height = page or (LABEL_WIDTH_DOTS, LABEL_HEIGHT_DOTS)
    parts = ["^XA", "^CI28", f"^PW{s(width)}", f"^LL{s(height)}", "^LH0,0"]
    printed: list[str] = []
    for el in elements:
        if isinstance(el, Text):
            value = el.fitted
            if is_rtl(value):
                picture, ascent = text_image(shown(value), s(el.size))
                top = max(0, round(el.baseline * scale) - ascent)
                parts.append(f"^FO{s(el.x)},{top}{gfa(picture)}^FS")
                continue
            printed.append(shown(value))
            parts.append(
                f"^FO{s(el.x)},{s(el.y)}^A@N,{s(el.size)},{s(el.size)},{PRINTER_FONT}"
                f"^FH_^FD{escape_field(printed[-1])}^FS"
            )
        elif isinstance(el, Barcode):
            mode, data = zpl_field(el.value)
            parts.append(
                f"^FO{s(el.x)},{s(el.y)}^BY{max(2, s(el.module))}"
                f"^BCN,{s(el.height)},Y,N,N,{mode}^FH_^FD{escape_field(data)}^FS"
            )
        elif isinstance(el, QrCode):
            magnification = max(1, min(10, s(el.module)))
            # printers draw a QR code the ^BY bar height (10 dots here) below its origin
            top = max(0, s(el.y) - QR_DROP)
            parts.append(
                f"^FO{s(el.x)},{top}^BY{max(2, s(el.module))},3,{QR_DROP}"
                f"^BQN,2,{magnification}^FH_^FDMA,{escape_field(el.value)}^FS"
            )
        elif isinstance(el, Rule):
            thickness = min(s(el.width), s(el.height))
            parts.append(f"^FO{s(el.x)},{s(el.y)}^GB{s(el.width)},{s(el.height)},{thickness}^FS")
    parts.append("^XZ")
    download = font_download(printed)  # a ~ command: stored as it arrives, before the fields
    if download:
        parts.insert(1, download)
    return "\n".join(parts) + "\n"


def shipping_label_zpl(
    shipment: Shipment,
    sender: Address,
    dpi: int = BASE_DPI,
    *,
    reprint: bool = False,
    template: LabelTemplate | None = None,
    tr: Translator | None = None,
) -> bytes:
    """ZPL for every package of a shipment, UTF-8 encoded (words in ``tr``'s language)."""
    labels = [
        render_elements(
            shipping_label(shipment, sender, i, reprint=reprint, template=template, tr=tr), dpi
        )
        for i in range(len(shipment.packages))
    ]
    return "".join(labels).encode("utf-8")
