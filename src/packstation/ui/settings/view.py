"""The settings dialog: printers per document, with a test print and the last status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PRINTER_EXAMPLES = (
    "spool",
    "tcp://192.168.1.50:9100",
    "cups:Zebra",
    "device:/dev/usb/lp0",
    "serial:/dev/ttyUSB0@9600",
    "none",
)


class PrinterRow(QWidget):
    """One document kind: where it prints, a test button and what happened last."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.addItems(PRINTER_EXAMPLES)
        self.target.setMinimumWidth(320)
        self.test_button = QPushButton(self.tr("Test print"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.target, 2)
        layout.addWidget(self.test_button)
        layout.addWidget(self.status, 3)


class SettingsView(QDialog):
    """Layout of the settings dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(900, 520)
        layout = QVBoxLayout(self)
        printers = QGroupBox(self.tr("Printers"), self)
        form = QFormLayout(printers)
        self.label_row = PrinterRow(printers)
        self.slip_row = PrinterRow(printers)
        form.addRow(self.tr("Shipping labels"), self.label_row)
        form.addRow(self.tr("Packing slips"), self.slip_row)
        layout.addWidget(printers)
        scanners = QGroupBox(self.tr("Scanner test: scan anything, nothing is packed"), self)
        scanner_layout = QVBoxLayout(scanners)
        self.scan_log = QPlainTextEdit(scanners)
        self.scan_log.setObjectName("scanLog")
        self.scan_log.setReadOnly(True)
        self.scan_log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scan_log.setMinimumHeight(160)
        self.ports = QLabel(scanners)
        self.ports.setWordWrap(True)
        scanner_layout.addWidget(self.scan_log)
        scanner_layout.addWidget(self.ports)
        self.command_sheet_button = QPushButton(
            self.tr("Print the command barcodes (scan to complete, undo, short…)"), self
        )
        scanner_layout.addWidget(self.command_sheet_button)
        layout.addWidget(scanners)
        self.shop_button = QPushButton(self.tr("Shop connection…"), self)
        self.shop_button.setObjectName("shopConnection")
        self.people_button = QPushButton(self.tr("People…"), self)
        self.people_button.setObjectName("people")
        self.boxes_button = QPushButton(self.tr("Boxes…"), self)
        self.boxes_button.setObjectName("boxes")
        more = QHBoxLayout()
        more.addWidget(self.shop_button)
        more.addWidget(self.people_button)
        more.addWidget(self.boxes_button)
        more.addStretch(1)
        layout.addLayout(more)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout.addWidget(self.buttons)
