"""GS1 and AIM details are kept with the scan; a case counts its pack size (real SQLite)."""

from __future__ import annotations

from packstation.domain.barcodes import GS
from packstation.domain.packing import ScanOutcome
from packstation.storage.uow import UnitOfWork


def test_a_gs1_datamatrix_scan_matches_by_gtin_and_keeps_lot_expiry_and_serial(station):
    opened = station.packing.open_order("#1001")
    line = opened.order.lines[0]
    gtin = line.barcode.zfill(14)
    result = station.packing.scan(opened, f"]d201{gtin}17270131{GS}10LOT-7{GS}21SN0042")
    assert result.outcome in (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)
    assert opened.session.scanned(line.line_id) == 1
    with UnitOfWork(station.session_factory) as uow:
        (event,) = uow.sessions.events(opened.session_id)
        assert (event.symbology, event.lot, event.expiry, event.serial) == (
            "]d2",
            "LOT-7",
            "2027-01-31",
            "SN0042",
        )


def test_an_ean_with_its_aim_prefix_matches(station):
    opened = station.packing.open_order("#1001")
    line = opened.order.lines[0]
    station.packing.scan(opened, f"]E0{line.barcode.zfill(13)}")
    assert opened.session.scanned(line.line_id) == 1


def test_a_case_of_six_counts_six_and_survives_a_reload(station, demo_shop):
    order, line = next(
        (o, ln)
        for o in demo_shop.fetch_fulfillment_orders(None)
        if o.status.value == "OPEN"
        for ln in o.lines
        if ln.pack_barcodes and ln.quantity >= ln.pack_barcodes[0][1]
    )
    case_code, size = line.pack_barcodes[0]
    opened = station.packing.open_order(order.order_name)
    result = station.packing.scan(opened, case_code)
    assert result.outcome in (ScanOutcome.MATCHED, ScanOutcome.COMPLETE)
    assert result.quantity == size == 6
    assert opened.session.scanned(line.line_id) == size
    assert station.packing.reload(opened).session.scanned(line.line_id) == size


def test_a_case_of_a_product_outside_the_order_is_a_wrong_item(station, demo_shop):
    opened = station.packing.open_order("#1001")
    in_order = {ln.sku for ln in opened.order.lines}
    case = next(p for p in demo_shop.products if p.case_barcode and p.sku not in in_order)
    result = station.packing.scan(opened, case.case_barcode)
    assert result.outcome is ScanOutcome.WRONG_ITEM
    assert "pack of 6" in (result.product_title or "")


def test_garbage_is_refused_and_recorded(station):
    opened = station.packing.open_order("#1001")
    result, record = station.packing.verify(opened, "]C1" + "01123")
    assert result is None and "needs 14" in record.problem
    result, record = station.packing.verify(opened, "x\x07y")
    assert result is None and record.outcome == "invalid" and record.code == "x?y"
