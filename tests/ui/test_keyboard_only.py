"""Lead dialogs, F9 and F3 by keyboard alone: focus starts where the typing goes, and stays
in the window the lead was using."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def type_here(qtbot, text):
    """A person typing into whatever has the focus (the wedge filter lets slow keys through)."""
    field = QApplication.focusWidget()
    assert field is not None
    before = field.text()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: field.text() == before + text, timeout=3000)
    return field


def multi_line_order(app):
    """The name of a queued order with two lines or more, none serial-numbered."""
    for entry in app.station.queue.entries():
        if entry.on_hold:
            continue
        with UnitOfWork(app.station.session_factory) as uow:
            order = uow.orders.get(entry.fulfillment_order_id)
        if len(order.lines) >= 2 and not any(line.requires_serial for line in order.lines):
            return order.order_name
    raise AssertionError("the demo shop has a multi-line order")


def test_the_pin_dialog_types_into_the_pin_and_the_reason_never_lands_there(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    if controller.auth_dialog is None:  # several lines: the first missing one is chosen
        qtbot.keyClick(window, Qt.Key.Key_F3)
    dialog = controller.auth_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.pin, timeout=3000)
    type_here(qtbot, "4711")
    dialog.pin.insert("Torn label")  # words typed into the PIN are refused
    assert dialog.pin.text() == "4711"
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)  # no reason yet: Enter goes on to it
    assert QApplication.focusWidget() is dialog.reason and dialog.isVisible()
    type_here(qtbot, "Torn label")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "Confirmed by Maja Lind" in window.pack_view.banner.message
    assert controller.open.session.units_scanned == 1


def test_f9_by_keyboard_with_an_empty_reason_for_each_order(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    scan(controller.open.order.lines[0].barcode)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    pv = window.pack_view
    assert pv.partial_panel.isVisible() and pv.partial_reason.currentText() == ""
    assert QApplication.focusWidget() in (pv.partial_reason, pv.reason_edit)
    qtbot.keyClicks(pv.reason_edit, "Out of stock")
    qtbot.waitUntil(lambda: pv.reason_edit.text() == "Out of stock", timeout=3000)
    qtbot.keyClick(pv.reason_edit, Qt.Key.Key_Return)  # Enter confirms
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.reason.text() == "Out of stock"
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        scan("LEAD-0007", target=dialog.pin)
    assert packed.args[0].shipment.partial_reason.startswith("Out of stock; missing: ")
    assert pv.banner.tone is Tone.WARNING  # short: amber, not the full green
    assert pv.banner.message.startswith("#1001 packed SHORT: label and slip printed")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    scan("#1002", target=window)
    assert controller.open.order.order_name == "#1002"
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert pv.partial_reason.currentText() == ""  # the last order's reason is gone


def test_f3_on_a_multi_line_order_chooses_the_line_with_the_arrow_keys(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan(multi_line_order(running))
    lines = controller.open.order.lines
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert controller.auth_dialog is None
    assert "↑ ↓" in window.pack_view.banner.message
    selected = window.pack_view.table.selectionModel().selectedRows
    assert [index.row() for index in selected()] == [0]
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert [index.row() for index in selected()] == [1]
    qtbot.keyClick(window, Qt.Key.Key_F3)
    dialog = controller.auth_dialog
    assert dialog is not None
    assert lines[1].title in " ".join(label.text() for label in dialog.findChildren(QLabel))
    dialog.reason.setText("Barcode torn off")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        scan("LEAD-0007", target=dialog.pin)
    assert controller.open.session.scanned(lines[1].line_id) == 1
    assert controller.open.session.scanned(lines[0].line_id) == 0


def test_after_resolving_an_exception_the_focus_stays_in_its_window(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    scan("#1001")
    qtbot.keyClick(window, Qt.Key.Key_F3)
    if controller.auth_dialog is None:
        qtbot.keyClick(window, Qt.Key.Key_F3)
    controller.auth_dialog.reason.setText("Torn label")
    with qtbot.waitSignal(controller.auth_dialog.finished, timeout=5000):
        scan("LEAD-0007", target=controller.auth_dialog.pin)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert controller.auth_dialog is not None  # lead screens need a lead
    with qtbot.waitSignal(controller.auth_dialog.finished, timeout=5000):
        scan("LEAD-0007", target=controller.auth_dialog.pin)
    queue = controller.exceptions_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is queue.view, timeout=3000)
    queue.view.table.selectRow(0)
    qtbot.mouseClick(queue.view.resolve_button, Qt.MouseButton.LeftButton)
    resolve = controller.auth_dialog
    resolve.reason.setText("Checked by eye")
    with qtbot.waitSignal(queue.resolved, timeout=5000):
        scan("LEAD-0007", target=resolve.pin)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is queue.view, timeout=3000)
    qtbot.keyClick(QApplication.activeWindow(), Qt.Key.Key_Escape)
    assert controller.open is not None and window.on_pack_screen  # Esc did not park it
    assert window.pack_view.banner.tone is not Tone.WRONG
