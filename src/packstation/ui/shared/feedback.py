"""Scan feedback you cannot miss from two metres: a big banner with icon, words and colour."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from packstation.ui.shared.sizes import BANNER_PT


class Tone(StrEnum):
    """The kind of feedback: each has its own colour, icon and sound."""

    GOOD = "good"
    WRONG = "wrong"
    WARNING = "warning"
    INFO = "info"


_STYLE = {
    Tone.GOOD: ("✓", "#1b7f3b", "#ffffff"),
    Tone.WRONG: ("✗", "#b3261e", "#ffffff"),
    Tone.WARNING: ("!", "#f2b01e", "#1d1d1d"),
    Tone.INFO: ("", "#e8eaed", "#1d1d1d"),
}


class FeedbackBanner(QLabel):
    """One large banner per scan outcome; with ``stale_after_ms`` a message clears itself
    after that long, so an idle screen never shows an old message as news."""

    def __init__(self, parent: QWidget | None = None, *, stale_after_ms: int = 0) -> None:
        super().__init__(parent)
        self.stale_after_ms = stale_after_ms
        self._stale = QTimer(self)
        self._stale.setSingleShot(True)
        self._stale.timeout.connect(self.clear_message)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(110)
        font = QFont(self.font())
        font.setPointSize(BANNER_PT)
        font.setBold(True)
        self.setFont(font)
        self.tone = Tone.INFO
        self.message = ""
        self.show_message(Tone.INFO, "")

    def show_message(self, tone: Tone, message: str) -> None:
        """Show a message in a tone (icon + words + colour)."""
        icon, background, foreground = _STYLE[tone]
        self.tone, self.message = tone, message
        self.setText(f"{icon}  {message}" if icon else message)
        sheet = (
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 8px;"
            " padding: 12px; }"
        )
        if sheet != self.styleSheet():  # a new style sheet polishes the label again (slow)
            self.setStyleSheet(sheet)
        self.setAccessibleName(f"{tone.value}: {message}")
        if message and self.stale_after_ms > 0:
            self._stale.start(self.stale_after_ms)
        else:
            self._stale.stop()

    def clear_message(self) -> None:
        """Show nothing (a new screen, or the message grew old)."""
        self.show_message(Tone.INFO, "")
