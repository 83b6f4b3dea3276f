"""A completion is atomic, and scans survive a killed process (real SQLite file, subprocess)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.app import build_station
from packstation.shop.demo.shop import DemoShop
from packstation.storage.models import OutboxRow, PackageRow, ShipmentLineRow, ShipmentRow

CHILD = textwrap.dedent(
    """
    import os, sys, time
    from datetime import timedelta
    from packstation.app import build_station
    from packstation.config import load_settings
    from packstation.shop.demo.shop import DemoShop
    from packstation.storage.uow import UnitOfWork
    import packstation.storage.uow as uow_module

    data = sys.argv[1]
    mode = sys.argv[2]
    settings = load_settings(demo=True, data_dir=data, station_name="Bench 1", user="kim")
    shop = DemoShop(settings.demo_shop_state, cancel_after=None)
    station = build_station(settings, connector=shop)
    station.puller.pull()
    opened = station.packing.open_order("#1001")
    for line in opened.order.lines[:2]:
        station.packing.scan(opened, line.barcode)
    print("SCANNED", flush=True)
    if mode == "kill-in-completion":
        # Stop dead inside the completion transaction, after its writes were flushed.
        real_commit = UnitOfWork.commit
        def hang_before_commit(self):
            self.flush()
            print("IN-TRANSACTION", flush=True)
            time.sleep(60)
        UnitOfWork.commit = hang_before_commit
        for line in opened.order.lines:
            remaining = line.quantity - opened.session.scanned(line.line_id)
            if remaining:
                opened.session.scan(line.barcode, remaining)
        station.packing.complete(opened)
    time.sleep(60)
    """
)


def _run_until(tmp_path: Path, mode: str, marker: str) -> None:
    env = {**os.environ, "PACKSTATION_CONFIG": str(tmp_path / "none.toml")}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(tmp_path / "data"), mode],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == marker:
                break
        else:
            pytest.fail(f"child ended before {marker}")
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=20)
        if child.stdout is not None:
            child.stdout.close()


def _reopen(settings_dir: Path):
    from packstation.config import load_settings

    settings = load_settings(demo=True, data_dir=settings_dir, station_name="Bench 1", user="kim")
    return build_station(settings, connector=DemoShop(settings.demo_shop_state, cancel_after=None))


@pytest.mark.slow
def test_scans_survive_a_killed_process(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "none.toml"))
    _run_until(tmp_path, "scan-only", "SCANNED")
    station = _reopen(tmp_path / "data")
    try:
        resumed = station.packing.resume_active()
        assert resumed is not None
        assert resumed.order.order_name == "#1001"
        assert resumed.session.units_scanned == 2
    finally:
        station.close()


@pytest.mark.slow
def test_a_completion_killed_midway_leaves_nothing_half_written(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "none.toml"))
    _run_until(tmp_path, "kill-in-completion", "IN-TRANSACTION")
    station = _reopen(tmp_path / "data")
    try:
        with station.session_factory() as s:
            for table in (ShipmentRow, ShipmentLineRow, PackageRow, OutboxRow):
                assert s.scalar(select(func.count()).select_from(table)) == 0, table.__tablename__
        resumed = station.packing.resume_active()
        assert resumed is not None and resumed.session.units_scanned == 2
        # The order can still be completed normally after the crash.
        for line in resumed.order.lines:
            missing = line.quantity - resumed.session.scanned(line.line_id)
            if missing:
                station.packing.scan(resumed, line.barcode, missing)
        completion = station.packing.complete(resumed)
        with station.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(ShipmentRow)) == 1
            assert s.scalar(select(func.count()).select_from(OutboxRow)) == 1
        assert completion.shipment.units == resumed.session.units_total
    finally:
        station.close()
