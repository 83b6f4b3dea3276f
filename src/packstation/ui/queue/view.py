"""The queue screen: search box and the table of open orders (layout only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.shared.feedback import FeedbackBanner
from packstation.ui.shared.sizes import READ_PT, bench_font

# Column widths in letter widths: order, customer, country, lines, units, shipping, age, status
COLUMN_EMS = (6, 12, 4, 4, 4, 10, 5, 14)
QUEUE_MESSAGE_MS = 30_000  # the queue is where a packer waits: a message is news for this long


class QueueView(QWidget):
    """Lists the orders waiting to be packed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.banner = FeedbackBanner(self, stale_after_ms=QUEUE_MESSAGE_MS)
        self.hint = QLabel(self.tr("Scan a packing slip to open its order"), self)
        self.hint.setFont(bench_font(self, READ_PT))
        self.search = QLineEdit(self)
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(self.tr("Filter by order number, customer or SKU"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # Fixed widths the packer may drag: sizing to contents reads every row of a large queue.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setFont(bench_font(self, READ_PT))
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.count_label = QLabel(self)
        self.batches_button = QPushButton(self.tr("Batches (Ctrl+B)"), self)
        self.release_button = QPushButton(self.tr("Release hold…"), self)
        self.release_button.setToolTip(self.tr("A shift lead releases the selected held order"))
        self.take_over_button = QPushButton(self.tr("Take over… (Ctrl+T)"), self)
        self.take_over_button.setToolTip(
            self.tr("A shift lead moves the selected order from another bench to this one")
        )
        self.lock_button = QPushButton(self.tr("Lock (Ctrl+L)"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.batches_button)
        bottom.addWidget(self.release_button)
        bottom.addWidget(self.take_over_button)
        bottom.addWidget(self.lock_button)
        layout.addWidget(self.banner)
        layout.addWidget(self.hint)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the table (labels to print), above the buttons."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, panel)

    def size_columns(self) -> None:
        """Give the columns their starting widths (once the table has its model)."""
        em = self.table.fontMetrics().horizontalAdvance("M")
        for column, ems in enumerate(COLUMN_EMS):
            self.table.horizontalHeader().resizeSection(column, em * ems)
