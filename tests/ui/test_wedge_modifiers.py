"""A wedge scanner presses Shift before each capital: the scan stays whole (issue 12 finding 1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from packstation.devices.scanner.wedge import WedgeSettings
from packstation.domain.barcodes import GS
from packstation.ui.shared.wedge_filter import WedgeFilter
from tests.ui.wedge import now_ms

pytestmark = pytest.mark.gui

_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_NONE = Qt.KeyboardModifier.NoModifier


def _send(target: QWidget, kind: QEvent.Type, key, modifiers, text: str, stamp: int) -> None:
    event = QKeyEvent(kind, key, modifiers, text)
    event.setTimestamp(stamp)
    QApplication.sendEvent(target, event)


def _tap(target: QWidget, key, modifiers, text: str, gap_ms: int) -> None:
    stamp = now_ms(gap_ms)
    _send(target, QEvent.Type.KeyPress, key, modifiers, text, stamp)
    _send(target, QEvent.Type.KeyRelease, key, modifiers, text, stamp + 1)


def hardware_scan(target: QWidget, text: str, gap_ms: int = 5) -> None:
    """As a US-layout wedge scanner types: Shift down before a capital, Ctrl+] for GS."""
    for char in text:
        if char == GS:
            _tap(target, Qt.Key.Key_Control, _CTRL, "", gap_ms)
            _tap(target, Qt.Key.Key_BracketRight, _CTRL, GS, gap_ms)
        elif char.isupper():
            stamp = now_ms(gap_ms)
            _send(target, QEvent.Type.KeyPress, Qt.Key.Key_Shift, _SHIFT, "", stamp)
            _tap(target, Qt.Key(ord(char)), _SHIFT, char, gap_ms)
            _send(target, QEvent.Type.KeyRelease, Qt.Key.Key_Shift, _NONE, "", now_ms(1))
        else:
            key = Qt.Key.Key_Minus if char == "-" else Qt.Key(ord(char.upper()))
            _tap(target, key, _NONE, char, gap_ms)
    _tap(target, Qt.Key.Key_Return, _NONE, "\r", gap_ms)


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


@pytest.mark.parametrize("code", ["PACKER-0001", "LEAD-0001", "BOWL-02", "PS-CMD-COMPLETE"])
def test_capitals_with_shift_presses_are_one_whole_scan(qtbot, field, code):
    edit, wedge = field
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        hardware_scan(edit, code)
    assert signal.args == [code]
    assert edit.text() == "", "no letter leaks into the focused field"


def test_ctrl_for_gs_stays_inside_a_gs1_scan(qtbot, field):
    edit, wedge = field
    code = f"0105701234567892{GS}10ABC"
    with qtbot.waitSignal(wedge.scanned, timeout=2000) as signal:
        hardware_scan(edit, code)
    assert signal.args == [code]
    assert edit.text() == ""


def test_a_person_typing_capitals_with_shift_still_types(qtbot, field):
    edit, wedge = field
    with qtbot.assertNotEmitted(wedge.scanned, wait=200):
        for char in "Ab":
            if char.isupper():
                _send(edit, QEvent.Type.KeyPress, Qt.Key.Key_Shift, _SHIFT, "", now_ms(150))
            modifiers = _SHIFT if char.isupper() else _NONE
            _tap(edit, Qt.Key(ord(char.upper())), modifiers, char, 150)
            qtbot.wait(100)
    qtbot.waitUntil(lambda: edit.text() == "Ab", timeout=2000)
