"""The screens talk only through the station state: queue to pack, pack to queue, sync to both."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from packstation.app import build_station
from packstation.storage.uow import UnitOfWork
from packstation.ui.shared.feedback import Tone
from tests.templates import prepare_pulled
from tests.ui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def running(qtbot, qapp, settings, demo_shop):
    fast = replace(settings, sync_interval_seconds=0.3)
    prepare_pulled(fast, demo_shop)
    app = show_window(qtbot, qapp, build_station(fast, connector=demo_shop))
    yield app
    app.shutdown()


def double_click_order(app, order_name: str) -> None:
    """Double-click the queue row of ``order_name``, as a packer with a mouse would."""
    table = app.window.queue_view.table
    proxy, model = app.controller.queue_proxy, app.controller.queue_model
    row = next(r for r in range(model.rowCount()) if model.entry(r).order_name == order_name)
    index = proxy.mapFromSource(model.index(row, 0))
    table.setCurrentIndex(index)
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    # A view only reports a double-click on the row its press landed on: press first.
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_a_double_click_in_the_queue_opens_the_order_and_esc_goes_back(qtbot, running):
    window = running.window
    name = running.controller.queue_model.entry(0).order_name
    double_click_order(running, name)
    assert window.on_pack_screen
    assert running.controller.open is not None
    assert running.controller.open.order.order_name == name
    assert window.pack_view.order_label.text() == name
    assert window.pack_view.banner.tone is Tone.INFO
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.on_pack_screen
    assert running.controller.open is None  # parked: off the bench, nothing reaches it
    with UnitOfWork(running.station.session_factory) as uow:  # its session waits to continue
        assert uow.sessions.active_for_station(running.station.context.station) is not None


def test_a_sync_pass_reaches_the_status_bar_the_queue_and_the_open_order(qtbot, running, demo_shop):
    window = running.window
    qtbot.waitUntil(lambda: "online" in window.shop_status.text(), timeout=10_000)
    name = running.controller.queue_model.entry(0).order_name
    double_click_order(running, name)
    assert running.controller.open is not None
    demo_shop.cancel(running.controller.open.order.fulfillment_order_id)

    def warned() -> None:
        assert window.pack_view.banner.tone is Tone.WRONG
        assert "stop packing it" in window.pack_view.banner.message

    qtbot.waitUntil(warned, timeout=10_000)
    model = running.controller.queue_model
    # the queue is read again off the GUI thread: the cancelled order leaves it soon after
    qtbot.waitUntil(
        lambda: name not in {model.entry(r).order_name for r in range(model.rowCount())},
        timeout=10_000,
    )
