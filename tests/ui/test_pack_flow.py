"""End to end: the real main window on a demo database, driven by wedge scans and keys."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from packstation.ui.shell.main import start
from tests.helpers import pack_every_unit
from tests.templates import prepare_pulled
from tests.ui.wedge import scan
from tests.ui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def running(qtbot, qapp, settings, demo_shop):
    fast = replace(settings, sync_interval_seconds=0.3)
    prepare_pulled(fast, demo_shop)
    app = show_window(qtbot, qapp, build_station(fast, connector=demo_shop))
    app.window.queue_view.search.setFocus()
    yield app
    app.shutdown()


def queued_names(app):
    model = app.controller.queue_model
    return {model.entry(row).order_name for row in range(model.rowCount())}


def not_in(order, demo_shop):
    in_order = {line.barcode for line in order.lines}
    return next(p.barcode for p in demo_shop.products if p.barcode not in in_order)


def pack_with_mistakes(qtbot, app, demo_shop, order_name):
    window, controller = app.window, app.controller
    scan(order_name)
    assert window.on_pack_screen
    assert window.queue_view.search.text() == ""  # the scan did not land in the search box
    order = controller.open.order
    assert order.order_name == order_name
    scan(not_in(order, demo_shop))
    assert window.pack_view.banner.tone is Tone.WRONG
    assert "not in this order" in window.pack_view.banner.message
    assert controller.open.session.units_scanned == 0

    def scan_and_check(code):
        scan(code)
        assert window.pack_view.banner.tone in (Tone.GOOD, Tone.WARNING)  # WARNING: serial next

    pack_every_unit(controller.open, scan_and_check)
    assert window.pack_view.banner.tone is Tone.GOOD
    scan(order.lines[0].barcode)  # one too many
    assert window.pack_view.banner.tone is Tone.WRONG
    assert "Too many" in window.pack_view.banner.message
    assert controller.open.session.units_scanned == order.units
    assert app.controller.sounds.played.count(Tone.WRONG) >= 2
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        qtbot.keyClick(window, Qt.Key.Key_F10)
    return order, packed.args[0]


def test_pack_online_prints_and_fulfils_in_the_shop(qtbot, running, demo_shop, settings):
    order, outcome = pack_with_mistakes(qtbot, running, demo_shop, "#1001")
    assert outcome.ok
    zpl_files = list(settings.spool_folder.glob("1001-*-label.zpl"))
    assert len(zpl_files) == 1
    zpl = zpl_files[0].read_text(encoding="utf-8")
    assert "#1001" in zpl and "Åse Ørsted" in zpl and "Søndre gate 12" in zpl
    assert list(settings.spool_folder.glob("1001-*-slip.pdf"))
    assert running.window.pack_view.preview.has_image()
    qtbot.waitUntil(lambda: bool(demo_shop.fulfillments(order.fulfillment_order_id)), timeout=10000)
    assert demo_shop.order_by_name("#1001").status.value == "CLOSED"

    def outbox_states():
        with UnitOfWork(running.station.session_factory) as uow:
            return [row.state for row in uow.outbox.all()]

    # the shop has it; the worker records the delivery right after
    qtbot.waitUntil(lambda: outbox_states() == ["done"], timeout=10000)
    with UnitOfWork(running.station.session_factory) as uow:
        actions = {e.action for e in uow.audit.entries()}
    assert {"pack.opened", "pack.completed", "print.done", "sync.pushed"} <= actions
    assert "#1001" not in queued_names(running)


def test_pack_offline_waits_then_arrives_exactly_once(qtbot, running, demo_shop):
    demo_shop.online = False
    qtbot.waitUntil(lambda: "Offline" in running.window.shop_status.text(), timeout=5000)
    order, outcome = pack_with_mistakes(qtbot, running, demo_shop, "#1002")
    assert outcome.ok
    assert "#1002" not in queued_names(running)
    qtbot.waitUntil(lambda: "1 waiting" in running.window.outbox_status.text(), timeout=5000)
    assert demo_shop.fulfillments(order.fulfillment_order_id) == []
    demo_shop.online = True
    qtbot.waitUntil(lambda: bool(demo_shop.fulfillments(order.fulfillment_order_id)), timeout=15000)
    qtbot.waitUntil(lambda: "0 waiting" in running.window.outbox_status.text(), timeout=5000)
    qtbot.wait(800)  # more sync passes: nothing may be sent twice
    assert len(demo_shop.fulfillments(order.fulfillment_order_id)) == 1


def test_undo_quantity_and_partial_shipment(qtbot, running, demo_shop):
    window, controller = running.window, running.controller
    order = next(
        o
        for o in demo_shop.fetch_fulfillment_orders(None)
        if len(o.lines) >= 2 and o.lines[0].quantity >= 2 and o.status.value == "OPEN"
    )
    scan(order.order_name)
    first = order.lines[0]
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert window.pack_view.quantity_panel.isVisible()
    window.pack_view.quantity.setValue(first.quantity)
    window.pack_view.quantity.editingFinished.emit()
    scan(first.barcode)
    assert controller.open.session.scanned(first.line_id) == first.quantity
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert controller.open.session.scanned(first.line_id) == 0
    scan(first.barcode)
    qtbot.keyClick(window, Qt.Key.Key_F10)  # incomplete: refused with a banner, no dialog
    assert (
        window.pack_view.banner.tone is Tone.WRONG and "missing" in window.pack_view.banner.message
    )
    running.station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    qtbot.keyClick(window, Qt.Key.Key_F9)
    window.pack_view.partial_reason.setEditText("Out of stock")
    qtbot.mouseClick(window.pack_view.partial_confirm, Qt.MouseButton.LeftButton)
    dialog = controller.auth_dialog  # a short shipment needs the shift lead
    assert dialog is not None and dialog.isVisible()
    assert dialog.reason.text() == "Out of stock"
    dialog.pin.setText("4711")
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    shipment = packed.args[0].shipment
    # the reason, and what is missing (for the slip): the lead's own reason stays as given
    reason, missing = shipment.partial_reason.split("; missing: ")
    assert reason == "Out of stock"
    assert missing.startswith(f"{first.quantity - 1} × {first.title}")
    assert [(ln.line_id, ln.quantity) for ln in shipment.lines] == [(first.line_id, 1)]
    [short] = running.station.exceptions.open()
    assert (short.kind, short.order_name) == ("short_pick", order.order_name)
    assert short.what.startswith(f"Shipped without {first.quantity - 1} × {first.title}")
    assert short.what.endswith("allowed by Maja Lind: Out of stock")


def test_a_scan_that_is_no_order_number_says_so_on_the_queue(qtbot, running):
    scan("NOT-AN-ORDER")
    banner = running.window.queue_view.banner
    assert not running.window.on_pack_screen
    assert banner.tone is Tone.WRONG and "not an order number" in banner.message


def test_an_order_on_hold_cannot_be_opened(qtbot, running, demo_shop):
    held = next(o for o in demo_shop.fetch_fulfillment_orders(None) if o.status.value == "ON_HOLD")
    scan(held.order_name)
    assert not running.window.on_pack_screen
    assert "on hold" in running.window.queue_view.banner.message


def test_the_station_reopens_the_order_being_packed_after_a_restart(
    qtbot, qapp, settings, demo_shop
):
    station = build_station(settings, connector=demo_shop)
    first = start(station, qapp, start_sync=False)
    try:
        first.window.show()
        qtbot.waitExposed(first.window)
        first.window.activateWindow()
        first.window.queue_view.search.setFocus()
        scan("#1003", target=first.window)
        line = first.controller.open.order.lines[0]
        scan(line.barcode, target=first.window)
    finally:
        first.shutdown()
        first.window.close()
    again = start(build_station(settings, connector=demo_shop), qapp, start_sync=False)
    try:
        assert again.window.on_pack_screen
        assert again.controller.open.order.order_name == "#1003"
        assert again.controller.open.session.units_scanned == 1
        assert again.window.pack_view.banner.tone is Tone.WARNING
    finally:
        again.shutdown()
        again.window.close()


def test_queue_filters_by_sku_and_sorts_express_first(qtbot, running, demo_shop):
    controller = running.controller
    model = controller.queue_model
    first_rows = [model.entry(r) for r in range(model.rowCount())]
    express = [e.express for e in first_rows]
    assert express == sorted(express, reverse=True)
    sku = demo_shop.order_by_name("#1001").lines[0].sku
    qtbot.keyClicks(running.window.queue_view.search, sku.lower())
    qtbot.waitUntil(lambda: running.window.queue_view.search.text() == sku.lower(), timeout=3000)
    proxy = controller.queue_proxy
    names = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert "#1001" in names
    assert 0 < proxy.rowCount() < model.rowCount()


def test_a_person_typing_in_the_search_box_filters_and_opens_nothing(qtbot, running):
    from tests.ui.wedge import now_ms, send_key

    search = running.window.queue_view.search
    search.setFocus()
    for char in "1001":
        send_key(search, Qt.Key(ord(char)), char, now_ms(220))
        qtbot.wait(90)
    send_key(search, Qt.Key.Key_Return, "\r", now_ms(220))
    qtbot.waitUntil(lambda: search.text() == "1001", timeout=3000)
    assert not running.window.on_pack_screen
    assert running.controller.open is None
    proxy = running.controller.queue_proxy
    assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} >= {"#1001"}


def test_command_barcodes_act_like_their_keys(qtbot, running):
    window, controller = running.window, running.controller
    scan("PS-CMD-COMPLETE")  # nothing open: says what to do
    assert "scan its packing slip" in window.queue_view.banner.message
    scan("#1001")
    first = controller.open.order.lines[0]
    scan(first.barcode)
    assert controller.open.session.scanned(first.line_id) == 1
    scan("PS-CMD-UNDO")
    assert controller.open.session.scanned(first.line_id) == 0
    scan("PS-CMD-SHORT")
    assert window.pack_view.partial_panel.isVisible()
    scan("PS-CMD-CANCEL")  # closes the panel first
    assert not window.pack_view.partial_panel.isVisible() and window.on_pack_screen
    pack_every_unit(controller.open, scan)
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        scan("PS-CMD-COMPLETE")
    assert packed.args[0].shipment.order_name == "#1001"
