"""Settings → Boxes: the box catalogue as a table to edit (layout only)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.ui.shared.sizes import READ_PT, bench_font


class BoxesView(QDialog):
    """One row per box: name, barcode, inner length/width/height (mm), tare and maximum (g)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Boxes"))
        self.setObjectName("boxesSettings")
        self.resize(1000, 520)
        self.setFont(bench_font(self, READ_PT))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The boxes this bench packs into. Inner sizes in mm, weights in grams. "
                "Scanning a box's barcode on the pack screen chooses it."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("boxesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Barcode"),
                self.tr("Length mm"),
                self.tr("Width mm"),
                self.tr("Height mm"),
                self.tr("Tare g"),
                self.tr("Max g"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add box"), self)
        self.remove_button = QPushButton(self.tr("Remove box"), self)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("boxesMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
