"""The queue screen's "labels to print": boxes that left with a LABEL PENDING slip.

A small panel under the queue, hidden while there is nothing to print. It lists every bench's
boxes whose carrier label has not printed: still waiting for the carrier, or booked and ready
(scan the box's LABEL PENDING slip at any bench to print it there).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.services.pending_labels import LabelToPrint
from packstation.storage.db import StorageError
from packstation.sync.worker import SyncStatus
from packstation.ui.shared.state import StationState
from packstation.ui.shared.table_model import ListTableModel, ModelIndex
from packstation.ui.shared.words import QT_TRANSLATE_NOOP

VISIBLE_ROWS = 4  # the queue keeps most of the screen


class LabelsToPrintModel(ListTableModel):
    """One row per box whose carrier label has not printed."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LabelsToPrintModel", "Order"),
        QT_TRANSLATE_NOOP("LabelsToPrintModel", "Packed at"),
        QT_TRANSLATE_NOOP("LabelsToPrintModel", "Since"),
        QT_TRANSLATE_NOOP("LabelsToPrintModel", "Label"),
    )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt API."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        item: LabelToPrint = self.row_item(index.row())
        column = index.column()
        if column == 0:
            return item.order_name
        if column == 1:
            return item.packed_at
        if column == 2:
            return item.since.astimezone().strftime("%H:%M")
        if item.booked:
            return self.tr("Booked: scan its LABEL PENDING slip to print it here")
        if item.words:
            return self.tr("Waiting for the carrier: {0}").format(item.words)
        return self.tr("Waiting for the carrier")


class LabelsToPrintPanel(QObject):
    """The panel and what fills it: reloads with the queue and after each sync pass."""

    def __init__(self, state: StationState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.model = LabelsToPrintModel()
        self.box = QGroupBox(parent)
        self.box.setObjectName("labelsToPrint")
        layout = QVBoxLayout(self.box)
        self.hint = QLabel(
            self.tr("Scan a box's LABEL PENDING slip at any bench to print its label there"),
            self.box,
        )
        self.hint.setWordWrap(True)
        self.table = QTableView(self.box)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scans never land here
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumHeight(
            header.sizeHint().height()
            + VISIBLE_ROWS * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        layout.addWidget(self.hint)
        layout.addWidget(self.table)
        self.box.setVisible(False)
        state.queue_changed.connect(self.refresh)
        state.print_queue_changed.connect(self.refresh)
        state.sync_status.connect(self._sync_status)  # every pass: bookings made, labels printed

    def refresh(self) -> None:
        """Reload (a short read); the list as last shown stays when the database is away."""
        try:
            items = self.state.station.labels.labels_to_print()
        except StorageError:
            return
        self.model.set_rows(items)
        self.box.setTitle(self.tr("Labels to print (%n)", "", len(items)))
        self.box.setVisible(bool(items))

    def _sync_status(self, _status: SyncStatus) -> None:
        self.refresh()
