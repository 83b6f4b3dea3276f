"""A lead authorises a hand confirmation over the packer's screen; wrong PINs are counted."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.domain.users import Role
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def type_into(qtbot, field, text):
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.waitUntil(lambda: field.text() == text, timeout=3000)


def test_a_lead_confirms_an_item_that_will_not_scan(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    station.auth.add_user("Per", Role.PACKER, pin="1111")
    scan("#1001")
    assert window.on_pack_screen
    line = controller.open.order.lines[0]
    table = window.pack_view.table
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(table.model().index(0, 0)).center(),
    )
    qtbot.keyClick(window, Qt.Key.Key_F3)
    dialog = controller.auth_dialog
    assert dialog is not None and dialog.isVisible()
    assert [dialog.lead.itemText(i) for i in range(dialog.lead.count())] == ["Maja Lind"]
    type_into(qtbot, dialog.reason, "Barcode label torn off")

    type_into(qtbot, dialog.pin, "1234")
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Wrong PIN for Maja Lind" in dialog.message.text()
    assert controller.open.session.scanned(line.line_id) == 0
    type_into(qtbot, dialog.pin, "9999")
    with qtbot.waitSignal(dialog.checked, timeout=5000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    with UnitOfWork(station.session_factory) as uow:
        assert uow.users.by_name("Maja Lind").failed_pins == 2
        refused = uow.audit.entries(["auth.refused"])
        assert [json.loads(e.detail)["wrong_pins"] for e in refused] == [1, 2]

    type_into(qtbot, dialog.pin, "4711")
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert controller.open.session.scanned(line.line_id) == 1
    assert window.pack_view.banner.tone is Tone.GOOD
    assert "Confirmed by Maja Lind" in window.pack_view.banner.message

    def overrides():
        with UnitOfWork(station.session_factory) as uow:
            return len(uow.audit.entries(["pack.override"]))

    qtbot.waitUntil(lambda: overrides() == 1, timeout=5000)  # written off the GUI thread
    with UnitOfWork(station.session_factory) as uow:
        assert uow.users.by_name("Maja Lind").failed_pins == 0  # reset by the right PIN
        [override] = uow.audit.entries(["pack.override"])
        detail = json.loads(override.detail)
        assert (override.subject, detail["lead"], detail["reason"]) == (
            "#1001",
            "Maja Lind",
            "Barcode label torn off",
        )
        assert override.user == "Åse"  # the packer at the station
        [exception] = uow.exceptions.open()
        assert (exception.kind, exception.order_name) == ("override", "#1001")
        events = uow.sessions.events(controller.open.session_id)
        assert [e.kind for e in events][-1] == "override"

    # the lead's exceptions queue shows it, and a lead resolves it by badge
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert controller.exceptions_dialog is None  # a packer is signed in: a lead first
    with qtbot.waitSignal(controller.auth_dialog.finished, timeout=5000):
        scan("LEAD-0007", target=controller.auth_dialog.pin)
    queue = controller.exceptions_dialog
    assert queue.view.table.rowCount() == 1
    assert "Barcode label torn off" in queue.view.table.item(0, 3).text()
    assert queue.view.table.item(0, 2).text() == "Confirmed by hand"
    queue.view.table.selectRow(0)
    qtbot.mouseClick(queue.view.resolve_button, Qt.MouseButton.LeftButton)
    resolve_dialog = controller.auth_dialog
    type_into(qtbot, resolve_dialog.reason, "Checked the item by eye")
    with qtbot.waitSignal(queue.resolved, timeout=5000):
        scan("LEAD-0007", target=resolve_dialog.reason)
    assert queue.view.table.rowCount() == 0
    with UnitOfWork(station.session_factory) as uow:
        assert uow.exceptions.open() == []
        [resolved] = uow.audit.entries(["exception.resolved"])
        assert json.loads(resolved.detail)["lead"] == "Maja Lind"


def test_a_packer_cannot_authorise_and_a_reason_is_required(running):  # noqa: F811
    station = running.station
    station.auth.add_user("Per", Role.PACKER, pin="1111", badge="PACK-1")
    from packstation.services.auth import AuthorisationRefused

    with pytest.raises(AuthorisationRefused, match="not a shift lead"):
        station.auth.authorise("pack.override", "#1001", "why", badge="PACK-1")
    with pytest.raises(AuthorisationRefused, match="Give a reason"):
        station.auth.authorise("pack.override", "#1001", "  ", badge="PACK-1")
    with UnitOfWork(station.session_factory) as uow:
        assert "$argon2" in uow.users.by_name("Per").pin_hash
        assert "1111" not in uow.users.by_name("Per").pin_hash


def test_the_dashboard_shows_live_figures(qtbot, running):  # noqa: F811
    window, controller = running.window, running.controller
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dashboard = controller.dashboard
    assert dashboard is not None
    qtbot.waitUntil(lambda: "orders packed" in dashboard.view.summary.text(), timeout=5000)
    assert "0 orders packed" in dashboard.view.summary.text()
    opened = running.station.packing.open_order("#1001")
    from tests.helpers import pack_every_unit

    pack_every_unit(opened, lambda code: running.station.packing.scan(opened, code))
    running.station.packing.complete(opened)
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000) as refreshed:
        dashboard.refresh()
    figures = refreshed.args[0]
    assert [(p.user, p.orders) for p in figures.packers] == [("Åse", 1)]
    assert dashboard.view.table.item(0, 0).text() == "Åse"
    assert "1 order packed" in dashboard.view.summary.text()  # English plural form
    assert [count for _, count in figures.orders_per_hour] == [1]
    dashboard.view.grab().save(str(running.station.settings.data_dir / "dashboard.png"))
