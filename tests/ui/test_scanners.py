"""Scanners at the bench: prefix/suffix framing, AZERTY mangling, double triggers, two scanners."""

from __future__ import annotations

import os
import time
from dataclasses import replace

import pytest

from packstation.app import build_station
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from packstation.ui.shell.main import start
from tests.templates import prepare_pulled
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


@pytest.fixture
def bench(qtbot, qapp, settings, demo_shop, tmp_path):
    apps = []

    def make(**changes):
        changed = replace(settings, **changes)
        prepare_pulled(changed, demo_shop)
        running = start(
            build_station(changed, connector=demo_shop),
            qapp,
            start_sync=False,
        )
        apps.append(running)
        window = running.window
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: qapp.activeWindow() is window, timeout=5000)
        window.queue_view.search.setFocus()
        return running

    yield make
    for running in apps:
        running.shutdown()


def test_prefix_and_suffix_are_stripped(bench):
    running = bench(wedge_prefix="\x02", wedge_suffix="#E")
    scan("\x02" + "#1001" + "#E", target=running.window)
    assert running.controller.open is not None
    assert running.controller.open.order.order_name == "#1001"
    assert running.window.queue_view.search.text() == ""


def test_an_azerty_mangled_scan_is_explained(bench):
    running = bench()
    scan("#1001")
    line = running.controller.open.order.lines[0]
    mangled = line.barcode.translate(str.maketrans("0123456789", "à&é\"'(-è_ç"))
    scan(mangled)
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WRONG
    assert "keyboard layout" in banner.message and line.barcode in banner.message
    assert running.controller.open.session.units_scanned == 0


def test_a_double_trigger_is_shown_but_counted_once(qtbot, bench):
    running = bench(bounce_ms=300)
    scan("#1001")
    line = next(ln for ln in running.controller.open.order.lines if ln.quantity >= 2)
    scan(line.barcode)
    scan(line.barcode)  # the trigger bounced
    assert running.controller.open.session.scanned(line.line_id) == 1
    assert "counted once" in running.window.pack_view.banner.message
    qtbot.wait(350)
    scan(line.barcode)  # a real second unit
    assert running.controller.open.session.scanned(line.line_id) == 2


def test_each_scan_counts_when_set(bench):
    running = bench(bounce_ms=300, count_each_scan=True)
    scan("#1001")
    line = next(ln for ln in running.controller.open.order.lines if ln.quantity >= 2)
    scan(line.barcode)
    scan(line.barcode)
    assert running.controller.open.session.scanned(line.line_id) == 2


def test_a_handheld_wedge_and_a_fixed_serial_scanner_work_together(qtbot, bench, tmp_path):
    master, slave = os.openpty()
    link = tmp_path / "fixed-scanner"
    link.symlink_to(os.ttyname(slave))
    try:
        running = bench(serial_scanners=f"fixed={link}@9600:CR")
        hub = running.scanners
        qtbot.waitUntil(lambda: hub.states["fixed"][0], timeout=5000)
        assert "fixed ✓" in running.window.scanner_status.text()
        scan("#1001")  # order #1001 has four lines
        first, second = running.controller.open.order.lines[:2]
        scan(first.barcode)  # handheld (keyboard wedge)
        for byte in f"]E0{second.barcode.zfill(13)}\r".encode():  # fixed scanner, AIM prefix
            os.write(master, bytes([byte]))
            time.sleep(0.001)
        session = running.controller.open.session
        qtbot.waitUntil(lambda: session.scanned(second.line_id) == 1, timeout=5000)
        assert session.scanned(first.line_id) == 1
        qtbot.waitUntil(lambda: running.controller.poster.pending == 0, timeout=5000)
        with UnitOfWork(running.station.session_factory) as uow:
            events = uow.sessions.events(running.controller.open.session_id)
            sources = [(e.scanner, e.symbology) for e in events]
        assert ("keyboard", "") in sources and ("fixed", "]E0") in sources
    finally:
        os.close(master)
        os.close(slave)


def test_the_scanner_test_page_shows_what_arrives_and_explains_azerty(qtbot, bench):
    running = bench()
    settings_controller = running.controller.open_settings()
    view = settings_controller.view
    qtbot.addWidget(view)
    view.activateWindow()
    scan("&é\"'(-è_çà", target=view)
    scan("]C101095011015300031725123110ABC123\x1d21SER42", target=view)
    log = view.scan_log.toPlainText().splitlines()
    assert len(log) == 2
    assert "keyboard" in log[0] and "1234567890" in log[0] and "AZERTY" in log[0]
    assert "gaps" in log[0]
    assert "Code 128" in log[1] and "(10)ABC123" in log[1] and "(21)SER42" in log[1]
    assert "<GS>" in log[1]
    assert running.controller.open is None  # nothing was packed
    view.reject()
    scan("#1001", target=running.window)
    assert running.controller.open is not None


def test_a_serial_numbered_item_asks_for_its_serial_on_the_banner(qtbot, bench, demo_shop):
    from PySide6.QtCore import Qt

    order = next(
        o
        for o in demo_shop.fetch_fulfillment_orders(None)
        if o.status.value == "OPEN" and any(ln.requires_serial for ln in o.lines)
    )
    line = next(ln for ln in order.lines if ln.requires_serial)
    running = bench()
    scan(order.order_name)
    scan(line.barcode)
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WARNING and "serial number" in banner.message
    qtbot.keyClick(running.window, Qt.Key.Key_F10)
    assert banner.tone is Tone.WRONG and "serial number" in banner.message
    scan("BL-4711")
    assert banner.tone is Tone.GOOD and "BL-4711" in banner.message
    assert running.controller.open.session.serials(line.line_id) == ("BL-4711",)
