"""Key events with real timestamps, as a keyboard-wedge scanner or a person produces them."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

_clock = itertools.count(1_000_000, 1)
_SPECIAL = {"#": Qt.Key.Key_NumberSign, "-": Qt.Key.Key_Minus, " ": Qt.Key.Key_Space}


def _key(char: str) -> Qt.Key:
    return _SPECIAL.get(char) or Qt.Key(ord(char.upper()))


def now_ms(advance: int) -> int:
    """A monotonic fake clock for event timestamps."""
    for _ in range(advance - 1):
        next(_clock)
    return next(_clock)


def send_key(target: QWidget, key: Qt.Key, text: str, timestamp: int) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(timestamp)
        QApplication.sendEvent(target, event)


def focus_target(fallback: QWidget | None = None) -> QWidget:
    widget = QApplication.focusWidget() or fallback
    assert widget is not None, "something must have focus"
    return widget


def scan(text: str, gap_ms: int = 8, target: QWidget | None = None) -> None:
    """A scanner burst: keys ``gap_ms`` apart, then Enter, all to the focused widget."""
    target = focus_target(target)
    for char in text:
        send_key(target, _key(char), char, now_ms(gap_ms))
    send_key(target, Qt.Key.Key_Return, "\r", now_ms(gap_ms))
