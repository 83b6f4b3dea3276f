"""Which scans wait for a lead under ``expired_needs_lead``: only an expired item that counts."""

from __future__ import annotations

from datetime import date

EXPIRED = "17200131"  # 31 January 2020


def gs1(line, expiry: str) -> str:
    return f"]d201{line.barcode.zfill(14)}{expiry}"


def test_only_an_expired_unit_that_would_count_is_held(station):
    opened = station.packing.open_order("#1001")
    line = next(ln for ln in opened.order.lines if not ln.requires_serial)
    held = station.packing.expired_item(opened, gs1(line, EXPIRED))
    assert held is not None and held.line == line
    assert held.warning.expiry == date(2020, 1, 31) and held.warning.lead_must_approve
    assert opened.session.scanned(line.line_id) == 0  # asking changes nothing

    fresh = f"17{date.today().year + 2 - 2000:02d}0131"
    assert station.packing.expired_item(opened, gs1(line, fresh)) is None
    assert station.packing.expired_item(opened, line.barcode) is None  # no date at all
    assert station.packing.expired_item(opened, "\x00garbage") is None
    for _ in range(line.quantity):
        station.packing.scan(opened, line.barcode)
    assert station.packing.expired_item(opened, gs1(line, EXPIRED)) is None  # one too many


def test_a_serial_number_awaited_is_never_held(station, demo_shop):
    order = next(
        o
        for o in demo_shop.fetch_fulfillment_orders(None)
        if o.status.value == "OPEN" and any(ln.requires_serial for ln in o.lines)
    )
    opened = station.packing.open_order(order.order_name)
    serial_line = next(ln for ln in opened.order.lines if ln.requires_serial)
    station.packing.scan(opened, serial_line.barcode)
    assert opened.session.awaiting_serial == serial_line
    assert station.packing.expired_item(opened, gs1(serial_line, EXPIRED)) is None
