"""The queue window while the sync thread pulls changes from Shopify (the emulator): rows
change, leave and arrive under the packer's filter, and the selected order stays selected."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel

from packstation.app import build_station
from packstation.shop.demo.catalogue import build_catalogue
from packstation.shop.demo.generator import generate_orders
from packstation.storage.db import StorageUnavailable
from tests.ui.window import show_window

pytestmark = pytest.mark.gui


@pytest.fixture
def running(qtbot, qapp, shopify_settings):
    app = show_window(qtbot, qapp, build_station(shopify_settings))
    yield app
    app.shutdown()


def shown(app) -> list[str]:
    proxy = app.controller.queue_proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def new_order(number: int):
    """A fresh order for the shop, its ids and name unlike any seeded one."""
    order = generate_orders(build_catalogue(7), seed=7, count=1, epoch=datetime.now(UTC))[0]
    lines = tuple(
        replace(line, line_id=f"gid://shopify/FulfillmentOrderLineItem/{number}{i}")
        for i, line in enumerate(order.lines)
    )
    return replace(
        order,
        fulfillment_order_id=f"gid://shopify/FulfillmentOrder/{number}",
        order_name=f"#{number}",
        lines=lines,
        hold_reason="",
    )


def test_a_background_pull_changes_rows_under_the_filter_and_keeps_the_selection(
    qtbot, running, shopify
):
    controller, view = running.controller, running.window.queue_view
    qtbot.waitUntil(lambda: controller.queue_model.rowCount() == 60, timeout=20_000)
    view.search.setText("#100")  # #1001 … #1009
    assert shown(running) and all(name.startswith("#100") for name in shown(running))
    proxy = controller.queue_proxy
    row = shown(running).index("#1005")
    view.table.selectionModel().setCurrentIndex(
        proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    resets = []
    controller.queue_model.modelReset.connect(lambda: resets.append("model"))
    proxy.modelReset.connect(lambda: resets.append("proxy"))

    store = shopify.store
    by_name = {r.order_name: r.id for r in store.fulfillment_orders.values()}
    store.cancel_order(by_name["#1003"])  # leaves
    store.place_hold(by_name["#1005"], "Address check")  # changes, and is the selected one
    store.add_order(new_order(100_077))  # arrives, and matches the filter
    store.add_order(new_order(200_077))  # arrives, filtered out
    controller.sync_now()

    qtbot.waitUntil(lambda: "#100077" in shown(running), timeout=20_000)
    qtbot.waitUntil(lambda: controller.poster.pending == 0, timeout=10_000)
    assert "#1003" not in shown(running) and "#200077" not in shown(running)
    assert all(name.startswith("#100") for name in shown(running))
    assert view.search.text() == "#100"
    assert [i.data() for i in view.table.selectionModel().selectedRows(0)] == ["#1005"]
    row = shown(running).index("#1005")
    assert proxy.index(row, 7).data() == "On hold: Address check"
    assert controller.queue_model.rowCount() == 61
    assert not resets


@pytest.fixture
def demo_window(qtbot, qapp, settings, demo_shop):
    app = show_window(qtbot, qapp, build_station(settings, connector=demo_shop))
    yield app
    app.shutdown()


def test_a_background_read_that_fails_keeps_the_rows_and_says_so(qtbot, demo_window, monkeypatch):
    controller = demo_window.controller
    shown_before = controller.queue_model.rowCount()
    reads = []

    def unreachable(*_args, **_kwargs):
        reads.append(1)
        raise StorageUnavailable("connection refused (the test's stopped proxy)")

    monkeypatch.setattr(demo_window.station.queue, "entries", unreachable)
    controller.queue.refresh()
    qtbot.waitUntil(lambda: controller.poster.pending == 0 and bool(reads), timeout=10_000)
    assert controller.queue_model.rowCount() == shown_before
    banner = demo_window.window.queue_view.banner
    assert banner.message == "Queue not reloaded: database unreachable - scans are not being saved"
    qtbot.wait(200)
    assert len(reads) == 1  # not read again in a loop
