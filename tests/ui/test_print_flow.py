"""The packer sees honest print state: a paper-out printer, then Retry (F7)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.devices.printer.spool import SpoolFolderPrinter
from packstation.devices.printer.tcp import TcpPrinter
from packstation.ui.shared.feedback import Tone
from packstation.ui.shell.main import start
from tests.devices.printer_server import EmulatedZplPrinter
from tests.templates import prepare_pulled
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_paper_out_is_shown_and_retry_prints_once(qtbot, qapp, settings, demo_shop, tmp_path):
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
            with qtbot.waitSignal(running.controller.packed, timeout=15000) as packed:
                qtbot.keyClick(window, Qt.Key.Key_F10)
            assert not packed.args[0].ok
            banner = window.pack_view.banner
            assert banner.tone is Tone.WARNING and "NOT printed yet" in banner.message
            assert "out of labels" in banner.message
            assert "waiting" in window.printer_status.text()
            assert zebra.behaviour.jobs == []

            zebra.behaviour.paper_out = False
            qtbot.keyClick(window, Qt.Key.Key_F7)
            qtbot.waitUntil(lambda: len(zebra.behaviour.jobs) == 1, timeout=10000)
            qtbot.wait(300)
            assert len(zebra.behaviour.jobs) == 1
        finally:
            running.shutdown()
            running.window.close()
