"""What is in which box, as the PDF and the thermal slip both print it."""

from __future__ import annotations

from packstation.domain.shipments import Shipment
from packstation.i18n import Translator, fill


def box_contents_lines(shipment: Shipment, tr: Translator) -> list[str]:
    """One line per box ("Box 1/2 (M): 2 × SKU-1, 1 × SKU-2"); none for a one-box shipment."""
    packages = shipment.packages
    if len(packages) < 2:
        return []
    sku_of = {line.line_id: line.sku or line.title for line in shipment.lines}
    words = tr("PackingSlip", "Box {number}/{count} ({box}): {contents}")
    return [
        fill(
            words,
            number=index,
            count=len(packages),
            box=package.box,
            contents=", ".join(
                f"{units} × {sku_of.get(line_id, line_id)}" for line_id, units in package.contents
            ),
        )
        for index, package in enumerate(packages, start=1)
    ]
