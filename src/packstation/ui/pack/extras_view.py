"""The order's extras on the pack screen: tags, the gift message box to confirm, a teach hint.

Layout only; ui/pack/instructions.py and ui/pack/teach.py decide what shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from packstation.ui.shared.sizes import BUTTON_PT, READ_PT, bench_font

_WAITING = (
    "QFrame#instructionsBox { background: #f6ecff; border: 3px solid #7b2cbf; border-radius: 8px; }"
)
_READ = (
    "QFrame#instructionsBox { background: #e6f5ea; border: 2px solid #1b7f3b; border-radius: 8px; }"
)


class OrderExtrasView(QWidget):
    """Tags, the highlighted instructions box with its confirm button, the teach hint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tags_label = QLabel(self)
        self.tags_label.setObjectName("orderTags")
        self.tags_label.setFont(bench_font(self, READ_PT, bold=True))
        self.tags_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.tags_label)
        self.box = QFrame(self)
        self.box.setObjectName("instructionsBox")
        row = QHBoxLayout(self.box)
        texts = QVBoxLayout()
        self.title = QLabel(self.box)
        self.title.setFont(bench_font(self, READ_PT, bold=True))
        self.body = QLabel(self.box)
        self.body.setObjectName("instructionsText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)  # the customer's words, never markup
        self.body.setFont(bench_font(self, READ_PT))
        texts.addWidget(self.title)
        texts.addWidget(self.body)
        row.addLayout(texts, 1)
        self.confirm_button = QPushButton(self.box)
        self.confirm_button.setObjectName("instructionsConfirm")
        self.confirm_button.setFont(bench_font(self, BUTTON_PT, bold=True))
        self.confirm_button.setMinimumHeight(56)
        self.confirm_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scans never land here
        row.addWidget(self.confirm_button)
        layout.addWidget(self.box)
        self.teach_hint = QLabel(self)
        self.teach_hint.setObjectName("teachHint")
        self.teach_hint.setWordWrap(True)
        self.teach_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.teach_hint.setFont(bench_font(self, READ_PT))
        layout.addWidget(self.teach_hint)
        self.tags_label.hide()
        self.box.hide()
        self.teach_hint.hide()

    def show_waiting(self, title: str, text: str, button: str) -> None:
        """The box as it must be read: strong colour, the confirm button."""
        self.title.setText(title)
        self.body.setText(text)
        self.confirm_button.setText(button)
        self.confirm_button.show()
        self.box.setStyleSheet(_WAITING)
        self.box.show()

    def show_read(self, title: str) -> None:
        """The box once confirmed: calm, still readable while packing."""
        self.title.setText(title)
        self.confirm_button.hide()
        self.box.setStyleSheet(_READ)
