"""The pack screen: order header, note, feedback banner, lines, progress, actions (layout only)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.pack.extras_view import OrderExtrasView
from packstation.ui.shared.feedback import FeedbackBanner
from packstation.ui.shared.sizes import BUTTON_PT, ORDER_PT, READ_PT, bench_font


class LabelPreview(QLabel):
    """Shows a label image scaled to fit, whatever the space it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image = QPixmap()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_png(self, png: bytes) -> None:
        """Show a PNG (the label preview)."""
        self._image.loadFromData(png, "PNG")
        self._fit()

    def clear_image(self) -> None:
        """Show nothing."""
        if self._image.isNull() and self.pixmap().isNull() and not self.text():
            return  # nothing shown: clearing again would lay the screen out again
        self._image = QPixmap()
        self.clear()

    def has_image(self) -> bool:
        """Whether a preview is shown."""
        return not self._image.isNull()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        """Rescale with the widget."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._image.isNull():
            return
        self.setPixmap(
            self._image.scaled(
                self.size().shrunkBy(QMargins(6, 6, 6, 6)),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )


class PackView(QWidget):
    """Shows one order being verified."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.order_label = QLabel(self)
        self.order_label.setFont(bench_font(self, ORDER_PT, bold=True))
        self.customer_label = QLabel(self)
        self.customer_label.setFont(bench_font(self, READ_PT))
        self.method_label = QLabel(self)
        self.method_label.setFont(bench_font(self, READ_PT, bold=True))
        header.addWidget(self.order_label)
        header.addWidget(self.customer_label, 1)
        header.addWidget(self.method_label)
        layout.addLayout(header)
        self.note_label = QLabel(self)
        self.note_label.setWordWrap(True)
        self.note_label.setFont(bench_font(self, READ_PT))
        self.note_label.setStyleSheet(
            "QLabel { background: #fff4c2; border: 2px solid #e0b400; padding: 8px; }"
        )
        layout.addWidget(self.note_label)
        self.extras = OrderExtrasView(self)  # tags, the gift message to confirm, teach hint
        layout.addWidget(self.extras)
        self.banner = FeedbackBanner(self)
        layout.addWidget(self.banner)
        body = QHBoxLayout()
        self.table = QTableView(self)
        self.table.setObjectName("packTable")
        self.table.setFont(bench_font(self, READ_PT))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A row can be picked by mouse or touch (for "Will not scan"); the table never takes
        # keyboard focus, so scans never land in it.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Columns are sized once per order (fit_columns): live ResizeToContents would measure
        # every row on every scan.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        body.addWidget(self.table, 3)
        self.preview = LabelPreview(self)
        self.preview.setObjectName("labelPreview")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setMinimumWidth(260)
        body.addWidget(self.preview, 1)
        layout.addLayout(body, 1)
        self.progress = QProgressBar(self)
        self.progress.setFont(bench_font(self, READ_PT, bold=True))
        self.progress.setFormat("%v / %m")
        self.progress.setMinimumHeight(40)
        layout.addWidget(self.progress)
        self.quantity_panel = QWidget(self)
        quantity_row = QHBoxLayout(self.quantity_panel)
        self.quantity_label = QLabel(self.tr("Units for the next scan:"), self)
        quantity_row.addWidget(self.quantity_label)
        self.quantity = QSpinBox(self)
        self.quantity.setObjectName("quantityInput")
        self.quantity.setRange(1, 999)
        self.quantity.setFont(bench_font(self, READ_PT))
        quantity_row.addWidget(self.quantity)
        quantity_row.addStretch(1)
        self.quantity_panel.hide()
        layout.addWidget(self.quantity_panel)
        self.partial_panel = QWidget(self)
        partial_row = QHBoxLayout(self.partial_panel)
        self.partial_label = QLabel(self.tr("Ship what is scanned; reason:"), self)
        partial_row.addWidget(self.partial_label)
        self.partial_reason = QComboBox(self)
        self.partial_reason.setObjectName("partialReason")
        self.partial_reason.setEditable(True)
        self.partial_reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.partial_reason.addItems(
            [self.tr("Out of stock"), self.tr("Damaged item"), self.tr("Customer request")]
        )
        self.partial_reason.setCurrentIndex(-1)
        reason_edit = self.partial_reason.lineEdit()
        assert reason_edit is not None  # editable combo boxes always have one
        reason_edit.setPlaceholderText(self.tr("Choose or type a reason"))
        self.reason_edit: QLineEdit = reason_edit
        partial_row.addWidget(self.partial_reason, 1)
        self.partial_confirm = QPushButton(self.tr("Ship partial"), self)
        self.partial_confirm.setObjectName("partialConfirm")
        partial_row.addWidget(self.partial_confirm)
        self.partial_panel.hide()
        layout.addWidget(self.partial_panel)
        for widget in (
            self.quantity_label,
            self.partial_label,
            self.partial_reason,
            self.partial_confirm,
        ):
            widget.setFont(bench_font(self, READ_PT))
        actions = QGridLayout()  # two rows: the window fits a 1024 px screen
        self.back_button = QPushButton(self.tr("Queue (Esc)"), self)
        self.undo_button = QPushButton(self.tr("Undo (F4)"), self)
        self.quantity_button = QPushButton(self.tr("Quantity (F6)"), self)
        self.reprint_button = QPushButton(self.tr("Reprint (F8)"), self)
        self.void_button = QPushButton(self.tr("Void…"), self)
        self.void_button.setToolTip(self.tr("A shift lead voids the shipment just packed"))
        self.partial_button = QPushButton(self.tr("Short / partial (F9)"), self)
        self.confirm_button = QPushButton(self.tr("Will not scan (F3)"), self)
        self.complete_button = QPushButton(self.tr("Complete (F10)"), self)
        self.complete_button.setObjectName("completeButton")
        buttons = (
            self.back_button,
            self.undo_button,
            self.quantity_button,
            self.reprint_button,
            self.void_button,
            self.confirm_button,
            self.partial_button,
            self.complete_button,
        )
        for button in buttons:
            button.setFont(bench_font(self, BUTTON_PT, bold=button is self.complete_button))
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for index, button in enumerate(buttons):
            actions.addWidget(button, index // 4, index % 4)
        layout.addLayout(actions)

    def fit_columns(self) -> None:
        """Size the columns to the order just shown."""
        self.table.resizeColumnsToContents()
