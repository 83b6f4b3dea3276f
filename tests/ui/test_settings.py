"""Printer settings: test print to a real TCP printer, save, and the station uses it."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.config import config_file
from packstation.devices.printer.tcp import TcpPrinter
from packstation.ui.shell.main import start
from tests.devices.printer_server import EmulatedZplPrinter
from tests.templates import prepare_pulled

pytestmark = pytest.mark.gui


def test_choose_test_and_save_a_label_printer(qtbot, qapp, settings, demo_shop):
    with EmulatedZplPrinter() as zebra:
        prepare_pulled(settings, demo_shop)
        running = start(build_station(settings, connector=demo_shop), qapp, start_sync=False)
        try:
            settings_controller = running.controller.open_settings()
            view = settings_controller.view
            qtbot.addWidget(view)
            view.label_row.target.setCurrentText(f"tcp://127.0.0.1:{zebra.port}")
            with qtbot.waitSignal(settings_controller.test_printed, timeout=10000) as result:
                qtbot.mouseClick(view.label_row.test_button, Qt.MouseButton.LeftButton)
            kind, ok, message = result.args
            assert (kind, ok) == ("label", True), message
            (job,) = zebra.behaviour.jobs
            assert b"PACKSTATION-TEST" in job and "Åse Ørsted".encode() in job

            zebra.behaviour.paper_out = True
            with qtbot.waitSignal(settings_controller.test_printed, timeout=10000) as result:
                qtbot.mouseClick(view.label_row.test_button, Qt.MouseButton.LeftButton)
            assert result.args[1] is False and "out of labels" in view.label_row.status.text()

            view.slip_row.target.setCurrentText("nonsense")
            view.buttons.accepted.emit()
            assert "Unknown printer setting" in view.message.text()
            view.slip_row.target.setCurrentText("spool")
            with qtbot.waitSignal(settings_controller.saved, timeout=5000):
                view.buttons.accepted.emit()
            saved = tomllib.loads(config_file().read_text(encoding="utf-8"))["station"]
            assert saved["label_printer"] == f"tcp://127.0.0.1:{zebra.port}"
            assert isinstance(running.station.printing.printers["label"], TcpPrinter)
        finally:
            running.shutdown()
            running.window.close()
