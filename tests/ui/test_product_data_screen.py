"""The pack screen's product data: instructions to confirm before F10, taught barcodes, tags."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.domain.users import Role
from packstation.storage.taught_barcodes import TaughtBarcodeRepository
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.helpers import pack_every_unit
from tests.ui.test_lead_override import type_into
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def test_a_gift_message_must_be_confirmed_before_f10(qtbot, running):  # noqa: F811
    window, controller = running.window, running.controller
    view, pack = window.pack_view, controller.pack
    scan("#1016")
    order = controller.open.order
    assert order.gift_message and "gift" in order.tags
    assert view.extras.box.isVisible() and view.extras.confirm_button.isVisible()
    assert order.gift_message in view.extras.body.text()
    assert "Gift wrap: Yes" in view.extras.body.text()
    assert view.extras.tags_label.isVisible() and "gift" in view.extras.tags_label.text()
    pack_every_unit(controller.open, scan)
    assert controller.open.session.is_complete

    press(qtbot, window, Qt.Key.Key_F10)  # not read yet: a calm word, nothing completes
    assert view.banner.tone is Tone.WARNING
    assert "Read the customer's instructions first" in view.banner.message
    assert controller.open is not None and not running.station.printing.latest_shipment("#1016")

    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert view.banner.tone is Tone.GOOD and not pack.extras.instructions.pending
    assert not view.extras.confirm_button.isVisible() and view.extras.box.isVisible()
    with qtbot.waitSignal(controller.packed, timeout=15000):
        press(qtbot, window, Qt.Key.Key_F10)
    with UnitOfWork(running.station.session_factory) as uow:
        read = [(e.subject, e.detail) for e in uow.audit.entries(["pack.instructions_read"])]
    assert [subject for subject, _ in read] == ["#1016"]
    assert "Happy birthday" in json.loads(read[0][1])["instructions"]


def test_an_engraving_is_confirmed_by_scanning_the_slip_again(qtbot, running):  # noqa: F811
    window, controller = running.window, running.controller
    view = window.pack_view
    scan("#1028")
    engraved = [line for line in controller.open.order.lines if line.properties]
    assert engraved and "Engraving: " in view.extras.body.text()
    assert engraved[0].title in view.extras.body.text()
    scan("#1028")  # the slip again: read
    assert view.banner.tone is Tone.GOOD
    assert not controller.pack.extras.instructions.pending
    scan("#1028")  # once more: just "already open"
    assert "already open" in view.banner.message


def test_an_order_without_instructions_shows_no_box(qtbot, running):  # noqa: F811
    scan("#1001")
    extras = running.window.pack_view.extras
    assert not extras.box.isVisible() and not extras.tags_label.isVisible()
    assert running.controller.pack.extras.instructions.refusal() is None


def test_a_lead_teaches_a_suppliers_barcode_that_counts_from_then_on(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    view, pack = window.pack_view, controller.pack
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711")
    scan("#1003")
    line = controller.open.order.lines[1]
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert "Scan the new barcode first" in view.banner.message

    scan("SUPPLIER-0042")
    assert view.banner.tone is Tone.WRONG  # unknown, as before
    assert view.extras.teach_hint.isVisible() and "Ctrl+E" in view.extras.teach_hint.text()
    view.table.selectRow(1)
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    type_into(qtbot, dialog.reason, "Supplier's own label")
    type_into(qtbot, dialog.pin, "4711")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.banner.tone is Tone.GOOD, timeout=5000)
    assert "SUPPLIER-0042 is now a barcode of" in view.banner.message
    assert not view.extras.teach_hint.isVisible()

    window.activateWindow()  # the dialog has gone: the window has the keys again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    view.table.clearSelection()
    scan("SUPPLIER-0042", target=window)
    assert view.banner.tone is Tone.GOOD
    assert controller.open.session.scanned(line.line_id) == 1
    with UnitOfWork(station.session_factory) as uow:
        assert TaughtBarcodeRepository(uow.session).for_skus([line.sku]) == {
            line.sku: ["SUPPLIER-0042"]
        }
        taught = [json.loads(e.detail) for e in uow.audit.entries(["barcode.taught"])]
    assert [(t["barcode"], t["lead"]) for t in taught] == [("SUPPLIER-0042", "Maja Lind")]
    # parked and opened again (as after a restart): the taught code still counts
    pack.back_to_queue()
    scan("#1003")
    assert controller.open.session.knows("SUPPLIER-0042")
    assert controller.open.session.scanned(line.line_id) == 1
