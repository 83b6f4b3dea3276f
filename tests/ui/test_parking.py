"""Esc parks an order for real: nothing reaches it from the queue, nor from the next person;
its slip continues it, and the banners say what happened."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.app import build_station
from packstation.services.demo_people import seed_demo_people
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
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


def scan(text):
    """A scan typed into whatever has focus (the window itself after a sign-in)."""
    wedge.scan(text, target=QApplication.activeWindow())


def sign_in(qtbot, app, badge):
    with qtbot.waitSignal(app.controller.sign_in.signed_in, timeout=5000):
        scan(badge)


def events_by(station, user):
    with UnitOfWork(station.session_factory) as uow:
        return [e for e in uow.audit.entries(["scan.scan", "scan.undo"]) if e.user == user]


def test_a_parked_order_is_out_of_reach_until_its_slip_is_scanned(qtbot, locked):
    app, window, station = locked, locked.window, locked.station
    sign_in(qtbot, app, "PACKER-0001")
    scan("#1001")
    order = app.controller.open.order
    first = order.lines[0].barcode
    scan(first)
    assert app.controller.open.session.units_scanned == 1

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.on_pack_screen and app.controller.open is None
    banner = window.queue_view.banner
    assert banner.tone is Tone.WARNING
    assert banner.message.startswith(f"Parked #1001: 1 of {order.units} units")

    # on the queue, an item scan, undo and complete never reach the parked order
    scan(first)
    assert banner.tone is Tone.WRONG and "packing slip" in banner.message
    qtbot.keyClick(window, Qt.Key.Key_F4)
    qtbot.keyClick(window, Qt.Key.Key_F10)
    assert app.controller.open is None and not window.on_pack_screen
    assert "Nothing to undo" not in banner.message

    # the next person's scans never land in the previous person's order
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.on_sign_in_screen
    sign_in(qtbot, app, "PACKER-0002")
    assert not window.on_pack_screen and app.controller.open is None
    scan(first)
    assert window.queue_view.banner.tone is Tone.WRONG
    qtbot.waitUntil(lambda: len(events_by(station, "Åse Ørsted")) == 1, timeout=5000)
    assert events_by(station, "Jan de Vries") == []

    # scanning the slip continues it, and says whose it was
    scan("#1001")
    assert window.on_pack_screen
    assert app.controller.open.session.units_scanned == 1
    assert window.pack_view.banner.message == (
        f"Continuing #1001 that Åse Ørsted parked: 1 of {order.units} units"
    )
    scan(first)
    assert app.controller.open.session.units_scanned == 2
    qtbot.waitUntil(lambda: len(events_by(station, "Jan de Vries")) == 1, timeout=5000)


def test_continuing_ones_own_order_and_a_restart_resume_only_once(qtbot, locked):
    app, window = locked, locked.window
    sign_in(qtbot, app, "PACKER-0001")
    scan("#1001")
    order = app.controller.open.order
    scan(order.lines[0].barcode)
    scan(order.lines[0].barcode if order.lines[0].quantity > 1 else order.lines[1].barcode)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    scan("#1001")
    assert window.pack_view.banner.message == f"Continuing #1001: 2 of {order.units} units"
    # Ctrl+L on the pack screen parks it too; the next sign-in starts at the queue
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    sign_in(qtbot, app, "PACKER-0001")
    assert not window.on_pack_screen and app.controller.open is None
    assert window.queue_view.banner.message.startswith("Welcome, Åse Ørsted")


def test_old_messages_clear_on_a_new_screen_and_after_a_while(qtbot, locked):
    app, window = locked, locked.window
    sign_in(qtbot, app, "PACKER-0001")
    banner = window.queue_view.banner
    banner.stale_after_ms = 300
    scan("#9999")
    assert banner.tone is Tone.WRONG and banner.message
    qtbot.waitUntil(lambda: banner.message == "", timeout=3000)
    assert banner.tone is Tone.INFO

    scan("#9999")
    assert banner.message
    scan("#1001")
    assert window.pack_view.banner.message == "Scan the items of #1001"
    window.pack_view.banner.show_message(Tone.WRONG, "an old pack-screen message")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert banner.message.startswith("Parked #1001") or banner.message == ""
    assert "#9999" not in banner.message
    scan("#1001")
    assert "old pack-screen message" not in window.pack_view.banner.message
