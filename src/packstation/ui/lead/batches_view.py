"""The batch screen (Ctrl+B): rules, open batches with live progress, and bulk printing."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.shared.sizes import READ_PT, bench_font


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class BatchesView(QDialog):
    """Layout only: the rules box, the batches table, the orders of the selected batch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batches (Ctrl+B)"))
        self.resize(1200, 800)
        self.setFont(bench_font(self, READ_PT))  # every child reads at the bench size
        layout = QVBoxLayout(self)

        rules = QGroupBox(self.tr("Build batches from the queue"), self)
        form = QFormLayout(rules)
        self.single_item = QCheckBox(self.tr("Single-item orders only"), rules)
        self.by_method = QCheckBox(self.tr("One batch per shipping method"), rules)
        self.express_first = QCheckBox(self.tr("Express first"), rules)
        self.express_first.setChecked(True)
        self.sku = QLineEdit(rules)
        self.sku.setObjectName("batchSku")
        self.sku.setPlaceholderText(self.tr("Only orders with this SKU (empty: any)"))
        cutoff_row = QHBoxLayout()
        self.use_cutoff = QCheckBox(self.tr("Placed before the cut-off"), rules)
        self.cutoff = QTimeEdit(QTime(14, 0), rules)
        self.cutoff.setDisplayFormat("HH:mm")
        cutoff_row.addWidget(self.use_cutoff)
        cutoff_row.addWidget(self.cutoff)
        cutoff_row.addStretch(1)
        self.max_orders = QSpinBox(rules)
        self.max_orders.setRange(1, 500)
        self.max_orders.setValue(30)
        form.addRow(self.single_item)
        form.addRow(self.by_method)
        form.addRow(self.express_first)
        form.addRow(self.tr("SKU"), self.sku)
        form.addRow(self.tr("Cut-off"), cutoff_row)
        form.addRow(self.tr("Orders per batch"), self.max_orders)
        build_row = QHBoxLayout()
        self.preview_label = QLabel(rules)
        self.preview_label.setObjectName("batchPreview")
        self.build_button = QPushButton(self.tr("Build batches"), rules)
        build_row.addWidget(self.preview_label, 1)
        build_row.addWidget(self.build_button)
        form.addRow(build_row)
        layout.addWidget(rules)

        splitter = QSplitter(self)
        self.batches = _table(
            splitter,
            [self.tr("Batch"), self.tr("Packed"), self.tr("Units"), self.tr("Built by")],
            "batchesTable",
        )
        self.orders = _table(
            splitter,
            [self.tr("Order"), self.tr("Customer"), self.tr("Units"), self.tr("State")],
            "batchOrdersTable",
        )
        # the progress bars are cell widgets: size their column by hand
        self.batches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.batches.setColumnWidth(1, 170)
        splitter.addWidget(self.batches)
        splitter.addWidget(self.orders)
        layout.addWidget(splitter, 1)

        self.message = QLabel(self)
        self.message.setObjectName("batchMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.pick_list_button = QPushButton(self.tr("Print pick list"), self)
        self.slips_button = QPushButton(self.tr("Print all packing slips"), self)
        self.labels_button = QPushButton(self.tr("Print labels of verified orders"), self)
        self.close_batch_button = QPushButton(self.tr("Close batch"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in (
            self.pick_list_button,
            self.slips_button,
            self.labels_button,
            self.close_batch_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.close_button.clicked.connect(self.close)
