"""Placing a button a screen adds beside one its view already has (same row of buttons)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton


def insert_beside(button: QPushButton, new: QPushButton) -> None:
    """Put ``new`` right after ``button`` in the row of buttons that holds it."""
    parent = button.parentWidget()
    outer = parent.layout() if parent is not None else None
    pending: list[QLayout] = [outer] if outer is not None else []
    while pending:
        layout = pending.pop()
        index = layout.indexOf(button)
        if index >= 0 and isinstance(layout, QBoxLayout):
            layout.insertWidget(index + 1, new)
            return
        for i in range(layout.count()):
            item = layout.itemAt(i)
            inner = item.layout() if item is not None else None
            if inner is not None:
                pending.append(inner)
    raise LookupError("the button is in no row of its window")
