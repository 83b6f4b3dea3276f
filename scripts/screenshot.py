"""Make docs/screenshot-*.png of the real window, offscreen, on a fresh demo database."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from packstation.app import build_station
from packstation.config import load_settings
from packstation.services.demo_people import seed_demo_people
from packstation.ui.shell.main import start

OUT = Path(__file__).resolve().parents[1] / "docs"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(demo=True, data_dir=tmp, station_name="Bench 1", user="Åse")
        app = QApplication(sys.argv)
        running = start(build_station(settings), app, start_sync=False)
        window = running.window
        window.resize(1400, 860)
        window.show()
        running.sync.status.emit(running.station.sync.run_once())
        app.processEvents()
        window.grab().save(str(OUT / "screenshot-queue.png"))
        controller = running.controller
        controller.handle_scan("#1001")
        order = controller.open.order if controller.open else None
        assert order is not None
        controller.handle_scan(order.lines[0].barcode)
        controller.handle_scan("5700000000000")
        app.processEvents()
        window.grab().save(str(OUT / "screenshot-pack.png"))
        for line in order.lines:
            missing = line.quantity - controller.open.session.scanned(line.line_id)
            for _ in range(missing):
                controller.handle_scan(line.barcode)
        controller.complete()
        deadline = time.monotonic() + 20
        while controller.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        controller.toggle_print_queue()
        app.processEvents()
        window.grab().save(str(OUT / "screenshot-packed.png"))
        settings_view = controller.open_settings().view
        app.processEvents()
        settings_view.grab().save(str(OUT / "screenshot-settings.png"))
        settings_view.close()
        batches = controller.show_batches()
        assert batches is not None  # no leads yet: the lead screens open at once
        batches.view.max_orders.setValue(12)
        batches.build()
        deadline = time.monotonic() + 10
        while not batches.batches and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        batches.view.grab().save(str(OUT / "screenshot-batches.png"))
        batches.view.close()
        dashboard = controller.show_dashboard()
        assert dashboard is not None
        dashboard.view.resize(1000, 700)
        deadline = time.monotonic() + 10
        while "orders packed" not in dashboard.view.summary.text() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        dashboard.view.grab().save(str(OUT / "screenshot-dashboard.png"))
        dashboard.view.close()
        seed_demo_people(running.station.auth)
        controller.lock()
        app.processEvents()
        window.grab().save(str(OUT / "screenshot-sign-in.png"))
        running.shutdown()
    print(f"wrote the screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
