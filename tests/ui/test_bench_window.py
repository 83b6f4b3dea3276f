"""The window at the bench: maximised on any screen, readable at 1–2 m, and a queue filter
that never outlives its order or its person, and shows when it is on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from packstation.domain.users import Role
from packstation.ui.shared import sizes
from packstation.ui.shell.window import MainWindow
from tests.ui.test_pack_flow import running  # noqa: F401 (the window fixture)
from tests.ui.wedge import scan

pytestmark = pytest.mark.gui

READ = (QLabel, QAbstractItemView, QLineEdit, QComboBox, QSpinBox, QPushButton)


def point_size(widget: QWidget) -> float:
    return widget.font().pointSizeF()


def too_small(root: QWidget) -> list[str]:
    """Every text widget under ``root`` below the bench size, by class and text."""
    small = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, READ) and point_size(widget) < sizes.READ_PT:
            text = widget.text() if hasattr(widget, "text") else widget.objectName()
            small.append(f"{type(widget).__name__} {text!r}: {point_size(widget)} pt")
    return small


def test_the_window_opens_maximised_with_no_wide_minimum(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= 1024
    window.show_for_bench()
    qtbot.waitUntil(lambda: window.isMaximized(), timeout=3000)


def test_everything_a_packer_reads_is_at_least_18_pt(qtbot, running):  # noqa: F811
    station, window, controller = running.station, running.window, running.controller
    assert window.pack_view.banner.font().pointSize() >= 40
    assert window.queue_view.banner.font().pointSize() >= 40
    assert too_small(window.statusBar()) == []
    assert too_small(window.queue_view) == []
    scan("#1001")
    pv = window.pack_view
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F9)
    assert pv.quantity_panel.findChildren(QLabel) and pv.partial_panel.findChildren(QLabel)
    assert too_small(pv.quantity_panel) == [] and too_small(pv.partial_panel) == []
    assert too_small(pv) == []
    assert point_size(pv.note_label) >= sizes.READ_PT
    qtbot.keyClick(window, Qt.Key.Key_Escape)

    station.auth.add_user("Maja Lind", Role.LEAD, pin="4711", badge="LEAD-0007")
    qtbot.keyClick(window, Qt.Key.Key_F8)
    dialog = controller.auth_dialog  # nothing packed yet: nothing to reprint, so ask for F3
    if dialog is None:
        qtbot.keyClick(window, Qt.Key.Key_F3)
        qtbot.keyClick(window, Qt.Key.Key_F3)
        dialog = controller.auth_dialog
    assert dialog is not None and too_small(dialog) == []
    dialog.reject()
    station.context.sign_in("Maja Lind", Role.LEAD.value)  # a lead opens the lead screens
    for screen in (controller.show_dashboard(), controller.lead.show_exceptions()):
        assert screen is not None
        assert too_small(screen.view) == []
        screen.view.close()


def test_the_queue_filter_shows_and_clears_on_an_order_and_a_sign_in(qtbot, running):  # noqa: F811
    window, controller = running.window, running.controller
    search, count = window.queue_view.search, window.queue_view.count_label
    total = controller.queue_model.rowCount()
    assert count.text() == f"{total} orders waiting"
    qtbot.keyClicks(search, "1001")
    qtbot.waitUntil(lambda: search.text() == "1001", timeout=3000)
    assert count.text().startswith(f"Filter on: 1 of {total} orders shown")
    assert "background" in search.styleSheet()
    window.activateWindow()
    scan("#1001", target=window)
    assert window.on_pack_screen
    assert search.text() == "" and controller.queue_proxy.rowCount() == total
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.on_pack_screen

    search.setText("Ørsted")
    assert count.text().startswith("Filter on:")
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc on the queue clears it
    assert search.text() == "" and search.styleSheet() == ""
    search.setText("Ørsted")
    controller.state.signed_in.emit("Jan de Vries")  # the next person starts unfiltered
    assert search.text() == "" and count.text() == f"{total} orders waiting"
    assert QApplication.activeWindow() is window
