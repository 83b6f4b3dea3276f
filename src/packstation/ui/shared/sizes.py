"""Type sizes for the bench, read at 1–2 m: every size the window uses is set here."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

BANNER_PT = 40  # the scan banner: the one thing read from across the bench
ORDER_PT = 26  # the order number on the pack screen
READ_PT = 18  # everything a packer reads: lines, panels, dialogs, tables, status bar, notes
BUTTON_PT = 18  # buttons a packer presses


def bench_font(widget: QWidget, points: int = READ_PT, *, bold: bool = False) -> QFont:
    """The widget's font at ``points`` (bold if asked)."""
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


def set_bench_font(points: int = READ_PT, *widgets: QWidget, bold: bool = False) -> None:
    """Set each widget's font to ``points``."""
    for widget in widgets:
        widget.setFont(bench_font(widget, points, bold=bold))
