"""The batch screen: a lead builds batches by rules, sees progress live and prints in bulk."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.storage.mapping import order_from_row
from packstation.storage.uow import UnitOfWork
from tests.helpers import pack_every_unit
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui


def test_build_follow_and_print_a_batch(qtbot, running, settings):  # noqa: F811
    window, controller = running.window, running.controller
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    screen = controller.batches_dialog
    view = screen.view
    view.max_orders.setValue(4)
    view.express_first.setChecked(False)
    qtbot.waitUntil(lambda: "batches" in view.preview_label.text(), timeout=5000)
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        qtbot.mouseClick(view.build_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.batches.rowCount() > 0, timeout=5000)
    batch = screen.selected()
    assert batch is not None and batch.total == 4
    assert view.orders.rowCount() == 4
    assert view.batches.cellWidget(0, 1).text().startswith("0 of 4")
    assert view.batches.item(0, 0).text() == batch.label
    # the queue names each order's batch; filtering by it leaves the batch's orders
    window.queue_view.search.setText(batch.label)
    proxy = controller.queue_proxy
    shown = {proxy.index(r, 0).data() for r in range(proxy.rowCount())}
    assert shown == {o.order_name for o in batch.orders}
    window.queue_view.search.clear()

    # a packer packs the first order of the batch; the screen follows
    first = batch.orders[0].order_name
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    scan(first, target=window.queue_view.search)
    assert window.on_pack_screen
    pack_every_unit(controller.open, lambda code: scan(code, target=window.pack_view.table))
    with qtbot.waitSignal(controller.packed, timeout=15000):
        qtbot.keyClick(window, Qt.Key.Key_F10)
    with qtbot.waitSignal(screen.refreshed, timeout=5000):
        screen.refresh()
    assert view.batches.cellWidget(0, 1).format().startswith("1 of 4")
    assert view.orders.item(0, 3).text() == "labelled"

    with qtbot.waitSignal(screen.acted, timeout=15000) as acted:
        qtbot.mouseClick(view.slips_button, Qt.MouseButton.LeftButton)
    assert acted.args[:2] == ["slips", True]
    [slips] = settings.spool_folder.glob(f"batch-{batch.batch_id}-slips.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(slips.read_bytes())).pages)
    station = running.station  # each slip speaks its customer's language
    with UnitOfWork(station.session_factory) as uow:
        rows = {o.order_name: uow.orders.find_by_name(o.order_name)[0] for o in batch.orders}
        countries = {n: order_from_row(r).shipping_address.country_code for n, r in rows.items()}
    for name, country in countries.items():
        heading = station.printing.languages.slip(country).tr("PackingSlip", "Packing slip {order}")
        assert heading.replace("{order}", name) in text

    with qtbot.waitSignal(screen.acted, timeout=15000) as acted:
        qtbot.mouseClick(view.labels_button, Qt.MouseButton.LeftButton)
    assert acted.args[2] == "0 labels queued · 1 printed before · 3 orders not verified yet"

    with qtbot.waitSignal(screen.acted, timeout=15000) as acted:
        qtbot.mouseClick(view.pick_list_button, Qt.MouseButton.LeftButton)
    assert acted.args[1], acted.args[2]
    assert list(settings.spool_folder.glob(f"batch-{batch.batch_id}-picklist.pdf"))
    view.grab().save(str(settings.data_dir / "batches.png"))
