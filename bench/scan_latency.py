"""Scan latency through the real Qt event path, and main-window start-up time.

Signs in with a packer's badge scan, as a station with people starts locked, then drives
1,000 wedge scans (key events with timestamps) into a 100-line order and prints p50/p95/p99
milliseconds from the terminator key event to the model update. ``--quick``: 10 lines × 2.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from packstation.app import build_station
from packstation.config import load_settings
from packstation.domain.barcodes import gtin_check_digit
from packstation.domain.orders import FulfillmentLine, FulfillmentOrder
from packstation.domain.users import Role
from packstation.services.demo_people import DEMO_PEOPLE, seed_demo_people
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork
from packstation.ui.shell.main import start

LINES, UNITS_PER_LINE = 100, 10


def big_order(shop: DemoShop) -> FulfillmentOrder:
    base = shop.fetch_fulfillment_orders(None)[1]
    lines = []
    for i in range(LINES):
        body = f"579{i:09d}"
        lines.append(
            FulfillmentLine(
                line_id=f"bench-line-{i}",
                sku=f"BENCH-{i:03d}",
                barcode=body + str(gtin_check_digit(body)),
                title=f"Bench item {i}",
                variant_title="",
                quantity=UNITS_PER_LINE,
                bin_location=f"Z-{i:03d}",
            )
        )
    now = datetime.now(UTC)
    return replace(
        base,
        fulfillment_order_id="bench-fo",
        order_name="#99999",
        lines=tuple(lines),
        updated_at=now,
    )


def send(target: QWidget, key: Qt.Key, text: str, ts: int) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(ts)
        QApplication.sendEvent(target, event)


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 10) -> None:
    """Process events until ``condition`` holds; fail after ``seconds``."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("bench: the window did not respond in time")
        app.processEvents()
        time.sleep(0.005)


def scan(target: QWidget, code: str, ts: int) -> int:
    """Type ``code`` and Enter as a wedge scanner does (8 ms apart); the last timestamp."""
    for ch in code:
        ts += 8
        send(target, Qt.Key(ord(ch.upper())), ch, ts)
    ts += 8
    send(target, Qt.Key.Key_Return, "\r", ts)
    return ts


def main() -> int:
    global LINES, UNITS_PER_LINE
    parser = argparse.ArgumentParser(description="scan latency and window start-up")
    parser.add_argument("--quick", action="store_true", help="10 lines × 2 units (CI)")
    if parser.parse_args().quick:
        LINES, UNITS_PER_LINE = 10, 2
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(demo=True, data_dir=Path(tmp), station_name="bench", user="b")
        shop = DemoShop(settings.demo_shop_state, cancel_after=None)
        station = build_station(settings, connector=shop)
        station.puller.pull()
        seed_demo_people(station.auth)  # people set up: the station starts locked
        order = big_order(shop)
        with UnitOfWork(station.session_factory) as uow:
            uow.orders.upsert(order)
            uow.catalogue.add_from_order(order)
            uow.commit()
        station.close()

        t0 = time.perf_counter()
        station = build_station(settings, connector=shop)
        running = start(station, app, start_sync=False)
        gc.freeze()  # as run_gui does once the window is built
        running.window.show()
        app.processEvents()
        startup_ms = (time.perf_counter() - t0) * 1000

        target = running.window
        assert station.context.locked, "a station with people starts locked"
        packer, badge = next((n, b) for n, role, _pin, b in DEMO_PEOPLE if role is Role.PACKER)
        ts = scan(target, badge, 1_000_000)
        # Signed in once the answer is back on the GUI thread and scans go to packing again.
        wait_for(app, lambda: not station.context.locked and running.scanners.capture is None)
        assert station.context.user == packer, f"signed in as {station.context.user}"
        ts += 2000  # the packer reaches for the tote
        for ch in "#99999":
            ts += 8
            send(target, Qt.Key.Key_NumberSign if ch == "#" else Qt.Key(ord(ch)), ch, ts)
        send(target, Qt.Key.Key_Return, "\r", ts + 8)
        wait_for(app, lambda: running.controller.open is not None)
        samples = []
        # Round after round over the lines, as a packer works through a tote; the same code
        # twice in a row within the bounce window would (rightly) count once.
        for _round in range(UNITS_PER_LINE):
            for line in order.lines:
                for ch in line.barcode:
                    ts += 8
                    send(target, Qt.Key(ord(ch)), ch, ts)
                ts += 8
                begin = time.perf_counter()
                send(target, Qt.Key.Key_Return, "\r", ts)
                samples.append((time.perf_counter() - begin) * 1000)
                # A packer needs ~0.3 s to reach for the next item; let the writer finish.
                while running.controller.poster.pending:
                    app.processEvents()
                    time.sleep(0.001)
        session = running.controller.open.session
        assert session.units_scanned == LINES * UNITS_PER_LINE, session.units_scanned
        running.shutdown()
    q = statistics.quantiles(samples, n=100)
    print(f"scans: {len(samples)} into a {LINES}-line order")
    print(
        f"scan latency ms: p50={q[49]:.2f} p95={q[94]:.2f} p99={q[98]:.2f} max={max(samples):.2f}"
    )
    print(f"main window start-up with demo data: {startup_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
