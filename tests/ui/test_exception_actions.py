"""The exceptions queue offers the actions that fit each exception: a printer that is off
raises one, the packer notes a call to the customer, and a lead resolves it."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from packstation.devices.printer.tcp import TcpPrinter
from packstation.domain.users import Role
from tests.helpers import pack_every_unit
from tests.ui.test_lead_gates import approve_by_badge
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


def answer_next_text_dialog(text: str) -> None:
    """Type into the next modal text dialog and press OK, as a person would."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(text)
        dialog.accept()

    QTimer.singleShot(20, answer)


def test_a_print_failure_is_an_exception_with_its_own_actions(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    off = TcpPrinter("127.0.0.1", closed_port(), name="ZD421", timeout=0.5)
    station.use_printers({"label": off, "slip": station.printers["slip"]})
    scan("#1001")
    pack_every_unit(controller.open, scan)
    with qtbot.waitSignal(controller.packed, timeout=15000) as packed:
        qtbot.keyClick(window, Qt.Key.Key_F10)
    assert not packed.args[0].ok

    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert controller.exceptions_dialog is None  # a packer is signed in: a lead first
    with qtbot.waitSignal(controller.auth_dialog.finished, timeout=5000):
        scan("LEAD-0007", target=controller.auth_dialog.pin)
    queue = controller.exceptions_dialog
    assert [e.kind for e in queue.entries] == ["print_failed"]
    assert "The label did not print on ZD421" in queue.view.table.item(0, 3).text()
    queue.view.table.selectRow(0)
    view = queue.view
    assert view.retry_button.isEnabled() and view.resolve_button.isEnabled()
    assert not view.hold_button.isEnabled() and not view.void_button.isEnabled()

    answer_next_text_dialog("Told the customer it ships tomorrow")
    with qtbot.waitSignal(queue.acted, timeout=5000) as acted:
        qtbot.mouseClick(view.note_button, Qt.MouseButton.LeftButton)
    assert acted.args[:2] == ["note", True]
    assert "Åse: Told the customer it ships tomorrow" in view.table.item(0, 3).text()

    with qtbot.waitSignal(queue.acted, timeout=5000) as acted:
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
    assert acted.args[:2] == ["retry", True]
    assert len(queue.entries) == 1  # retrying does not resolve: a lead does

    resolving = queue.entries[0].exception_id

    qtbot.mouseClick(view.resolve_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(queue.resolved, timeout=5000):
        approve_by_badge(qtbot, controller, "Printer cable replaced, label printed")
    # resolved and gone; the printer is still off, so a retried job that fails again after
    # this may raise a new exception of its own
    assert resolving not in [e.exception_id for e in queue.entries]
    assert view.table.rowCount() == len(queue.entries) <= 1
