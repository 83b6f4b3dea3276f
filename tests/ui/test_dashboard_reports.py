"""The dashboard counts the orders still open before the carrier's cut-off and saves the
shift report and the manifest with one click each."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.helpers import pack_order
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)

pytestmark = pytest.mark.gui


def test_cutoff_count_and_reports_from_the_window(qtbot, running, demo_shop):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    station.packing.complete(pack_order(station, "#1001"))
    cutoff = station.figures.cutoff_on(datetime.now().astimezone())
    expected = sum(
        1
        for order in demo_shop.fetch_fulfillment_orders(None)
        if order.status.value in ("OPEN", "IN_PROGRESS")
        and order.order_name != "#1001"
        and order.created_at < cutoff
    )
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dashboard = controller.dashboard
    with qtbot.waitSignal(dashboard.refreshed, timeout=5000) as refreshed:
        dashboard.refresh()
    figures = refreshed.args[0]
    assert figures.cutoff == cutoff and figures.open_before_cutoff == expected
    assert expected > 0
    assert f"{expected} orders" in dashboard.view.cutoff.text()
    assert "15:00" in dashboard.view.cutoff.text()

    for button, pattern in (
        (dashboard.view.report_pdf_button, "shift-*.pdf"),
        (dashboard.view.report_csv_button, "shift-*.csv"),
        (dashboard.view.manifest_button, "manifest-*.pdf"),
    ):
        with qtbot.waitSignal(dashboard.saved, timeout=10000) as saved:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert saved.args[0], saved.args[1]
        assert "(1 shipment)" in saved.args[1]  # English plural form
        [path] = station.settings.reports_dir.glob(pattern)
        assert str(path) in dashboard.view.saved.text()
    [csv] = station.settings.reports_dir.glob("shift-*.csv")
    assert csv.read_bytes().startswith(b"\xef\xbb\xbf") and "#1001" in csv.read_text("utf-8-sig")
    [manifest] = station.settings.reports_dir.glob("manifest-*.pdf")
    text = PdfReader(io.BytesIO(manifest.read_bytes())).pages[0].extract_text()
    assert "#1001" in text
