"""The shift lead's view of every bench: which orders are claimed where, which claims expired."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.services.refusals import ClaimView
from packstation.storage.db import StorageError
from packstation.ui.shared import words
from packstation.ui.shared.state import StationState
from packstation.ui.shared.take_over import TakeOver

REFRESH_MS = 5000


class ClaimsView(QDialog):
    """Orders being packed at every bench; expired claims in amber (layout only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Benches and their orders"))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setObjectName("claimsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Order"),
                self.tr("Bench"),
                self.tr("Packer"),
                self.tr("Since"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.take_over_button = QPushButton(self.tr("Take over to this bench…"), self)
        self.buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)


class ClaimsController(QObject):
    """Loads every claim off the GUI thread every few seconds; the lead takes one over."""

    def __init__(self, state: StationState, view: ClaimsView, take_over: TakeOver) -> None:
        super().__init__(view)
        self.state = state
        self.view = view
        self.take_over = take_over
        self.claims: list[ClaimView] = []
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        view.take_over_button.clicked.connect(self.take_over_selected)
        view.finished.connect(lambda _code: self.timer.stop())
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Reload the claims of every bench."""
        presence = self.state.station.presence
        self.state.poster.run(self.state.db_writer, presence.claims, self._show)

    def _show(self, claims: list[ClaimView] | None, error: BaseException | None) -> None:
        if self.state.closed:
            return
        if error is not None:
            if not isinstance(error, StorageError):
                raise error
            self.view.summary.setText(self.tr("Benches unavailable: {0}").format(words.said(error)))
            return
        self.claims = claims or []
        expired = sum(claim.expired for claim in self.claims)
        self.view.summary.setText(
            self.tr("%n orders being packed", "", len(self.claims))
            + self.tr("; %n at benches that stopped answering", "", expired)
            + (self.tr(": a lead can take those over") if expired else "")
        )
        table = self.view.table
        table.setRowCount(len(self.claims))
        amber = QBrush(QColor("#fbe3a6"))
        for row, claim in enumerate(self.claims):
            cells = (
                claim.order_name,
                claim.station,
                claim.user,
                claim.claimed_at.astimezone().strftime("%H:%M"),
                self.tr("Expired: no answer since {0}").format(
                    claim.beat_at.astimezone().strftime("%H:%M:%S")
                )
                if claim.expired
                else self.tr("Packing"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if claim.expired:
                    item.setBackground(amber)
                table.setItem(row, column, item)

    def take_over_selected(self) -> None:
        """Ask a lead to take the selected order over to this bench."""
        rows = self.view.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.claims):
            self.view.summary.setText(self.tr("Select the order to take over first"))
            return
        claim = self.claims[rows[0].row()]
        self.take_over.ask(claim.order_name, words.said(claim.text))
        self.view.close()
