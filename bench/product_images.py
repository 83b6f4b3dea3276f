"""Product pictures off the GUI thread: how long the GUI thread pauses while they load.

A 5 ms timer ticks on the GUI thread while the pack screen's picture worker downloads
(from a local server that waits 150 ms per picture, as a slow shop CDN might), decodes and
scales large PNGs. Prints the pauses between ticks (median, 95th percentile, longest) beside
an idle baseline and what one picture decoded on the GUI thread would cost. ``--quick``: 6
pictures of 1,600 px; the full run: 24 of 2,400 px.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PySide6.QtCore import QBuffer, QElapsedTimer, QIODevice, QPointF, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter

from packstation.services.product_images import ProductImages
from packstation.ui.pack.images import load_scaled

DELAY_S = 0.15


def picture(side: int) -> bytes:
    """A PNG photo stand-in: a smooth gradient, as large as a product photo."""
    image = QImage(side, side, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(side, side))
    gradient.setColorAt(0, QColor("#7b2cbf"))
    gradient.setColorAt(1, QColor("#f2b01e"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(DELAY_S)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def ticks(app: QGuiApplication, work: threading.Thread | None, idle_ms: int = 1000) -> list[int]:
    """Pauses between 5 ms ticks while ``work`` runs (or for ``idle_ms`` without work)."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))

    def check() -> None:
        if work is not None and work.is_alive():
            QTimer.singleShot(20, check)
        else:
            app.quit()

    clock.start()
    ticker.start()
    if work is not None:
        work.start()
        QTimer.singleShot(20, check)
    else:
        QTimer.singleShot(idle_ms, app.quit)
    app.exec()
    ticker.stop()
    return gaps


def describe(gaps: list[int]) -> str:
    ordered = sorted(gaps)
    return (
        f"median {ordered[len(ordered) // 2]} ms, 95th percentile "
        f"{ordered[len(ordered) * 95 // 100]} ms, longest {ordered[-1]} ms ({len(gaps)} ticks)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="6 pictures of 1,600 px")
    args = parser.parse_args()
    count, side = (6, 1600) if args.quick else (24, 2400)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    assert isinstance(app, QGuiApplication)
    body = picture(side)
    server = serve(body)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as folder:
        images = ProductImages(Path(folder))
        worker = threading.Thread(
            target=lambda: [load_scaled(images, f"{base}/{n}.png") for n in range(count)]
        )
        started = time.perf_counter()
        loading = ticks(app, worker)
        took = time.perf_counter() - started
        idle = ticks(app, None)
        clock = QElapsedTimer()
        clock.start()
        load_scaled(images, f"{base}/0.png")
        on_gui = clock.elapsed()
    server.shutdown()
    server.server_close()
    print(
        f"{count} pictures of {side}×{side} px ({len(body) // 1024} KB PNG, "
        f"{DELAY_S * 1000:.0f} ms server delay each) loaded off the GUI thread in {took:.1f} s"
    )
    print(f"  GUI thread while loading: {describe(loading)}")
    print(f"  GUI thread idle:          {describe(idle)}")
    print(f"  one picture decoded and scaled on the GUI thread would block it {on_gui} ms")


if __name__ == "__main__":
    main()
