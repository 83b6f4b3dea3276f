"""Findings 2, 3, 4: F7 on a full disk, stale printer status, sync errors that are not offline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.config import load_settings
from packstation.devices.printer.spool import SpoolFolderPrinter
from packstation.devices.printer.tcp import TcpPrinter
from packstation.shop.demo.shop import DemoShop
from packstation.sync.worker import SyncStatus
from packstation.ui.shell.main import start
from tests.calm.disk import fill, small_disk
from tests.devices.printer_server import EmulatedZplPrinter
from tests.helpers import pack_order
from tests.templates import prepare_pulled
from tests.ui.wedge import scan


@pytest.mark.slow
def test_retry_printing_on_a_full_disk_gives_words(tmp_path, monkeypatch):
    monkeypatch.setenv("PACKSTATION_CONFIG", str(tmp_path / "config.toml"))
    with small_disk(tmp_path / "disk", size="16m") as disk, EmulatedZplPrinter() as zebra:
        settings = load_settings(demo=True, data_dir=disk / "data")
        printers = {
            "label": TcpPrinter("127.0.0.1", zebra.port, name="ZD421", timeout=1.0),
            "slip": SpoolFolderPrinter(disk / "slips"),
        }
        station = build_station(
            settings, connector=DemoShop(tmp_path / "shop.json"), printers=printers
        )
        try:
            station.puller.pull()
            zebra.behaviour.paper_out = True
            station.packing.complete(pack_order(station, "#1001"))
            assert station.printing.process_due().waiting
            fill(disk)
            problem = station.printing.retry_now()
        finally:
            (disk / "filler.bin").unlink()
            station.close()
    assert problem.startswith("Cannot retry printing: ")
    assert "disk is full" in problem or "input/output" in problem


@pytest.mark.gui
def test_printer_status_clears_after_the_waiting_job_prints(
    qtbot, qapp, settings, demo_shop, tmp_path
):
    with EmulatedZplPrinter() as zebra:
        printers = {
            "label": TcpPrinter("127.0.0.1", zebra.port, name="ZD421", timeout=1.0),
            "slip": SpoolFolderPrinter(tmp_path / "slips"),
        }
        prepare_pulled(settings, demo_shop)
        running = start(
            build_station(settings, connector=demo_shop, printers=printers), qapp, start_sync=False
        )
        try:
            window = running.window
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()
            qtbot.waitUntil(lambda: qapp.activeWindow() is window, timeout=5000)
            window.queue_view.search.setFocus()
            zebra.behaviour.paper_out = True
            scan("#1001", target=window)
            for line in running.controller.open.order.lines:
                for _ in range(line.quantity):
                    scan(line.barcode, target=window)
            with qtbot.waitSignal(running.controller.packed, timeout=15000):
                qtbot.keyClick(window, Qt.Key.Key_F10)
            assert "waiting" in window.printer_status.text()
            zebra.behaviour.paper_out = False
            qtbot.keyClick(window, Qt.Key.Key_F7)
            qtbot.waitUntil(lambda: len(zebra.behaviour.jobs) == 1, timeout=10000)
            qtbot.waitUntil(lambda: "waiting" not in window.printer_status.text(), timeout=10000)
            assert "out of labels" not in window.printer_status.text()
        finally:
            running.shutdown()
            running.window.close()


@pytest.mark.gui
def test_a_refused_token_is_shown_not_online(qtbot, qapp, station):
    running = start(station, qapp, start_sync=False)
    try:
        qtbot.addWidget(running.window)
        refused = "The shop refused the access token: check it in the shop connection"
        running.controller.on_sync_status(
            SyncStatus(online=True, waiting=0, last_success=datetime.now(UTC), last_error=refused)
        )
        qtbot.waitUntil(lambda: refused in running.window.shop_status.text(), timeout=5000)
        assert "online" not in running.window.shop_status.text()
        running.controller.on_sync_status(
            SyncStatus(online=True, waiting=0, last_success=datetime.now(UTC))
        )
        qtbot.waitUntil(lambda: "online" in running.window.shop_status.text(), timeout=5000)
    finally:
        running.shutdown()
        running.window.close()
