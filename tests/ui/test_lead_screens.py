"""Lead screens need a lead: a packer gets a lead's yes first, a signed-in lead opens them, and
a signed-in lead is never asked for the PIN again."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.app import build_station
from packstation.services.demo_people import seed_demo_people
from packstation.storage.uow import UnitOfWork
from tests.templates import prepare_pulled
from tests.ui import wedge
from tests.ui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def locked(qtbot, qapp, settings, demo_shop):
    fast = replace(settings, sync_interval_seconds=0.3)
    prepare_pulled(fast, demo_shop)
    station = build_station(fast, connector=demo_shop)
    station.puller.pull()
    seed_demo_people(station.auth)
    app = show_window(qtbot, qapp, station)
    yield app
    app.shutdown()


def scan(text, target=None):
    wedge.scan(text, target=target or QApplication.activeWindow())


def sign_in(qtbot, app, badge):
    with qtbot.waitSignal(app.controller.sign_in.signed_in, timeout=5000):
        scan(badge)


def refocus(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.mark.parametrize(
    ("key", "modifier", "opened"),
    [
        (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier, "dashboard"),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier, "exceptions_dialog"),
        (Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier, "batches_dialog"),
    ],
)
def test_a_packer_opens_a_lead_screen_only_with_a_leads_yes(qtbot, locked, key, modifier, opened):
    app, window = locked, locked.window
    sign_in(qtbot, app, "PACKER-0001")
    qtbot.keyClick(window, key, modifier)
    assert getattr(app.controller, opened) is None
    dialog = app.controller.auth_dialog
    assert dialog is not None and dialog.pin.isVisible()
    dialog.reject()
    assert getattr(app.controller, opened) is None  # no lead, no screen
    refocus(qtbot, window)
    qtbot.keyClick(window, key, modifier)
    dialog = app.controller.auth_dialog
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        scan("LEAD-0001", target=dialog.pin)
    screen = getattr(app.controller, opened)
    assert screen is not None and screen.view.isVisible()
    screen.view.close()


def test_a_signed_in_lead_opens_lead_screens_and_is_not_asked_for_the_pin(qtbot, locked):
    app, window, station = locked, locked.window, locked.station
    sign_in(qtbot, app, "LEAD-0001")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert app.controller.auth_dialog is None
    assert app.controller.dashboard is not None and app.controller.dashboard.view.isVisible()
    app.controller.dashboard.view.close()
    refocus(qtbot, window)

    scan("#1001")
    assert window.on_pack_screen
    qtbot.keyClick(window, Qt.Key.Key_F3)
    if app.controller.auth_dialog is None:  # several lines: the first missing one is chosen
        qtbot.keyClick(window, Qt.Key.Key_F3)
    dialog = app.controller.auth_dialog
    assert dialog is not None and not dialog.pin.isVisible()
    assert "Mette Hansen" in " ".join(
        label.text() for label in dialog.findChildren(type(window.pack_view.order_label))
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=3000)
    qtbot.keyClicks(dialog.reason, "Label torn")
    qtbot.waitUntil(lambda: dialog.reason.text() == "Label torn", timeout=3000)
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert "Confirmed by Mette Hansen" in window.pack_view.banner.message
    with UnitOfWork(station.session_factory) as uow:
        [granted] = uow.audit.entries(["auth.granted"])
        detail = json.loads(granted.detail)
    assert (detail["lead"], detail["by"], detail["reason"]) == (
        "Mette Hansen",
        "signed_in",
        "Label torn",
    )
