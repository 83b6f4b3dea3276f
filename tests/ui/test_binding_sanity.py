"""Guard against Qt binding releases that corrupt reference counts (seen in PySide6 6.12.0)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def test_void_qt_calls_keep_the_reference_count_of_none(qapp):
    label, timer = QLabel(), QTimer()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
        timer.stop()
    # A broken binding loses one reference per call: the app would crash after some thousands
    # of scans. Other code may take a few references meanwhile, never lose 400.
    assert sys.getrefcount(None) - before > -50
