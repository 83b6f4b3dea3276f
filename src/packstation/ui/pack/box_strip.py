"""The box strip on the pack screen: which box is open, the live weight (big), the weight stop
panel (layout only)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from packstation.ui.shared.sizes import BANNER_PT, BUTTON_PT, READ_PT, bench_font

WEIGHT_STOP_STYLE = (
    "QFrame#weightStop { background: #fff1d6; border: 3px solid #d98c00; }"
    " QLabel { color: #5a3a00; }"
)


class BoxStripView(QFrame):
    """Box N of M, its type and contents, the expected and the live weight, New box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boxStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 4, 6, 4)
        row = QHBoxLayout()
        words = QVBoxLayout()
        self.box_label = QLabel(self)
        self.box_label.setObjectName("boxLabel")
        self.box_label.setFont(bench_font(self, READ_PT, bold=True))
        self.expected_label = QLabel(self)
        self.expected_label.setObjectName("expectedWeight")
        self.expected_label.setFont(bench_font(self, READ_PT))
        words.addWidget(self.box_label)
        words.addWidget(self.expected_label)
        row.addLayout(words, 1)
        self.weight_label = QLabel(self)
        self.weight_label.setObjectName("liveWeight")
        self.weight_label.setFont(bench_font(self, BANNER_PT, bold=True))
        self.weight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.weight_label.setMinimumWidth(260)
        row.addWidget(self.weight_label)
        self.new_box_button = QPushButton(self.tr("New box (Ctrl+N)"), self)
        self.new_box_button.setObjectName("newBoxButton")
        self.new_box_button.setFont(bench_font(self, BUTTON_PT))
        self.new_box_button.setMinimumHeight(48)
        self.new_box_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        row.addWidget(self.new_box_button)
        outer.addLayout(row)
        self.stop_panel = QFrame(self)
        self.stop_panel.setObjectName("weightStop")
        self.stop_panel.setStyleSheet(WEIGHT_STOP_STYLE)
        stop_row = QHBoxLayout(self.stop_panel)
        self.stop_label = QLabel(self.stop_panel)
        self.stop_label.setObjectName("weightStopMessage")
        self.stop_label.setWordWrap(True)
        self.stop_label.setFont(bench_font(self, READ_PT, bold=True))
        stop_row.addWidget(self.stop_label, 1)
        self.override_button = QPushButton(self.tr("Lead override…"), self.stop_panel)
        self.override_button.setObjectName("weightOverride")
        self.override_button.setFont(bench_font(self, BUTTON_PT))
        self.override_button.setMinimumHeight(48)
        self.override_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop_row.addWidget(self.override_button)
        self.weights_button = QPushButton(self.tr("Unit weights…"), self.stop_panel)
        self.weights_button.setObjectName("unitWeightsButton")
        self.weights_button.setFont(bench_font(self, BUTTON_PT))
        self.weights_button.setMinimumHeight(48)
        self.weights_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop_row.addWidget(self.weights_button)
        self.stop_panel.hide()
        outer.addWidget(self.stop_panel)
