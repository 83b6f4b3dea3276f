"""Serial numbers: asked after the item, kept across a restart, on the slip, never used twice."""

from __future__ import annotations

import io

from pypdf import PdfReader

from packstation.domain.barcodes import GS
from packstation.domain.packing import ScanOutcome
from packstation.labels.slip import packing_slip_pdf


def serial_order(demo_shop):
    return next(
        o
        for o in demo_shop.fetch_fulfillment_orders(None)
        if o.status.value == "OPEN"
        and any(ln.requires_serial and ln.quantity >= 2 for ln in o.lines)
    )


def test_serials_are_asked_saved_replayed_printed_and_unique(station, demo_shop, settings):
    order = serial_order(demo_shop)
    opened = station.packing.open_order(order.order_name)
    line = next(ln for ln in order.lines if ln.requires_serial and ln.quantity >= 2)
    first = station.packing.scan(opened, line.barcode)
    assert first.needs_serial
    station.packing.scan(opened, "BL-0001")
    assert station.packing.reload(opened).session.serials(line.line_id) == ("BL-0001",)
    station.packing.scan(opened, line.barcode)
    reloaded = station.packing.reload(opened)  # a restart while the serial is awaited
    assert reloaded.session.awaiting_serial is not None

    opened = reloaded
    station.packing.scan(opened, "BL-0002")
    for other in opened.order.lines:
        missing = other.quantity - opened.session.scanned(other.line_id)
        for _ in range(missing):
            station.packing.scan(opened, other.barcode)
            if other.requires_serial:
                station.packing.scan(opened, f"BL-X{opened.session.units_scanned}")
    shipment = station.packing.complete(opened).shipment
    shipped = next(ln for ln in shipment.lines if ln.line_id == line.line_id)
    assert shipped.serials[:2] == ("BL-0001", "BL-0002")
    slip = PdfReader(io.BytesIO(packing_slip_pdf(shipment, settings.sender))).pages[0]
    assert "SN BL-0001, BL-0002" in slip.extract_text()

    other_order = next(
        o
        for o in demo_shop.fetch_fulfillment_orders(None)
        if o.status.value == "OPEN"
        and o.fulfillment_order_id != order.fulfillment_order_id
        and any(ln.sku == line.sku for ln in o.lines)
    )
    again = station.packing.open_order(other_order.order_name)
    same = next(ln for ln in other_order.lines if ln.sku == line.sku)
    station.packing.scan(again, same.barcode)
    refused = station.packing.scan(again, "BL-0001")
    assert refused.outcome is ScanOutcome.SERIAL_REFUSED
    assert order.order_name in refused.problem


def test_a_gs1_code_brings_its_serial_with_it(station, demo_shop):
    order = serial_order(demo_shop)
    line = next(ln for ln in order.lines if ln.requires_serial)
    opened = station.packing.open_order(order.order_name)
    result = station.packing.scan(opened, f"]C101{line.barcode.zfill(14)}21GS1-77{GS}10LOTA")
    assert result.outcome in (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)
    assert opened.session.awaiting_serial is None
    assert station.packing.reload(opened).session.serials(line.line_id) == ("GS1-77",)
