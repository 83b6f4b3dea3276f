"""Product pictures beside the lines load off the GUI thread: scans go on while they arrive.

Measured, not asserted: a timer on the GUI thread ticks every 5 ms while twelve large
pictures download (each slowed by the server) and are decoded and scaled; the longest pause
between ticks is printed beside what decoding one picture on the GUI thread would cost.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QElapsedTimer, QIODevice, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

from packstation.app import build_station
from packstation.shop.demo.shop import DemoShop
from packstation.storage.uow import UnitOfWork
from packstation.sync.puller import PullReport
from packstation.sync.worker import SyncStatus
from packstation.ui.pack.images import PICTURE_PX, load_scaled
from tests.ui.wedge import scan
from tests.ui.window import show_window

pytestmark = pytest.mark.gui

SIDE = 2400
SERVER_DELAY_S = 0.15


def big_png() -> bytes:
    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(SIDE, SIDE))
    gradient.setColorAt(0, QColor("#7b2cbf"))
    gradient.setColorAt(1, QColor("#f2b01e"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


@contextmanager
def serving_pictures(delay_s: float) -> Iterator[tuple[str, list[str], int]]:
    """A web server of product pictures, each answered after ``delay_s``."""
    body = big_png()
    served: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay_s)  # a slow shop CDN
            served.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served, len(body)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def picture_server():
    """Pictures from a slow CDN: what the GUI thread must not wait for."""
    with serving_pictures(SERVER_DELAY_S) as serving:
        yield serving


@pytest.fixture
def quick_picture_server():
    """Pictures served at once: fetching ahead is about which pictures, not how slowly."""
    with serving_pictures(0.0) as serving:
        yield serving


def ticks_until(qtbot, done, timeout_ms: int) -> list[int]:
    """Milliseconds between 5 ms timer ticks on the GUI thread until ``done()`` (None: for
    ``timeout_ms``)."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    clock.start()
    ticker.start()
    if done is None:
        qtbot.wait(timeout_ms)
    else:
        qtbot.waitUntil(done, timeout=timeout_ms)
    ticker.stop()
    return gaps


def describe(gaps: list[int]) -> str:
    ordered = sorted(gaps)
    return (
        f"{len(gaps)} ticks, median {ordered[len(ordered) // 2]} ms, "
        f"95th percentile {ordered[len(ordered) * 95 // 100]} ms, longest {ordered[-1]} ms"
    )


def start(qtbot, qapp, settings, picture_server):
    """The window on a demo shop whose products have pictures on a slow web server."""
    shop = DemoShop(
        settings.demo_shop_state,
        cancel_after=timedelta(hours=1),
        image_base_url=picture_server[0] + "/products",
        order_count=40,
    )
    # no pulls while measuring: a pull's Python code would share the GUI thread's time
    quiet = replace(settings, sync_interval_seconds=3600)
    station = build_station(quiet, connector=shop)
    station.puller.pull()  # the window's first sync pass then brings nothing new
    app = show_window(qtbot, qapp, station)
    app.window.queue_view.search.setFocus()
    return app


@pytest.fixture
def running(qtbot, qapp, settings, picture_server):
    app = start(qtbot, qapp, settings, picture_server)
    yield app
    app.shutdown()


def test_a_pull_that_brings_orders_fetches_their_pictures_ahead(
    qtbot, qapp, settings, quick_picture_server
):
    """The pictures of new orders are fetched while nobody waits; opening one downloads none."""
    _base, served, _size = quick_picture_server
    app = start(qtbot, qapp, settings, quick_picture_server)
    try:
        with UnitOfWork(app.station.session_factory) as uow:
            skus = {line.sku for row in uow.orders.queue() for line in row.lines}
        # what the sync thread reports after a pull that brought orders (a shop's first load)
        pulled = PullReport(received=len(skus), new=len(skus), updated=0, dropped=0)
        app.controller.on_sync_status(SyncStatus(True, 0, None, pulled=pulled))
        qtbot.waitUntil(lambda: len(set(served)) == len(skus), timeout=90000)
        before = len(served)
        scan("#1019")
        model = app.controller.pack.lines_model
        qtbot.waitUntil(lambda: len(model.pictures) == 12, timeout=30000)
        assert len(served) == before  # from the disk: nothing fetched when the order opened
    finally:
        app.shutdown()


def test_pictures_load_without_blocking_the_gui_thread(qtbot, running, picture_server):
    _base_url, served, size = picture_server
    station, controller = running.station, running.controller
    model = controller.pack.lines_model
    started = time.perf_counter()
    scan("#1019")
    order = controller.open.order
    count = len(order.lines)
    assert count == 12 and all(line.image_url for line in order.lines)
    scan_ms = []
    for line in order.lines[:3]:  # the packer scans on while the pictures arrive
        before = time.perf_counter()
        scan(line.barcode)
        scan_ms.append((time.perf_counter() - before) * 1000)
    scanned_while_loading = len(model.pictures) < count
    loading = ticks_until(qtbot, lambda: len(model.pictures) == count, timeout_ms=60000)
    loaded_s = time.perf_counter() - started
    idle = ticks_until(qtbot, None, timeout_ms=1000)  # the same machine, nothing loading
    assert controller.open.session.units_scanned >= 3
    for row in range(count):
        picture = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
        assert picture is not None and max(picture.width(), picture.height()) <= PICTURE_PX
    assert len(served) == count  # each picture fetched once, into the data folder
    assert len(list(station.settings.product_images_dir.glob("*.img"))) == count

    decode = QElapsedTimer()
    decode.start()
    load_scaled(station.images, order.lines[0].image_url)  # what the GUI thread was spared
    on_gui_ms = decode.elapsed()
    print(
        f"\n{count} pictures ({SIDE}×{SIDE} PNG, {size // 1024} KB, "
        f"{SERVER_DELAY_S * 1000:.0f} ms server delay) arrived {loaded_s * 1000:.0f} ms after "
        f"the slip scan; 3 item scans meanwhile took "
        f"{', '.join(f'{ms:.0f}' for ms in scan_ms)} ms (before all pictures were in: "
        f"{scanned_while_loading}).\nGUI thread ticking every 5 ms while the pictures load: "
        f"{describe(loading)}; idle afterwards: {describe(idle)}.\nOne picture decoded and "
        f"scaled on the GUI thread instead would block it {on_gui_ms} ms."
    )

    # the order again (parked, reopened): pictures come from memory, nothing downloads
    controller.pack.back_to_queue()
    scan("#1019")
    qtbot.waitUntil(lambda: len(model.pictures) == count, timeout=10000)
    assert len(served) == count
