"""Packers sign in by badge or name; leads type a PIN; the station locks (Ctrl+L)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from packstation.app import build_station
from packstation.services.demo_people import seed_demo_people
from packstation.storage.uow import UnitOfWork
from tests.templates import prepare_pulled
from tests.ui.wedge import scan
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


def type_pin(qtbot, field, pin):
    """A person typing: the wedge filter lets the keys through once they are slow enough."""
    field.clear()
    qtbot.keyClicks(field, pin)
    qtbot.waitUntil(lambda: field.text() == pin, timeout=3000)


def audit(station, *actions):
    with UnitOfWork(station.session_factory) as uow:
        return [(e.action, e.user, json.loads(e.detail)) for e in uow.audit.entries(actions)]


def test_a_locked_station_takes_only_a_sign_in(qtbot, locked):
    window, controller, station = locked.window, locked.controller, locked.station
    assert window.on_sign_in_screen
    assert "locked" in window.station_status.text()
    assert set(window.sign_in_view.buttons) == {
        "Åse Ørsted",
        "Jan de Vries",
        "Sven Lindqvist",
        "Mette Hansen",
    }

    scan("#1001")  # a packing slip is not a badge: nothing opens
    qtbot.waitUntil(lambda: "Unknown badge" in window.sign_in_view.message.text(), timeout=5000)
    assert controller.open is None and window.on_sign_in_screen
    qtbot.keyClick(window, Qt.Key.Key_F10)  # shortcuts do nothing while locked
    assert window.on_sign_in_screen

    with qtbot.waitSignal(controller.sign_in.signed_in, timeout=5000) as signed:
        scan("PACKER-0002")
    assert signed.args == ["Jan de Vries"]
    assert not window.on_sign_in_screen
    assert window.station_status.text() == "Station Bench 1 · Jan de Vries"

    scan("#1001")
    assert window.on_pack_screen
    code = controller.open.order.lines[0].barcode
    scan(code)
    scan("NOT-A-PRODUCT-42")
    qtbot.waitUntil(lambda: len(audit(station, "scan.scan")) == 2, timeout=5000)
    matched, unknown = audit(station, "scan.scan")
    assert (matched[1], matched[2]["code"], matched[2]["outcome"]) == (
        "Jan de Vries",
        code,
        "matched",
    )
    assert unknown[2]["outcome"] == "unknown"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.on_sign_in_screen
    assert "Jan de Vries signed out" in window.sign_in_view.message.text()
    qtbot.waitUntil(lambda: len(audit(station, "station.locked")) == 1, timeout=5000)

    # a lead chooses the name and must type the PIN; a wrong one is refused and counted
    qtbot.mouseClick(window.sign_in_view.buttons["Mette Hansen"], Qt.MouseButton.LeftButton)
    assert window.sign_in_view.pin.isVisible()
    type_pin(qtbot, window.sign_in_view.pin, "9999")
    qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in window.sign_in_view.message.text(), timeout=5000)
    assert window.on_sign_in_screen
    type_pin(qtbot, window.sign_in_view.pin, "1234")
    with qtbot.waitSignal(controller.sign_in.signed_in, timeout=5000):
        qtbot.keyClick(window.sign_in_view.pin, Qt.Key.Key_Return)
    assert "Mette Hansen" in window.station_status.text()

    signed_in = audit(station, "station.signed_in", "station.sign_in_refused", "station.locked")
    assert [
        (action, detail.get("by") or detail.get("problem") or detail.get("why"))
        for action, _user, detail in signed_in
    ] == [
        ("station.sign_in_refused", "Unknown badge"),
        ("station.signed_in", "badge"),
        ("station.locked", "locked"),
        ("station.sign_in_refused", "Wrong PIN for Mette Hansen"),
        ("station.signed_in", "name"),
    ]
    with UnitOfWork(station.session_factory) as uow:
        assert uow.users.by_name("Mette Hansen").failed_pins == 0


def test_a_packer_without_a_pin_signs_in_by_choosing_the_name(qtbot, locked):
    window, controller = locked.window, locked.controller
    with qtbot.waitSignal(controller.sign_in.signed_in, timeout=5000):
        qtbot.mouseClick(window.sign_in_view.buttons["Åse Ørsted"], Qt.MouseButton.LeftButton)
    assert locked.station.context.user == "Åse Ørsted"
    assert window.queue_view.banner.message.startswith("Welcome, Åse Ørsted")


def test_an_unused_station_locks_itself(qtbot, qapp, settings, demo_shop):
    fast = replace(settings, sync_interval_seconds=0.3, lock_after_minutes=0.02)  # 1.2 s
    prepare_pulled(fast, demo_shop)
    station = build_station(fast, connector=demo_shop)
    station.puller.pull()
    seed_demo_people(station.auth)
    app = show_window(qtbot, qapp, station)
    try:
        with qtbot.waitSignal(app.controller.sign_in.signed_in, timeout=5000):
            scan("PACKER-0001", target=app.window)
        assert not app.window.on_sign_in_screen
        qtbot.waitUntil(lambda: app.window.on_sign_in_screen, timeout=5000)
        assert "nobody used the station" in app.window.sign_in_view.message.text()
        qtbot.waitUntil(lambda: len(audit(station, "station.locked")) == 1, timeout=5000)
        [(_action, user, detail)] = audit(station, "station.locked")
        assert (user, detail["why"]) == ("Åse Ørsted", "idle")
    finally:
        app.shutdown()
