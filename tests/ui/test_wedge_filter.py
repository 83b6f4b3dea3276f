"""A person typing into the search box is not a scanner; a scan never lands in a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from packstation.devices.scanner.wedge import WedgeSettings
from packstation.ui.shared.wedge_filter import WedgeFilter
from tests.ui.wedge import now_ms, scan, send_key

pytestmark = pytest.mark.gui


@pytest.fixture
def field(qtbot, qapp):
    edit = QLineEdit()
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    wedge = WedgeFilter(WedgeSettings(max_gap_ms=50, min_length=4))
    qapp.installEventFilter(wedge)
    yield edit, wedge
    qapp.removeEventFilter(wedge)
    edit.close()


def test_slow_human_typing_reaches_the_field_in_order(qtbot, field):
    edit, wedge = field
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        for char in "1001":
            send_key(edit, Qt.Key(ord(char)), char, now_ms(180))
            qtbot.wait(100)
        send_key(edit, Qt.Key.Key_Return, "\r", now_ms(180))
    assert edit.text() == "1001"


def test_a_fast_burst_is_a_scan_and_leaves_the_field_empty(qtbot, field):
    edit, wedge = field
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        scan("5701234567892")
    assert signal.args == ["5701234567892"]
    assert edit.text() == ""


def test_a_stall_after_fast_keys_is_judged_by_key_timestamps(qtbot, field):
    """Keys released late after a GUI stall are still typing if they were pressed slowly."""
    edit, wedge = field
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        for char in "ab12":  # no event-loop turn in between: as if queued during a stall
            send_key(edit, Qt.Key(ord(char.upper())), char, now_ms(300))
        send_key(edit, Qt.Key.Key_Return, "\r", now_ms(300))
    qtbot.waitUntil(lambda: edit.text() == "ab12", timeout=2000)


def test_short_fast_bursts_are_typing_not_scans(qtbot, field):
    edit, wedge = field
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        scan("ab")
    assert edit.text() == "ab"
