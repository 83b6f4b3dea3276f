"""ZPL II for Zebra-compatible thermal printers; customer text can never become a command."""

from __future__ import annotations

from packstation.domain.orders import Address
from packstation.domain.shipments import Shipment
from packstation.i18n import Translator
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


def escape_field(value: str) -> str:
    """Field data safe for ``^FH_``: the command prefixes and the escape char become hex."""
    return value.replace("_", "_5F").replace("^", "_5E").replace("~", "_7E")


def barcode_data(value: str) -> str:
    """Code 128 field data: printable ASCII only, ``>`` doubled as ``><`` (literal)."""
    ascii_only = "".join(ch if 32 <= ord(ch) < 127 else "?" for ch in value)
    return escape_field(ascii_only.replace(">", "><"))


def render_elements(elements: list[Element], dpi: int = BASE_DPI) -> str:
    """A complete ``^XA…^XZ`` label of the given elements."""
    scale = dpi / BASE_DPI

    def s(v: int) -> int:
        return round(v * scale)

    parts = ["^XA", "^CI28", f"^PW{s(LABEL_WIDTH_DOTS)}", f"^LL{s(LABEL_HEIGHT_DOTS)}", "^LH0,0"]
    for el in elements:
        if isinstance(el, Text):
            parts.append(
                f"^FO{s(el.x)},{s(el.y)}^A0N,{s(el.size)},{s(el.size)}"
                f"^FH_^FD{escape_field(el.fitted)}^FS"
            )
        elif isinstance(el, Barcode):
            parts.append(
                f"^FO{s(el.x)},{s(el.y)}^BY{max(2, s(el.module))}"
                f"^BCN,{s(el.height)},Y,N,N^FH_^FD{barcode_data(el.value)}^FS"
            )
        elif isinstance(el, QrCode):
            magnification = max(1, min(10, s(el.module)))
            parts.append(
                f"^FO{s(el.x)},{s(el.y)}^BQN,2,{magnification}^FH_^FDMA,{escape_field(el.value)}^FS"
            )
        elif isinstance(el, Rule):
            thickness = min(s(el.width), s(el.height))
            parts.append(f"^FO{s(el.x)},{s(el.y)}^GB{s(el.width)},{s(el.height)},{thickness}^FS")
    parts.append("^XZ")
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
