"""Finding 8: a lone surrogate and an over-long serial number are refused in words."""

from __future__ import annotations

from dataclasses import replace

import pytest

from packstation.app import build_station
from packstation.domain.barcodes import InvalidScan
from packstation.domain.packing import MAX_SERIAL_LENGTH, ScanOutcome
from packstation.shop.demo.shop import DemoShop
from tests.storage.test_postgres import pg_url  # noqa: F401  (the fixture)
from tests.storage.test_serials import serial_order


def test_a_scan_with_a_lone_surrogate_is_refused_and_saved(station, demo_shop):
    order = next(o for o in demo_shop.fetch_fulfillment_orders(None) if o.status.value == "OPEN")
    opened = station.packing.open_order(order.order_name)
    with pytest.raises(InvalidScan):  # refused and saved as garbage, not a crash
        station.packing.scan(opened, "ABC\ud800DEF")
    result, record = station.packing.verify(opened, "\udfff1234")
    assert result is None
    assert record.problem == "characters that are not text"
    assert opened.session.units_scanned == 0


@pytest.mark.slow
def test_an_over_long_serial_is_refused_with_the_limit_on_postgres(pg_url, settings):  # noqa: F811
    shop = DemoShop(None, cancel_after=None)
    station = build_station(replace(settings, db_url=pg_url), connector=shop)
    try:
        station.puller.pull()
        order = serial_order(shop)
        opened = station.packing.open_order(order.order_name)
        line = next(ln for ln in order.lines if ln.requires_serial)
        assert station.packing.scan(opened, line.barcode).needs_serial
        refused = station.packing.scan(opened, "S" * (MAX_SERIAL_LENGTH + 1))
        assert refused.outcome is ScanOutcome.SERIAL_REFUSED
        assert f"at most {MAX_SERIAL_LENGTH} characters" in refused.problem
        taken = station.packing.scan(opened, "S" * MAX_SERIAL_LENGTH)
        assert taken.serial == "S" * MAX_SERIAL_LENGTH
        assert station.packing.reload(opened).session.serials(line.line_id) == (
            "S" * MAX_SERIAL_LENGTH,
        )
    finally:
        station.close()
