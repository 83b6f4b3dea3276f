"""What needs a lead: reprint, void, settings changes and releasing a hold, each on the spot."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.helpers import pack_every_unit
from tests.ui.test_pack_flow import queued_names, running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def audit(station, action):
    with UnitOfWork(station.session_factory) as uow:
        return [json.loads(e.detail) for e in uow.audit.entries([action])]


def pack_and_complete(qtbot, app, order_name):
    scan(order_name)
    pack_every_unit(app.controller.open, scan)
    with qtbot.waitSignal(app.controller.packed, timeout=15000) as packed:
        qtbot.keyClick(app.window, Qt.Key.Key_F10)
    return packed.args[0].shipment


def approve_by_badge(qtbot, controller, reason, badge="LEAD-0007"):
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setText(reason)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        scan(badge, target=dialog.reason)


def test_without_a_lead_a_reprint_says_how_to_add_one(qtbot, running):  # noqa: F811
    pack_and_complete(qtbot, running, "#1001")
    qtbot.keyClick(running.window, Qt.Key.Key_F8)
    assert running.controller.auth_dialog is None
    banner = running.window.pack_view.banner
    assert banner.tone is Tone.WRONG and "none is set up" in banner.message


def test_reprint_and_void_need_a_lead(qtbot, running, demo_shop):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    shipment = pack_and_complete(qtbot, running, "#1001")
    jobs_before = len(station.printing.shipment_jobs(shipment.shipment_id))

    qtbot.keyClick(window, Qt.Key.Key_F8)  # cancelled: nothing is printed
    controller.auth_dialog.reject()
    assert len(station.printing.shipment_jobs(shipment.shipment_id)) == jobs_before

    qtbot.keyClick(window, Qt.Key.Key_F8)
    with qtbot.waitSignal(controller.packed, timeout=15000) as printed:
        approve_by_badge(qtbot, controller, "Label smudged")
    assert printed.args[0].ok
    reprints = [j for j in station.printing.shipment_jobs(shipment.shipment_id) if j.is_reprint]
    assert {j.kind for j in reprints} == {"label", "slip"}
    assert audit(station, "print.reprint") == [{"reason": "Label smudged", "lead": "Maja Lind"}]

    qtbot.waitUntil(
        lambda: bool(demo_shop.fulfillments(shipment.fulfillment_order_id)), timeout=10000
    )
    qtbot.mouseClick(window.pack_view.void_button, Qt.MouseButton.LeftButton)
    approve_by_badge(qtbot, controller, "Customer changed the address")
    qtbot.waitUntil(lambda: "void" in window.pack_view.banner.message, timeout=5000)
    [voided] = audit(station, "shipment.voided")
    assert (voided["lead"], voided["cancel_in_shop"]) == ("Maja Lind", True)
    # the sync worker cancels the fulfillment in the shop
    qtbot.waitUntil(
        lambda: "cancelled_at" in demo_shop.fulfillments(shipment.fulfillment_order_id)[0],
        timeout=10000,
    )
    assert demo_shop.order_by_name("#1001").status.value in ("OPEN", "IN_PROGRESS")
    qtbot.waitUntil(lambda: "#1001" in queued_names(running), timeout=10000)  # to pack again


def test_changing_printers_needs_a_lead_once_one_is_set_up(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    before = station.printers["label"]
    settings = controller.open_settings()
    settings.view.label_row.target.setCurrentText("spool:/tmp/packstation-labels-elsewhere")
    settings.view.buttons.accepted.emit()
    assert controller.auth_dialog is not None
    controller.auth_dialog.reject()  # no lead: nothing saved
    assert station.printers["label"] is before
    assert audit(station, "settings.changed") == []

    settings.view.buttons.accepted.emit()
    with qtbot.waitSignal(settings.saved, timeout=5000):
        approve_by_badge(qtbot, controller, "New label printer on bench 1")
    qtbot.waitUntil(lambda: bool(audit(station, "settings.changed")), timeout=5000)
    assert station.printers["label"] is not before
    [changed] = audit(station, "settings.changed")
    assert changed["lead"] == "Maja Lind"
    assert changed["changes"]["label_printer"]["to"] == "spool:/tmp/packstation-labels-elsewhere"
    window.activateWindow()


def test_a_lead_releases_a_held_order_from_the_queue(qtbot, running, demo_shop):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    held = next(o for o in demo_shop.fetch_fulfillment_orders(None) if o.status.value == "ON_HOLD")
    demo_shop.hold(held.fulfillment_order_id, "address check", handle="merchant")
    controller.refresh_queue()
    model, proxy = controller.queue_model, controller.queue_proxy
    row = next(r for r in range(model.rowCount()) if model.entry(r).order_name == held.order_name)
    window.queue_view.table.selectRow(proxy.mapFromSource(model.index(row, 0)).row())
    qtbot.mouseClick(window.queue_view.release_button, Qt.MouseButton.LeftButton)
    approve_by_badge(qtbot, controller, "Address confirmed by phone")
    # the merchant's hold is not the station's to release: the banner says so, in words
    qtbot.waitUntil(lambda: "still holds" in window.queue_view.banner.message, timeout=5000)
    assert window.queue_view.banner.tone is Tone.WARNING
    assert held.order_name in window.queue_view.banner.message
    [released] = audit(station, "shop.release")
    assert released == {
        "lead": "Maja Lind",
        "reason": "Address confirmed by phone",
        "released": False,
    }


def test_releasing_the_stations_own_hold_says_it_is_released(qtbot, running, demo_shop):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    order = next(o for o in demo_shop.fetch_fulfillment_orders(None) if o.status.value == "OPEN")
    demo_shop.hold(order.fulfillment_order_id, "short pick", handle="packstation")
    station.sync.run_once()
    controller.refresh_queue()
    model, proxy = controller.queue_model, controller.queue_proxy
    row = next(r for r in range(model.rowCount()) if model.entry(r).order_name == order.order_name)
    assert model.entry(row).on_hold
    window.queue_view.table.selectRow(proxy.mapFromSource(model.index(row, 0)).row())
    qtbot.mouseClick(window.queue_view.release_button, Qt.MouseButton.LeftButton)
    approve_by_badge(qtbot, controller, "Stock found")
    qtbot.waitUntil(lambda: "released" in window.queue_view.banner.message, timeout=5000)
    assert window.queue_view.banner.tone is Tone.GOOD
    assert demo_shop.order_by_name(order.order_name).status.value != "ON_HOLD"
    [released] = audit(station, "shop.release")
    assert released["released"] is True
