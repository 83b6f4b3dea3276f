"""The print-queue panel: every job with its state, and what can be done about it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class PrintQueueView(QDockWidget):
    """A dock with the job table and the actions (layout only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printQueue")
        self.setWindowTitle(self.tr("Print queue (F11)"))
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.table = QTableView(body)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        actions = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Retry waiting jobs (F7)"), body)
        self.printed_button = QPushButton(self.tr("It printed"), body)
        self.not_printed_button = QPushButton(self.tr("It did not print: reprint"), body)
        for button in (self.retry_button, self.printed_button, self.not_printed_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.setWidget(body)
